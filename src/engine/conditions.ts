// Evaluates declarative conditions. Two readings of one condition: `holds` reads only the
// leaves it needs (what `plan` asks: does the rule apply?), and `evaluateCondition` evaluates
// every leaf (no short-circuit), so explain's trace shows why a rule lost as well as why one won
// (the "explain recorder" pattern). Both decide through `judge`, so they cannot disagree.
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

/**
 * A condition as the evaluator walks it: every node has the same fields (one object shape keeps
 * the evaluator's property reads monomorphic), the leaf's operator found once, and its leaves in
 * document order.
 */
interface Node {
  kind: "leaf" | "all" | "any" | "not";
  fact: string;
  operator: Operator;
  /** The operand, when it is a value. */
  operand: unknown;
  /** The operand's fact, when it is `{ fact: NAME }`. */
  operandFact: string | undefined;
  children: readonly Node[];
  leaves: readonly Node[];
}

/** Compiled once per condition object (a rule set's conditions are read many times per design). */
const compiled = new WeakMap<Condition, Node>();

function compile(cond: Condition): Node {
  let node = compiled.get(cond);
  if (node) return node;
  if ("fact" in cond) {
    const operator = OPERATORS.find((op) => op in cond)!;
    const operand = (cond as Leaf)[operator];
    const isFact = operand !== null && typeof operand === "object" && !Array.isArray(operand) && "fact" in operand;
    node = { kind: "leaf", fact: cond.fact, operator, operand: isFact ? undefined : operand, operandFact: isFact ? operand.fact : undefined, children: [], leaves: [] };
    node.leaves = [node];
  } else {
    const [kind, children] = "all" in cond ? (["all", cond.all] as const) : "any" in cond ? (["any", cond.any] as const) : (["not", [cond.not]] as const);
    const nodes = children.map(compile);
    node = { kind, fact: "", operator: "exists", operand: undefined, operandFact: undefined, children: nodes, leaves: nodes.flatMap((n) => n.leaves) };
  }
  compiled.set(cond, node);
  return node;
}

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

const expectedOf = (leaf: Node, resolve: Resolve) => (leaf.operandFact !== undefined ? resolve(leaf.operandFact) : leaf.operand);

/** Whether a node holds, each leaf's outcome given by `leafHolds`, asked only for the leaves it needs, in order. */
function judge(node: Node, leafHolds: (leaf: Node) => boolean): boolean {
  switch (node.kind) {
    case "leaf":
      return leafHolds(node);
    case "all":
      for (const child of node.children) if (!judge(child, leafHolds)) return false;
      return true;
    case "any":
      for (const child of node.children) if (judge(child, leafHolds)) return true;
      return false;
    case "not":
      return !judge(node.children[0]!, leafHolds);
  }
}

/** Whether a condition holds, reading its leaves' facts only until the outcome is known. */
export function holds(cond: Condition | undefined, resolve: Resolve): boolean {
  return !cond || judge(compile(cond), (leaf) => applyOperator(leaf.operator, resolve(leaf.fact), expectedOf(leaf, resolve)));
}

const ALWAYS: ConditionResult = { passed: true, leaves: [] };

/** Every leaf evaluated, whether the condition holds, and the first leaf that kept it from holding. */
export function evaluateCondition(cond: Condition | undefined, resolve: Resolve): ConditionResult {
  if (!cond) return ALWAYS;
  const root = compile(cond);
  const results = new Map<Node, LeafResult>();
  const leaves = root.leaves.map((leaf) => {
    const actual = resolve(leaf.fact);
    const expected = expectedOf(leaf, resolve);
    const result: LeafResult = { fact: leaf.fact, operator: leaf.operator, expected, actual, passed: applyOperator(leaf.operator, actual, expected) };
    results.set(leaf, result);
    return result;
  });
  const passes = (node: Node) => judge(node, (leaf) => results.get(leaf)!.passed);
  const firstFailure = (node: Node): LeafResult | undefined => {
    switch (node.kind) {
      case "leaf": {
        const result = results.get(node)!;
        return result.passed ? undefined : result;
      }
      case "all": {
        const failing = node.children.find((child) => !passes(child));
        return failing && firstFailure(failing);
      }
      case "any":
        // Every child failed: the first reason one of them gives.
        if (passes(node)) return undefined;
        for (const child of node.children) {
          const reason = firstFailure(child);
          if (reason) return reason;
        }
        return undefined;
      case "not": {
        // A negated condition fails because its inner condition held: report the first leaf that
        // passed (or, for a double negation, the first leaf at all).
        const inner = node.children[0]!;
        if (!passes(inner)) return undefined;
        const innerLeaves = inner.leaves.map((leaf) => results.get(leaf)!);
        return innerLeaves.find((l) => l.passed) ?? innerLeaves[0];
      }
    }
  };
  return { passed: passes(root), leaves, firstFailure: firstFailure(root) };
}
