// `npm run bench`: start-up, memory and engine throughput, measured against bare Node on the
// same machine in the same run. Prints a Markdown table (the README quotes one).
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parse } from "yaml";

const root = fileURLToPath(new URL("../", import.meta.url));
const bin = join(root, "bin/expressroute-advisor.js");
const fixture = join(root, "fixtures/answers/contoso-bank-direct.yaml");
// The issue 14 budget: a 50-site × 20-region organisation (scripts/make-large-org.mjs writes it).
const largeFixture = join(root, "fixtures/bench/large-50-sites-20-regions.yaml");
const LARGE_IN_PROCESS_MS = 100;
const probe = pathToFileURL(join(root, "scripts/rss-probe.mjs")).href;
const RUNS = Number(process.env.BENCH_RUNS ?? 20);

const cases = [
  { name: "node -e 0 (baseline)", args: ["-e", "0"] },
  { name: "plan --answers FIXTURE --format json", args: [bin, "plan", "--answers", fixture, "--format", "json"], target: 2 },
  { name: "plan 50 sites × 20 regions --format json", args: [bin, "plan", "--answers", largeFixture, "--format", "json"], target: 3 },
  { name: "--help", args: [bin, "--help"], target: 2 },
  { name: "--version", args: [bin, "--version"], target: 1.2 },
];

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

function timeOnce(args) {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, CI: "true" } });
  if (r.status !== 0) throw new Error(`${args.join(" ")} exited ${r.status}: ${r.stderr}`);
  return Number(process.hrtime.bigint() - t) / 1e6;
}

/**
 * Median wall time of each case. Runs are interleaved (one of each case per round) so that a
 * machine that speeds up or slows down during the run affects every case alike.
 */
function timeAll(list) {
  const samples = list.map(() => []);
  for (let round = 0; round < RUNS + 2; round++) {
    list.forEach((c, i) => {
      const ms = timeOnce(c.args);
      if (round >= 2) samples[i].push(ms); // two warm-up rounds fill the file cache
    });
  }
  return samples.map(median);
}

function peakMemoryMB(args) {
  const r = spawnSync(process.execPath, ["--import", probe, ...args], { encoding: "utf8", stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, CI: "true" } });
  const kb = Number(/@@maxrss (\d+)/.exec(r.stderr)?.[1]);
  return kb / 1024;
}

/** Designs per second over five one-second windows after a warm-up: the median and the best. */
async function perSecond(run) {
  for (let i = 0; i < 3000; i++) run(i);
  const windows = [];
  for (let w = 0; w < 5; w++) {
    let n = 0;
    const start = performance.now();
    while (performance.now() - start < 1000) run(n++);
    windows.push(n / ((performance.now() - start) / 1000));
  }
  return { median: median(windows), best: Math.max(...windows) };
}

/** The engine alone (validated answers + rules → design), and with answers validation. */
async function engineThroughput() {
  const { loadBundle } = await import(pathToFileURL(join(root, "dist/cli/load-bundle.js")).href);
  const { adviseDesign, planDesign } = await import(pathToFileURL(join(root, "dist/advise.js")).href);
  const { validateAnswers } = await import(pathToFileURL(join(root, "dist/answers/validate.js")).href);
  const { catalog, ruleSet } = await loadBundle();
  const dir = join(root, "fixtures/answers");
  const raw = readdirSync(dir).map((f) => parse(readFileSync(join(dir, f), "utf8")));
  // Invalid fixtures (none today) would only skew the rate; the large one is measured on its own.
  const valid = raw.map((r) => validateAnswers(r)).filter((r) => r.ok).map((r) => r.answers);
  const engine = await perSecond((i) => planDesign(valid[i % valid.length], catalog, ruleSet));
  const withValidation = await perSecond((i) => adviseDesign(raw[i % raw.length], catalog, ruleSet));
  return { engine, withValidation };
}

/** Median time to validate and design the large organisation in process, after a warm-up (issue 14: ≤ 100 ms). */
async function largeInProcess() {
  const { loadBundle } = await import(pathToFileURL(join(root, "dist/cli/load-bundle.js")).href);
  const { adviseDesign } = await import(pathToFileURL(join(root, "dist/advise.js")).href);
  const { catalog, ruleSet } = await loadBundle();
  const raw = parse(readFileSync(largeFixture, "utf8"));
  const times = [];
  for (let i = 0; i < 5 + RUNS; i++) {
    const t = performance.now();
    const result = adviseDesign(raw, catalog, ruleSet);
    if (!result.ok) throw new Error(`the large fixture is invalid: ${JSON.stringify(result.issues.slice(0, 3))}`);
    if (i >= 5) times.push(performance.now() - t);
  }
  return median(times);
}

const MAX_RSS_MB = 80;
const times = timeAll(cases);
const baseline = times[0];
const rows = [["Measure", "Median wall time", "× node -e 0", "Target", "Peak memory"]];
cases.forEach((c, i) => {
  const ratio = times[i] / baseline;
  const verdict = c.target ? `≤ ${c.target}× ${ratio <= c.target ? "✓" : "✗"}` : "";
  const mb = peakMemoryMB(c.args);
  // A budget missed fails the run, so the budgets can gate (issue 13).
  if ((c.target && ratio > c.target) || mb >= MAX_RSS_MB) process.exitCode = 1;
  rows.push([c.name, `${times[i].toFixed(0)} ms`, ratio.toFixed(2), verdict, `${mb.toFixed(0)} MB ${mb < MAX_RSS_MB ? "✓" : "✗"}`]);
});
const largeMs = await largeInProcess();
if (largeMs > LARGE_IN_PROCESS_MS) process.exitCode = 1;
rows.push(["50 sites × 20 regions in process (answers → design)", `${largeMs.toFixed(1)} ms`, "", `≤ ${LARGE_IN_PROCESS_MS} ms ${largeMs <= LARGE_IN_PROCESS_MS ? "✓" : "✗"}`, ""]);
const { engine, withValidation } = await engineThroughput();
const rate = (r) => `${r.median.toFixed(0)} designs/s (best ${r.best.toFixed(0)})`;
// No target: one CLI run plans one design; the rate shows what the single evaluation path costs.
rows.push(["engine in process (validated answers → design)", rate(engine), "", "", ""]);
rows.push(["… including answers validation (zod)", rate(withValidation), "", "", ""]);

const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
const line = (r) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(" | ")} |`;
console.log(line(rows[0]));
console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
for (const r of rows.slice(1)) console.log(line(r));
console.log(`\nNode ${process.version}, ${RUNS} interleaved runs each (median); peak memory target < ${MAX_RSS_MB} MB.`);
