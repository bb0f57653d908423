// The engine's scopes on a small hand-made rule set: slot-major order, per-item values, design
// paths with ids, per-item findings with `about`, and the scope checks at load.
import { describe, expect, it } from "vitest";
import { evaluateRules } from "../../src/engine/evaluate.js";
import { loadCatalog } from "../../src/cli/load-bundle.js";
import { compileRules } from "../../src/rule-tooling/compile.js";
import { DECISION_SLOTS } from "../../src/rules/decisions.js";
import { planTopology } from "../../src/rules/site-groups.js";
import type { Answers } from "../../src/answers/schema.js";

const site = (name: string, extra: Partial<Answers["sites"][number]> = {}) => ({
  name,
  requiredMbps: 1000,
  count: 1,
  wan: "none" as const,
  colocation: "none" as const,
  ownEdgeAtPeeringLocation: false,
  businessUnit: null,
  ...extra,
});
const region = (name: string) => ({ name, vnetCount: 1, vmCount: null, requiredMbps: null, vnetPrefixes: null, sites: null });

const answers = (over: Partial<Answers> = {}): Answers => ({
  apiVersion: "expressroute-advisor/v2",
  kind: "Answers",
  sites: [site("syd-dc", { peeringLocation: "Sydney" }), site("mel-dc", { peeringLocation: "Melbourne" })],
  regions: [region("australiaeast"), region("australiasoutheast")],
  transit: { betweenSites: "all" },
  bandwidth: { growthPercentPerYear: 0, horizonYears: 3, massiveDataIngestion: false },
  compliance: { regulatedIndustry: "none", physicalIsolation: false, encryption: "none" },
  azure: { onPremisesRoutes: 100, microsoftPeering: "none", dualStack: false, network: "auto" },
  resilience: { level: "standard", zoneRedundancy: true, pinnedZone: null, vpnFailover: false, vpnDevice: "route-based", gatewaySubnetPrefixLength: null },
  performance: { latencySensitive: false },
  ...over,
});

const DEFAULTS: Record<string, unknown> = {
  network: "hub-and-spoke",
  "connection.type": "provider",
  "connection.model": "point-to-point",
  "connection.directPortGbps": null,
  "resilience.level": "standard",
  "siteGroup.locations": 1,
  "siteGroup.parallel": 1,
  "circuits[0].peeringLocation": null,
  "circuits[0].metro": null,
  "circuits[1].peeringLocation": null,
  "circuits[].bandwidthMbps": 1000,
  "globalReach.enabled": false,
  "microsoftPeering.enabled": false,
  "circuits[].sku.tier": "Standard",
  "circuits[].sku.family": "MeteredData",
  "encryption.macsec": false,
  "encryption.ipsec": false,
  "gateway.fastPath": false,
  "gateway.sku": "ErGw1AZ",
  "gateway.scaleUnits": null,
  "gateway.zoning": "zone-redundant",
  "gateway.zone": null,
  "gateway.subnetPrefixLength": 27,
  "vpnFailover.enabled": false,
};

const defaults = DECISION_SLOTS.map((s) => ({ id: `D-${String(DECISION_SLOTS.indexOf(s)).padStart(2, "0")}`, title: "default", docs: "https://learn.microsoft.com/azure/expressroute/", priority: -100, decision: s.path, set: DEFAULTS[s.path], rationale: "default" }));

function compile(rules: unknown[]) {
  const result = compileRules([{ file: "t.yaml", data: { description: "t", rules: [...defaults, ...rules] } }]);
  if (!result.ok) throw new Error(result.issues.map((i) => `${i.path}: ${i.message}`).join("\n"));
  return result.ruleSet;
}

