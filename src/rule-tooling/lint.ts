// `rules lint`: problems a rule set can have beyond loading: a decision without a default,
// equal-priority rules that may both match, rules that can never fire. Pure: works on a
// compiled RuleSet (loading already checked schema, facts, decisions and types).
import type { LoadedConstraint, LoadedRule, RuleIssue, RuleSet } from "./compile.js";
import type { Catalog } from "../catalog/catalog.js";
import { ENGINE_MESSAGES } from "../engine/messages.js";
import { DECISION_SLOT_BY_PATH, DECISION_SLOTS, listCatalogValues, slotValues, type DecisionSlot } from "../rules/decisions.js";
import { isDecisionRule } from "../rules/rule-types.js";
import { FACT_TYPES, type FactType } from "./facts.js";
import { constraintAllows } from "../rules/rule-set.js";
import { OPERATORS, type Condition, type Leaf } from "./schema.js";

/** The leaves that must all hold for the condition to hold (top-level `all` or a single leaf). */
function requiredLeaves(cond: Condition | undefined): Leaf[] {
  if (!cond) return [];
  if ("fact" in cond) return [cond];
  if ("all" in cond) return cond.all.flatMap((c) => requiredLeaves(c));
  return [];
}

const isRef = (v: unknown) => v !== null && typeof v === "object" && !Array.isArray(v);

function constraintOf(leaf: Leaf): { op: (typeof OPERATORS)[number]; value: unknown } {
  const op = OPERATORS.find((o) => o in leaf)!;
  return { op, value: leaf[op] };
}

/** True when two constraints on the same fact cannot both hold. Conservative: false if unsure. */
function contradicts(a: { op: string; value: unknown }, b: { op: string; value: unknown }): boolean {
  if (isRef(a.value) || isRef(b.value)) return false;
  const pair = (x: string, y: string) => (a.op === x && b.op === y) || (a.op === y && b.op === x);
  const get = (op: string) => (a.op === op ? a : b);
  if (a.op === "equals" && b.op === "equals") return JSON.stringify(a.value) !== JSON.stringify(b.value);
  if (pair("equals", "notEquals")) return JSON.stringify(get("equals").value) === JSON.stringify(get("notEquals").value);
  if (pair("equals", "in")) return !(get("in").value as unknown[]).some((v) => JSON.stringify(v) === JSON.stringify(get("equals").value));
  if (pair("equals", "notIn")) return (get("notIn").value as unknown[]).some((v) => JSON.stringify(v) === JSON.stringify(get("equals").value));
  if (a.op === "exists" && b.op === "exists") return a.value !== b.value;
  const range = (c: { op: string; value: unknown }): [number, number, boolean, boolean] | undefined => {
    const n = c.value as number;
    if (typeof n !== "number") return undefined;
    switch (c.op) {
      case "gt":
        return [n, Infinity, false, true];
      case "gte":
        return [n, Infinity, true, true];
      case "lt":
        return [-Infinity, n, true, false];
      case "lte":
        return [-Infinity, n, true, true];
      case "equals":
        return [n, n, true, true];
      default:
        return undefined;
    }
  };
  const ra = range(a);
  const rb = range(b);
  if (ra && rb) {
    const lo = Math.max(ra[0], rb[0]);
    const hi = Math.min(ra[1], rb[1]);
    if (lo > hi) return true;
    if (lo === hi) {
      const loIncl = ra[0] === lo ? ra[2] : true;
      const loIncl2 = rb[0] === lo ? rb[2] : true;
      const hiIncl = ra[1] === hi ? ra[3] : true;
      const hiIncl2 = rb[1] === hi ? rb[3] : true;
      return !(loIncl && loIncl2 && hiIncl && hiIncl2);
    }
  }
  return false;
}

/** Whether two conditions, given by their required leaves, are provably exclusive. */
function disjointLeaves(la: readonly Leaf[], lb: readonly Leaf[]): boolean {
  return la.some((x) => lb.some((y) => x.fact === y.fact && contradicts(constraintOf(x), constraintOf(y))));
}

/**
 * Pairs that may hold together, reported before lint stops looking: 3,000 rules of one priority
 * make 4.5 million pairs, which took 21 s and 2.6 GB to list (issue 11). The first ones say what
 * to fix; the rest would say the same.
 */
export const MAX_OVERLAPS = 200;

