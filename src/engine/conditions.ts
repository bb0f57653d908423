// Evaluates declarative conditions. Every leaf is evaluated (no short-circuit), so the trace
// shows why a rule lost as well as why one won (the "explain recorder" pattern).
import type { Condition, Leaf } from "../rules/schema.js";
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

interface CompiledLeaf {
  fact: string;
  operator: Operator;
  operand: unknown;
  /** The operand is a { fact } reference resolved at evaluation time. */
  operandIsFact: boolean;
}

/** Leaves parsed once per rule set: which operator, which operand (rules are immutable data). */
const compiledLeaves = new WeakMap<Leaf, CompiledLeaf>();

function compileLeaf(leaf: Leaf): CompiledLeaf {
  let compiled = compiledLeaves.get(leaf);
  if (!compiled) {
    const operator = OPERATORS.find((op) => op in leaf)!;
    const operand = leaf[operator];
    const operandIsFact = operand !== null && typeof operand === "object" && !Array.isArray(operand) && "fact" in operand;
    compiled = { fact: leaf.fact, operator, operand: operandIsFact ? (operand as { fact: string }).fact : operand, operandIsFact };
    compiledLeaves.set(leaf, compiled);
  }
  return compiled;
}

function evaluateLeaf(leaf: Leaf, resolve: Resolve): LeafResult {
  const c = compileLeaf(leaf);
  const actual = resolve(c.fact);
  const expected = c.operandIsFact ? resolve(c.operand as string) : c.operand;
  return { fact: c.fact, operator: c.operator, expected, actual, passed: applyOperator(c.operator, actual, expected) };
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

/** A condition compiled to a short-circuiting predicate, for runs that need no trace. */
export type Test<S> = (state: S) => boolean;
export type Accessor<S> = (state: S) => unknown;

/** Compiled tests per accessor, then per condition (both immutable; weakly held). */
const compiledTests = new WeakMap<object, WeakMap<object, Test<never>>>();

/**
 * Compiles a condition once (rules are immutable data) into a closure over fact accessors, so
 * evaluating it allocates nothing. Same semantics as evaluateCondition, minus the trace.
 */
export function compileTest<S>(cond: Condition | undefined, access: (fact: string) => Accessor<S>): Test<S> {
  if (!cond) return () => true;
  let cache = compiledTests.get(access);
  if (!cache) compiledTests.set(access, (cache = new WeakMap()));
  const cached = cache.get(cond) as Test<S> | undefined;
  if (cached) return cached;
  let test: Test<S>;
  if ("fact" in cond) {
    const c = compileLeaf(cond);
    const actual = access(c.fact);
    const op = c.operator;
    if (c.operandIsFact) {
      const expected = access(c.operand as string);
      test = (s) => applyOperator(op, actual(s), expected(s));
    } else test = specializeLeaf(op, actual, c.operand);
  } else if ("all" in cond) {
    const parts = cond.all.map((c) => compileTest(c, access));
    test = (s) => {
      for (const t of parts) if (!t(s)) return false;
      return true;
    };
  } else if ("any" in cond) {
    const parts = cond.any.map((c) => compileTest(c, access));
    test = (s) => {
      for (const t of parts) if (t(s)) return true;
      return false;
    };
  } else {
    const inner = compileTest(cond.not, access);
    test = (s) => !inner(s);
  }
  cache.set(cond, test as Test<never>);
  return test;
}

/**
 * A leaf with a literal operand as a closure made for its operator, so evaluating it takes no
 * dispatch on the operator (the engine runs some 150 of these per design). Same semantics as
 * applyOperator, which the unit tests pin.
 */
function specializeLeaf<S>(op: Operator, actual: Accessor<S>, operand: unknown): Test<S> {
  // Comparisons with a non-number never hold (applyOperator); keep that path for them.
  if ((op === "gt" || op === "gte" || op === "lt" || op === "lte") && typeof operand !== "number") return () => false;
  switch (op) {
    case "gt": {
      const n = operand as number;
      return (s) => {
        const a = actual(s);
        return typeof a === "number" && a > n;
      };
    }
    case "gte": {
      const n = operand as number;
      return (s) => {
        const a = actual(s);
        return typeof a === "number" && a >= n;
      };
    }
    case "lt": {
      const n = operand as number;
      return (s) => {
        const a = actual(s);
        return typeof a === "number" && a < n;
      };
    }
    case "lte": {
      const n = operand as number;
      return (s) => {
        const a = actual(s);
        return typeof a === "number" && a <= n;
      };
    }
    case "equals":
      if (operand !== null && typeof operand !== "object") {
        return (s) => {
          const a = actual(s);
          return a === operand || (Array.isArray(a) && a.includes(operand));
        };
      }
      return (s) => applyOperator(op, actual(s), operand);
    default:
      return (s) => applyOperator(op, actual(s), operand);
  }
}
