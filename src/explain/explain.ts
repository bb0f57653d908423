// Explanations computed from the same evaluation that produced the design: for each decision,
// the winning rule with the conditions that held, and for every other rule why it lost.
import { listSome, quoteText } from "../text/format.js";
import { requireTrace, type CandidateTrace, type Evaluation, type FindingTrace, type UnfiredFindingTrace } from "../engine/evaluate.js";
import type { LeafResult } from "../engine/conditions.js";
import { findDerivedField } from "./derived-fields.js";

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
  finding: FindingTrace & { leaves: LeafResult[] };
}

export interface UnfiredFindingExplanation {
  kind: "unfired-finding";
  finding: UnfiredFindingTrace;
}

/** A design field no rule decides (`gateways[ukwest].circuits`, `connections`): what it follows from. */
export interface DerivedExplanation {
  kind: "derived";
  path: string;
  followsFrom: string;
  /** The decisions of the item the field belongs to (`gateways[ukwest].sku`…), for where to look next. */
  decisions: string[];
}

export type Explanation = DecisionExplanation | FindingExplanation | UnfiredFindingExplanation | DerivedExplanation;

export class UnknownExplainPathError extends Error {
  constructor(
    readonly path: string,
    /** Paths and finding ids near what was asked, for "did you mean". */
    readonly known: string[],
    /** For an unknown list item (`circuits[nope]`): the list's name and the ids it has. */
    readonly list?: { name: string; ids: string[] },
    /** For a field of an existing item that no rule decides: the item and its decisions. */
    readonly item?: { name: string; decisions: string[] },
  ) {
    super(
      list
        ? `no ${list.name} item ${quoteText(path)}; ${list.name} has ${listSome(list.ids)}`
        : item
          ? `${quoteText(path)} is not a decision; the decisions of ${item.name} are ${listSome(item.decisions)}`
          : `nothing to explain at ${quoteText(path)}`,
    );
    this.name = "UnknownExplainPathError";
  }
}

/** A path's list items as `[]`: `circuits[syd-dc-1].sku.tier` → `circuits[].sku.tier`. */
const genericPath = (path: string) => path.replace(/\[[^\]]*\]/g, "[]");

/** The ids of each list in the trace (`circuits` → syd-dc-1, mel-dc-1), in the order first named. */
function listIds(paths: Iterable<string>): Map<string, string[]> {
  const ids = new Map<string, string[]>();
  for (const path of paths) {
    const m = /^(\w+)\[([^\]]+)\]/.exec(path);
    if (!m) continue;
    const known = ids.get(m[1]!) ?? [];
    if (!known.includes(m[2]!)) known.push(m[2]!);
    ids.set(m[1]!, known);
  }
  return ids;
}

/**
 * Explains every decision, or those a path names: one decision (`circuits[syd-dc-1].sku.tier`,
 * `gateways[australiaeast].zoning`), every decision under a prefix (`circuits[syd-dc-1]`,
 * `gateways`), the same decision for every item (`circuits[].sku.tier`), or a finding by id (each
 * item it fired for). An item may also be named by its index in its list (`circuits[0]`).
 */
export function explainEvaluation(evaluated: Evaluation, path?: string): Explanation[] {
  const evaluation = requireTrace(evaluated);
  const decisions: DecisionExplanation[] = evaluation.decisions.map((d) => {
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
  const ids = listIds(decisions.map((d) => d.path));
  const wanted = resolveIndex(path.replace(/^design\./, ""), ids);
  const hits = decisions.filter(
    (d) => d.path === wanted || d.path.startsWith(`${wanted}.`) || d.path.startsWith(`${wanted}[`) || (wanted.includes("[]") && genericPath(d.path) === wanted),
  );
  if (hits.length > 0) return hits;
  // A rule-facing slot name (`gateway.sku`, `siteGroup.locations`, `connection.type`): that
  // decision for every item it was made for, as `circuits[].sku.tier` is.
  const slotName = path.replace(/^design\./, "");
  const slotHits = decisions.filter((_, i) => evaluation.decisions[i]!.slot === slotName);
  if (slotHits.length > 0) return slotHits;
  const fired = evaluation.findings.filter((f) => f.id === path);
  if (fired.length > 0) return fired.map((finding) => ({ kind: "finding", finding }));
  const unfired = evaluation.unfired.filter((f) => f.id === path);
  if (unfired.length > 0) return unfired.map((finding) => ({ kind: "unfired-finding", finding }));
  const findingIds = [...new Set([...evaluation.findings.map((f) => f.id), ...evaluation.unfired.map((f) => f.id)])];
  const item = /^(\w+)\[([^\]]*)\](.*)$/.exec(wanted);
  const itemName = item && ids.get(item[1]!)?.includes(item[2]!) ? `${item[1]}[${item[2]}]` : undefined;
  const itemDecisions = itemName ? decisions.filter((d) => d.path.startsWith(`${itemName}.`)).map((d) => d.path) : [];
  // A field no rule decides (connections, links, ports, a gateway's circuits): what it follows from.
  const followsFrom = findDerivedField(genericPath(wanted));
  if (followsFrom !== undefined) return [{ kind: "derived", path: wanted, followsFrom, decisions: itemDecisions }];
  // An item that is there, with a field that is not a decision: list the item's decisions.
  if (itemName) throw new UnknownExplainPathError(path, itemDecisions, undefined, { name: itemName, decisions: itemDecisions });
  // An item that is not there: suggest the list's ids, with the rest of the path as asked.
  if (item && ids.has(item[1]!) && item[2] !== "") {
    const [, name, , rest] = item;
    const known = ids.get(name!)!;
    throw new UnknownExplainPathError(path, known.map((id) => `${name}[${id}]${rest}`), { name: name!, ids: known });
  }
  const paths = [...new Set([...decisions.flatMap((d) => [d.path, genericPath(d.path)]), ...evaluation.decisions.map((d) => d.slot).filter((s) => s !== undefined)])];
  throw new UnknownExplainPathError(path, [...paths, ...[...ids.keys()].flatMap((name) => ids.get(name)!.map((id) => `${name}[${id}]`)), ...findingIds]);
}

/** `circuits[0]…` → `circuits[<the first circuit's id>]…` when no item has the id "0". */
function resolveIndex(path: string, ids: ReadonlyMap<string, string[]>): string {
  const m = /^(\w+)\[(\d+)\](.*)$/.exec(path);
  if (!m) return path;
  const known = ids.get(m[1]!);
  if (!known || known.includes(m[2]!)) return path;
  const id = known[Number(m[2])];
  return id === undefined ? path : `${m[1]}[${id}]${m[3]}`;
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
