// A zod-free check of answers for the common case, driven by the field table derived from the
// zod schema at build time (ANSWER_FIELDS, serialised into dist/builtin.json). It only ever
// accepts answers the zod schema accepts, and returns exactly what zod would (defaults applied;
// a v1 file migrated; a property test holds both to that); anything it is unsure of returns
// undefined and the caller falls back to the zod schema, which also words the error messages. It
// exists because loading and warming up zod is a good part of a pipeline run's start-up time.
import type { AnswerField, FieldTable, ListSection } from "./fields.js";

export type { FieldTable };
import type { Answers, AnswersV1 } from "./schema.js";
import { API_VERSION, V1_API_VERSION } from "./version.js";
import { isMapping } from "./raw-tree.js";
import { checkCrossReferences, checkV1CrossReferences } from "./cross-references.js";
import { migrateAnswers } from "./migrate.js";

/** Field patterns travel as RegExp source (JSON); compiled once each. */
const patterns = new Map<string, RegExp>();
const compile = (source: string) => patterns.get(source) ?? patterns.set(source, new RegExp(source)).get(source)!;

function acceptsValue(field: AnswerField, value: unknown): boolean {
  if (value === null) return field.nullable;
  switch (field.kind) {
    case "boolean":
      return typeof value === "boolean";
    case "number":
      return (
        typeof value === "number" &&
        Number.isFinite(value) &&
        (!field.integer || Number.isInteger(value)) &&
        (field.min === undefined || value >= field.min) &&
        (field.max === undefined || value <= field.max)
      );
    case "enum":
    case "literal":
      return field.values!.includes(value as string | number);
    case "string[]":
      return acceptsList(field, value) && value.every((v) => acceptsText(field, v));
    case "pairs":
      // Words (none, all) or a list of pairs of names.
      if (typeof value === "string") return field.values!.includes(value);
      return acceptsList(field, value) && value.every((p) => Array.isArray(p) && p.length === 2 && acceptsText(field, p[0]) && acceptsText(field, p[1]));
    default:
      return acceptsText(field, value);
  }
}

function acceptsList(field: AnswerField, value: unknown): value is unknown[] {
  return Array.isArray(value) && value.length >= (field.minItems ?? 0) && value.length <= (field.maxItems ?? Infinity);
}

function acceptsText(field: AnswerField, value: unknown): boolean {
  return (
    typeof value === "string" &&
    value.length >= (field.minLength ?? 0) &&
    value.length <= (field.maxLength ?? Infinity) &&
    (field.pattern === undefined || compile(field.pattern).test(value))
  );
}

/**
 * A mapping whose keys are all its own: a parsed file's always are; an object handed over with a
 * prototype of its own (`__proto__` set in code) has inherited keys, which zod reads and judges.
 */
const isPlainMapping = (value: unknown): value is Record<string, unknown> =>
  isMapping(value) && (Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null);

/** A copy of an accepted value, as zod returns a new one (lists and pairs copied). */
const copyValue = (value: unknown): unknown => (Array.isArray(value) ? value.map(copyValue) : value);

/** One mapping (a section, or an item of a list section) with defaults applied; undefined to ask zod. */
function readMapping(given: unknown, fields: readonly AnswerField[]): Record<string, unknown> | undefined {
  if (!isPlainMapping(given)) return undefined;
  for (const key of Object.keys(given)) if (!fields.some((f) => f.key === key)) return undefined;
  // Keys in schema order, as zod returns them.
  const target: Record<string, unknown> = {};
  for (const f of fields) {
    const value = given[f.key];
    if (value === undefined) {
      if (f.required) return undefined;
      if (f.defaultValue !== undefined) target[f.key] = structuredClone(f.defaultValue);
      continue;
    }
    if (!acceptsValue(f, value)) return undefined;
    target[f.key] = copyValue(value);
  }
  return target;
}

function groupBySection(fields: readonly AnswerField[]): Map<string, AnswerField[]> {
  const sections = new Map<string, AnswerField[]>();
  for (const f of fields) {
    const list = sections.get(f.section);
    if (list) list.push(f);
    else sections.set(f.section, [f]);
  }
  return sections;
}

/** The document in either version's shape; undefined to ask zod. */
function readDocument(raw: Record<string, unknown>, apiVersion: string, fields: readonly AnswerField[], headerFields: readonly AnswerField[], lists: readonly ListSection[]) {
  const sections = groupBySection(fields);
  const header = new Map(headerFields.map((f) => [f.key, f]));
  for (const key of Object.keys(raw)) if (key !== "apiVersion" && key !== "kind" && !header.has(key) && !sections.has(key)) return undefined;
  const out: Record<string, unknown> = {};
  const $schema = header.get("$schema");
  if ($schema && raw.$schema !== undefined) {
    if (!acceptsValue($schema, raw.$schema)) return undefined;
    out.$schema = raw.$schema;
  }
  out.apiVersion = apiVersion;
  out.kind = "Answers";
  const name = header.get("name");
  if (name && raw.name !== undefined) {
    if (!acceptsValue(name, raw.name)) return undefined;
    out.name = raw.name;
  }
  for (const [section, sectionFields] of sections) {
    const given = raw[section];
    const list = lists.find((l) => l.section === section);
    if (list) {
      if (!Array.isArray(given) || given.length < (list.minItems ?? 0) || given.length > (list.maxItems ?? Infinity)) return undefined;
      const items: Record<string, unknown>[] = [];
      for (const item of given) {
        const read = readMapping(item, sectionFields);
        if (!read) return undefined;
        items.push(read);
      }
      out[section] = items;
      continue;
    }
    // Sections whose every key has a default may be left out (required ones may not).
    if (given === undefined && sectionFields.some((f) => f.required)) return undefined;
    const read = readMapping(given ?? {}, sectionFields);
    if (!read) return undefined;
    out[section] = read;
  }
  return out;
}

/** The answers (v2; a v1 file migrated) with defaults applied when they are plainly valid; undefined to ask zod. */
export function fastValidateAnswers(raw: unknown, table: FieldTable): Answers | undefined {
  if (!isPlainMapping(raw) || raw.kind !== "Answers") return undefined;
  if (raw.apiVersion === V1_API_VERSION) {
    const v1 = readDocument(raw, V1_API_VERSION, table.v1.fields, table.v1.header, []);
    return v1 && checkV1CrossReferences(v1).length === 0 ? migrateAnswers(v1 as AnswersV1) : undefined;
  }
  if (raw.apiVersion !== API_VERSION) return undefined;
  const answers = readDocument(raw, API_VERSION, table.fields, table.header, table.lists);
  return answers && checkCrossReferences(answers).length === 0 ? (answers as Answers) : undefined;
}
