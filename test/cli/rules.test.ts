// Rules as a product: lint, test, list, doc, --rules-dir overrides and deprecation.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, runCli } from "../helpers/run-cli.js";

const rulesFixture = (name: string) => join("fixtures/rules", name);
const answers = (name: string) => join("fixtures/answers", `${name}.yaml`);

describe("rules lint", () => {
  it("passes on the built-in rules", () => {
    const r = runCli(["rules", "lint"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/\d+ rules, no problems/);
  });

  it.each([
    ["broken-schema", "fixtures/rules/broken-schema/bad.yaml:2: rules[0] (org-lower-case).docs: docs must be an https URL"],
    ["broken-schema", "rule ids look like ER-GW-001"],
    ["broken-unknown-fact", 'rules[0] (ORG-X-001).when.fact: unknown fact "answers.azure.onPremisesRoute"; did you mean "answers.azure.onPremisesRoutes"?'],
    ["broken-type-mismatch", '(ORG-X-002).when.gte: "gte" compares numbers, but derived.groupWan is string'],
    ["broken-no-default", "fixtures/rules/broken-no-default/bad.yaml: connection.type: decision connection.type has no default rule"],
    ["broken-overlap", "ORG-X-011: same priority (600) as ORG-X-010 for connection.type and their conditions may both hold"],
    ["broken-unreachable", "ORG-X-020: can never fire: its conditions contradict each other"],
    ["broken-unreachable", "ORG-X-021: can never fire: ER-MODEL-099 has no conditions and is tried first"],
  ])("reports %s with file and rule id", (dir, message) => {
    const r = runCli(["rules", "lint", rulesFixture(dir)]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
  });

  it("accepts an organisation's deliberate overrides", () => {
    expect(runCli(["rules", "lint", rulesFixture("org-standards")]).code).toBe(0);
  });
});

describe("rules test", () => {
  it("runs every built-in rule's cases, and every rule has some", () => {
    const r = runCli(["rules", "test"]);
    expect(r.stdout).toMatch(/^\d+ passed, 0 failed\n$/);
    expect(Number(r.stdout.split(" ")[0])).toBeGreaterThan(200);
    expect(r.stderr).not.toContain("have no cases");
    expect(r.code).toBe(0);
  });

  it("runs a custom folder's cases against the merged rule set", () => {
    expect(runCli(["rules", "test", rulesFixture("org-standards")])).toMatchObject({ code: 0, stdout: "4 passed, 0 failed\n" });
  });
});

describe("--rules-dir", () => {
  it("adds organisation rules that change decisions, and shows them in explain", () => {
    const r = runCli(["plan", "--answers", answers("small-retailer"), "--rules-dir", rulesFixture("org-standards"), "--format", "json"]);
    expect(r.code).toBe(0);
    const d = JSON.parse(r.stdout);
    expect(d.resilience.level).toBe("maximum");
    expect(d.circuits).toHaveLength(2);
    expect(d.circuits.every((c: { sku: { family: string } }) => c.sku.family === "UnlimitedData")).toBe(true);
    expect(d.decisions.find((x: { path: string }) => x.path === "resilience.level").rule).toBe("ORG-RES-001");
    const e = runCli(["explain", "--answers", answers("small-retailer"), "--rules-dir", rulesFixture("org-standards"), "resilience.level"]);
    expect(e.stdout).toContain("won: ORG-RES-001");
    expect(e.stdout).toContain("fixtures/rules/org-standards/org.yaml");
    expect(e.stdout).toContain("lost: ER-RES-001");
  });

  it("replaces a built-in rule by id (here a finding made an error)", () => {
    const r = runCli(["plan", "--answers", answers("alpine-paas-vpn"), "--rules-dir", rulesFixture("org-standards"), "--format", "json"]);
    expect(r.code).toBe(3);
    const f = JSON.parse(r.stdout).findings.find((x: { id: string }) => x.id === "ER-VPN-F08");
    expect(f).toMatchObject({ severity: "error", message: expect.stringContaining("NS-14") });
  });

  it("says when a deprecated rule fires", () => {
    const r = runCli(["plan", "--answers", answers("small-retailer"), "--rules-dir", rulesFixture("deprecated"), "--format", "json"]);
    const ids = JSON.parse(r.stdout).findings.map((x: { id: string }) => x.id);
    expect(ids).toContain("ER-BW-F02-DEPRECATED");
    expect(ids).toContain("ORG-BW-F02");
  });

  it("fails with exit 2 naming the file for a broken folder", () => {
    const r = runCli(["plan", "--answers", answers("small-retailer"), "--rules-dir", rulesFixture("broken-unknown-fact")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("fixtures/rules/broken-unknown-fact/bad.yaml:7: rules[0] (ORG-X-001).when.fact: unknown fact");
    expect(runCli(["plan", "--answers", answers("small-retailer"), "--rules-dir", "no/such/dir"]).code).toBe(2);
  });
});

describe("rules list and doc", () => {
  it("lists rules with priority and decision", () => {
    const r = runCli(["rules", "list"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/ER-CONN-001\s+500\s+connection.type = "direct"/);
  });

  it("writes one page per rule and an index, matching the committed docs", () => {
    const out = mkdtempSync(join(tmpdir(), "era-docs-"));
    expect(runCli(["rules", "doc", "--out", out]).code).toBe(0);
    const written = readdirSync(out).sort();
    expect(written).toContain("README.md");
    expect(written).toContain("ER-CONN-001.md");
    const committed = readdirSync(join(ROOT, "docs/rules")).sort();
    expect(written).toEqual(committed);
    for (const f of written) expect(readFileSync(join(out, f), "utf8"), f).toBe(readFileSync(join(ROOT, "docs/rules", f), "utf8"));
  });

  it("never writes into a folder that holds files without --force, nor into a file", () => {
    const out = mkdtempSync(join(tmpdir(), "era-docs-"));
    writeFileSync(join(out, "README.md"), "our own readme\n");
    writeFileSync(join(out, "ER-OWN-001.md"), "our own page\n");
    const refused = runCli(["rules", "doc", "--out", out]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("already holds files; pass --force");
    expect(readdirSync(out).sort()).toEqual(["ER-OWN-001.md", "README.md"]);
    expect(readFileSync(join(out, "README.md"), "utf8")).toBe("our own readme\n");
    expect(runCli(["rules", "doc", "--out", out, "--force"]).code).toBe(0);
    expect(readdirSync(out)).toContain("ER-CONN-001.md");
    const file = join(out, "README.md");
    const intoFile = runCli(["rules", "doc", "--out", file]);
    expect(intoFile.code).toBe(2);
    expect(intoFile.stderr).toBe(`error: ${file}: is not a folder; --out takes a folder\n`);
  });

  it("with --force removes the pages of rules that no longer exist, and nothing else", () => {
    const out = mkdtempSync(join(tmpdir(), "era-docs-"));
    expect(runCli(["rules", "doc", "--out", out]).code).toBe(0);
    const fresh = readdirSync(out).sort();
    // A page of a rule since deleted (v1's circuits.length rules were rescoped), and files not ours.
    writeFileSync(join(out, "ER-GONE-001.md"), "a deleted rule's page\n");
    writeFileSync(join(out, "notes.md"), "our notes\n");
    writeFileSync(join(out, "ER-GONE-001.txt"), "not a page\n");
    expect(runCli(["rules", "doc", "--out", out, "--force"]).code).toBe(0);
    expect(readdirSync(out).sort()).toEqual([...fresh, "ER-GONE-001.txt", "notes.md"].sort());
  });
});
