import { describe, expect, it } from "vitest";
import { evaluateCondition } from "../../src/engine/conditions.js";

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
