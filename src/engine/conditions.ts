// Evaluates declarative conditions. Every leaf is evaluated (no short-circuit), so the trace
// shows why a rule lost as well as why one won (the "explain recorder" pattern).
import { OPERATORS, type Condition, type Leaf, type Operator } from "../rules/schema.js";

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

function resolveOperand(value: unknown, resolve: Resolve): unknown {
  if (value !== null && typeof value === "object" && !Array.isArray(value) && "fact" in value) return resolve((value as { fact: string }).fact);
  return value;
}

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
  const actual = resolve(leaf.fact);
  const expected = resolveOperand(leaf[operator], resolve);
  return { fact: leaf.fact, operator, expected, actual, passed: applyOperator(operator, actual, expected) };
}

export function evaluateCondition(cond: Condition | undefined, resolve: Resolve): ConditionResult {
  if (!cond) return { passed: true, leaves: [] };
  if ("all" in cond) {
    const parts = cond.all.map((c) => evaluateCondition(c, resolve));
    const failed = parts.find((p) => !p.passed);
    return { passed: !failed, leaves: parts.flatMap((p) => p.leaves), firstFailure: failed?.firstFailure };
  }
  if ("any" in cond) {
    const parts = cond.any.map((c) => evaluateCondition(c, resolve));
    const passed = parts.some((p) => p.passed);
    return { passed, leaves: parts.flatMap((p) => p.leaves), firstFailure: passed ? undefined : parts[0]?.firstFailure };
  }
  if ("not" in cond) {
    const inner = evaluateCondition(cond.not, resolve);
    // A negated condition fails because its inner leaves passed; report the first of those.
    const firstFailure = inner.passed ? inner.leaves.find((l) => l.passed) : undefined;
    return { passed: !inner.passed, leaves: inner.leaves, firstFailure };
  }
  const leaf = evaluateLeaf(cond, resolve);
  return { passed: leaf.passed, leaves: [leaf], firstFailure: leaf.passed ? undefined : leaf };
}
