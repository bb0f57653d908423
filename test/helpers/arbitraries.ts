// fast-check generators for answers files, derived from the same field table as the schema
// (ANSWER_FIELDS), so a new answer key is generated without touching the tests.
import fc from "fast-check";
import { ANSWER_FIELDS, type AnswerField } from "../../src/answers/fields.js";
import type { Catalog } from "../../src/catalog/catalog.js";

/** Realistic upper bounds where the schema's own maximum would make nearly every case absurd. */
const REALISTIC_MAX: Record<string, number> = {
  "bandwidth.requiredMbps": 500_000,
  "bandwidth.growthPercentPerYear": 100,
  "bandwidth.monthlyEgressGB": 5_000_000,
  "sites.count": 200,
  "azure.vnetCount": 150,
  "azure.onPremisesRoutes": 15_000,
  "compliance.businessUnits": 12,
};

function fieldArbitrary(field: AnswerField, catalog: Catalog): fc.Arbitrary<unknown> {
  if (field.path === "azure.regions") return fc.uniqueArray(fc.constantFrom(...catalog.regionByName.keys()), { minLength: 1, maxLength: 3 });
  if (field.path === "sites.peeringLocation") return fc.constantFrom(...catalog.locationByName.keys());
  let base: fc.Arbitrary<unknown>;
  switch (field.kind) {
    case "boolean":
      base = fc.boolean();
      break;
    case "enum":
      base = fc.constantFrom(...field.values!);
      break;
    case "number": {
      const min = field.min ?? 0;
      const max = Math.min(field.max ?? 1e6, REALISTIC_MAX[field.path] ?? Infinity);
      base = field.integer ? fc.integer({ min, max }) : fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
      break;
    }
    default:
      base = fc.string({ minLength: 1, maxLength: 20 });
  }
  return field.nullable ? fc.option(base, { nil: null }) : base;
}

/** Valid answers: required keys always, every other key present or left to its default. */
export function answersArbitrary(catalog: Catalog): fc.Arbitrary<Record<string, unknown>> {
  const entries = ANSWER_FIELDS.map((f) => {
    const arb = fieldArbitrary(f, catalog);
    return [f.path, f.required ? arb : fc.option(arb, { nil: undefined })] as const;
  });
  return fc.record(Object.fromEntries(entries) as Record<string, fc.Arbitrary<unknown>>).map((flat) => {
    const answers: Record<string, Record<string, unknown>> = {};
    for (const [path, value] of Object.entries(flat)) {
      if (value === undefined) continue;
      const [section, key] = path.split(".") as [string, string];
      (answers[section] ??= {})[key] = value;
    }
    return { apiVersion: "expressroute-advisor/v1", kind: "Answers", ...answers };
  });
}
