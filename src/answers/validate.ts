// Turns raw answers (parsed YAML/JSON) into typed Answers or one-line issues
// ("location: message"), in the manner of knip's zod error formatting.
import type { z } from "zod";
import { suggestNames } from "../text/closest.js";
import { ANSWER_FIELD_BY_PATH, ANSWER_FIELDS, TOP_LEVEL_KEYS } from "./fields.js";
import { ANSWER_SECTIONS, AnswersSchema, API_VERSION, type Answers } from "./schema.js";
import { readPath } from "./raw-tree.js";

export interface InputIssue {
  /** Dotted key path, e.g. "azure.regions[1]"; "" for the whole document. */
  path: string;
  message: string;
}

export type ValidationResult = { ok: true; answers: Answers } | { ok: false; issues: InputIssue[] };

function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const p of path) out += typeof p === "number" ? `[${p}]` : out ? `.${String(p)}` : String(p);
  return out;
}

function keysAt(path: readonly PropertyKey[]): readonly string[] {
  if (path.length === 0) return TOP_LEVEL_KEYS;
  const section = ANSWER_SECTIONS[path[0] as keyof typeof ANSWER_SECTIONS];
  return section && path.length === 1 ? Object.keys(section.shape) : [];
}

function describeExpected(path: string): string {
  const field = ANSWER_FIELD_BY_PATH.get(path);
  if (!field) {
    if (path === "apiVersion") return `"${API_VERSION}"`;
    if (path === "kind") return `"Answers"`;
    if (path in ANSWER_SECTIONS) return "a mapping of keys";
    return "a value";
  }
  const nullable = field.nullable ? " or null" : "";
  switch (field.kind) {
    case "number": {
      const range = field.min !== undefined && field.max !== undefined ? ` from ${field.min} to ${field.max}` : "";
      return `${field.integer ? "a whole number" : "a number"}${range}${nullable}`;
    }
    case "boolean":
      return `true or false${nullable}`;
    case "enum":
      return `one of ${field.values!.join(" | ")}${nullable}`;
    case "string[]":
      return "a list of names, e.g. [westeurope]";
    default:
      return `a text value${nullable}`;
  }
}

function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return String(value);
}

function convertIssue(issue: z.core.$ZodIssue, raw: unknown): InputIssue[] {
  const path = formatPath(issue.path);
  if (issue.code === "unrecognized_keys") {
    const known = keysAt(issue.path);
    return issue.keys.map((key) => {
      const hint = suggestNames(key, known);
      const where = path ? `${path}.${key}` : key;
      return { path: where, message: `unknown key${hint ? `; ${hint}` : ""}${known.length ? ` (known keys: ${known.join(", ")})` : ""}` };
    });
  }
  const value = readPath(raw, issue.path);
  const expected = describeExpected(path.replace(/\[\d+\]$/, ""));
  if (value === undefined && path in ANSWER_SECTIONS) {
    // A missing section: name the answers it must hold, not the section (`azure.regions`).
    const required = ANSWER_FIELDS.filter((f) => f.section === path && f.required);
    if (required.length > 0) return required.flatMap((f) => convertIssue({ ...issue, path: [f.section, f.key] } as z.core.$ZodIssue, raw));
  }
  if (value === undefined) {
    const field = ANSWER_FIELD_BY_PATH.get(path);
    const what = field?.description ? ` (${field.description.replace(/\.$/, "")})` : "";
    return [{ path, message: `required answer is missing${what}: expected ${expected}` }];
  }
  if (issue.code === "invalid_value" && typeof value === "string") {
    const options = ANSWER_FIELD_BY_PATH.get(path)?.values?.map(String) ?? [];
    const hint = suggestNames(value, options);
    return [{ path, message: `expected ${expected}, got ${describeValue(value)}${hint ? `; ${hint}` : ""}` }];
  }
  if (path === "azure.regions" && issue.code === "too_small") {
    return [{ path, message: "expected at least one Azure region, e.g. [westeurope]" }];
  }
  if (/^azure\.regions\[\d+\]$/.test(path)) return [{ path, message: `expected a region name, got ${describeValue(value)}` }];
  return [{ path, message: `expected ${expected}, got ${describeValue(value)}` }];
}

/** Validates raw answers against the v1 schema. Pure: no I/O. */
export function validateAnswers(raw: unknown): ValidationResult {
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
    return {
      ok: false,
      issues: [{ path: "", message: `expected a mapping with apiVersion: ${API_VERSION}, kind: Answers, bandwidth and azure; got ${describeValue(raw)}` }],
    };
  }
  if ((raw as { kind?: unknown }).kind === "Design") {
    return { ok: false, issues: [{ path: "kind", message: "this is a design document (kind: Design), not answers; pass the answers file it was made from" }] };
  }
  const result = AnswersSchema.safeParse(raw);
  if (result.success) return { ok: true, answers: result.data };
  const issues = withoutTypoEchoes(result.error.issues.flatMap((i) => convertIssue(i, raw)));
  return { ok: false, issues: sortIssues(issues) };
}

/**
 * A misspelt key ("bandwith") also leaves the real key missing; the "did you mean" already says
 * so, and a second message about the missing key would only confuse.
 */
function withoutTypoEchoes(issues: InputIssue[]): InputIssue[] {
  const meant = new Set<string>();
  for (const i of issues) {
    const m = /^unknown key; did you mean "([^"]+)"\?/.exec(i.message);
    if (m) meant.add(i.path.includes(".") ? `${i.path.slice(0, i.path.lastIndexOf("."))}.${m[1]}` : m[1]!);
  }
  // A misspelt section ("bandwith") leaves the keys of the real one missing too.
  const echoes = (path: string) => meant.has(path) || [...meant].some((m) => path.startsWith(`${m}.`));
  return issues.filter((i) => !(echoes(i.path) && i.message.startsWith("required answer is missing")));
}

function sortIssues(issues: InputIssue[]): InputIssue[] {
  const seen = new Set<string>();
  return issues
    .filter((i) => {
      const k = `${i.path}\n${i.message}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    })
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

