// Constraints load like rules: a later folder replaces an earlier constraint of the same id, and
// a constraint may not share its id with a rule.
import { describe, expect, it } from "vitest";
import { compileRules } from "../../src/rule-tooling/compile.js";

const DOCS = "https://learn.microsoft.com/azure/expressroute/expressroute-faqs";
const constraint = (extra: Record<string, unknown>) => ({ id: "ORG-CON-001", title: "t", docs: DOCS, rationale: "r", constrain: "circuits[].sku.tier", ...extra });

describe("loading constraints", () => {
  it("replaces a constraint of the same id from a later layer", () => {
    const result = compileRules([
      { file: "a.yaml", data: { rules: [constraint({ forbid: ["Local"] })] }, layer: 0 },
      { file: "b.yaml", data: { rules: [constraint({ forbid: ["Premium"] })] }, layer: 1 },
    ]);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const loaded = result.ruleSet.constraints.get("circuits[].sku.tier")!;
    expect(loaded).toHaveLength(1);
    expect(loaded[0]).toMatchObject({ file: "b.yaml", overrides: "ORG-CON-001", constraint: { forbid: ["Premium"] } });
  });

  it("refuses the same id twice in one layer, and an id a rule has", () => {
    const twice = compileRules([{ file: "a.yaml", data: { rules: [constraint({ forbid: ["Local"] }), constraint({ forbid: ["Premium"] })] } }]);
    expect(twice.ok || twice.issues.map((i) => i.message)).toEqual(["duplicate rule id ORG-CON-001 (also in a.yaml)"]);
    const rule = { id: "ORG-CON-001", title: "t", docs: DOCS, severity: "info", message: "m" };
    const clash = compileRules([{ file: "a.yaml", data: { rules: [rule, constraint({ forbid: ["Local"] })] } }]);
    expect(clash.ok || clash.issues.map((i) => i.message)).toEqual(["duplicate rule id ORG-CON-001 (also in a.yaml)"]);
  });
});