describe("scoped evaluation", () => {
  it("decides group slots per group and region slots per region, with ids in the paths", async () => {
    const catalog = await loadCatalog();
    const ruleSet = compile([
      { id: "T-DIRECT", title: "t", docs: "https://learn.microsoft.com/x", priority: 10, decision: "connection.type", when: { fact: "answers.resilience.level", equals: "standard" }, set: "direct", rationale: "r" },
      { id: "T-MODEL", title: "t", docs: "https://learn.microsoft.com/x", priority: 10, decision: "connection.model", when: { fact: "design.connection.type", equals: "direct" }, set: "direct", rationale: "r {design.connection.type}" },
      { id: "T-TWO", title: "t", docs: "https://learn.microsoft.com/x", priority: 10, decision: "siteGroup.locations", set: 2, rationale: "r" },
      { id: "T-F", title: "t", docs: "https://learn.microsoft.com/x", priority: 0, severity: "info", when: { fact: "design.gateway.sku", equals: "ErGw1AZ" }, message: "gateway m" },
    ]);
    const e = evaluateRules(answers(), catalog, ruleSet);
    expect(e.groups.map((g) => g.item.id)).toEqual(["syd-dc", "mel-dc"]);
    expect(e.groups.map((g) => g.values.get("connection.model"))).toEqual(["direct", "direct"]);
    const paths = e.decisions.map((d) => d.path);
    expect(paths).toContain("circuits[syd-dc-1].connection.model");
    expect(paths).toContain("circuits[syd-dc-2].connection.model");
    expect(paths).toContain("circuits[mel-dc-2].connection.type");
    expect(paths).toContain("siteGroups[mel-dc].locations");
    expect(paths).toContain("gateways[australiasoutheast].sku");
    expect(paths).toContain("network");
    // Slot-major: every group's connection.type comes before any group's connection.model.
    expect(paths.indexOf("circuits[mel-dc-1].connection.type")).toBeLessThan(paths.indexOf("circuits[syd-dc-1].connection.model"));
    // The metro is decided for the first location's circuits only.
    expect(paths).toContain("circuits[syd-dc-1].metro");
    expect(paths).not.toContain("circuits[syd-dc-2].metro");
    expect(e.decisions.find((d) => d.path === "circuits[syd-dc-1].connection.model")!.rationale).toBe("r direct");
    // One finding per gateway, merged because the words are the same.
    const f = e.findings.filter((x) => x.id === "T-F");
    expect(f).toHaveLength(1);
    expect(f[0]!.about).toEqual(["gateways[australiaeast]", "gateways[australiasoutheast]"]);
  });

  it("refuses a region rule that reads a group slot, and a finding that reads both scopes", () => {
    expect(() => compile([{ id: "T-BAD", title: "t", docs: "https://learn.microsoft.com/x", priority: 10, decision: "gateway.sku", when: { fact: "design.connection.type", equals: "direct" }, set: "ErGw3AZ", rationale: "r" }])).toThrow(/per site group, but this rule decides per region/);
    expect(() =>
      compile([{ id: "T-BOTH", title: "t", docs: "https://learn.microsoft.com/x", priority: 0, severity: "info", when: { all: [{ fact: "design.connection.type", equals: "direct" }, { fact: "design.gateway.sku", equals: "ErGw1AZ" }] }, message: "m" }]),
    ).toThrow(/both a site group and a region/);
  });
});

describe("site groups", () => {
  it("gives each data centre its own group and shares one MPLS group per location and business unit", () => {
    const t = planTopology(
      answers({
        sites: [
          site("hq", { peeringLocation: "London" }),
          site("shops-north", { peeringLocation: "London", wan: "mpls", count: 200 }),
          site("shops-south", { peeringLocation: "London", wan: "mpls", count: 150 }),
          site("shops-bu2", { peeringLocation: "London", wan: "mpls", businessUnit: "bu2" }),
        ],
        transit: { betweenSites: [["hq", "shops-north"]] },
      }),
    );
    expect(t.groups.map((g) => [g.id, g.sites.map((s) => s.name)])).toEqual([
      ["hq", ["hq"]],
      ["shops-north", ["shops-north", "shops-south"]],
      ["shops-bu2", ["shops-bu2"]],
    ]);
    expect(t.groupById.get("shops-north")!.count).toBe(350);
    expect(t.groupById.get("hq")!.transitPeers).toEqual(["shops-north"]);
  });

  it("keeps a transit pair on separate circuits even on one WAN", () => {
    const t = planTopology(answers({ sites: [site("a", { peeringLocation: "London", wan: "mpls" }), site("b", { peeringLocation: "London", wan: "mpls" })], transit: { betweenSites: "all" } }));
    expect(t.groups.map((g) => g.id)).toEqual(["a", "b"]);
  });

  it("links each region to the groups whose sites use it", () => {
    const t = planTopology(answers({ regions: [{ ...region("australiaeast"), sites: ["mel-dc"] }, region("australiasoutheast")] }));
    expect(t.regions.map((r) => r.groups)).toEqual([["mel-dc"], ["syd-dc", "mel-dc"]]);
    expect(t.groupById.get("syd-dc")!.regions).toEqual(["australiasoutheast"]);
  });
});