/** Counts overlaps found across the whole set; the first one past the limit says lint stopped. */
class OverlapBudget {
  private found = 0;
  /** Set when lint stopped looking; reported after every other problem. */
  stop: RuleIssue | undefined;
  constructor(private readonly issues: RuleIssue[]) {}
  get exhausted(): boolean {
    return this.stop !== undefined;
  }
  /** Records one overlap; false once the limit is passed (the caller stops looking). */
  take(issue: RuleIssue): boolean {
    if (++this.found <= MAX_OVERLAPS) this.issues.push(issue);
    else this.stop = { file: issue.file, path: issue.path, message: `and more rules that may apply together; lint stopped after ${MAX_OVERLAPS} of them`, stopped: true };
    return !this.exhausted;
  }
}

function selfContradictory(cond: Condition | undefined): boolean {
  const leaves = requiredLeaves(cond);
  return leaves.some((x, i) => leaves.slice(i + 1).some((y) => x.fact === y.fact && contradicts(constraintOf(x), constraintOf(y))));
}

const label = (l: LoadedRule) => `${l.rule.id}`;

/**
 * Constraints of one decision: one that allows no value at all, one that can never apply, two
 * that may apply together and leave no value, and (for a decision without a closed list of
 * values) one that no rule can satisfy, which would always raise its error finding.
 */
function lintConstraints(ruleSet: RuleSet, slot: (typeof DECISION_SLOTS)[number], issues: RuleIssue[], budget: OverlapBudget) {
  const constraints = ruleSet.constraints.get(slot.path) ?? [];
  const push = (c: LoadedConstraint, message: string) => issues.push({ file: c.file, path: c.constraint.id, message });
  const values = slotValues(slot);
  const show = (vs: readonly unknown[]) => vs.map((v) => JSON.stringify(v)).join(", ");
  for (const c of constraints) {
    if (selfContradictory(c.constraint.when)) push(c, "can never apply: its conditions contradict each other");
    if (values && !values.some((v) => constraintAllows(c, v))) push(c, `allows no value of ${slot.path} (${show(values)}), so it always raises an error`);
    if (!values) {
      const offered = (ruleSet.decisions.get(slot.path) ?? []).map((l) => ("set" in l.rule ? l.rule.set : undefined));
      const literal = offered.filter((v) => v === null || typeof v !== "object");
      const canSatisfy = literal.length < offered.length || literal.some((v) => constraintAllows(c, v)) || (c.constraint.allow?.length ?? 0) > 0;
      if (!canSatisfy) push(c, `no rule sets a value of ${slot.path} it allows, so whenever it applies it raises an error`);
    }
  }
  if (!values) return;
  const leaves = constraints.map((c) => requiredLeaves(c.constraint.when));
  for (let i = 0; i < constraints.length && !budget.exhausted; i++) {
    for (let j = i + 1; j < constraints.length; j++) {
      const a = constraints[i]!;
      const b = constraints[j]!;
      if (disjointLeaves(leaves[i]!, leaves[j]!)) continue;
      if (values.some((v) => constraintAllows(a, v) && constraintAllows(b, v))) continue;
      const message = `may apply together with ${a.constraint.id}, and together they allow no value of ${slot.path}; make their conditions exclusive`;
      if (!budget.take({ file: b.file, path: b.constraint.id, message })) break;
    }
  }
}

/**
 * Why a fact cannot be a decision's value (`set: { fact: ... }`), or undefined when it can: its
 * kind must be the decision's, and a list of values must fit the decision's list. Loading checks
 * literal values; a fact's value is known only at evaluation, which would stop the run (issue 11).
 */
function describeFactMismatch(fact: FactType, slot: DecisionSlot): string | undefined {
  if (fact.kind === "string[]") return "is a list, and a decision takes one value";
  if (slot.kind === "enum") {
    const slotType = typeof slot.values![0];
    if (fact.values) return fact.values.every((v) => slot.values!.includes(v)) ? undefined : `can be ${fact.values.filter((v) => !slot.values!.includes(v)).map((v) => JSON.stringify(v)).join(", ")}`;
    return (fact.kind === "number" ? "number" : fact.kind === "string" ? "string" : fact.kind) === slotType ? undefined : `is ${fact.kind}`;
  }
  if (slot.kind === "string") return fact.kind === "string" || ((fact.kind === "enum" || fact.kind === "literal") && fact.values!.every((v) => typeof v === "string")) ? undefined : `is ${fact.kind}`;
  return fact.kind === slot.kind ? undefined : `is ${fact.kind}`;
}

