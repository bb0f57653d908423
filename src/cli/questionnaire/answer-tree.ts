// Raw answers as the questionnaire edits them: a plain object shaped like the answers file,
// holding only what was given (defaults are applied later by the schema, as for a file).
import { ANSWER_FIELDS } from "../../answers/fields.js";
import { API_VERSION } from "../../answers/schema.js";
import { QUESTION_BY_PATH, type AnswerPath, type AnswerView } from "./questions.js";
import { isMapping } from "../../answers/raw-tree.js";

export type RawAnswers = Record<string, unknown>;

function splitPath(path: string): [string] | [string, string] {
  const dot = path.indexOf(".");
  return dot < 0 ? [path] : [path.slice(0, dot), path.slice(dot + 1)];
}

export function readAnswer(raw: RawAnswers, path: string): unknown {
  const [head, key] = splitPath(path);
  if (key === undefined) return raw[head];
  const section = raw[head];
  return isMapping(section) ? section[key] : undefined;
}

export function hasAnswer(raw: RawAnswers, path: string): boolean {
  return readAnswer(raw, path) !== undefined;
}

/** Sets (or, with undefined, removes) one answer, creating its section as needed. */
export function writeAnswer(raw: RawAnswers, path: string, value: unknown): void {
  const [head, key] = splitPath(path);
  if (key === undefined) {
    if (value === undefined) delete raw[head];
    else raw[head] = value;
    return;
  }
  if (!isMapping(raw[head])) {
    if (value === undefined) return;
    raw[head] = {};
  }
  const section = raw[head] as RawAnswers;
  if (value === undefined) {
    delete section[key];
    if (Object.keys(section).length === 0) delete raw[head];
  } else section[key] = value;
}

/** The answers with the header keys a questionnaire always writes. */
export function withHeader(raw: unknown): RawAnswers {
  const copy: RawAnswers = isMapping(raw) ? structuredClone(raw) : {};
  copy.apiVersion ??= API_VERSION;
  copy.kind ??= "Answers";
  return copy;
}

/** Section-wise merge: `over` wins key by key (used to lay --set overrides over resumed answers). */
export function mergeAnswers(base: RawAnswers, over: RawAnswers): RawAnswers {
  const out = structuredClone(base);
  for (const [k, v] of Object.entries(over)) {
    out[k] = isMapping(v) && isMapping(out[k]) ? { ...(out[k] as RawAnswers), ...structuredClone(v) } : structuredClone(v);
  }
  return out;
}

/** Reads answers as the design will see them: given values, else defaults; `leftEmpty` keys read as undefined. */
export function viewAnswers(raw: RawAnswers, leftEmpty: ReadonlySet<string> = new Set()): AnswerView {
  return (path: AnswerPath) => {
    const value = readAnswer(raw, path);
    if (value !== undefined || leftEmpty.has(path)) return value;
    return QUESTION_BY_PATH.get(path)?.field.defaultValue;
  };
}

const FIELD_ORDER = new Map(ANSWER_FIELDS.map((f, i) => [f.path, i]));
const TOP_ORDER = ["$schema", "apiVersion", "kind", "name", ...new Set(ANSWER_FIELDS.map((f) => f.section))];

const rank = (order: readonly string[] | Map<string, number>, key: string) => {
  const i = Array.isArray(order) ? order.indexOf(key) : (order as Map<string, number>).get(key) ?? -1;
  return i < 0 ? Number.MAX_SAFE_INTEGER : i;
};

/** A copy with keys in answers-file order, so saved files read like the documented example. */
export function orderAnswers(raw: RawAnswers): RawAnswers {
  const out: RawAnswers = {};
  const top = Object.keys(raw).sort((a, b) => rank(TOP_ORDER, a) - rank(TOP_ORDER, b));
  for (const k of top) {
    const v = raw[k];
    if (!isMapping(v)) {
      out[k] = v;
      continue;
    }
    const keys = Object.keys(v).sort((a, b) => rank(FIELD_ORDER, `${k}.${a}`) - rank(FIELD_ORDER, `${k}.${b}`));
    out[k] = Object.fromEntries(keys.map((key) => [key, v[key]]));
  }
  return out;
}
