// Answer keys as a flat table derived from the zod schema, so rules, the questionnaire and
// error messages never keep a second list of keys.
import type { z } from "zod";
import { ANSWER_SECTIONS, AnswersSchema, type SectionName } from "./schema.js";

export type FieldKind = "number" | "boolean" | "enum" | "string" | "string[]" | "literal";

export interface AnswerField {
  /** Dotted path in the answers file, e.g. "bandwidth.requiredMbps". */
  path: string;
  section: SectionName;
  key: string;
  kind: FieldKind;
  /** Allowed values for enums and literal unions. */
  values?: readonly (string | number)[];
  min?: number;
  max?: number;
  integer?: boolean;
  /** Length limits of text answers, and of each name in a list. */
  minLength?: number;
  maxLength?: number;
  /** Item limits of lists. */
  minItems?: number;
  maxItems?: number;
  nullable: boolean;
  required: boolean;
  defaultValue?: unknown;
  description: string;
}

type AnySchema = z.ZodType & { def: Record<string, unknown>; description?: string };

function describeSchema(schema: AnySchema): Omit<AnswerField, "path" | "section" | "key"> {
  let s = schema;
  let nullable = false;
  let required = true;
  let defaultValue: unknown;
  const description = schema.description ?? "";
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
    } else break;
  }
  const base = { nullable, required, defaultValue, description };
  const t = s.def.type;
  if (t === "number") {
    const num = s as unknown as z.ZodNumber;
    return {
      ...base,
      kind: "number",
      min: num.minValue ?? undefined,
      max: num.maxValue ?? undefined,
      integer: num.isInt,
    };
  }
  if (t === "boolean") return { ...base, kind: "boolean" };
  if (t === "enum") return { ...base, kind: "enum", values: (s as unknown as z.ZodEnum).options as string[] };
  if (t === "union") {
    const options = (s.def.options as AnySchema[]).map((o) => (o.def.values as unknown[])[0] as number);
    return { ...base, kind: "enum", values: options };
  }
  if (t === "array") {
    const checks = ((s.def.checks ?? []) as { _zod: { def: { check: string; minimum?: number; maximum?: number } } }[]).map((c) => c._zod.def);
    const element = s.def.element as unknown as z.ZodString;
    return {
      ...base,
      kind: "string[]",
      minItems: checks.find((c) => c.check === "min_length")?.minimum,
      maxItems: checks.find((c) => c.check === "max_length")?.maximum,
      minLength: element.minLength ?? undefined,
      maxLength: element.maxLength ?? undefined,
    };
  }
  if (t === "literal") return { ...base, kind: "literal", values: s.def.values as string[] };
  const text = s as unknown as z.ZodString;
  return { ...base, kind: "string", minLength: text.minLength ?? undefined, maxLength: text.maxLength ?? undefined };
}

/** The optional text keys beside the sections ($schema, name); apiVersion and kind are literals. */
function listHeaderFields(): AnswerField[] {
  return (["$schema", "name"] as const).map((key) => ({
    path: key,
    // Header keys belong to no section; "bandwidth" only satisfies the type (the questionnaire
    // asks the name first, with the bandwidth section).
    section: "bandwidth" as SectionName,
    key,
    ...describeSchema(AnswersSchema.shape[key] as unknown as AnySchema),
  }));
}

function listFields(): AnswerField[] {
  const fields: AnswerField[] = [];
  for (const [section, schema] of Object.entries(ANSWER_SECTIONS) as [SectionName, z.ZodObject][]) {
    for (const [key, child] of Object.entries(schema.shape)) {
      fields.push({ path: `${section}.${key}`, section, key, ...describeSchema(child as AnySchema) });
    }
  }
  return fields;
}

/** Every answer key below the sections, in file order. */
export const ANSWER_FIELDS: readonly AnswerField[] = listFields();

export const ANSWER_FIELD_BY_PATH: ReadonlyMap<string, AnswerField> = new Map(ANSWER_FIELDS.map((f) => [f.path, f]));

/** The optional text keys beside the sections ($schema, name). */
export const HEADER_FIELDS: readonly AnswerField[] = listHeaderFields();

/** Top-level keys of the answers file (sections and header keys). */
export const TOP_LEVEL_KEYS: readonly string[] = Object.keys(AnswersSchema.shape);