/**
 * Values a decision takes from the catalog (a peering location, a circuit size): a literal one is
 * checked here, where lint has the catalog (loading has not), so "Nowhere" fails lint, not a plan.
 */
function lintCatalogValues(ruleSet: RuleSet, catalog: Catalog, push: (l: LoadedRule, message: string) => void) {
  for (const l of ruleSet.all) {
    const rule = l.rule;
    if (!isDecisionRule(rule) || rule.set === null || typeof rule.set === "object") continue;
    const slot = DECISION_SLOT_BY_PATH.get(rule.decision);
    if (!slot?.catalog || listCatalogValues(catalog, slot.catalog).has(rule.set)) continue;
    push(l, `sets ${slot.path} to ${JSON.stringify(rule.set)}, which is not ${ENGINE_MESSAGES.expectedFromCatalog(slot.catalog)}`);
  }
}

function lintFactValues(ruleSet: RuleSet, push: (l: LoadedRule, message: string) => void) {
  for (const l of ruleSet.all) {
    const rule = l.rule;
    if (!isDecisionRule(rule) || rule.set === null || typeof rule.set !== "object") continue;
    const slot = DECISION_SLOT_BY_PATH.get(rule.decision);
    const fact = FACT_TYPES.get(rule.set.fact);
    if (!slot || !fact) continue;
    const mismatch = describeFactMismatch(fact, slot);
    if (mismatch) push(l, `sets ${slot.path} (${slot.values ? slot.values.join(" | ") : slot.kind}) from ${rule.set.fact}, which ${mismatch}`);
  }
}

/** Lints a loaded set; with the catalog, literal values from catalog lists are checked too. */
export function lintRuleSet(ruleSet: RuleSet, catalog?: Catalog): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const budget = new OverlapBudget(issues);
  const push = (l: LoadedRule, message: string) => issues.push({ file: l.file, path: label(l), message });
  for (const slot of DECISION_SLOTS) {
    const rules = ruleSet.decisions.get(slot.path) ?? [];
    const defaults = rules.filter((l) => !l.rule.when);
    if (defaults.length === 0) {
      // Blame the most recent layer: that is where the default went missing.
      const culprit = [...rules].sort((a, b) => b.layer - a.layer)[0];
      issues.push({ file: culprit?.file ?? "(rules)", path: slot.path, message: `decision ${slot.path} has no default rule (a rule without "when"), so some answers leave it undecided` });
    }
    // Rules after the first unconditional one can never win, unless a later layer (an
    // organisation's --rules-dir) deliberately shadows built-in rules.
    const firstDefault = rules.findIndex((l) => !l.rule.when);
    if (firstDefault >= 0) {
      const shadow = rules[firstDefault]!;
      for (const l of rules.slice(firstDefault + 1)) {
        if (l.layer < shadow.layer) continue;
        push(l, `can never fire: ${label(shadow)} has no conditions and is tried first (priority ${shadow.rule.priority})`);
      }
    }
    // Rules are ordered by priority, so rules of equal priority sit together.
    const leaves = rules.map((l) => requiredLeaves(l.rule.when));
    for (let i = 0; i < rules.length && !budget.exhausted; i++) {
      for (let j = i + 1; j < rules.length && rules[j]!.rule.priority === rules[i]!.rule.priority; j++) {
        const a = rules[i]!;
        const b = rules[j]!;
        if (disjointLeaves(leaves[i]!, leaves[j]!)) continue;
        const message = `same priority (${b.rule.priority}) as ${label(a)} for ${slot.path} and their conditions may both hold; the winner would depend on rule ids. Give one a higher priority or make the conditions exclusive`;
        if (!budget.take({ file: b.file, path: label(b), message })) break;
      }
    }
  }
  for (const slot of DECISION_SLOTS) lintConstraints(ruleSet, slot, issues, budget);
  lintFactValues(ruleSet, push);
  if (catalog) lintCatalogValues(ruleSet, catalog, push);
  for (const l of ruleSet.all) {
    if (selfContradictory(l.rule.when)) push(l, "can never fire: its conditions contradict each other");
    if (!/^https:\/\//.test(l.rule.docs)) push(l, "docs must be an https URL");
  }
  issues.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return budget.stop ? [...issues, budget.stop] : issues;
}
