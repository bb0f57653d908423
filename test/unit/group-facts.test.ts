// The group-side rules and facts on their own (rules/connection, circuits, resilience, sku,
// global-reach, encryption; every other slot gets a plain default): circuits per site group,
// transit-aware peering locations, Global Reach links between groups, Direct port pairs.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { checkAnswers } from "../../src/answers/check-answers.js";
import type { Catalog } from "../../src/catalog/catalog.js";
import { loadCatalog } from "../../src/cli/load-bundle.js";
import { evaluateRules, type Evaluation } from "../../src/engine/evaluate.js";
import { compileRules } from "../../src/rule-tooling/compile.js";
import { DECISION_SLOTS, slotValues } from "../../src/rules/decisions.js";
import type { RuleSet } from "../../src/rules/rule-set.js";
import type { GlobalReachLink, PortPair } from "../../src/rules/facts/design-facts.js";
import { ROOT } from "../helpers/run-cli.js";

const GROUP_FILES = ["connection", "circuits", "resilience", "sku", "global-reach", "encryption"];

let catalog: Catalog;
let ruleSet: RuleSet;

beforeAll(async () => {
  catalog = await loadCatalog();
  const sources = GROUP_FILES.map((f) => ({ file: `rules/${f}.yaml`, data: parse(readFileSync(join(ROOT, "rules", `${f}.yaml`), "utf8")) as { rules: { id: string; decision?: string }[] } }));
  // Findings of the group files that read region facts are the region side's business here.
  const decided = new Set(sources.flatMap((s) => s.data.rules.flatMap((r) => (r.decision ? [r.decision] : []))));
  const defaults = DECISION_SLOTS.filter((s) => !decided.has(s.path)).map((s, i) => ({
    id: `T-DEFAULT-${i}`,
    title: "default",
    docs: "https://learn.microsoft.com/azure/expressroute/",
    priority: -1000,
    decision: s.path,
    set: (slotValues(s)?.[0] ?? s.min ?? null) as string | number | boolean | null,
    rationale: "default",
  }));
  const result = compileRules([...sources.map((s) => ({ ...s, data: { ...s.data, rules: s.data.rules.filter((r) => !/^ER-ENC-F/.test(r.id)) } })), { file: "defaults.yaml", data: { description: "defaults", rules: defaults } }]);
  if (!result.ok) throw new Error(result.issues.map((i) => `${i.file} ${i.path}: ${i.message}`).join("\n"));
  ruleSet = result.ruleSet;
});

const site = (name: string, extra: Record<string, unknown> = {}) => ({ name, requiredMbps: 1000, ...extra });

function evaluate(answers: Record<string, unknown>): Evaluation {
  const checked = checkAnswers({ apiVersion: "expressroute-advisor/v2", kind: "Answers", regions: [{ name: "westeurope" }], ...answers }, catalog);
  if (!checked.ok) throw new Error(JSON.stringify(checked.issues));
  return evaluateRules(checked.answers, catalog, ruleSet);
}

const value = (e: Evaluation, path: string) => e.decisions.find((d) => d.path === path)?.value;
const links = (e: Evaluation) => e.readFact("globalReachLinks") as GlobalReachLink[];
const ports = (e: Evaluation) => e.readFact("directPortPlan") as PortPair[];

