// A validated rule set, indexed for evaluation. Free of zod, so prebuilt rules load cheaply.
import { DECISION_SLOTS } from "./decisions.js";
import { isDecisionRule, type Constraint, type Rule } from "./rule-types.js";

export interface LoadedRule {
  rule: Rule;
  file: string;
  layer: number;
  /** Id of the rule of an earlier layer this one replaced. */
  overrides?: string;
}

/** A constraint as loaded: like a rule, it remembers its file and layer. */
export interface LoadedConstraint {
  constraint: Constraint;
  file: string;
  layer: number;
  overrides?: string;
}

/** Whether a constraint lets a decision take a value. */
export function constraintAllows(c: LoadedConstraint, value: unknown): boolean {
  const { allow, forbid } = c.constraint;
  return allow ? allow.includes(value as never) : !forbid!.includes(value as never);
}

export interface RuleSet {
  /** Decision rules per slot path, in evaluation order (priority desc, then id). */
  decisions: ReadonlyMap<string, readonly LoadedRule[]>;
  findings: readonly LoadedRule[];
  all: readonly LoadedRule[];
  byId: ReadonlyMap<string, LoadedRule>;
  /** Constraints per decision slot path, by id. */
  constraints: ReadonlyMap<string, readonly LoadedConstraint[]>;
}

const byPriorityThenId = (a: LoadedRule, b: LoadedRule) =>
  b.rule.priority - a.rule.priority || (a.rule.id < b.rule.id ? -1 : a.rule.id > b.rule.id ? 1 : 0);

/** Indexes and orders already-validated rules (also used for the prebuilt built-in rule set). */
export function assembleRuleSet(rules: readonly LoadedRule[], constraints: readonly LoadedConstraint[] = []): RuleSet {
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
  const bySlot = new Map<string, LoadedConstraint[]>();
  for (const c of [...constraints].sort((a, b) => (a.constraint.id < b.constraint.id ? -1 : 1))) {
    const list = bySlot.get(c.constraint.constrain) ?? [];
    list.push(c);
    bySlot.set(c.constraint.constrain, list);
  }
  return { decisions, findings, all: all.sort(byPriorityThenId), byId, constraints: bySlot };
}

