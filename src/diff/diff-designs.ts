// Compares two designs: the list items added and removed (circuits, ports, gateways, Global Reach
// links… matched by their id, never by position), the fields that changed, and the decisions and
// findings that changed, with the rule behind each.
import { isMapping } from "../answers/raw-tree.js";

interface DecisionLike {
  path: string;
  value: unknown;
  rule: string;
  rationale: string;
}

interface FindingLike {
  id: string;
  severity: string;
  message: string;
  about?: string[];
}

/** What diff reads of a design: the trace, and every other field as data. */
export interface DiffableDesign {
  decisions: readonly DecisionLike[];
  findings: readonly FindingLike[];
}

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
  /** The items a per-item finding is about ([siteGroups[syd-dc]]); absent for the design as a whole. */
  about?: string[];
}

/** A changed field of the document itself (what a hand-edited or older design differs in). */
export interface FieldChange {
  path: string;
  old: unknown;
  new: unknown;
}

/** A list item only one side has: `circuits[hpc-2]`, `gateways[eastus]`, `globalReach.links[a,b]`. */
export interface ItemChange {
  path: string;
  value: unknown;
}

export interface DesignDiff {
  equal: boolean;
  /** List items (circuits, ports, gateways, links…) only one design has, by id. */
  items: { added: ItemChange[]; removed: ItemChange[] };
  /** Every changed field outside the trace, in items both designs have (findings and decisions are reported below). */
  fields: FieldChange[];
  decisions: DecisionChange[];
  findings: { added: FindingRef[]; removed: FindingRef[]; changed: { id: string; about?: string[]; old: FindingRef; new: FindingRef }[] };
}

/**
 * How the items of each list of the document are told apart, by the list's path (contract §3, the
 * same ids the decision paths use). A list not named here is compared by position.
 */
const ITEM_KEYS: Readonly<Record<string, (item: Record<string, unknown>) => unknown>> = {
  "requirements.sites": (s) => s.name,
  "requirements.regions": (r) => r.name,
  siteGroups: (g) => g.id,
  circuits: (c) => c.id,
  ports: (p) => p.id,
  gateways: (g) => g.region,
  connections: (c) => (typeof c.circuit === "string" && typeof c.region === "string" ? `${c.circuit},${c.region}` : undefined),
  // A link joins two circuits either way round.
  "globalReach.links": (l) => (Array.isArray(l.circuits) ? [...(l.circuits as unknown[])].map(String).sort().join(",") : undefined),
};

/** Fields of a matched item that its key already compares: a link's two circuits, in either order. */
const KEYED_FIELDS: ReadonlySet<string> = new Set(["globalReach.links[].circuits"]);

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The items of a list by key, or null when some item has no usable key (then: by position). */
function keyItems(list: Record<string, unknown>[], keyOf: (item: Record<string, unknown>) => unknown): Map<string, Record<string, unknown>> | null {
  const byKey = new Map<string, Record<string, unknown>>();
  for (const item of list) {
    const key = keyOf(item);
    if (typeof key !== "string" || key === "" || byKey.has(key)) return null;
    byKey.set(key, item);
  }
  return byKey;
}

/** Leaf-by-leaf differences, with paths as the contract writes them (circuits[syd-dc-1].sku.tier). */
function diffFields(before: unknown, after: unknown, path: string, listPath: string, out: DesignDiff): void {
  if (same(before, after) || KEYED_FIELDS.has(listPath)) return;
  if (isMapping(before) && isMapping(after)) {
    for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
      diffFields(before[key], after[key], path ? `${path}.${key}` : key, listPath ? `${listPath}.${key}` : key, out);
    }
    return;
  }
  if (Array.isArray(before) && Array.isArray(after) && before.every(isMapping) && after.every(isMapping)) {
    const keyOf = ITEM_KEYS[listPath];
    const [old, now] = keyOf ? [keyItems(before, keyOf), keyItems(after, keyOf)] : [null, null];
    if (old && now) {
      for (const [key, item] of old) if (!now.has(key)) out.items.removed.push({ path: `${path}[${key}]`, value: item });
      for (const [key, item] of now) {
        if (!old.has(key)) out.items.added.push({ path: `${path}[${key}]`, value: item });
        else diffFields(old.get(key), item, `${path}[${key}]`, `${listPath}[]`, out);
      }
      return;
    }
    for (let i = 0; i < Math.max(before.length, after.length); i++) diffFields(before[i], after[i], `${path}[${i}]`, `${listPath}[]`, out);
    return;
  }
  out.fields.push({ path, old: before ?? null, new: after ?? null });
}

/** The document without its trace, summary and findings: the fields a reader acts on. */
function bodyOf(design: DiffableDesign): Record<string, unknown> {
  const { decisions: _d, findings: _f, summary: _s, ...body } = design as DiffableDesign & { summary?: unknown };
  return body;
}

const findingKey = (f: FindingLike) => `${f.id}\n${f.about?.join(" ") ?? ""}`;

export function diffDesigns(before: DiffableDesign, after: DiffableDesign): DesignDiff {
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
  const pick = ({ id, severity, message, about }: FindingLike): FindingRef => (about === undefined ? { id, severity, message } : { id, severity, message, about });
  // Per-item findings share their rule's id: one finding is its id and the item it is about.
  const oldFindings = new Map(before.findings.map((f) => [findingKey(f), pick(f)]));
  const newFindings = new Map(after.findings.map((f) => [findingKey(f), pick(f)]));
  const added = [...newFindings].filter(([key]) => !oldFindings.has(key)).map(([, f]) => f);
  const removed = [...oldFindings].filter(([key]) => !newFindings.has(key)).map(([, f]) => f);
  const changed = [...newFindings]
    .filter(([key, f]) => oldFindings.has(key) && !same(oldFindings.get(key), f))
    .map(([key, f]) => ({ id: f.id, ...(f.about === undefined ? {} : { about: f.about }), old: oldFindings.get(key)!, new: f }));
  // The fields are compared as well as the trace: a hand-edited design changes one, not the other.
  const diff: DesignDiff = { equal: false, items: { added: [], removed: [] }, fields: [], decisions, findings: { added, removed, changed } };
  diffFields(bodyOf(before), bodyOf(after), "", "", diff);
  diff.equal =
    diff.items.added.length + diff.items.removed.length + diff.fields.length + decisions.length + added.length + removed.length + changed.length === 0;
  return diff;
}