describe("circuits per site group", () => {
  it("gives each data centre its own circuit and joins them with one Global Reach link, Standard within one geopolitical region", () => {
    const e = evaluate({
      sites: [site("syd-dc", { peeringLocation: "Sydney" }), site("mel-dc", { requiredMbps: 2000, peeringLocation: "Melbourne" })],
      regions: [{ name: "australiaeast", vnetCount: 3 }, { name: "australiasoutheast" }],
      transit: { betweenSites: "all" },
      resilience: { level: "standard" },
    });
    expect(value(e, "circuits[mel-dc-1].bandwidthMbps")).toBe(2000);
    expect(value(e, "globalReach.enabled")).toBe(true);
    expect(links(e)).toEqual([{ circuits: ["syd-dc-1", "mel-dc-1"], crossesGeopoliticalRegions: false, samePeeringLocation: false, supported: true, openLocation: false }]);
    expect([value(e, "circuits[syd-dc-1].sku.tier"), value(e, "circuits[mel-dc-1].sku.tier")]).toEqual(["Standard", "Standard"]);
  });

  it("links every pair of hubs (links are not transitive) and makes each Premium when a link crosses geopolitical regions", () => {
    const e = evaluate({
      sites: [site("ams", { peeringLocation: "Amsterdam" }), site("dc", { peeringLocation: "Washington DC" }), site("sg", { peeringLocation: "Singapore" })],
      regions: [{ name: "westeurope", sites: ["ams"] }, { name: "eastus", sites: ["dc"] }, { name: "southeastasia", sites: ["sg"] }],
      transit: { betweenSites: "all" },
    });
    expect(links(e).map((l) => l.circuits)).toEqual([["ams-1", "dc-1"], ["ams-1", "sg-1"], ["dc-1", "sg-1"]]);
    expect(e.decisions.find((d) => d.path === "circuits[ams-1].sku.tier")).toMatchObject({ value: "Premium", rule: "ER-SKU-005" });
  });

  it("keeps Premium off circuits whose own regions are local when no link crosses a geopolitical region", () => {
    const e = evaluate({
      sites: [site("ams", { peeringLocation: "Amsterdam" }), site("dc", { peeringLocation: "Washington DC" })],
      regions: [{ name: "westeurope", sites: ["ams"] }, { name: "eastus", sites: ["dc"] }],
    });
    expect([value(e, "circuits[ams-1].sku.tier"), value(e, "circuits[dc-1].sku.tier")]).toEqual(["Standard", "Standard"]);
    expect(value(e, "globalReach.enabled")).toBe(false);
  });

  it("moves the second of two data centres at one location to the metro's other site, since Global Reach needs different locations", () => {
    const e = evaluate({ sites: [site("dc-1", { peeringLocation: "Amsterdam" }), site("dc-2", { peeringLocation: "Amsterdam" })], transit: { betweenSites: "all" } });
    expect(value(e, "circuits[dc-1-1].peeringLocation")).toBe("Amsterdam");
    expect(value(e, "circuits[dc-2-1].peeringLocation")).toBe("Amsterdam2");
    // One Metro is one peering location: the first keeps Amsterdam Metro; the second cannot have a
    // Metro circuit, so it gets circuits at two locations (never less than high), neither of them
    // a site of the Metro its peer holds for the second circuit.
    expect(value(e, "circuits[dc-1-1].metro")).toBe("Amsterdam Metro");
    expect(value(e, "circuits[dc-2-1].metro")).toBe(null);
    expect(value(e, "resilience.level")).toBe("high");
    expect(value(e, "siteGroups[dc-2].locations")).toBe(2);
    expect(["Amsterdam", "Amsterdam2"]).not.toContain(value(e, "circuits[dc-2-2].peeringLocation"));
    expect(links(e).map((l) => l.circuits)).toEqual([
      ["dc-1-1", "dc-2-1"],
      ["dc-1-1", "dc-2-2"],
    ]);
    expect(e.findings.map((f) => f.id)).toEqual(expect.arrayContaining(["ER-LOC-F05", "ER-RES-F24"]));
    expect(e.findings.map((f) => f.id)).not.toContain("ER-METRO-F05");
  });

  it("links primary to primary and secondary to secondary between two maximum-resiliency groups, never a group's own pair", () => {
    const e = evaluate({ sites: [site("dc-1", { peeringLocation: "Amsterdam" }), site("dc-2", { peeringLocation: "Amsterdam" })], transit: { betweenSites: "all" }, resilience: { level: "maximum" } });
    expect(links(e).map((l) => [l.circuits, l.samePeeringLocation])).toEqual([
      [["dc-1-1", "dc-2-1"], false],
      [["dc-1-2", "dc-2-2"], false],
    ]);
  });

  it("does not enable Global Reach where it is not offered, and says which links cannot be made", () => {
    const e = evaluate({ sites: [site("a", { peeringLocation: "Madrid" }), site("b", { peeringLocation: "Madrid" })], regions: [{ name: "spaincentral" }], transit: { betweenSites: "all" } });
    expect(value(e, "globalReach.enabled")).toBe(false);
    expect(links(e)).toEqual([]);
    expect(e.readFact("plannedGlobalReachLinks")).toEqual([{ circuits: ["a-1", "b-1"], crossesGeopoliticalRegions: false, samePeeringLocation: true, supported: false, openLocation: false }]);
    expect(e.findings.filter((f) => f.severity === "error").map((f) => f.id)).toEqual(["ER-GR-F02", "ER-GR-F09"]);
  });

  it("falls back to two locations only for the group whose location has no Metro", () => {
    const e = evaluate({ sites: [site("lon", { peeringLocation: "London" }), site("ams", { peeringLocation: "Amsterdam" })], regions: [{ name: "uksouth", sites: ["lon"] }, { name: "westeurope", sites: ["ams"] }] });
    expect(value(e, "resilience.level")).toBe("high");
    expect(e.decisions.filter((d) => d.path.startsWith("circuits[lon-")).map((d) => d.path)).toContain("circuits[lon-2].peeringLocation");
    expect(value(e, "circuits[lon-2].peeringLocation")).toBe("London2");
    expect(value(e, "circuits[ams-1].metro")).toBe("Amsterdam Metro");
  });
});

