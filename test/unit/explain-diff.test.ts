// explain and diff for design v2: decision paths name list items by id, a prefix explains every
// decision under it, an unknown id suggests the known ones; diff matches circuits, ports, gateways,
// links… by id and reports items added or removed and fields changed under their id paths.
import { describe, expect, it } from "vitest";
import { renderDiffText } from "../../src/cli/commands/diff.js";
import { renderExplainText } from "../../src/cli/commands/explain.js";
import type { Design } from "../../src/cli/format/design-v2-shape.js";
import { diffDesigns } from "../../src/diff/diff-designs.js";
import type { Evaluation } from "../../src/engine/evaluate.js";
import { explainEvaluation, UnknownExplainPathError } from "../../src/explain/explain.js";
import { suggestNames } from "../../src/text/closest.js";
import { changeSample, loadSample } from "../helpers/design-samples.js";

/** The evaluation behind a sample design: each decision won by its rule over a fallback that failed. */
function evaluationOf(design: Design): Evaluation {
  const leaf = { fact: "derived.x", operator: "equals", expected: true, actual: false, passed: false } as const;
  return {
    values: new Map(design.decisions.map((d) => [d.path, d.value])),
    decisions: design.decisions.map((d) => ({
      ...d,
      title: `title of ${d.rule}`,
      file: "rules/x.yaml",
      candidates: [
        { rule: d.rule, title: `title of ${d.rule}`, priority: 500, file: "rules/x.yaml", passed: true, won: true, leaves: [] },
        { rule: "ER-FALLBACK", title: "fallback", priority: 400, file: "rules/x.yaml", passed: false, won: false, firstFailure: leaf, leaves: [leaf] },
      ],
    })),
    findings: design.findings.map((f) => ({ ...f, title: `title of ${f.id}`, file: "rules/f.yaml", leaves: [] })),
    traced: true,
    unfired: [{ id: "ER-QUIET-F01", title: "quiet", file: "rules/f.yaml", leaves: [leaf], firstFailure: leaf }],
    facts: {},
  } as unknown as Evaluation;
}

