// fast-check generator for v1 answers files (still read, then migrated), from the v1 field table
// (V1_ANSWER_FIELDS), for the checks that must treat v1 as zod does (fast-validate.test.ts).
import fc from "fast-check";
import { V1_ANSWER_FIELDS, type AnswerField } from "../../src/answers/fields.js";
import type { Catalog } from "../../src/catalog/catalog.js";

/** Numbers stay within sizes a v1 organisation has; the schema's maxima would make most cases absurd. */
const NUMBER_CAP = 200_000;

function valueOf(field: AnswerField, catalog: Catalog): fc.Arbitrary<unknown> {
  const byPath: Record<string, () => fc.Arbitrary<unknown>> = {
    "azure.regions": () => fc.uniqueArray(fc.constantFrom(...catalog.regionByName.keys()), { minLength: 1, maxLength: 3 }),
    "sites.peeringLocation": () => fc.constantFrom(...catalog.locationByName.keys()),
    "compliance.businessUnits": () => fc.integer({ min: 1, max: 12 }),
    "sites.count": () => fc.integer({ min: 1, max: 600 }),
  };
  const range = { min: field.min ?? 0, max: Math.min(field.max ?? NUMBER_CAP, NUMBER_CAP) };
  const kinds: Record<string, () => fc.Arbitrary<unknown>> = {
    boolean: () => fc.boolean(),
    enum: () => fc.constantFrom(...field.values!),
    number: () => (field.integer ? fc.integer(range) : fc.double({ ...range, noNaN: true, noDefaultInfinity: true })),
  };
  const value = (byPath[field.path] ?? kinds[field.kind] ?? (() => fc.string({ minLength: 1, maxLength: 20 })))();
  return field.nullable ? fc.option(value, { nil: null }) : value;
}

/** Valid v1 answers: required keys always, every other key present or left to its default. */
export function answersV1Arbitrary(catalog: Catalog): fc.Arbitrary<Record<string, unknown>> {
  const entries = V1_ANSWER_FIELDS.map((f) => [f.path, f.required ? valueOf(f, catalog) : fc.option(valueOf(f, catalog), { nil: undefined })] as const);
  return fc.record(Object.fromEntries(entries) as Record<string, fc.Arbitrary<unknown>>).map((flat) => {
    const answers: Record<string, Record<string, unknown>> = {};
    for (const [path, value] of Object.entries(flat)) {
      const [section, key] = path.split(".") as [string, string];
      if (value !== undefined) (answers[section] ??= {})[key] = value;
    }
    return { apiVersion: "expressroute-advisor/v1", kind: "Answers", ...answers };
  });
}
