// zod's issues in our words, for the rule, cases, catalog and design files: "expected a list, got
// 5", not zod's "Invalid input: expected array, received number" (issue 11). Answers have their
// own wording from the answer table (answers/validate.ts); this one knows only the schema.
import type { z } from "zod";
import { suggestNames } from "../text/closest.js";

/** A key path as messages show it: "rules[3].when.all[0]". */
export function formatZodPath(path: readonly PropertyKey[]): string {
  return path.map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`)).join("").replace(/^\./, "");
}

/** Keys listed in one "unknown keys" message before "and N more". */
const MAX_KEYS_SHOWN = 5;
/** A value echoed in a message is cut here. */
const MAX_VALUE_SHOWN = 40;

const TYPE_NAMES: Record<string, string> = {
  string: "text",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  array: "a list",
  object: "a mapping",
  record: "a mapping",
  null: "null",
};

export function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return value.length === 0 ? "an empty list" : "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") return JSON.stringify(value.length > MAX_VALUE_SHOWN ? `${value.slice(0, MAX_VALUE_SHOWN)}…` : value);
  return String(value);
}

/** The value at a zod issue's path. */
export function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let cur = root;
  for (const p of path) {
    if (cur === null || typeof cur !== "object") return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[p];
  }
  return cur;
}

/** "a,b,c,d,e,f,g" → `"a", "b", "c", "d", "e" and 2 more`. */
export function listKeys(keys: readonly string[]): string {
  const shown = keys.slice(0, MAX_KEYS_SHOWN).map((k) => describeValue(k));
  return keys.length > MAX_KEYS_SHOWN ? `${shown.join(", ")} and ${keys.length - MAX_KEYS_SHOWN} more` : shown.join(", ");
}

function describeBound(issue: { origin: string; inclusive?: boolean }, bound: number | bigint, big: boolean): string {
  const n = Number(bound);
  const limit = big ? (issue.inclusive === false ? `less than ${n}` : `at most ${n}`) : issue.inclusive === false ? `more than ${n}` : `at least ${n}`;
  switch (issue.origin) {
    case "array":
    case "set":
      return `a list of ${limit} item${n === 1 ? "" : "s"}`;
    case "string":
      return `text of ${limit} character${n === 1 ? "" : "s"}`;
    default:
      return `a number of ${limit}`;
  }
}

/** How zod's own messages begin; any other message was written by our schema. */
const ZOD_DEFAULT = /^(Invalid|Too (big|small)|Unrecognized|Expected|Required)/;

/** One issue as "expected …, got …" (or the schema's own message, where it wrote one). */
export function describeZodIssue(issue: z.core.$ZodIssue, root: unknown): string {
  // Our schemas word some checks themselves (rule ids, https docs); zod's defaults start so.
  if (!ZOD_DEFAULT.test(issue.message)) return issue.message;
  const value = valueAt(root, issue.path);
  const got = `, got ${describeValue(value)}`;
  switch (issue.code) {
    case "invalid_type": {
      if (value === undefined) return `required key is missing: expected ${TYPE_NAMES[issue.expected] ?? "a value"}`;
      if (typeof value === "number" && !Number.isFinite(value)) return `expected a finite number${got}`;
      return `expected ${TYPE_NAMES[issue.expected] ?? "a value"}${got}`;
    }
    case "invalid_value": {
      const options = issue.values.map((v) => (typeof v === "string" ? v : String(v)));
      const hint = typeof value === "string" ? suggestNames(value, options) : "";
      return `expected ${options.length === 1 ? describeValue(issue.values[0]) : `one of ${options.join(" | ")}`}${got}${hint ? `; ${hint}` : ""}`;
    }
    case "too_big":
      return `expected ${describeBound(issue, issue.maximum, true)}${got}`;
    case "too_small":
      return `expected ${describeBound(issue, issue.minimum, false)}${got}`;
    case "unrecognized_keys":
      return `unknown key${issue.keys.length > 1 ? "s" : ""} ${listKeys(issue.keys)}`;
    case "invalid_format":
      return `expected ${issue.format === "url" ? "a URL" : `text in the ${issue.format} format`}${got}`;
    default:
      return `not a valid value${got}`;
  }
}
