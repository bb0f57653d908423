// Raw answers as the questionnaire edits them: a plain object shaped like the answers file,
// holding only what was given (defaults are applied later by the schema, as for a file).
// Paths are the file's key paths: "name", "bandwidth.growthPercentPerYear", "sites[1].wan".
import { ANSWER_FIELDS, toFieldPath } from "../../answers/fields.js";
import { API_VERSION } from "../../answers/schema.js";
import { QUESTION_BY_PATH, type AnswerPath, type AnswerView, type ListSectionName } from "./questions.js";
import { isMapping, readPath } from "../../answers/raw-tree.js";

export type RawAnswers = Record<string, unknown>;

/** "sites[1].wan" → ["sites", 1, "wan"]; "bandwidth.horizonYears" → ["bandwidth", "horizonYears"]. */
export function splitPath(path: string): (string | number)[] {
  const keys: (string | number)[] = [];
  for (const part of path.split(".")) {
    const m = /^([^[\]]*)((?:\[\d+\])*)$/.exec(part);
    if (!m) {
      keys.push(part);
      continue;
    }
    if (m[1]) keys.push(m[1]);
    for (const index of m[2]!.matchAll(/\[(\d+)\]/g)) keys.push(Number(index[1]));
  }
  return keys;
}

/** The path of an item's key: ("sites", 1, "wan") → "sites[1].wan". */
export const itemPath = (section: ListSectionName, index: number, key: string) => `${section}[${index}].${key}`;

export function readAnswer(raw: RawAnswers, path: string): unknown {
  return readPath(raw, splitPath(path));
}

export function hasAnswer(raw: RawAnswers, path: string): boolean {
  return readAnswer(raw, path) !== undefined;
}

/**
 * Sets (or, with undefined, removes) one answer, creating its section as needed. A section left
 * without keys goes; a list entry stays (empty) until the list removes it.
 */
export function writeAnswer(raw: RawAnswers, path: string, value: unknown): void {
  const keys = splitPath(path);
  const parents: Record<string | number, unknown>[] = [];
  let node = raw as Record<string | number, unknown>;
  for (const [i, key] of keys.slice(0, -1).entries()) {
    const next = node[key];
    if (next === null || typeof next !== "object") {
      if (value === undefined) return;
      node[key] = typeof keys[i + 1] === "number" ? [] : {};
    }
    parents.push(node);
    node = node[key] as Record<string | number, unknown>;
  }
  const last = keys.at(-1)!;
  if (value !== undefined) {
    node[last] = value;
    return;
  }
  delete node[last];
  // A plain section ("bandwidth") with nothing left goes, as if never given.
  if (keys.length === 2 && typeof keys[0] === "string" && isMapping(node) && Object.keys(node).length === 0) delete raw[keys[0]];
}

/** The answers with the header keys a questionnaire always writes. */
export function withHeader(raw: unknown): RawAnswers {
  const copy: RawAnswers = isMapping(raw) ? structuredClone(raw) : {};
  copy.apiVersion ??= API_VERSION;
  copy.kind ??= "Answers";
  return copy;
}

/**
 * Section-wise merge: `over` wins key by key (used to lay --set overrides over resumed answers);
 * list entries are merged entry by entry, as an autosave keeps the entries of the file it began from.
 */
export function mergeAnswers(base: RawAnswers, over: RawAnswers): RawAnswers {
  const out = structuredClone(base);
  const merge = (a: unknown, b: unknown): unknown => (isMapping(b) && isMapping(a) ? { ...a, ...structuredClone(b) } : structuredClone(b));
  for (const [k, v] of Object.entries(over)) {
    const mine = out[k];
    out[k] = Array.isArray(v) && Array.isArray(mine) ? Array.from({ length: Math.max(v.length, mine.length) }, (_, i) => (i < v.length ? merge(mine[i], v[i]) : mine[i])) : merge(mine, v);
  }
  return out;
}

/** The entries of a list section as given (an empty list when there are none). */
export function readItems(raw: RawAnswers, section: ListSectionName): RawAnswers[] {
  const list = raw[section];
  return Array.isArray(list) ? list.map((item) => (isMapping(item) ? item : {})) : [];
}

/** Where a list entry's question is asked: the list and the entry's index. */
export interface ItemRef {
  section: ListSectionName;
  index: number;
}

/**
 * Reads answers as the design will see them: given values, else defaults; `leftEmpty` keys read
 * as undefined. With `item`, that entry's keys answer its list's item paths (`sites[].wan`).
 */
export function viewAnswers(raw: RawAnswers, leftEmpty: ReadonlySet<string> = new Set(), item?: ItemRef): AnswerView {
  return (path: AnswerPath | ListSectionName) => {
    const concrete = item && path.startsWith(`${item.section}[].`) ? path.replace("[]", `[${item.index}]`) : path;
    const value = readAnswer(raw, concrete);
    if (value !== undefined || leftEmpty.has(concrete)) return value;
    return QUESTION_BY_PATH.get(toFieldPath(concrete))?.field.defaultValue;
  };
}

const FIELD_ORDER = new Map(ANSWER_FIELDS.map((f, i) => [`${f.section}.${f.key}`, i]));
const TOP_ORDER = ["$schema", "apiVersion", "kind", "name", ...new Set(ANSWER_FIELDS.map((f) => f.section))];

const rank = (order: readonly string[] | Map<string, number>, key: string) => {
  const i = Array.isArray(order) ? order.indexOf(key) : (order as Map<string, number>).get(key) ?? -1;
  return i < 0 ? Number.MAX_SAFE_INTEGER : i;
};

function orderKeys(section: string, mapping: RawAnswers): RawAnswers {
  const keys = Object.keys(mapping).sort((a, b) => rank(FIELD_ORDER, `${section}.${a}`) - rank(FIELD_ORDER, `${section}.${b}`));
  return Object.fromEntries(keys.map((key) => [key, mapping[key]]));
}

/** A copy with keys in answers-file order (each list entry's too), so saved files read like the documented example. */
export function orderAnswers(raw: RawAnswers): RawAnswers {
  const out: RawAnswers = {};
  const top = Object.keys(raw).sort((a, b) => rank(TOP_ORDER, a) - rank(TOP_ORDER, b));
  for (const k of top) {
    const v = raw[k];
    if (isMapping(v)) out[k] = orderKeys(k, v);
    else if (Array.isArray(v)) out[k] = v.map((item) => (isMapping(item) ? orderKeys(k, item) : item));
    else out[k] = v;
  }
  return out;
}
