import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluateCondition, holds } from "../../src/engine/conditions.js";
import type { Condition } from "../../src/rules/rule-types.js";

const facts: Record<string, unknown> = { n: 5, s: "mpls", b: true, list: ["eastus", "westus"], nothing: null };
const resolve = (f: string) => facts[f];

describe("conditions", () => {
  it.each([
    [{ fact: "n", equals: 5 }, true],
    [{ fact: "n", notEquals: 5 }, false],
    [{ fact: "s", in: ["mpls", "sd-wan"] }, true],
    [{ fact: "s", notIn: ["mpls"] }, false],
    [{ fact: "n", gt: 4 }, true],
    [{ fact: "n", gte: 5 }, true],
    [{ fact: "n", lt: 5 }, false],
    [{ fact: "n", lte: 5 }, true],
    [{ fact: "nothing", gt: 1 }, false],
    [{ fact: "nothing", exists: false }, true],
    [{ fact: "list", exists: true }, true],
    [{ fact: "list", equals: "eastus" }, true],
    [{ fact: "list", notEquals: "northeurope" }, true],
    [{ fact: "n", equals: { fact: "n" } }, true],
    [{ fact: "n", gt: { fact: "n" } }, false],
  ])("%j is %s", (cond, want) => {
    expect(evaluateCondition(cond as never, resolve).passed).toBe(want);
  });

  it("evaluates all leaves without short-circuit and reports the first failure", () => {
    const r = evaluateCondition({ all: [{ fact: "n", gt: 10 }, { fact: "b", equals: false }] }, resolve);
    expect(r.passed).toBe(false);
    expect(r.leaves).toHaveLength(2);
    expect(r.firstFailure).toMatchObject({ fact: "n", operator: "gt", expected: 10, actual: 5 });
  });

  it("combines any and not", () => {
    expect(evaluateCondition({ any: [{ fact: "n", gt: 10 }, { fact: "b", equals: true }] }, resolve).passed).toBe(true);
    const negated = evaluateCondition({ not: { fact: "b", equals: true } }, resolve);
    expect(negated.passed).toBe(false);
    expect(negated.firstFailure).toMatchObject({ fact: "b", passed: true });
    expect(evaluateCondition(undefined, resolve).passed).toBe(true);
    // A double negation still names a leaf for "why not".
    const twice = evaluateCondition({ not: { not: { fact: "n", gt: 10 } } }, resolve);
    expect(twice.passed).toBe(false);
    expect(twice.firstFailure).toMatchObject({ fact: "n", operator: "gt" });
  });
});

describe("holds and evaluateCondition", () => {
  // Random condition trees over a handful of facts: `holds` (what plan asks, short-circuited)
  // must agree with the full evaluation explain shows, and read no fact the full one does not.
  const factNames = ["a", "b", "c", "d"];
  const value = fc.oneof(fc.constantFrom(null, true, false, "x", "y"), fc.integer({ min: -2, max: 2 }), fc.constantFrom(["x"], [], ["x", "y"]));
  const scalar = fc.oneof(fc.constantFrom(null, true, false, "x", "y"), fc.integer({ min: -2, max: 2 }));
  const operand = fc.oneof(scalar, fc.constantFrom(...factNames).map((fact) => ({ fact })));
  const leaf = fc.oneof(
    fc.record({ fact: fc.constantFrom(...factNames), equals: operand }),
    fc.record({ fact: fc.constantFrom(...factNames), notEquals: operand }),
    fc.record({ fact: fc.constantFrom(...factNames), in: fc.array(scalar, { maxLength: 3 }) }),
    fc.record({ fact: fc.constantFrom(...factNames), notIn: fc.array(scalar, { maxLength: 3 }) }),
    fc.record({ fact: fc.constantFrom(...factNames), gt: fc.integer({ min: -2, max: 2 }) }),
    fc.record({ fact: fc.constantFrom(...factNames), lte: operand }),
    fc.record({ fact: fc.constantFrom(...factNames), exists: fc.boolean() }),
  );
  const { condition } = fc.letrec<{ condition: Condition }>((tie) => ({
    condition: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      leaf as fc.Arbitrary<Condition>,
      fc.record({ all: fc.array(tie("condition"), { maxLength: 3 }) }),
      fc.record({ any: fc.array(tie("condition"), { maxLength: 3 }) }),
      fc.record({ not: tie("condition") }),
    ),
  }));

  it("agree on every condition and facts", () => {
    fc.assert(
      fc.property(condition, fc.tuple(value, value, value, value), (cond, values) => {
        const facts = Object.fromEntries(factNames.map((f, i) => [f, values[i]]));
        const [read, readFully] = [new Set<string>(), new Set<string>()];
        const full = evaluateCondition(cond, (f) => (readFully.add(f), facts[f]));
        const quick = holds(cond, (f) => (read.add(f), facts[f]));
        expect(quick).toBe(full.passed);
        for (const f of read) expect(readFully).toContain(f);
        // A condition that fails names a leaf that failed (or, under `not`, one that held).
        if (!full.passed && full.leaves.length > 0 && full.firstFailure) expect(full.leaves).toContain(full.firstFailure);
      }),
      { numRuns: 2000 },
    );
  });
});