describe("circuits side by side and Direct port pairs", () => {
  it("carries 450 Gbps on two 400 Gbps circuits per location, each on a port pair of its own", () => {
    const e = evaluate({ sites: [site("hpc", { requiredMbps: 450000, peeringLocation: "Amsterdam", ownEdgeAtPeeringLocation: true })], resilience: { level: "maximum" } });
    expect(value(e, "siteGroups[hpc].parallel")).toBe(2);
    expect(value(e, "circuits[hpc-4].bandwidthMbps")).toBe(400000);
    expect(ports(e).map((p) => [p.id, p.peeringLocation, p.sizeGbps, p.circuits])).toEqual([
      ["amsterdam-port-1", "Amsterdam", 400, ["hpc-1"]],
      ["amsterdam-port-2", "Amsterdam", 400, ["hpc-2"]],
      ["amsterdam2-port-1", "Amsterdam2", 400, ["hpc-3"]],
      ["amsterdam2-port-2", "Amsterdam2", 400, ["hpc-4"]],
    ]);
    expect(e.findings.find((f) => f.id === "ER-CONN-F09")?.severity).toBe("info");
  });

  it("carves business units' circuits from one shared port pair, and says when they are provisioned beyond the port speed", () => {
    const bu = (name: string) => site(name, { requiredMbps: 3000, peeringLocation: "Amsterdam", ownEdgeAtPeeringLocation: true, businessUnit: name });
    const e = evaluate({ sites: [bu("retail"), bu("bank"), bu("insurance")] });
    expect(value(e, "circuits[retail-1].connection.type")).toBe("direct");
    expect(ports(e)).toEqual([{ id: "amsterdam-port-1", peeringLocation: "Amsterdam", sizeGbps: 10, circuits: ["retail-1", "bank-1", "insurance-1"], needMbps: 9000, provisionedMbps: 15000 }]);
    expect(e.findings.map((f) => f.id)).toEqual(expect.arrayContaining(["ER-CONN-F05", "ER-CONN-F07"]));
  });

  it("gives an MPLS WAN without an edge of its own provider circuits side by side above 10 Gbps", () => {
    const e = evaluate({ sites: [site("shops", { requiredMbps: 20000, peeringLocation: "Amsterdam", wan: "mpls", count: 300 })] });
    expect(value(e, "circuits[shops-1].connection.type")).toBe("provider");
    expect(value(e, "siteGroups[shops].parallel")).toBe(2);
    expect(value(e, "circuits[shops-2].bandwidthMbps")).toBe(10000);
    expect(ports(e)).toEqual([]);
  });
});
