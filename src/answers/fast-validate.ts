// A zod-free check of answers for the common case, driven by the field table derived from the
// zod schema at build time (ANSWER_FIELDS, serialised into dist/builtin.json). It only ever
// accepts answers the zod schema accepts, and returns exactly what zod would (defaults applied;
// a property test holds both to that); anything it is unsure of returns undefined and the caller
// falls back to the zod schema, which also words the error messages. It exists because loading
// and warming up zod is a good part of a pipeline run's start-up time.
import type { AnswerField } from "./fields.js";
import type { Answers } from "./schema.js";
import { API_VERSION } from "./version.js";
import { isMapping } from "./raw-tree.js";

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
      return (
        Array.isArray(value) &&
        value.length >= (field.minItems ?? 0) &&
        value.length <= (field.maxItems ?? Infinity) &&
        value.every((v) => acceptsText(field, v))
      );
    default:
      return acceptsText(field, value);
  }
}

function acceptsText(field: AnswerField, value: unknown): boolean {
  return typeof value === "string" && value.length >= (field.minLength ?? 0) && value.length <= (field.maxLength ?? Infinity);
}

export interface FieldTable {
  /** Every key below the sections (ANSWER_FIELDS). */
  fields: readonly AnswerField[];
  /** $schema and name (HEADER_FIELDS). */
  header: readonly AnswerField[];
}

/** The answers with defaults applied when they are plainly valid; undefined to ask zod. */
export function fastValidateAnswers(raw: unknown, table: FieldTable): Answers | undefined {
  if (!isMapping(raw) || raw.apiVersion !== API_VERSION || raw.kind !== "Answers") return undefined;
  const sections = new Map<string, AnswerField[]>();
  for (const f of table.fields) {
    const list = sections.get(f.section);
    if (list) list.push(f);
    else sections.set(f.section, [f]);
  }
  const header = new Map(table.header.map((f) => [f.key, f]));
  for (const key of Object.keys(raw)) if (key !== "apiVersion" && key !== "kind" && !header.has(key) && !sections.has(key)) return undefined;
  // Keys in schema order, as zod returns them.
  const out: Record<string, unknown> = {};
  const $schema = header.get("$schema");
  if ($schema && raw.$schema !== undefined) {
    if (!acceptsValue($schema, raw.$schema)) return undefined;
    out.$schema = raw.$schema;
  }
  out.apiVersion = API_VERSION;
  out.kind = "Answers";
  const name = header.get("name");
  if (name && raw.name !== undefined) {
    if (!acceptsValue(name, raw.name)) return undefined;
    out.name = raw.name;
  }
  for (const [section, sectionFields] of sections) {
    const given = raw[section];
    if (given === undefined) {
      // Sections whose every key has a default may be left out (required ones may not).
      if (sectionFields.some((f) => f.required)) return undefined;
    } else if (!isMapping(given)) return undefined;
    const source = (given ?? {}) as Record<string, unknown>;
    for (const key of Object.keys(source)) if (!sectionFields.some((f) => f.key === key)) return undefined;
    const target: Record<string, unknown> = {};
    for (const f of sectionFields) {
      const value = source[f.key];
      if (value === undefined) {
        if (f.required) return undefined;
        if (f.defaultValue !== undefined) target[f.key] = structuredClone(f.defaultValue);
        continue;
      }
      if (!acceptsValue(f, value)) return undefined;
      target[f.key] = Array.isArray(value) ? [...value] : value;
    }
    out[section] = target;
  }
  return out as Answers;
}
