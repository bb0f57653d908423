// Decisions are made in order; a rule may read only the decisions before its own. Loading checks
// this (tested here at its boundary: the slot just before is allowed, the rule's own slot is not),
// and evaluation refuses, naming the rule and the path, when a rule set that skipped loading tries.
import { describe, expect, it } from "vitest";
import { checkAnswers } from "../../src/advise.js";
import { evaluateRules } from "../../src/engine/evaluate.js";
import { RuleEvaluationError } from "../../src/engine/errors.js";
import { compileRules } from "../../src/rule-tooling/compile.js";
import { DECISION_SLOTS } from "../../src/rules/decisions.js";
import { assembleRuleSet } from "../../src/rules/rule-set.js";
import type { Rule } from "../../src/rule-tooling/schema.js";
import { getBundle, makeAnswers } from "../helpers/bundle.js";

const DOCS = "https://learn.microsoft.com/azure/expressroute/expressroute-introduction";
const index = (path: string) => DECISION_SLOTS.findIndex((s) => s.path === path);
const SLOT = "siteGroup.locations";
const BEFORE = DECISION_SLOTS[index(SLOT) - 1]!.path;
const AFTER = DECISION_SLOTS[index(SLOT) + 1]!.path;

function loadIssues(rule: Record<string, unknown>): string[] {
  const result = compileRules([{ file: "order.yaml", data: { rules: [{ id: "ORG-ORD-001", title: "t", docs: DOCS, ...rule }] } }]);
  return result.ok ? [] : result.issues.map((i) => `${i.path}: ${i.message}`);
}

const decide = (extra: Record<string, unknown>) => ({ decision: SLOT, set: 1, rationale: "r", ...extra });

describe("load-time decision order, at its boundary", () => {
  it("lets a condition read the decision just before its own", () => {
    expect(loadIssues(decide({ when: { fact: `design.${BEFORE}`, exists: true } }))).toEqual([]);
  });

  it("refuses a condition that reads its own decision or the next", () => {
    for (const path of [SLOT, AFTER]) {
      const issues = loadIssues(decide({ when: { fact: `design.${path}`, exists: true } }));
      expect(issues).toHaveLength(1);
      expect(issues[0]).toContain(`"design.${path}" is decided at or after this rule's decision`);
    }
  });

  it("lets a rationale name its own decision, not the next", () => {
    expect(loadIssues(decide({ rationale: `{design.${SLOT}} circuits` }))).toEqual([]);
    expect(loadIssues(decide({ rationale: `{design.${AFTER}}` }))[0]).toContain(`"design.${AFTER}" is decided at or after`);
  });

  it("refuses a derived fact that reads the rule's own decision, allows it one slot later", () => {
    // perCircuitNeedMbps declares `after: siteGroup.parallel`, the slot after SLOT.
    const when = { fact: "derived.perCircuitNeedMbps", gt: 1 };
    expect(loadIssues({ decision: AFTER, set: 1, rationale: "r", when })[0]).toContain('"derived.perCircuitNeedMbps" depends on a decision made at or after');
    const next = DECISION_SLOTS[index(AFTER) + 1]!.path;
    expect(loadIssues({ decision: next, set: null, rationale: "r", when })).toEqual([]);
  });

  it("holds finding messages to the decisions made (all of them)", () => {
    const last = DECISION_SLOTS.at(-1)!.path;
    expect(loadIssues({ severity: "info", message: `{design.${last}}` })).toEqual([]);
  });
});

describe("reading an undecided decision at evaluation", () => {
  async function evaluateWith(rule: Rule) {
    const { catalog, ruleSet } = await getBundle();
    const rogue = assembleRuleSet([...ruleSet.all, { rule, file: "rogue.yaml", layer: 1 }]);
    const checked = checkAnswers(makeAnswers(), catalog);
    if (!checked.ok) throw new Error("bad answers");
    return () => evaluateRules(checked.answers, catalog, rogue);
  }
  const rogue = (when: Rule["when"]): Rule => ({ id: "ORG-ROGUE-001", title: "rogue", docs: DOCS, priority: 1000, decision: SLOT, set: 2, rationale: "r", when });

  it.each([
    ["its own decision", { fact: `design.${SLOT}`, equals: 2 }, SLOT],
    ["a later decision", { fact: `design.${AFTER}`, exists: true }, AFTER],
  ])("throws naming the rule and the path when a rule reads %s", async (_, when, path) => {
    const run = await evaluateWith(rogue(when as Rule["when"]));
    expect(run).toThrow(RuleEvaluationError);
    expect(run).toThrow(`rule ORG-ROGUE-001 reads design.${path}, which is not decided yet`);
  });

  it("throws naming the rule when a derived fact it reads needs a later decision", async () => {
    const run = await evaluateWith({ ...rogue({ fact: "derived.vnetLinksNeeded", gt: 0 }) });
    expect(run).toThrow("rule ORG-ROGUE-001 reads a derived fact that needs decision globalReach.enabled, which is not decided yet");
  });

  it("never yields null in place of an undecided value (the rule set as loaded evaluates)", async () => {
    const { catalog, ruleSet } = await getBundle();
    const checked = checkAnswers(makeAnswers(), catalog);
    // One site group and one region: every slot decided once.
    expect(checked.ok && evaluateRules(checked.answers, catalog, ruleSet).decided).toHaveLength(DECISION_SLOTS.length);
  });
});
