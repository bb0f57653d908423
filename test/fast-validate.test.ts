// The zod-free answers check agrees with the zod schema: it accepts every valid answers file
// (so the fast path is really taken) with the same result, and never accepts an invalid one.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fastValidateAnswers } from "../src/answers/fast-validate.js";
import { ANSWER_FIELDS, HEADER_FIELDS } from "../src/answers/fields.js";
import { validateAnswers } from "../src/answers/validate.js";
import { answersArbitrary } from "./helpers/arbitraries.js";
import { getBundle } from "./helpers/bundle.js";

const RUNS = Number(process.env.PROPERTY_RUNS ?? 2000);
const table = { fields: ANSWER_FIELDS, header: HEADER_FIELDS };

describe("fast answers check", async () => {
  const { catalog } = await getBundle();

  it("accepts every valid answers file with exactly zod's result", () => {
    const withHeader = answersArbitrary(catalog).chain((a) =>
      fc.record({ name: fc.option(fc.string({ minLength: 1, maxLength: 200 }), { nil: undefined }) }).map(({ name }) => (name === undefined ? a : { name, ...a })),
    );
    fc.assert(
      fc.property(withHeader, (raw) => {
        const zod = validateAnswers(raw);
        expect(zod.ok).toBe(true);
        const fast = fastValidateAnswers(raw, table);
        expect(fast).toBeDefined();
        expect(JSON.stringify(fast)).toBe(JSON.stringify(zod.ok && zod.answers));
      }),
      { numRuns: RUNS },
    );
  });

  it("never accepts what zod rejects", () => {
    const field = fc.constantFrom(...ANSWER_FIELDS);
    const broken = fc.tuple(answersArbitrary(catalog), field, fc.anything({ withNullPrototype: false })).map(([a, f, v]) => {
      const copy = structuredClone(a) as Record<string, Record<string, unknown>>;
      (copy[f.section] ??= {})[f.key] = v;
      return copy;
    });
    const extraKeys = fc.tuple(answersArbitrary(catalog), fc.string({ maxLength: 10 }), fc.anything()).map(([a, k, v]) => ({ ...a, [k]: v }));
    fc.assert(
      fc.property(fc.oneof(broken, extraKeys), (raw) => {
        const fast = fastValidateAnswers(raw, table);
        const zod = validateAnswers(raw);
        if (fast !== undefined) {
          expect(zod.ok).toBe(true);
          expect(JSON.stringify(fast)).toBe(JSON.stringify(zod.ok && zod.answers));
        }
      }),
      { numRuns: RUNS },
    );
  });
});
