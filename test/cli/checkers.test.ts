// The checkers are checked: each has a fixture it must reject. `rules test` fails on cases that do
// not hold, `rules lint` finds contradictions and overlaps exactly at a bound, and a prebuilt rules
// bundle older than the rule files is not used.
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT, runCli } from "../helpers/run-cli.js";

describe("rules test on cases that must fail", () => {
  const r = runCli(["rules", "test", "fixtures/rules/failing-cases"]);

  it("exits 1 with the count", () => {
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("1 passed, 4 failed\n");
  });

  it.each([
    ["ORG-FAIL-001 valid[1] (valid but does not hold): expected ORG-FAIL-001 to fire, but resilience.level was decided by ER-RES-001"],
    ['ORG-FAIL-001 valid[2] (expect does not match): ORG-FAIL-001 won but set resilience.level to "maximum", expected "high"'],
    ["ORG-FAIL-001 invalid[0] (invalid but fires): expected ORG-FAIL-001 not to fire"],
    ["ORG-FAIL-002 valid[0] (finding not raised): expected ORG-FAIL-002 to fire, but finding ORG-FAIL-002 was not raised"],
  ])("names %s", (line) => {
    expect(r.stderr).toContain(`fixtures/rules/failing-cases/org.cases.yaml: ${line}`);
  });

  it("does not name the case that holds", () => {
    expect(r.stderr).not.toContain("valid[0] (passes)");
  });
});

describe("an expect nothing would check", () => {
  it("is refused at load (exit 2), on an invalid case and on a finding rule", () => {
    const r = runCli(["rules", "test", "fixtures/rules/broken-case-expect"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("bad.yaml:14: rules[0] (ORG-EXP-001).cases.invalid[0].expect: an invalid case has no decision value to expect");
    expect(r.stderr).toContain("bad.yaml:25: rules[1] (ORG-EXP-002).cases.valid[0].expect: ORG-EXP-002 is a finding rule, which has no value to expect");
  });
});

describe("rules lint at equal bounds", () => {
  const r = runCli(["rules", "lint", "fixtures/rules/broken-equal-bounds"]);

  it("reports conditions that contradict exactly at the bound", () => {
    expect(r.code).toBe(2);
    for (const id of ["ORG-EQ-001", "ORG-EQ-002", "ORG-EQ-003"]) expect(r.stderr).toContain(`${id}: can never fire: its conditions contradict each other`);
  });

  it("reports same-priority rules that both hold at the shared bound", () => {
    expect(r.stderr).toContain("ORG-EQ-011: same priority (700) as ORG-EQ-010 for connection.type and their conditions may both hold");
  });

  it("leaves alone a closed single point and bounds that exclude each other", () => {
    expect(r.stderr).not.toMatch(/ORG-EQ-004|ORG-EQ-01[23]/);
    expect(r.stderr).toContain("4 problems found");
  });
});

describe("a stale prebuilt rules bundle", () => {
  // A copy of the built package, as a development checkout (src/ present): the bundle is checked.
  const dir = mkdtempSync(join(tmpdir(), "stale-bundle-"));
  for (const part of ["bin", "dist", "rules", "catalog", "package.json"]) cpSync(join(ROOT, part), join(dir, part), { recursive: true, preserveTimestamps: true });
  mkdirSync(join(dir, "src"));
  symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const rulesFile = join(dir, "rules/encryption.yaml");
  const original = readFileSync(rulesFile, "utf8");
  const bin = join(dir, "bin/expressroute-advisor.js");
  const rationale = (answers: string) => {
    const r = spawnSync(process.execPath, [bin, "plan", join(ROOT, "fixtures/answers", answers), "--format", "json"], { cwd: dir, encoding: "utf8", env: { ...process.env, CI: "true" } });
    const design = JSON.parse(r.stdout) as { decisions: { path: string; rationale: string }[] };
    return design.decisions.find((d) => d.path === "siteGroups[tailwind-small-retailer].macsec")!.rationale;
  };

  it("is used while the rule files are as built", () => {
    expect(rationale("small-retailer.yaml")).toContain("MACsec is not asked for");
  });

  it("is not used after a rule file changes size", () => {
    writeFileSync(rulesFile, original.replace("MACsec is not asked for", "EDITED: MACsec is not asked for"));
    expect(rationale("small-retailer.yaml")).toContain("EDITED: MACsec is not asked for");
  });

  it("is not used after a same-size edit (contents are compared when times differ)", () => {
    const { mtime } = statSync(rulesFile);
    writeFileSync(rulesFile, original.replace("MACsec is not asked for", "MACSEC IS NOT ASKED FOR"));
    utimesSync(rulesFile, mtime, new Date(mtime.getTime() + 5000));
    expect(rationale("small-retailer.yaml")).toContain("MACSEC IS NOT ASKED FOR");
  });
});
