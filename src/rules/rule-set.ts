// A validated rule set, indexed for evaluation. Free of zod, so prebuilt rules load cheaply.
import { DECISION_SLOT_BY_PATH, DECISION_SLOTS, type DecisionScope } from "./decisions.js";
import { DERIVED_FACTS } from "./derived.js";
import { isDecisionRule, type Condition, type Constraint, type Rule } from "./rule-types.js";
import { splitTemplate } from "../text/format.js";

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
  /** Per finding rule: fired once for the design, or once per site group or region. */
  scopes: ReadonlyMap<string, DecisionScope>;
}

/** The scope a fact is decided or computed in (answers are design-wide); undefined for an unknown fact. */
export function scopeOfFact(fact: string): DecisionScope | undefined {
  const dot = fact.indexOf(".");
  const family = fact.slice(0, dot);
  const rest = fact.slice(dot + 1);
  if (family === "answers") return "design";
  if (family === "design") return DECISION_SLOT_BY_PATH.get(rest)?.scope;
  if (family === "derived") {
    const def = DERIVED_FACTS[rest];
    return def ? (def.scope ?? "design") : undefined;
  }
  return undefined;
}

function collectFacts(cond: Condition | undefined, into: string[]): string[] {
  if (!cond) return into;
  if ("all" in cond) cond.all.forEach((c) => collectFacts(c, into));
  else if ("any" in cond) cond.any.forEach((c) => collectFacts(c, into));
  else if ("not" in cond) collectFacts(cond.not, into);
  else {
    into.push(cond.fact);
    for (const operand of Object.values(cond)) if (operand !== null && typeof operand === "object" && !Array.isArray(operand) && "fact" in operand) into.push((operand as { fact: string }).fact);
  }
  return into;
}

/**
 * The item scopes a finding rule reads: a rule reading a site group's facts fires once per group,
 * one reading a region's once per region; none, once for the design. Two scopes is a rule error
 * (compile reports it; see findingScopes).
 */
export function findingScopes(rule: Rule): DecisionScope[] {
  const facts = collectFacts(rule.when, []);
  const parts = splitTemplate(isDecisionRule(rule) ? rule.rationale : rule.message);
  for (let i = 1; i < parts.length; i += 2) facts.push(parts[i]!);
  const scopes = new Set<DecisionScope>();
  for (const f of facts) {
    const scope = scopeOfFact(f);
    if (scope && scope !== "design") scopes.add(scope);
  }
  return [...scopes].sort();
}

const byPriorityThenId = (a: LoadedRule, b: LoadedRule) =>
  b.rule.priority - a.rule.priority || (a.rule.id < b.rule.id ? -1 : a.rule.id > b.rule.id ? 1 : 0);

/**
 * Indexes and orders already-validated rules (also used for the prebuilt built-in rule set, whose
 * finding scopes the build computed with findingScopes and passes in as `scopes`).
 */
export function assembleRuleSet(rules: readonly LoadedRule[], constraints: readonly LoadedConstraint[] = [], scopes?: Iterable<readonly [string, DecisionScope]>): RuleSet {
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
  return {
    decisions,
    findings,
    all: all.sort(byPriorityThenId),
    byId,
    constraints: bySlot,
    scopes: new Map(scopes ?? findings.map((l) => [l.rule.id, findingScopes(l.rule)[0] ?? "design"] as const)),
  };
}

