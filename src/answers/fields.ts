// Answer keys as a flat table derived from the zod schema, so rules, the questionnaire and
// error messages never keep a second list of keys. Keys of list items are written with empty
// brackets: `sites[].requiredMbps`, `regions[].vnetCount`.
import type { z } from "zod";
import { ANSWER_SECTIONS, AnswersSchema, type SectionName } from "./schema.js";
import { ANSWER_V1_SECTIONS, AnswersV1Schema } from "./schema-v1.js";

/** "pairs": one of `values` (none, all) or a list of pairs of names (transit.betweenSites). */
export type FieldKind = "number" | "boolean" | "enum" | "string" | "string[]" | "literal" | "pairs";

export interface AnswerField {
  /** Path in the answers file, e.g. "bandwidth.growthPercentPerYear", "sites[].requiredMbps". */
  path: string;
  section: SectionName;
  key: string;
  /** A key of each item of a list section (sites, regions). */
  item: boolean;
  kind: FieldKind;
  /** Allowed values for enums and literal unions; the words a "pairs" answer may be instead of pairs. */
  values?: readonly (string | number)[];
  min?: number;
  max?: number;
  integer?: boolean;
  /** Length limits of text answers, and of each name in a list. */
  minLength?: number;
  maxLength?: number;
  /** The pattern text answers (and each name in a list) must match, as RegExp source. */
  pattern?: string;
  /** Item limits of lists. */
  minItems?: number;
  maxItems?: number;
  nullable: boolean;
  required: boolean;
  defaultValue?: unknown;
  description: string;
}

/** A list section: the file holds a list of mappings, each with the section's keys. */
export interface ListSection {
  section: SectionName;
  minItems?: number;
  maxItems?: number;
  description: string;
}

type AnySchema = z.ZodType & { def: Record<string, unknown>; description?: string };
type CheckDef = { check: string; minimum?: number; maximum?: number; format?: string; pattern?: RegExp };

const checksOf = (s: AnySchema): CheckDef[] => ((s.def.checks ?? []) as { _zod: { def: CheckDef } }[]).map((c) => c._zod.def);

function describeText(s: AnySchema): Pick<AnswerField, "minLength" | "maxLength" | "pattern"> {
  const text = s as unknown as z.ZodString;
  const pattern = checksOf(s).find((c) => c.format === "regex")?.pattern?.source;
  return { minLength: text.minLength ?? undefined, maxLength: text.maxLength ?? undefined, ...(pattern ? { pattern } : {}) };
}

function describeItems(s: AnySchema): Pick<AnswerField, "minItems" | "maxItems"> {
  const checks = checksOf(s);
  return { minItems: checks.find((c) => c.check === "min_length")?.minimum, maxItems: checks.find((c) => c.check === "max_length")?.maximum };
}

/** Through defaults, optionals, nullables and preprocessing to the schema that judges the value. */
function unwrap(schema: AnySchema): { s: AnySchema; nullable: boolean; required: boolean; defaultValue: unknown } {
  let s = schema;
  let nullable = false;
  let required = true;
  let defaultValue: unknown;
  for (;;) {
    const t = s.def.type;
    if (t === "default" || t === "prefault") {
      required = false;
      const d = s.def.defaultValue;
      defaultValue = typeof d === "function" ? (d as () => unknown)() : d;
      s = s.def.innerType as AnySchema;
    } else if (t === "optional") {
      required = false;
      s = s.def.innerType as AnySchema;
    } else if (t === "nullable") {
      nullable = true;
      s = s.def.innerType as AnySchema;
    } else if (t === "pipe") {
      // A preprocessed value (a list of one from a single name): described by what it becomes.
      s = s.def.out as AnySchema;
    } else return { s, nullable, required, defaultValue };
  }
}

function describeSchema(schema: AnySchema): Omit<AnswerField, "path" | "section" | "key" | "item"> {
  const { s, nullable, required, defaultValue } = unwrap(schema);
  const base = { nullable, required, defaultValue, description: schema.description ?? "" };
  const t = s.def.type;
  if (t === "number") {
    const num = s as unknown as z.ZodNumber;
    return { ...base, kind: "number", min: num.minValue ?? undefined, max: num.maxValue ?? undefined, integer: num.isInt };
  }
  if (t === "boolean") return { ...base, kind: "boolean" };
  if (t === "enum") return { ...base, kind: "enum", values: (s as unknown as z.ZodEnum).options as string[] };
  if (t === "union") {
    const options = s.def.options as AnySchema[];
    const list = options.find((o) => o.def.type === "array");
    if (list) {
      // Words or a list of pairs of names (transit.betweenSites).
      const words = options.filter((o) => o.def.type === "enum").flatMap((o) => (o as unknown as z.ZodEnum).options as string[]);
      const pair = (list.def.element as AnySchema).def.items as AnySchema[];
      return { ...base, kind: "pairs", values: words, ...describeItems(list), ...describeText(pair[0]!) };
    }
    return { ...base, kind: "enum", values: options.map((o) => (o.def.values as unknown[])[0] as number) };
  }
  if (t === "array") return { ...base, kind: "string[]", ...describeItems(s), ...describeText(s.def.element as AnySchema) };
  if (t === "literal") return { ...base, kind: "literal", values: s.def.values as string[] };
  return { ...base, kind: "string", ...describeText(s) };
}

