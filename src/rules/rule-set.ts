// A validated rule set, indexed for evaluation. Free of zod, so prebuilt rules load cheaply.
import { DECISION_SLOTS } from "./decisions.js";
import type { Rule } from "./schema.js";
import { isDecisionRule } from "./vocabulary.js";

export interface LoadedRule {
  rule: Rule;
  file: string;
  layer: number;
  /** Id of the rule of an earlier layer this one replaced. */
  overrides?: string;
}

export interface RuleSet {
  /** Decision rules per slot path, in evaluation order (priority desc, then id). */
  decisions: ReadonlyMap<string, readonly LoadedRule[]>;
  findings: readonly LoadedRule[];
  all: readonly LoadedRule[];
  byId: ReadonlyMap<string, LoadedRule>;
}

const byPriorityThenId = (a: LoadedRule, b: LoadedRule) =>
  b.rule.priority - a.rule.priority || (a.rule.id < b.rule.id ? -1 : a.rule.id > b.rule.id ? 1 : 0);

/** Indexes and orders already-validated rules (also used for the prebuilt built-in rule set). */
export function assembleRuleSet(rules: readonly LoadedRule[]): RuleSet {
  const all = [...rules];
  const byId = new Map(all.map((l) => [l.rule.id, l]));
  const decisions = new Map<string, LoadedRule[]>();
  for (const slot of DECISION_SLOTS) decisions.set(slot.path, []);
  const findings: LoadedRule[] = [];
  for (const loaded of all) {
    if (isDecisionRule(loaded.rule)) decisions.get(loaded.rule.decision)!.push(loaded);
    else findings.push(loaded);
  }
  for (const list of decisions.values()) list.sort(byPriorityThenId);
  findings.sort(byPriorityThenId);
  return { decisions, findings, all: all.sort(byPriorityThenId), byId };
}

