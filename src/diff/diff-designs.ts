// Compares two designs: the decisions and findings that changed, with the rule behind each.
import type { Design } from "../design/schema.js";
import { isMapping } from "../answers/raw-tree.js";

export interface DecisionChange {
  path: string;
  old: unknown;
  new: unknown;
  oldRule: string | null;
  newRule: string | null;
  /** The rationale of the rule now in force (or the old one when the decision disappeared). */
  rationale: string;
}

interface FindingRef {
  id: string;
  severity: string;
  message: string;
}

/** A changed field of the document itself (what a hand-edited or older design differs in). */
export interface FieldChange {
  path: string;
  old: unknown;
  new: unknown;
}

export interface DesignDiff {
  equal: boolean;
  /** Every changed field outside the trace (findings and decisions are reported below). */
  fields: FieldChange[];
  decisions: DecisionChange[];
  findings: { added: FindingRef[]; removed: FindingRef[]; changed: { id: string; old: FindingRef; new: FindingRef }[] };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Leaf-by-leaf differences, with paths as the contract writes them (circuits[1].sku.tier). */
function diffFields(before: unknown, after: unknown, path: string, out: FieldChange[]): void {
  if (same(before, after)) return;
  if (isMapping(before) && isMapping(after)) {
    for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) diffFields(before[key], after[key], path ? `${path}.${key}` : key, out);
    return;
  }
  if (Array.isArray(before) && Array.isArray(after) && before.every(isMapping) && after.every(isMapping)) {
    for (let i = 0; i < Math.max(before.length, after.length); i++) diffFields(before[i], after[i], `${path}[${i}]`, out);
    return;
  }
  out.push({ path, old: before ?? null, new: after ?? null });
}

/** The document without its trace, summary and findings: the fields a reader acts on. */
function bodyOf(design: Design): Record<string, unknown> {
  const { decisions: _d, findings: _f, summary: _s, ...body } = design;
  return body;
}

export function diffDesigns(before: Design, after: Design): DesignDiff {
  const oldDecisions = new Map(before.decisions.map((d) => [d.path, d]));
  const newDecisions = new Map(after.decisions.map((d) => [d.path, d]));
  const paths = [...new Set([...oldDecisions.keys(), ...newDecisions.keys()])];
  const decisions: DecisionChange[] = [];
  for (const path of paths) {
    const o = oldDecisions.get(path);
    const n = newDecisions.get(path);
    if (o && n && same(o.value, n.value) && o.rule === n.rule) continue;
    decisions.push({
      path,
      old: o?.value ?? null,
      new: n?.value ?? null,
      oldRule: o?.rule ?? null,
      newRule: n?.rule ?? null,
      rationale: (n ?? o)!.rationale,
    });
  }
  const pick = ({ id, severity, message }: FindingRef) => ({ id, severity, message });
  const oldFindings = new Map(before.findings.map((f) => [f.id, pick(f)]));
  const newFindings = new Map(after.findings.map((f) => [f.id, pick(f)]));
  const added = [...newFindings.values()].filter((f) => !oldFindings.has(f.id));
  const removed = [...oldFindings.values()].filter((f) => !newFindings.has(f.id));
  const changed = [...newFindings.values()]
    .filter((f) => oldFindings.has(f.id) && !same(oldFindings.get(f.id), f))
    .map((f) => ({ id: f.id, old: oldFindings.get(f.id)!, new: f }));
  // The fields are compared as well as the trace: a hand-edited design changes one, not the other.
  const fields: FieldChange[] = [];
  diffFields(bodyOf(before), bodyOf(after), "", fields);
  const equal = fields.length === 0 && decisions.length === 0 && added.length === 0 && removed.length === 0 && changed.length === 0;
  return { equal, fields, decisions, findings: { added, removed, changed } };
}