type Shape = Record<string, AnySchema>;

/** The optional text keys beside the sections ($schema, name); apiVersion and kind are literals. */
function listHeaderFields(shape: Shape): AnswerField[] {
  return (["$schema", "name"] as const).map((key) => ({
    path: key,
    // Header keys belong to no section; "bandwidth" only satisfies the type.
    section: "bandwidth" as SectionName,
    key,
    item: false,
    ...describeSchema(shape[key]!),
  }));
}

function listFields(sections: Record<string, z.ZodObject>, shape: Shape): AnswerField[] {
  const fields: AnswerField[] = [];
  for (const [section, schema] of Object.entries(sections)) {
    const item = shape[section] !== undefined && unwrap(shape[section]).s.def.type === "array";
    for (const [key, child] of Object.entries(schema.shape)) {
      fields.push({ path: `${section}${item ? "[]" : ""}.${key}`, section: section as SectionName, key, item, ...describeSchema(child as AnySchema) });
    }
  }
  return fields;
}

function listListSections(shape: Shape): ListSection[] {
  return Object.entries(shape)
    .filter(([, schema]) => unwrap(schema).s.def.type === "array")
    .map(([section, schema]) => ({ section: section as SectionName, ...describeItems(unwrap(schema).s), description: schema.description ?? "" }));
}

const V2_SHAPE = AnswersSchema.shape as unknown as Shape;
const V1_SHAPE = AnswersV1Schema.shape as unknown as Shape;

/** Every answer key below the sections, in file order (list items' keys as `sites[].name`). */
export const ANSWER_FIELDS: readonly AnswerField[] = listFields(ANSWER_SECTIONS, V2_SHAPE);

export const ANSWER_FIELD_BY_PATH: ReadonlyMap<string, AnswerField> = new Map(ANSWER_FIELDS.map((f) => [f.path, f]));

/** The sections that are lists (sites, regions), with their item limits. */
export const LIST_SECTIONS: readonly ListSection[] = listListSections(V2_SHAPE);

/** The optional text keys beside the sections ($schema, name). */
export const HEADER_FIELDS: readonly AnswerField[] = listHeaderFields(V2_SHAPE);

/** Top-level keys of the answers file (sections and header keys). */
export const TOP_LEVEL_KEYS: readonly string[] = Object.keys(AnswersSchema.shape);

/** The same tables for v1 files (schema-v1.ts), which are validated as v1 and worded in v1 terms. */
export const V1_ANSWER_FIELDS: readonly AnswerField[] = listFields(ANSWER_V1_SECTIONS, V1_SHAPE);
export const V1_ANSWER_FIELD_BY_PATH: ReadonlyMap<string, AnswerField> = new Map(V1_ANSWER_FIELDS.map((f) => [f.path, f]));
export const V1_HEADER_FIELDS: readonly AnswerField[] = listHeaderFields(V1_SHAPE);
export const V1_TOP_LEVEL_KEYS: readonly string[] = Object.keys(AnswersV1Schema.shape);

/** The field-table path of a key path in a file: `sites[3].name` → `sites[].name`. */
export const toFieldPath = (path: string): string => path.replace(/\[\d+\]/g, "[]");

/** Everything the zod-free check (fast-validate.ts) needs, as serialised into dist/builtin.json. */
export interface FieldTable {
  /** Every key below the sections (ANSWER_FIELDS). */
  fields: readonly AnswerField[];
  /** $schema and name (HEADER_FIELDS). */
  header: readonly AnswerField[];
  /** The sections that are lists (LIST_SECTIONS). */
  lists: readonly ListSection[];
  /** The same for v1 files (V1_ANSWER_FIELDS, V1_HEADER_FIELDS). */
  v1: { fields: readonly AnswerField[]; header: readonly AnswerField[] };
}

/** Everything the zod-free check needs (fast-validate.ts), as serialised into dist/builtin.json. */
export const FIELD_TABLE: FieldTable = {
  fields: ANSWER_FIELDS,
  header: HEADER_FIELDS,
  lists: LIST_SECTIONS,
  v1: { fields: V1_ANSWER_FIELDS, header: V1_HEADER_FIELDS },
};
