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
// As serialised into dist/builtin.json (JSON round trip), which is what the CLI reads.
const table = JSON.parse(JSON.stringify({ fields: ANSWER_FIELDS, header: HEADER_FIELDS }));

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
    // Near-valid values: just outside or on the limits, null, wrong but plausible types.
    const nearValue = (f: (typeof ANSWER_FIELDS)[number]) =>
      fc.constantFrom<unknown>(
        null,
        (f.min ?? 0) - 1,
        f.min ?? 0,
        f.max ?? 0,
        (f.max ?? 0) + 1,
        (f.min ?? 0) + 0.5,
        "",
        "x".repeat((f.maxLength ?? 5) + 1),
        [],
        ["westeurope"],
        String(f.defaultValue),
        true,
      );
    const near = fc.tuple(answersArbitrary(catalog), field).chain(([a, f]) =>
      nearValue(f).map((v) => {
        const copy = structuredClone(a) as Record<string, Record<string, unknown>>;
        (copy[f.section] ??= {})[f.key] = v;
        return copy;
      }),
    );
    const withoutSection = fc.tuple(answersArbitrary(catalog), fc.constantFrom("bandwidth", "azure", "sites", "resilience")).map(([a, k]) => {
      const copy: Record<string, unknown> = { ...a };
      delete copy[k];
      return copy;
    });
    let accepted = 0;
    fc.assert(
      fc.property(fc.oneof(broken, extraKeys, near, withoutSection), (raw) => {
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
      { numRuns: RUNS },
    );
    // Some mutations leave the answers valid; the fast check must have taken those.
    expect(accepted).toBeGreaterThan(0);
  });
});
