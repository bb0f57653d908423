// fast-check generators for answers files, derived from the same field tables as the schema
// (ANSWER_FIELDS for v2, V1_ANSWER_FIELDS for v1), so a new answer key is generated without
// touching the tests. Generated v2 answers hang together: unique site and region names, and
// transit pairs and regions' sites naming sites that exist.
import fc from "fast-check";
import { ANSWER_FIELDS, V1_ANSWER_FIELDS, type AnswerField } from "../../src/answers/fields.js";
import type { Catalog } from "../../src/catalog/catalog.js";

/** Realistic upper bounds where the schema's own maximum would make nearly every case absurd. */
const REALISTIC_MAX: Record<string, number> = {
  "bandwidth.requiredMbps": 500_000,
  "sites[].requiredMbps": 200_000,
  "regions[].requiredMbps": 200_000,
  "bandwidth.growthPercentPerYear": 100,
  "bandwidth.monthlyEgressGB": 5_000_000,
  "sites[].monthlyEgressGB": 5_000_000,
  "sites.count": 200,
  "sites[].count": 200,
  "azure.vnetCount": 150,
  "regions[].vnetCount": 150,
  "azure.onPremisesRoutes": 15_000,
  "compliance.businessUnits": 12,
};

const MAX_SITES_GENERATED = 4;
const siteNameArbitrary = fc.stringMatching(/^[A-Za-z0-9_-]{1,12}$/);

function fieldArbitrary(field: AnswerField, catalog: Catalog): fc.Arbitrary<unknown> {
  if (field.path === "azure.regions") return fc.uniqueArray(fc.constantFrom(...catalog.regionByName.keys()), { minLength: 1, maxLength: 3 });
  if (field.key === "peeringLocation") return fc.constantFrom(...catalog.locationByName.keys());
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

/** A mapping of the given fields: required keys always, every other key present or left to its default. */
function mappingArbitrary(fields: readonly AnswerField[], catalog: Catalog, special: (f: AnswerField) => fc.Arbitrary<unknown> | undefined = () => undefined) {
  const entries = fields.map((f) => {
    const arb = special(f) ?? fieldArbitrary(f, catalog);
    return [f.key, f.required ? arb : fc.option(arb, { nil: undefined })] as const;
  });
  return fc.record(Object.fromEntries(entries) as Record<string, fc.Arbitrary<unknown>>).map((m) => Object.fromEntries(Object.entries(m).filter(([, v]) => v !== undefined)));
}

/** Valid v1 answers (the v1 shape: one site group, a list of regions). */
export function answersV1Arbitrary(catalog: Catalog): fc.Arbitrary<Record<string, unknown>> {
  const sections = [...new Set(V1_ANSWER_FIELDS.map((f) => f.section))];
  const bySection = Object.fromEntries(sections.map((s) => [s, mappingArbitrary(V1_ANSWER_FIELDS.filter((f) => f.section === s), catalog)]));
  return fc.record(bySection).map((answers) => {
    // Empty sections are left out (their keys all take defaults), as a user would.
    const kept = Object.fromEntries(Object.entries(answers).filter(([, v]) => Object.keys(v).length > 0));
    return { apiVersion: "expressroute-advisor/v1", kind: "Answers", ...kept };
  });
}

/** Valid v2 answers: 1–4 sites and 1–3 regions whose cross-references hold. */
export function answersArbitrary(catalog: Catalog): fc.Arbitrary<Record<string, unknown>> {
  const siteFields = ANSWER_FIELDS.filter((f) => f.section === "sites");
  const regionFields = ANSWER_FIELDS.filter((f) => f.section === "regions");
  const others = [...new Set(ANSWER_FIELDS.filter((f) => !f.item && f.section !== "transit").map((f) => f.section))];
  return fc
    .tuple(
      fc.uniqueArray(siteNameArbitrary, { minLength: 1, maxLength: MAX_SITES_GENERATED }),
      fc.uniqueArray(fc.constantFrom(...catalog.regionByName.keys()), { minLength: 1, maxLength: 3 }),
    )
    .chain(([siteNames, regionNames]) => {
      const sitesOf = fc.option(fc.shuffledSubarray(siteNames, { minLength: 1 }), { nil: null });
      const pairs = fc.uniqueArray(
        fc.tuple(fc.constantFrom(...siteNames), fc.constantFrom(...siteNames)).filter(([a, b]) => a !== b),
        { maxLength: 3, selector: ([a, b]) => `${a}\n${b}` },
      );
      const transit = siteNames.length > 1 ? fc.oneof(fc.constantFrom("none", "all"), pairs) : fc.constantFrom("none", "all");
      return fc.record({
        sites: fc.tuple(...siteNames.map((name) => mappingArbitrary(siteFields, catalog, (f) => (f.key === "name" ? fc.constant(name) : undefined)))),
        regions: fc.tuple(
          ...regionNames.map((name) => mappingArbitrary(regionFields, catalog, (f) => (f.key === "name" ? fc.constant(name) : f.key === "sites" ? sitesOf : undefined))),
        ),
        transit: fc.option(fc.record({ betweenSites: fc.option(transit, { nil: undefined }) }), { nil: undefined }),
        ...Object.fromEntries(others.map((s) => [s, fc.option(mappingArbitrary(ANSWER_FIELDS.filter((f) => f.section === s), catalog), { nil: undefined })])),
      });
    })
    .map((answers) => {
      const kept = Object.fromEntries(
        Object.entries(answers).filter(([, v]) => v !== undefined).map(([k, v]) => [k, k === "transit" ? Object.fromEntries(Object.entries(v as object).filter(([, x]) => x !== undefined)) : v]),
      );
      return { apiVersion: "expressroute-advisor/v2", kind: "Answers", ...kept };
    });
}
