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
const probe = pathToFileURL(join(root, "scripts/rss-probe.mjs")).href;
const RUNS = Number(process.env.BENCH_RUNS ?? 15);

const cases = [
  { name: "node -e 0 (baseline)", args: ["-e", "0"] },
  { name: "plan --answers FIXTURE --format json", args: [bin, "plan", "--answers", fixture, "--format", "json"], target: 2 },
  { name: "--help", args: [bin, "--help"], target: 2 },
  { name: "--version", args: [bin, "--version"], target: 1.3 },
];

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

function time(args) {
  const samples = [];
  for (let i = 0; i < RUNS + 2; i++) {
    const t = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, { stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, CI: "true" } });
    const ms = Number(process.hrtime.bigint() - t) / 1e6;
    if (r.status !== 0) throw new Error(`${args.join(" ")} exited ${r.status}: ${r.stderr}`);
    if (i >= 2) samples.push(ms); // two warm-up runs fill the file cache
  }
  return median(samples);
}

function peakMemoryMB(args) {
  const r = spawnSync(process.execPath, ["--import", probe, ...args], { encoding: "utf8", stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, CI: "true" } });
  const kb = Number(/@@maxrss (\d+)/.exec(r.stderr)?.[1]);
  return kb / 1024;
}

async function engineThroughput() {
  const { loadBundle } = await import(pathToFileURL(join(root, "dist/cli/load-bundle.js")).href);
  const { adviseDesign } = await import(pathToFileURL(join(root, "dist/advise.js")).href);
  const { catalog, ruleSet } = await loadBundle();
  const dir = join(root, "fixtures/answers");
  const answers = readdirSync(dir).map((f) => parse(readFileSync(join(dir, f), "utf8")));
  const once = (i) => adviseDesign(answers[i % answers.length], catalog, ruleSet, { trace: "winners" });
  for (let i = 0; i < 2000; i++) once(i);
  let n = 0;
  const start = performance.now();
  while (performance.now() - start < 2000) once(n++);
  return n / ((performance.now() - start) / 1000);
}

const baseline = time(cases[0].args);
const rows = [["Measure", "Median wall time", "× node -e 0", "Target", "Peak memory"]];
for (const c of cases) {
  const ms = c === cases[0] ? baseline : time(c.args);
  const ratio = ms / baseline;
  const verdict = c.target ? `≤ ${c.target}× ${ratio <= c.target ? "✓" : "✗"}` : "";
  rows.push([c.name, `${ms.toFixed(0)} ms`, ratio.toFixed(2), verdict, `${peakMemoryMB(c.args).toFixed(0)} MB`]);
}
const perSecond = await engineThroughput();
rows.push(["engine (in process, fixtures)", `${perSecond.toFixed(0)} designs/s`, "", `≥ 10,000/s ${perSecond >= 10_000 ? "✓" : "✗"}`, ""]);

const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
const line = (r) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(" | ")} |`;
console.log(line(rows[0]));
console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
for (const r of rows.slice(1)) console.log(line(r));
console.log(`\nNode ${process.version}, ${RUNS} runs each (median), peak memory < 80 MB target.`);
