import { describe, expect, it } from "vitest";
import { compileRules, type RuleSource } from "../../src/rule-tooling/compile.js";
import { DECISION_SLOTS } from "../../src/rules/decisions.js";
import { readRuleSources, BUILTIN_RULES_DIR } from "../../src/cli/load-sources.js";
import { readFileSync } from "node:fs";
import { BUILTIN_BUNDLE_FILE, type BuiltinBundle } from "../../src/cli/builtin-bundle.js";
import { assembleRuleSet } from "../../src/rules/rule-set.js";

const docs = "https://learn.microsoft.com/azure/expressroute/expressroute-faqs";
const source = (rules: unknown[], file = "x.yaml", layer = 0): RuleSource => ({ file, data: { rules }, layer });
const rule = (extra: Record<string, unknown>) => ({ id: "T-001", title: "t", docs, rationale: "r", decision: "connection.type", set: "direct", ...extra });

function issuesOf(sources: RuleSource[]) {
  const r = compileRules(sources);
  if (r.ok) throw new Error("expected issues");
  return r.issues;
}

describe("rule loading", () => {
  it("loads the built-in rules with a default rule for every decision", async () => {
    const { sources } = await readRuleSources([BUILTIN_RULES_DIR]);
    const r = compileRules(sources);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    for (const slot of DECISION_SLOTS) {
      const rules = r.ruleSet.decisions.get(slot.path)!;
      expect(rules.length, slot.path).toBeGreaterThan(0);
      expect(rules.at(-1)!.rule.when, `${slot.path} needs a default (a last rule without when)`).toBeUndefined();
    }
  });

  it("the prebuilt bundle (npm run build) carries the scopes and order the sources give", async () => {
    const { sources } = await readRuleSources([BUILTIN_RULES_DIR]);
    const r = compileRules(sources);
    if (!r.ok) throw new Error("rules do not load");
    const prebuilt = JSON.parse(readFileSync(BUILTIN_BUNDLE_FILE, "utf8")) as BuiltinBundle;
    const assembled = assembleRuleSet(prebuilt.rules, prebuilt.constraints, prebuilt.scopes);
    expect([...assembled.scopes]).toEqual([...r.ruleSet.scopes]);
    expect(assembled.findings.map((l) => l.rule.id)).toEqual(r.ruleSet.findings.map((l) => l.rule.id));
    // Computed again from the prebuilt rules themselves, the scopes agree too.
    expect([...assembleRuleSet(prebuilt.rules, prebuilt.constraints).scopes]).toEqual(prebuilt.scopes);
  });

  it("every built-in rule cites a Microsoft Learn page", async () => {
    const { sources } = await readRuleSources([BUILTIN_RULES_DIR]);
    const r = compileRules(sources);
    if (!r.ok) throw new Error("rules do not load");
    for (const { rule } of r.ruleSet.all) expect(rule.docs, rule.id).toMatch(/^https:\/\/learn\.microsoft\.com\/azure\//);
  });

  it("rejects an unknown answer key with a did-you-mean", () => {
    const issues = issuesOf([source([rule({ when: { fact: "answers.azure.onPremisesRoute", gt: 10 } })])]);
    expect(issues).toEqual([
      { file: "x.yaml", path: "rules[0] (T-001).when.fact", message: 'unknown fact "answers.azure.onPremisesRoute"; did you mean "answers.azure.onPremisesRoutes"?' },
    ]);
  });

  it("rejects an unknown decision", () => {
    const issues = issuesOf([source([rule({ decision: "gateway.skus" })])]);
    expect(issues[0]!.message).toBe('unknown decision "gateway.skus"; did you mean "gateway.sku"?');
  });

  it("rejects values a decision cannot take and operators that do not fit the fact", () => {
    const issues = issuesOf([
      source([
        rule({ set: "dirct" }),
        rule({ id: "T-002", when: { fact: "answers.resilience.vpnDevice", gt: 3 } }),
        rule({ id: "T-003", when: { fact: "answers.resilience.vpnDevice", equals: "route-base" } }),
      ]),
    ]);
    expect(issues.map((i) => `${i.path}: ${i.message}`)).toEqual([
      'rules[0] (T-001).set: "dirct" is not one of provider | direct; did you mean "direct"?',
      'rules[1] (T-002).when.gt: "gt" compares numbers, but answers.resilience.vpnDevice is enum',
      'rules[2] (T-003).when.equals: "route-base" is not one of route-based | policy-based; did you mean "route-based"?',
    ]);
  });

  it("rejects operand shapes that could never match as intended", () => {
    const issues = issuesOf([
      source([
        rule({ when: { fact: "answers.resilience.vpnDevice", equals: ["route-based", "policy-based"] } }),
        rule({ id: "T-002", when: { fact: "derived.groupRegions", in: ["westeurope"] } }),
      ]),
    ]);
    expect(issues.map((i) => i.message)).toEqual([
      '"equals" takes one value; to test several use "in"',
      '"in" tests one value, but derived.groupRegions is a list; use equals (the list contains the value) or notEquals',
    ]);
  });

  it("rejects reading a decision that is made later", () => {
    const issues = issuesOf([source([rule({ when: { fact: "design.circuits[].sku.tier", equals: "Local" } })])]);
    expect(issues[0]!.message).toContain("decided at or after this rule's decision");
  });

  it("rejects reading another scope's decision or fact", () => {
    const issues = issuesOf([source([rule({ when: { all: [{ fact: "design.gateway.fastPath", equals: true }, { fact: "derived.regionHasZones", equals: true }] } })])]);
    expect(issues.map((i) => i.message)).toEqual([
      expect.stringContaining('"design.gateway.fastPath" is per region, but this rule decides per site group'),
      expect.stringContaining('"derived.regionHasZones" is per region, but this rule decides per site group'),
    ]);
  });

  it("rejects duplicate ids in one layer but lets a later layer override", () => {
    expect(issuesOf([source([rule({}), rule({})])])[0]!.message).toContain("duplicate rule id T-001");
    const r = compileRules([source([rule({})], "a.yaml", 0), source([rule({ set: "provider" })], "b.yaml", 1)]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const loaded = r.ruleSet.decisions.get("connection.type")!;
    expect(loaded).toHaveLength(1);
    expect(loaded[0]).toMatchObject({ file: "b.yaml", overrides: "T-001" });
  });

  it("rejects malformed rules without running anything", () => {
    const issues = issuesOf([
      source([{ id: "bad id", title: "t", docs: "http://example.com", decision: "connection.type", set: "direct", rationale: "r", run: "rm -rf /" }]),
    ]);
    const text = issues.map((i) => `${i.path}: ${i.message}`).join("\n");
    expect(text).toContain("rule ids look like");
    expect(text).toContain("docs must be an https URL");
    expect(text).toContain('unknown key "run"');
  });

  it("rejects a condition with two operators", () => {
    const issues = issuesOf([source([rule({ when: { fact: "answers.sites.count", gt: 1, lt: 5 } })])]);
    expect(issues[0]!.message).toContain("exactly one operator");
  });

  it("orders rules by priority, then id", () => {
    const r = compileRules([source([rule({ id: "T-002", priority: 5 }), rule({ id: "T-001", priority: 5 }), rule({ id: "T-000", priority: 1 })])]);
    if (!r.ok) throw new Error("should load");
    expect(r.ruleSet.decisions.get("connection.type")!.map((l) => l.rule.id)).toEqual(["T-001", "T-002", "T-000"]);
  });
});