describe("explain with item ids", () => {
  const design = loadSample("six-sites-mixed");
  const evaluation = evaluationOf(design);
  const paths = (path?: string) => explainEvaluation(evaluation, path).map((e) => (e.kind === "decision" || e.kind === "derived" ? e.path : `finding ${e.finding.id}`));

  it("explains one decision named with its item's id", () => {
    const [e] = explainEvaluation(evaluation, "circuits[ams-dc-1].sku.tier");
    expect(e).toMatchObject({ kind: "decision", path: "circuits[ams-dc-1].sku.tier", value: "Premium" });
    expect(paths("gateways[eastus2].zoning")).toEqual(["gateways[eastus2].zoning"]);
    expect(paths("design.gateways[eastus2].zone")).toEqual(["gateways[eastus2].zone"]);
    const text = renderExplainText(explainEvaluation(evaluation, "circuits[ams-dc-1].sku.tier"));
    expect(text).toContain('circuits[ams-dc-1].sku.tier = "Premium"');
    expect(text).toContain("won: ER-SKU-001");
    expect(text).toContain("lost: ER-FALLBACK");
  });

  it("explains every decision under a prefix: an item, a list, an item's sub-object", () => {
    expect(paths("circuits[us-branches-1]")).toEqual(["circuits[us-branches-1].sku.tier", "circuits[us-branches-1].sku.family"]);
    expect(paths("circuits[us-branches-1].sku")).toEqual(["circuits[us-branches-1].sku.tier", "circuits[us-branches-1].sku.family"]);
    expect(paths("gateways[westeurope]")).toEqual(["gateways[westeurope].sku", "gateways[westeurope].scaleUnits", "gateways[westeurope].fastPath"]);
    expect(paths("siteGroups")).toEqual(design.decisions.filter((d) => d.path.startsWith("siteGroups[")).map((d) => d.path));
    // A prefix is a whole segment: "circuits[ams-dc-1].sku.t" names nothing.
    expect(() => explainEvaluation(evaluation, "circuits[ams-dc-1].sku.t")).toThrow(UnknownExplainPathError);
  });

  it("explains the same decision for every item with [] and an item by its index", () => {
    expect(paths("circuits[].connection.type")).toEqual(["circuits[ams-dc-1].connection.type", "circuits[fra-dc-1].connection.type", "circuits[wdc-dc-1].connection.type", "circuits[wdc-dc-2].connection.type"]);
    expect(paths("circuits[1].connection.type")).toEqual(["circuits[fra-dc-1].connection.type"]);
    expect(paths("gateways[0]")).toEqual(paths("gateways[westeurope]"));
  });

  it("explains a finding by id for each item it fired for, saying which", () => {
    const explained = explainEvaluation(evaluation, "ER-GW-F05");
    expect(explained).toHaveLength(2);
    const text = renderExplainText(explained);
    expect(text).toContain("finding ER-GW-F05 about gateways[eastus2] (warning)");
    expect(text).toContain("finding ER-GW-F05 about circuits[us-branches-1] (warning)");
    expect(renderExplainText(explainEvaluation(evaluation, "ER-MS-F01"))).toContain("finding ER-MS-F01 (info)");
    expect(paths("ER-QUIET-F01")).toEqual(["finding ER-QUIET-F01"]);
  });

  it("answers an unknown id with the list's ids and the closest one", () => {
    let error: UnknownExplainPathError | undefined;
    try {
      explainEvaluation(evaluation, "circuits[ams-dc-2].sku.tier");
    } catch (err) {
      error = err as UnknownExplainPathError;
    }
    expect(error).toBeInstanceOf(UnknownExplainPathError);
    expect(error!.message).toBe('no circuits item "circuits[ams-dc-2].sku.tier"; circuits has ams-dc-1, fra-dc-1, wdc-dc-1, wdc-dc-2, us-branches-1');
    expect(suggestNames(error!.path, error!.known)).toBe('did you mean "circuits[ams-dc-1].sku.tier"?');
    try {
      explainEvaluation(evaluation, "gateways[westeurop].sku");
    } catch (err) {
      expect(suggestNames((err as UnknownExplainPathError).path, (err as UnknownExplainPathError).known)).toBe('did you mean "gateways[westeurope].sku"?');
    }
  });

  it("suggests a path for a typo outside any item", () => {
    try {
      explainEvaluation(evaluation, "netwrok");
      expect.unreachable();
    } catch (err) {
      const e = err as UnknownExplainPathError;
      expect(e.message).toBe('nothing to explain at "netwrok"');
      expect(suggestNames(e.path, e.known)).toBe('did you mean "network"?');
    }
    expect(() => explainEvaluation(evaluation, "circuits[9].sku.tier")).toThrow(/circuits has/);
  });
});

