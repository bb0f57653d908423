// Explanations computed from the same evaluation that produced the design: for each decision,
// the winning rule with the conditions that held, and for every other rule why it lost.
import type { CandidateTrace, Evaluation, FindingTrace } from "../engine/evaluate.js";
import type { LeafResult } from "../engine/conditions.js";

export interface DecisionExplanation {
  kind: "decision";
  path: string;
  value: unknown;
  winner: CandidateTrace;
  rationale: string;
  docs: string;
  /** Rules that lost, in the order tried, each with its reason. */
  losers: { candidate: CandidateTrace; reason: "condition-failed" | "outranked" }[];
}

export interface FindingExplanation {
  kind: "finding";
  finding: FindingTrace;
}

export type Explanation = DecisionExplanation | FindingExplanation;

export class UnknownExplainPathError extends Error {
  constructor(
    readonly path: string,
    readonly known: string[],
  ) {
    super(`nothing to explain at "${path}"`);
    this.name = "UnknownExplainPathError";
  }
}

/** Explains every decision, or only the decision path / fired finding id given. */
export function explainEvaluation(evaluation: Evaluation, path?: string): Explanation[] {
  const decisions: Explanation[] = evaluation.decisions.map((d) => {
    const winner = d.candidates.find((c) => c.won)!;
    return {
      kind: "decision",
      path: d.path,
      value: d.value,
      winner,
      rationale: d.rationale,
      docs: d.docs,
      losers: d.candidates.filter((c) => !c.won).map((candidate) => ({ candidate, reason: candidate.passed ? "outranked" : "condition-failed" })),
    };
  });
  if (path === undefined) return decisions;
  const normalized = path.replace(/^design\./, "").replace(/\[(\d+)\]/g, (m, i) => (i === "0" || i === "1" ? m : "[]"));
  const hits = decisions.filter((d) => d.kind === "decision" && (d.path === path || d.path === normalized || d.path.replace(/\[\d\]/, "[]") === normalized));
  if (hits.length > 0) return hits;
  const finding = evaluation.findings.find((f) => f.id === path);
  if (finding) return [{ kind: "finding", finding }];
  throw new UnknownExplainPathError(path, [...evaluation.decisions.map((d) => d.path), ...evaluation.findings.map((f) => f.id)]);
}

const OPERATOR_TEXT: Record<LeafResult["operator"], string> = {
  equals: "=",
  notEquals: "≠",
  in: "in",
  notIn: "not in",
  gt: ">",
  gte: "≥",
  lt: "<",
  lte: "≤",
  exists: "exists",
};

const NEGATED_TEXT: Record<LeafResult["operator"], string> = {
  equals: "≠",
  notEquals: "=",
  in: "not in",
  notIn: "in",
  gt: "≤",
  gte: "<",
  lt: "≥",
  lte: ">",
  exists: "exists",
};

const show = (v: unknown) => (v === undefined ? "undefined" : JSON.stringify(v));

/** "answers.azure.vnetCount = 4, needs > 10" for a failed leaf; "… > 10 ✓" for a held one. */
export function describeLeaf(leaf: LeafResult): string {
  if (leaf.operator === "exists") {
    const present = leaf.passed === leaf.expected;
    return `${leaf.fact} = ${show(leaf.actual)} (${present ? "present" : "absent"}${leaf.passed ? "" : `, needs to be ${leaf.expected ? "present" : "absent"}`})`;
  }
  if (leaf.passed && leaf.operator === "equals" && leaf.actual === leaf.expected) return `${leaf.fact} = ${show(leaf.actual)}`;
  if (leaf.passed) return `${leaf.fact} = ${show(leaf.actual)} ${OPERATOR_TEXT[leaf.operator]} ${show(leaf.expected)}`;
  return `${leaf.fact} = ${show(leaf.actual)} ${NEGATED_TEXT[leaf.operator]} ${show(leaf.expected)} (needs ${OPERATOR_TEXT[leaf.operator]} ${show(leaf.expected)})`;
}
