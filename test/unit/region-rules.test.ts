// The region side of a v2 design: one gateway per region, sized and zoned for that region alone,
// circuit connections weighted towards the nearest circuit, Virtual WAN hubs in scale units, and
// the network choice (rules/gateway.yaml, network.yaml, routing.yaml; src/rules/facts/region-facts.ts,
// network-facts.ts).
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { adviseDesign } from "../../src/advise.js";
import { loadBundle } from "../../src/cli/load-bundle.js";
import type { Design } from "../../src/design/schema.js";
import { getBundle } from "../helpers/bundle.js";

type Site = { name: string; requiredMbps: number; peeringLocation?: string; count?: number; wan?: string };
type Region = { name: string; vmCount?: number; requiredMbps?: number; sites?: string[] };

async function design(over: { sites?: Site[]; regions?: Region[]; [key: string]: unknown }): Promise<Design> {
  const { catalog, ruleSet } = await getBundle();
  const answers = {
    apiVersion: "expressroute-advisor/v2",
    kind: "Answers",
    sites: [{ name: "dc", requiredMbps: 1000, peeringLocation: "Amsterdam" }],
    regions: [{ name: "westeurope" }],
    ...over,
  };
  const result = adviseDesign(answers, catalog, ruleSet);
  if (!result.ok) throw new Error(`invalid test answers: ${JSON.stringify(result.issues)}`);
  return result.design;
}

const gateway = (d: Design, region: string) => d.gateways.find((g) => g.region === region)!;
const decision = (d: Design, path: string) => d.decisions.find((x) => x.path === path)!;
const findings = (d: Design, id: string) => d.findings.filter((f) => f.id === id);

describe("one gateway per region", () => {
  it("zones each gateway for its own region: UK West (no zones) is regional beside a zone-redundant UK South", async () => {
    const d = await design({ sites: [{ name: "london-dc", requiredMbps: 1000, peeringLocation: "London" }], regions: [{ name: "uksouth" }, { name: "ukwest" }] });
    expect(gateway(d, "uksouth").zoning).toBe("zone-redundant");
    expect(gateway(d, "ukwest").zoning).toBe("none");
    expect(decision(d, "gateways[ukwest].zoning").rule).toBe("ER-ZONE-099");
    expect(decision(d, "gateways[ukwest].zoning").rationale).toContain("ukwest");
    // The warning is about UK West's gateway only.
    expect(findings(d, "ER-GW-F21").map((f) => f.about)).toEqual([["gateways[ukwest]"]]);
  });

  it("sizes each gateway for the traffic of the sites that use its region", async () => {
    const d = await design({
      sites: [
        { name: "ams-dc", requiredMbps: 8000, peeringLocation: "Amsterdam" },
        { name: "dub-office", requiredMbps: 500, peeringLocation: "Dublin" },
      ],
      regions: [
        { name: "westeurope", sites: ["ams-dc", "dub-office"] },
        { name: "northeurope", sites: ["dub-office"] },
      ],
      resilience: { level: "standard" },
    });
    expect(gateway(d, "westeurope").sku).toBe("ErGw3AZ"); // 8,500 Mbps
    expect(gateway(d, "northeurope").sku).toBe("ErGw1AZ"); // 500 Mbps
    expect(decision(d, "gateways[northeurope].sku").rationale).toContain("500 Mbps needed in northeurope");
  });

  it("takes a region's own need, grown like the sites', over the sum of the sites'", async () => {
    const d = await design({ regions: [{ name: "westeurope", requiredMbps: 3000 }], bandwidth: { growthPercentPerYear: 10, horizonYears: 1 } });
    // 3,000 Mbps grown 10% = 3,300 Mbps: more than ErGw2AZ's 2 Gbps.
    expect(gateway(d, "westeurope").sku).toBe("ErGw3AZ");
    expect(decision(d, "gateways[westeurope].sku").rationale).toContain("3,300 Mbps");
  });

  it("counts every circuit connected to the region: nine sites' circuits need a /26 GatewaySubnet", async () => {
    const sites = Array.from({ length: 9 }, (_, i) => ({ name: `dc${i + 1}`, requiredMbps: 100 }));
    const d = await design({ sites, resilience: { level: "standard" } });
    expect(gateway(d, "westeurope").circuits).toHaveLength(9);
    expect(gateway(d, "westeurope").subnetPrefixLength).toBe(26);
  });

  it("says when more circuits connect than one gateway takes", async () => {
    const sites = Array.from({ length: 17 }, (_, i) => ({ name: `dc${i + 1}`, requiredMbps: 100 }));
    const d = await design({ sites, resilience: { level: "standard" } });
    const [f] = findings(d, "ER-GW-F31");
    expect(f?.severity).toBe("error");
    expect(f?.about).toEqual(["gateways[westeurope]"]);
    expect(f?.message).toContain("17 circuits");
  });
});