describe("diff of v2 designs", () => {
  const before = loadSample("six-sites-mixed");

  it("finds no difference between a design and itself, nor when lists are only reordered", () => {
    expect(diffDesigns(before, structuredClone(before)).equal).toBe(true);
    const shuffled = changeSample("six-sites-mixed", (d) => {
      d.circuits.reverse();
      d.gateways.reverse();
      d.connections.reverse();
      d.globalReach.links = d.globalReach.links.map((l) => ({ ...l, circuits: [l.circuits[1], l.circuits[0]] }));
    });
    const diff = diffDesigns(before, shuffled);
    expect(diff.items).toEqual({ added: [], removed: [] });
    expect(diff.fields).toEqual([]);
  });

  it("matches circuits by id: an added circuit is an item, not a shifted list", () => {
    const after = changeSample("six-sites-mixed", (d) => {
      const extra = { ...structuredClone(d.circuits[0]!), id: "ams-dc-2", role: "secondary" as const, peeringLocation: "London" };
      d.circuits.splice(1, 0, extra);
      d.circuits[2]!.sku.tier = "Standard";
    });
    const diff = diffDesigns(before, after);
    expect(diff.equal).toBe(false);
    expect(diff.items.added.map((i) => i.path)).toEqual(["circuits[ams-dc-2]"]);
    expect(diff.items.removed).toEqual([]);
    expect(diff.fields).toEqual([{ path: "circuits[fra-dc-1].sku.tier", old: "Premium", new: "Standard" }]);
  });

  it("reports ports, gateways, connections and Global Reach links added, removed and changed by their ids", () => {
    const after = changeSample("six-sites-mixed", (d) => {
      d.ports = d.ports.filter((p) => p.id !== "wdc-dc-port-2");
      d.ports[0]!.macsec = true;
      d.gateways = d.gateways.filter((g) => g.region !== "southeastasia");
      d.gateways[3]!.zoning = "zone-redundant";
      d.connections.find((c) => c.circuit === "ams-dc-1" && c.region === "eastus")!.weight = 10;
      d.globalReach.links.push({ circuits: ["eu-branches-1", "us-branches-1"], crossesGeopoliticalRegions: true });
      d.requirements.regions[0]!.vnetCount = 13;
    });
    const diff = diffDesigns(before, after);
    expect(diff.items.removed.map((i) => i.path)).toEqual(["ports[wdc-dc-port-2]", "gateways[southeastasia]"]);
    expect(diff.items.added.map((i) => i.path)).toEqual(["globalReach.links[eu-branches-1,us-branches-1]"]);
    expect(diff.fields.map((f) => f.path)).toEqual([
      "requirements.regions[westeurope].vnetCount",
      "ports[fra-dc-port-1].macsec",
      "gateways[eastus2].zoning",
      "connections[ams-dc-1,eastus].weight",
    ]);
    const text = renderDiffText(diff, "old.yaml", "new.yaml");
    expect(text).toContain("items:\n  - ports[wdc-dc-port-2]\n  - gateways[southeastasia]\n  + globalReach.links[eu-branches-1,us-branches-1]\n");
    expect(text).toContain('  ~ gateways[eastus2].zoning: "zonal" → "zone-redundant"');
  });

  it("tells per-item findings of one rule apart by the item they are about", () => {
    const after = changeSample("six-sites-mixed", (d) => {
      d.findings = d.findings.filter((f) => !f.about?.includes("gateways[eastus2]"));
      d.findings.find((f) => f.about?.includes("circuits[us-branches-1]"))!.severity = "error";
      d.findings.push({ id: "ER-GW-F05", severity: "warning", message: "westeurope is zonal", docs: "https://learn.microsoft.com/x", about: ["gateways[westeurope]"] });
    });
    const { findings } = diffDesigns(before, after);
    expect(findings.removed).toEqual([{ id: "ER-GW-F05", severity: "warning", message: expect.any(String), about: ["gateways[eastus2]"] }]);
    expect(findings.added).toEqual([{ id: "ER-GW-F05", severity: "warning", message: "westeurope is zonal", about: ["gateways[westeurope]"] }]);
    expect(findings.changed.map((c) => [c.id, c.about, c.old.severity, c.new.severity])).toEqual([["ER-GW-F05", ["circuits[us-branches-1]"], "warning", "error"]]);
    const text = renderDiffText(diffDesigns(before, after), "a", "b");
    expect(text).toContain("  - warning ER-GW-F05 (gateways[eastus2]): ");
    expect(text).toContain("  ~ error ER-GW-F05 (circuits[us-branches-1]): ");
  });

  it("reports decisions by their id paths, and compares lists without ids by position", () => {
    const after = changeSample("six-sites-mixed", (d) => {
      d.decisions.find((x) => x.path === "circuits[ams-dc-1].sku.tier")!.value = "Standard";
      d.decisions.find((x) => x.path === "circuits[ams-dc-1].sku.tier")!.rule = "ER-SKU-099";
      d.vpnFailover.requirements = ["a"];
    });
    const diff = diffDesigns(before, after);
    expect(diff.decisions).toEqual([
      { path: "circuits[ams-dc-1].sku.tier", old: "Premium", new: "Standard", oldRule: "ER-SKU-001", newRule: "ER-SKU-099", rationale: expect.any(String) },
    ]);
    expect(diff.fields).toEqual([{ path: "vpnFailover.requirements", old: [], new: ["a"] }]);
  });
});
