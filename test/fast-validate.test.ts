// The zod-free answers check agrees with the zod schema: it accepts every valid answers file, v2
// or v1 (so the fast path is really taken) with the same result, and never accepts an invalid one.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fastValidateAnswers } from "../src/answers/fast-validate.js";
import { ANSWER_FIELDS, FIELD_TABLE, V1_ANSWER_FIELDS, type AnswerField } from "../src/answers/fields.js";
import { validateAnswers } from "../src/answers/validate.js";
import { indexCatalog } from "../src/catalog/catalog.js";
import { readCatalogFiles } from "../src/cli/load-sources.js";
import { answersArbitrary } from "./helpers/arbitraries.js";
import { answersV1Arbitrary } from "./helpers/arbitraries-v1.js";

const RUNS = Number(process.env.PROPERTY_RUNS ?? 2000);
// As serialised into dist/builtin.json (JSON round trip), which is what the CLI reads.
const table = JSON.parse(JSON.stringify(FIELD_TABLE));

type Doc = Record<string, unknown>;

/** Sets `field` to `value` in a copy of `answers`: in one item (chosen by `pick`) of a list section. */
function setField(answers: Doc, field: AnswerField, value: unknown, pick: number): Doc {
  const copy = structuredClone(answers) as Record<string, unknown>;
  if (field.item) {
    const items = copy[field.section] as Doc[];
    items[pick % items.length]![field.key] = value;
  } else ((copy[field.section] ??= {}) as Doc)[field.key] = value;
  return copy;
}

// Near-valid values: just outside or on the limits, null, wrong but plausible types.
const nearValue = (f: AnswerField) =>
  fc.constantFrom<unknown>(
    null,
    (f.min ?? 0) - 1,
    f.min ?? 0,
    f.max ?? 0,
    (f.max ?? 0) + 1,
    (f.min ?? 0) + 0.5,
    "",
    "x".repeat((f.maxLength ?? 5) + 1),
    "a b",
    [],
    ["westeurope"],
    [["a", "a"]],
    [["a"]],
    "all",
    String(f.defaultValue),
    true,
  );

describe("fast answers check", async () => {
  const catalog = indexCatalog(await readCatalogFiles());
  const withHeader = (docs: fc.Arbitrary<Doc>) =>
    docs.chain((a) =>
      fc.record({ name: fc.option(fc.string({ minLength: 1, maxLength: 200 }), { nil: undefined }) }).map(({ name }) => (name === undefined ? a : { name, ...a })),
    );

  for (const [version, arbitrary] of [
    ["v2", answersArbitrary(catalog)],
    ["v1", answersV1Arbitrary(catalog)],
  ] as const) {
    it(`accepts every valid ${version} answers file with exactly zod's result`, () => {
      fc.assert(
        fc.property(withHeader(arbitrary), (raw) => {
          const zod = validateAnswers(raw);
          expect(zod.ok).toBe(true);
          const fast = fastValidateAnswers(raw, table);
          expect(fast).toBeDefined();
          expect(JSON.stringify(fast)).toBe(JSON.stringify(zod.ok && zod.answers));
        }),
        { numRuns: RUNS / 2 },
      );
    });
  }

  for (const [version, arbitrary, fields] of [
    ["v2", answersArbitrary(catalog), ANSWER_FIELDS],
    ["v1", answersV1Arbitrary(catalog), V1_ANSWER_FIELDS],
  ] as const) {
    it(`never accepts what zod rejects (${version})`, () => {
      const field = fc.constantFrom(...fields);
      const pick = fc.nat(10);
      const broken = fc.tuple(arbitrary, field, fc.anything({ withNullPrototype: false }), pick).map(([a, f, v, i]) => setField(a, f, v, i));
      const near = fc.tuple(arbitrary, field, pick).chain(([a, f, i]) => nearValue(f).map((v) => setField(a, f, v, i)));
      const extraKeys = fc.tuple(arbitrary, fc.string({ maxLength: 10 }), fc.anything()).map(([a, k, v]) => ({ ...a, [k]: v }));
      const extraItemKeys = fc.tuple(arbitrary, fc.constantFrom("sites", "regions"), fc.string({ maxLength: 10 }), fc.anything()).map(([a, s, k, v]) => {
        const copy = structuredClone(a);
        const items = copy[s];
        if (Array.isArray(items)) (items[0] as Doc)[k] = v;
        return copy;
      });
      const withoutSection = fc.tuple(arbitrary, fc.constantFrom("bandwidth", "azure", "sites", "regions", "transit", "resilience")).map(([a, k]) => {
        const copy: Doc = { ...a };
        delete copy[k];
        return copy;
      });
      // Cross-references: a duplicate site or region, a pair or region naming a site that is not there.
      const crossed = fc.tuple(arbitrary, fc.constantFrom("dup-site", "dup-region", "pair", "region-site")).map(([a, kind]) => {
        const copy = structuredClone(a);
        const sites = copy.sites as Doc[] | undefined;
        const regions = copy.regions as Doc[] | undefined;
        if (!Array.isArray(sites) || !Array.isArray(regions)) return copy;
        if (kind === "dup-site") sites.push({ ...sites[0] });
        if (kind === "dup-region") regions.push({ ...regions[0] });
        if (kind === "pair") copy.transit = { betweenSites: [[sites[0]!.name, "no-such-site"]] };
        if (kind === "region-site") regions[0]!.sites = ["no-such-site"];
        return copy;
      });
      // Names outside the pattern (a space, a dot, a letter beyond ASCII), everywhere a name is held.
      const badName = fc.constantFrom("amsterdam dc", "a.b", "zürich", "x".repeat(64));
      const badNames = fc.tuple(arbitrary, badName).map(([a, name]) => {
        const copy = structuredClone(a);
        if (Array.isArray(copy.sites)) {
          const sites = copy.sites as Doc[];
          if (sites.length > 1) copy.transit = { betweenSites: [[sites[1]!.name, name]] };
          sites[0]!.name = name;
        }
        return copy;
      });
      let accepted = 0;
      fc.assert(
        fc.property(fc.oneof(broken, extraKeys, extraItemKeys, near, withoutSection, crossed, badNames), (raw) => {
          const fast = fastValidateAnswers(raw, table);
          const zod = validateAnswers(raw);
          if (fast !== undefined) {
            accepted++;
            expect(zod.ok).toBe(true);
            expect(JSON.stringify(fast)).toBe(JSON.stringify(zod.ok && zod.answers));
          } else if (zod.ok) {
            // Declining valid answers is allowed (zod then decides) but must stay rare.
            accepted--;
          }
        }),
        { numRuns: RUNS / 2 },
      );
      // Some mutations leave the answers valid; the fast check must have taken those.
      expect(accepted).toBeGreaterThan(0);
    });
  }

  it("leaves an item with inherited keys to zod (a property-test find: `__proto__` set in code)", () => {
    const raw = { apiVersion: "expressroute-advisor/v2", kind: "Answers", sites: [{ name: "dc-a", requiredMbps: 1 }], regions: [{ name: "westeurope" }] };
    Object.setPrototypeOf(raw.sites[0]!, { stray: false });
    expect(fastValidateAnswers(raw, table)).toBeUndefined();
    expect(validateAnswers(raw)).toMatchObject({ ok: false, issues: [{ path: "sites[0].stray" }] });
  });
});