describe("connections", () => {
  it("prefers each group's circuit nearest the region (weight 100) and keeps the farther one at 0", async () => {
    const d = await design({
      sites: [{ name: "bank-dc", requiredMbps: 1000, peeringLocation: "London" }],
      regions: [{ name: "uksouth" }, { name: "ukwest" }],
      resilience: { level: "maximum" },
    });
    const circuits = d.circuits.filter((c) => c.group === "bank-dc");
    expect(circuits.map((c) => c.role)).toEqual(["primary", "secondary"]);
    const toUkSouth = d.connections.filter((c) => c.region === "uksouth");
    // Both circuits connect to each region's gateway (cross-connections), one preferred.
    expect(toUkSouth.map((c) => c.circuit)).toEqual(circuits.map((c) => c.id));
    expect(toUkSouth.filter((c) => c.preferred)).toHaveLength(1);
    expect(toUkSouth.map((c) => c.weight).sort()).toEqual([0, 100]);
    // London is local to UK South: the primary (London) is preferred there.
    expect(toUkSouth.find((c) => c.preferred)!.circuit).toBe(circuits[0]!.id);
    const [f] = findings(d, "ER-RTG-F03").filter((x) => x.about?.includes("gateways[uksouth]"));
    expect(f?.message).toContain("local preference");
  });

  it("prefers every group's own circuit when groups do not share a region's prefixes", async () => {
    const d = await design({
      sites: [
        { name: "ams-dc", requiredMbps: 1000, peeringLocation: "Amsterdam" },
        { name: "wdc-dc", requiredMbps: 1000, peeringLocation: "Washington DC" },
      ],
      regions: [{ name: "westeurope" }],
      resilience: { level: "standard" },
    });
    expect(d.connections.map((c) => [c.circuit, c.weight, c.preferred])).toEqual([
      ["ams-dc-1", 100, true],
      ["wdc-dc-1", 100, true],
    ]);
    expect(findings(d, "ER-RTG-F03")).toEqual([]);
  });

  it("warns when an organisation's rules put more parallel circuits at equal weight than ECMP uses", async () => {
    const dir = mkdtempSync(join(tmpdir(), "era-region-"));
    writeFileSync(
      join(dir, "org.yaml"),
      [
        "rules:",
        "  - id: ORG-PAR-001",
        "    title: Five circuits side by side",
        "    decision: siteGroup.parallel",
        "    priority: 1000",
        "    set: 5",
        "    rationale: The organisation buys capacity in small circuits.",
        "    docs: https://learn.microsoft.com/azure/expressroute/expressroute-faqs",
        "",
      ].join("\n"),
    );
    const { catalog, ruleSet } = await loadBundle([dir], { prebuilt: false });
    const result = adviseDesign(
      { apiVersion: "expressroute-advisor/v2", kind: "Answers", sites: [{ name: "dc", requiredMbps: 1000 }], regions: [{ name: "westeurope" }], resilience: { level: "standard" } },
      catalog,
      ruleSet,
    );
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const [f] = findings(result.design, "ER-RTG-F04");
    expect(f?.message).toContain("5 parallel circuits");
    expect(f?.about).toEqual(["gateways[westeurope]"]);
  });
});

