// Explanations computed from the same evaluation that produced the design: for each decision,
// the winning rule with the conditions that held, and for every other rule why it lost.
import { quoteText } from "../text/format.js";
import type { CandidateTrace, Evaluation, FindingTrace, UnfiredFindingTrace } from "../engine/evaluate.js";
import type { LeafResult } from "../engine/conditions.js";

export interface DecisionExplanation {
  kind: "decision";
  path: string;
  value: unknown;
  winner: CandidateTrace;
  rationale: string;
  docs: string;
  /** Rules that lost, in the order tried, each with its reason. */
  losers: { candidate: CandidateTrace; reason: "condition-failed" | "outranked" | "not-allowed" }[];
}

export interface FindingExplanation {
  kind: "finding";
  finding: FindingTrace;
}

export interface UnfiredFindingExplanation {
  kind: "unfired-finding";
  finding: UnfiredFindingTrace;
}

export type Explanation = DecisionExplanation | FindingExplanation | UnfiredFindingExplanation;

export class UnknownExplainPathError extends Error {
  constructor(
    readonly path: string,
    readonly known: string[],
  ) {
    super(`nothing to explain at ${quoteText(path)}`);
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
      losers: d.candidates
        .filter((c) => !c.won)
        .map((candidate) => ({ candidate, reason: candidate.blockedBy ? "not-allowed" : candidate.passed ? "outranked" : "condition-failed" })),
    };
  });
  if (path === undefined) return decisions;
  // "circuits[1].bandwidthMbps" names the same decision as "circuits[].bandwidthMbps" (every
  // circuit has the same size); only circuits 0 and 1 exist.
  const paths = new Set(evaluation.decisions.map((d) => d.path));
  const wanted = path.replace(/^design\./, "");
  const normalized = paths.has(wanted) ? wanted : /\[[01]\]/.test(wanted) ? wanted.replace(/\[[01]\]/, "[]") : wanted;
  const hits = decisions.filter((d) => d.kind === "decision" && d.path === normalized);
  if (hits.length > 0) return hits;
  const finding = evaluation.findings.find((f) => f.id === path);
  if (finding) return [{ kind: "finding", finding }];
  const unfired = evaluation.unfired.find((f) => f.id === path);
  if (unfired) return [{ kind: "unfired-finding", finding: unfired }];
  throw new UnknownExplainPathError(path, [...paths, ...evaluation.findings.map((f) => f.id), ...evaluation.unfired.map((f) => f.id)]);
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

/** Values as JSON, numbers rounded to two decimals (a share of capacity need not show 16 digits). */
const show = (v: unknown) => (v === undefined ? "undefined" : typeof v === "number" ? String(Math.round(v * 100) / 100) : JSON.stringify(v));

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
