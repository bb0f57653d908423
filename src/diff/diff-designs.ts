// Compares two designs: the decisions and findings that changed, with the rule behind each.
import type { Design } from "../design/schema.js";

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

export interface DesignDiff {
  equal: boolean;
  decisions: DecisionChange[];
  findings: { added: FindingRef[]; removed: FindingRef[]; changed: { id: string; old: FindingRef; new: FindingRef }[] };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

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
  // Decisions and findings cover every contract field; the rest (requirements, name) is compared
  // too, so that no change goes unreported.
  const restEqual = same({ ...before, decisions: [], findings: [] }, { ...after, decisions: [], findings: [] });
  const equal = decisions.length === 0 && added.length === 0 && removed.length === 0 && changed.length === 0 && restEqual;
  return { equal, decisions, findings: { added, removed, changed } };
}