describe("Virtual WAN hubs", () => {
  it("gives each hub an ExpressRoute gateway in 2 Gbps scale units, with no GatewaySubnet", async () => {
    const d = await design({ sites: [{ name: "dc", requiredMbps: 5000 }], azure: { network: "virtual-wan" } });
    const g = gateway(d, "westeurope");
    expect(g.sku).toBe("ExpressRouteGateway");
    expect(g.scaleUnits).toBe(3);
    expect(g.subnetPrefixLength).toBeNull();
    expect(g.zoning).toBe("zone-redundant");
  });

  it("keeps 2 scale units for production (one dips during maintenance)", async () => {
    const high = await design({ azure: { network: "virtual-wan" } });
    const standard = await design({ azure: { network: "virtual-wan" }, resilience: { level: "standard" } });
    expect(gateway(high, "westeurope").scaleUnits).toBe(2);
    expect(gateway(standard, "westeurope").scaleUnits).toBe(1);
    expect(findings(standard, "ER-GW-F34")).toHaveLength(1);
  });

  it("turns FastPath on only for Direct circuits, from 5 scale units", async () => {
    const direct = await design({ azure: { network: "virtual-wan" }, compliance: { physicalIsolation: true }, performance: { latencySensitive: true } });
    const provider = await design({ azure: { network: "virtual-wan" }, performance: { latencySensitive: true } });
    expect(gateway(direct, "westeurope")).toMatchObject({ fastPath: true, scaleUnits: 5 });
    expect(gateway(provider, "westeurope")).toMatchObject({ fastPath: false });
  });

  it("errs when Virtual WAN is asked for with what it does not support", async () => {
    const d = await design({ azure: { network: "virtual-wan", dualStack: true } });
    const [f] = findings(d, "ER-NET-F01");
    expect(f?.severity).toBe("error");
    expect(f?.message).toContain("IPv6");
  });
});

describe("network: auto", () => {
  const continents = [
    { name: "ams-dc", requiredMbps: 1000, peeringLocation: "Amsterdam" },
    { name: "wdc-dc", requiredMbps: 1000, peeringLocation: "Washington DC" },
    { name: "sin-dc", requiredMbps: 1000, peeringLocation: "Singapore" },
  ];
  const threeRegions = [{ name: "westeurope" }, { name: "eastus" }, { name: "southeastasia" }];

  it("picks Virtual WAN for sites on three continents that must reach each other", async () => {
    const d = await design({ sites: continents, regions: threeRegions, transit: { betweenSites: "all" } });
    expect(d.network).toBe("virtual-wan");
    expect(decision(d, "network").rule).toBe("ER-NET-012");
  });

  it("keeps hub-and-spoke when the regions need no transit between sites", async () => {
    const d = await design({ sites: continents, regions: threeRegions });
    expect(d.network).toBe("hub-and-spoke");
  });

  it("keeps hub-and-spoke, and says why, when Virtual WAN lacks what the answers need", async () => {
    const d = await design({ sites: continents, regions: threeRegions, transit: { betweenSites: "all" }, azure: { dualStack: true } });
    expect(d.network).toBe("hub-and-spoke");
    expect(decision(d, "network").rule).toBe("ER-NET-011");
    expect(decision(d, "network").rationale).toContain("IPv6");
  });

  it("keeps hub-and-spoke for one site group (every v1 file)", async () => {
    const d = await design({ sites: [{ name: "shops", requiredMbps: 2000, count: 200, wan: "sd-wan", peeringLocation: "London" }], regions: [{ name: "uksouth" }, { name: "ukwest" }, { name: "westeurope" }] });
    expect(d.network).toBe("hub-and-spoke");
  });
});
