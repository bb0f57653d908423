// Evaluates declarative conditions. Every leaf is evaluated (no short-circuit), so the trace
// shows why a rule lost as well as why one won (the "explain recorder" pattern).
import type { Condition, Leaf } from "../rules/rule-types.js";
import { OPERATORS, type Operator } from "../rules/vocabulary.js";

export interface LeafResult {
  fact: string;
  operator: Operator;
  expected: unknown;
  actual: unknown;
  passed: boolean;
}

export interface ConditionResult {
  passed: boolean;
  leaves: LeafResult[];
  /** The first leaf that made the condition fail, in document order (for "why not"). */
  firstFailure?: LeafResult;
}

export type Resolve = (fact: string) => unknown;

const same = (a: unknown, b: unknown) => a === b || (a == null && b == null);

function applyOperator(op: Operator, actual: unknown, expected: unknown): boolean {
  switch (op) {
    case "equals":
      return Array.isArray(actual) && !Array.isArray(expected) ? actual.includes(expected) : same(actual, expected);
    case "notEquals":
      return Array.isArray(actual) && !Array.isArray(expected) ? !actual.includes(expected) : !same(actual, expected);
    case "in":
      return Array.isArray(expected) && expected.some((e) => same(actual, e));
    case "notIn":
      return Array.isArray(expected) && !expected.some((e) => same(actual, e));
    case "gt":
      return typeof actual === "number" && typeof expected === "number" && actual > expected;
    case "gte":
      return typeof actual === "number" && typeof expected === "number" && actual >= expected;
    case "lt":
      return typeof actual === "number" && typeof expected === "number" && actual < expected;
    case "lte":
      return typeof actual === "number" && typeof expected === "number" && actual <= expected;
    case "exists": {
      const present = actual !== undefined && actual !== null && !(Array.isArray(actual) && actual.length === 0);
      return present === expected;
    }
  }
}

function evaluateLeaf(leaf: Leaf, resolve: Resolve): LeafResult {
  const operator = OPERATORS.find((op) => op in leaf)!;
  const operand = leaf[operator];
  const isFact = operand !== null && typeof operand === "object" && !Array.isArray(operand) && "fact" in operand;
  const actual = resolve(leaf.fact);
  const expected = isFact ? resolve((operand as { fact: string }).fact) : operand;
  return { fact: leaf.fact, operator, expected, actual, passed: applyOperator(operator, actual, expected) };
}

const ALWAYS: ConditionResult = { passed: true, leaves: [] };

export function evaluateCondition(cond: Condition | undefined, resolve: Resolve): ConditionResult {
  if (!cond) return ALWAYS;
  if ("fact" in cond) {
    const leaf = evaluateLeaf(cond, resolve);
    return { passed: leaf.passed, leaves: [leaf], firstFailure: leaf.passed ? undefined : leaf };
  }
  if ("all" in cond) {
    const leaves: LeafResult[] = [];
    let firstFailure: LeafResult | undefined;
    let passed = true;
    for (const c of cond.all) {
      const r = evaluateCondition(c, resolve);
      for (const l of r.leaves) leaves.push(l);
      if (!r.passed && passed) {
        passed = false;
        firstFailure = r.firstFailure;
      }
    }
    return { passed, leaves, firstFailure };
  }
  if ("any" in cond) {
    const leaves: LeafResult[] = [];
    let passed = false;
    let firstFailure: LeafResult | undefined;
    for (const c of cond.any) {
      const r = evaluateCondition(c, resolve);
      for (const l of r.leaves) leaves.push(l);
      if (r.passed) passed = true;
      else firstFailure ??= r.firstFailure;
    }
    return { passed, leaves, firstFailure: passed ? undefined : firstFailure };
  }
  const inner = evaluateCondition(cond.not, resolve);
  // A negated condition fails because its inner condition held: report the first leaf that
  // passed (or, for a double negation, the first leaf at all).
  const firstFailure = inner.passed ? (inner.leaves.find((l) => l.passed) ?? inner.leaves[0]) : undefined;
  return { passed: !inner.passed, leaves: inner.leaves, firstFailure };
}
