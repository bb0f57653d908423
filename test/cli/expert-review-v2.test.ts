// Issue 14 expert review: multi-site designs an ExpressRoute architect would not draw. Each case
// runs the real binary with `--format json` on a small v2 answers file written inline, and checks
// the design v2 paths and ids (never wording beyond the names a finding must give). The Learn page
// behind each expectation is cited beside it.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { runCli } from "../helpers/run-cli.js";

interface Finding {
  id: string;
  severity: string;
  message: string;
  about?: string | string[];
}
interface Design {
  network: string;
  resilience: { level: string };
  siteGroups: { id: string; locations: number; directPortGbps: number | null; circuits: string[] }[];
  circuits: { id: string; group: string; peeringLocation: string | null; metro: string | null; bandwidthMbps: number; port: string | null; sku: { tier: string } }[];
  ports: { id: string; peeringLocation: string | null; sizeGbps: number; circuits: string[] }[];
  gateways: { region: string; circuits: string[] }[];
  connections: { circuit: string; region: string }[];
  globalReach: { enabled: boolean; links: { circuits: [string, string] }[] };
  findings: Finding[];
  decisions: { path: string; value: unknown; rule: string; rationale: string }[];
}

/** Plans a v2 answers file written from `body`; returns the exit code and the JSON design. */
function plan(body: Record<string, unknown>): { code: number | null; design: Design } {
  const dir = mkdtempSync(join(tmpdir(), "era-review-v2-"));
  const file = join(dir, "answers.yaml");
  writeFileSync(file, stringify({ apiVersion: "expressroute-advisor/v2", kind: "Answers", ...body }));
  const r = runCli(["plan", "--answers", file, "--format", "json"]);
  expect(r.stdout, r.stderr).not.toBe("");
  return { code: r.code, design: JSON.parse(r.stdout) as Design };
}

/** Findings with the id, about the item when given (`about` is one item or a list of them). */
const findings = (d: Design, id: string, about?: string) =>
  d.findings.filter((f) => f.id === id && (about === undefined || (Array.isArray(f.about) ? f.about.includes(about) : f.about === about)));
const decision = (d: Design, path: string) => d.decisions.find((x) => x.path === path);
const circuitsOf = (d: Design, group: string) => d.circuits.filter((c) => c.group === group);
const gatewayCircuits = (d: Design, region: string) => d.gateways.find((g) => g.region === region)?.circuits;

describe("a site group that connects nowhere (item 1)", () => {
  // A circuit carries traffic only to the VNets linked to it (expressroute-howto-linkvnet-portal-resource-manager).
  const orphan = {
    sites: [
      { name: "a", requiredMbps: 1000, peeringLocation: "Amsterdam" },
      { name: "b", requiredMbps: 1000, peeringLocation: "London" },
    ],
    regions: [{ name: "westeurope", sites: ["a"] }],
  };

  it("is an error naming the site and the fix, and gets no second circuit even where London has no Metro", () => {
    const { code, design } = plan(orphan);
    expect(code).toBe(3);
    const [f] = findings(design, "ER-CIRC-F01", "siteGroups[b]");
    expect(f?.severity).toBe("error");
    expect(f?.message).toContain("b");
    expect(f?.message).toContain("regions[].sites");
    expect(design.siteGroups.find((g) => g.id === "b")?.locations).toBe(1);
    expect(circuitsOf(design, "b").map((c) => c.id)).toEqual(["b-1"]);
    expect(decision(design, "siteGroups[b].locations")?.rule).toBe("ER-CIRC-005");
    // Nothing connects it to a gateway, and no resiliency finding piles on.
    expect(gatewayCircuits(design, "westeurope")).toEqual(["a-1"]);
    expect(findings(design, "ER-RES-F18", "siteGroups[b]")).toEqual([]);
    expect(findings(design, "ER-CIRC-F01", "siteGroups[a]")).toEqual([]);
  });

  it("also at maximum resiliency: the used site gets two locations, the unused one stays at one", () => {
    const { design } = plan({ ...orphan, resilience: { level: "maximum" } });
    expect(design.siteGroups.map((g) => [g.id, g.locations])).toEqual([
      ["a", 2],
      ["b", 1],
    ]);
  });

  it("is no error when the site reaches the other over Global Reach", () => {
    const { design } = plan({ ...orphan, transit: { betweenSites: "all" } });
    expect(findings(design, "ER-CIRC-F01")).toEqual([]);
  });
});

describe("Virtual WAN connects each circuit to its nearest hub (item 2)", () => {
  // "You can connect the branches to the virtual WAN hub that is in the region closest to the
  // branch"; hubs are meshed and carry branch-to-hub-to-hub-to-VNet traffic
  // (virtual-wan-global-transit-network-architecture). Standard then reaches the hub in its own
  // geopolitical region (expressroute-faqs#expressroute-premium).
  it("Amsterdam to West Europe, New York to East US, both Standard, no bow-tie", () => {
    const { code, design } = plan({
      sites: [
        { name: "ams", requiredMbps: 2000, peeringLocation: "Amsterdam" },
        { name: "nyc", requiredMbps: 2000, peeringLocation: "New York" },
      ],
      regions: [{ name: "westeurope" }, { name: "eastus" }],
      azure: { network: "virtual-wan" },
    });
    expect(code).toBe(0);
    expect(design.network).toBe("virtual-wan");
    expect(gatewayCircuits(design, "westeurope")).toEqual(["ams-1"]);
    expect(gatewayCircuits(design, "eastus")).toEqual(["nyc-1"]);
    expect(design.connections.map((c) => [c.circuit, c.region])).toEqual([
      ["ams-1", "westeurope"],
      ["nyc-1", "eastus"],
    ]);
    expect(design.circuits.map((c) => [c.id, c.sku.tier])).toEqual([
      ["ams-1", "Standard"],
      ["nyc-1", "Standard"],
    ]);
  });

  it("Premium only where the nearest hub is outside the location's geopolitical region", () => {
    const { design } = plan({
      sites: [{ name: "ams", requiredMbps: 2000, peeringLocation: "Amsterdam" }],
      regions: [{ name: "eastus" }, { name: "westus" }],
      azure: { network: "virtual-wan" },
    });
    expect(gatewayCircuits(design, "eastus")).toEqual(["ams-1"]);
    expect(gatewayCircuits(design, "westus")).toEqual([]);
    expect(design.circuits[0]!.sku.tier).toBe("Premium");
  });

  it("hub-and-spoke keeps each circuit connected to every region its sites use", () => {
    const { design } = plan({
      sites: [{ name: "ams", requiredMbps: 2000, peeringLocation: "Amsterdam" }],
      regions: [{ name: "westeurope" }, { name: "northeurope" }],
      azure: { network: "hub-and-spoke" },
    });
    expect(gatewayCircuits(design, "westeurope")).toEqual(["ams-1"]);
    expect(gatewayCircuits(design, "northeurope")).toEqual(["ams-1"]);
  });
});

describe("business units on Direct share port pairs at a location (item 3)", () => {
  // "Customer may select a combination of the following circuit SKUs on 100-Gbps ExpressRoute
  // Direct: 5 Gbps, 10 Gbps, 40 Gbps, 100 Gbps"; Direct is "Optimized for single tenant with
  // multiple business units" (expressroute-erdirect-about).
  it("bank 20G, insurance 8G and wealth 5G at London: one 100G pair per location carrying 40G + 10G + 5G", () => {
    const { code, design } = plan({
      sites: [
        { name: "bank-bu", requiredMbps: 20000, peeringLocation: "London", businessUnit: "bank", ownEdgeAtPeeringLocation: true },
        { name: "insure-bu", requiredMbps: 8000, peeringLocation: "London", businessUnit: "insurance", ownEdgeAtPeeringLocation: true },
        { name: "wealth-bu", requiredMbps: 5000, peeringLocation: "London", businessUnit: "wealth", ownEdgeAtPeeringLocation: true },
      ],
      regions: [{ name: "uksouth", vnetCount: 10 }],
      compliance: { regulatedIndustry: "banking", physicalIsolation: true, encryption: "macsec" },
      resilience: { level: "high" },
    });
    expect(code).toBe(0);
    expect(design.siteGroups.map((g) => g.directPortGbps)).toEqual([100, 100, 100]);
    expect(design.ports.map((p) => [p.peeringLocation, p.sizeGbps, p.circuits])).toEqual([
      ["London", 100, ["bank-bu-1", "insure-bu-1", "wealth-bu-1"]],
      ["London2", 100, ["bank-bu-2", "insure-bu-2", "wealth-bu-2"]],
    ]);
    expect(design.circuits.filter((c) => c.peeringLocation === "London").map((c) => c.bandwidthMbps)).toEqual([40000, 10000, 5000]);
    expect(decision(design, "siteGroups[bank-bu].directPortGbps")?.rule).toBe("ER-PORT-003");
    // ER-CONN-F05 speaks from the port plan: the pair ids and the units on them.
    const [f] = findings(design, "ER-CONN-F05", "siteGroups[insure-bu]");
    expect(f?.message).toContain(design.ports[0]!.id);
    expect(f?.message).toContain("bank");
    expect(f?.message).toContain("wealth");
  });

  it("units whose needs no one port carries get pairs of their own, and ER-CONN-F05 does not claim they share", () => {
    const { design } = plan({
      sites: [
        { name: "a-bu", requiredMbps: 300000, peeringLocation: "Amsterdam", businessUnit: "a", ownEdgeAtPeeringLocation: true },
        { name: "b-bu", requiredMbps: 300000, peeringLocation: "Amsterdam", businessUnit: "b", ownEdgeAtPeeringLocation: true },
      ],
      regions: [{ name: "westeurope" }],
      resilience: { level: "standard" },
    });
    for (const p of design.ports) expect(new Set(p.circuits.map((c) => c.replace(/-\d+$/, ""))).size).toBe(1);
    expect(findings(design, "ER-CONN-F05")).toEqual([]);
    expect(findings(design, "ER-CONN-F17").length).toBe(2);
  });
});

describe("a transit-linked group without a peering location (item 4)", () => {
  // Global Reach joins only circuits "created at different peering locations" (expressroute-howto-set-global-reach).
  it("is not offered the locations its peer uses, and the links to it are a warning", () => {
    const { design } = plan({
      sites: [
        { name: "sydney-dc", requiredMbps: 1000, peeringLocation: "Sydney" },
        { name: "perth-dc", requiredMbps: 500 },
      ],
      regions: [
        { name: "australiaeast", vnetCount: 3 },
        { name: "australiasoutheast", vnetCount: 1, sites: ["perth-dc"] },
      ],
      transit: { betweenSites: "all" },
      resilience: { level: "high" },
    });
    const peerLocations = circuitsOf(design, "sydney-dc").map((c) => c.peeringLocation!);
    expect(peerLocations).toEqual(["Sydney", "Sydney2"]);
    const [suggest] = findings(design, "ER-LOC-F01", "siteGroups[perth-dc]");
    expect(suggest?.message).toContain("Melbourne");
    for (const used of peerLocations) expect(suggest?.message).not.toMatch(new RegExp(`\\b${used}\\b`));
    const [open] = findings(design, "ER-GR-F13");
    expect(open?.severity).toBe("warning");
    expect(open?.message).toContain("perth-dc-1");
  });
});

describe("one Metro fallback policy under high resiliency (items 5 and 6)", () => {
  it("a group whose Metro its peer holds gets two locations like a group at a location without Metro; the tier stays high", () => {
    const { design } = plan({
      sites: [
        { name: "hq-dc", requiredMbps: 5000, peeringLocation: "Frankfurt" },
        { name: "branches-eu", requiredMbps: 4000, peeringLocation: "Frankfurt", count: 300, wan: "sd-wan" },
        { name: "branches-uk", requiredMbps: 1000, peeringLocation: "London", count: 50, wan: "sd-wan" },
      ],
      regions: [{ name: "germanywestcentral" }, { name: "uksouth" }],
      transit: { betweenSites: "all" },
      azure: { network: "hub-and-spoke" },
      resilience: { level: "high" },
    });
    expect(design.resilience.level).toBe("high");
    expect(design.siteGroups.map((g) => [g.id, g.locations])).toEqual([
      ["hq-dc", 1],
      ["branches-eu", 2],
      ["branches-uk", 2],
    ]);
    expect(circuitsOf(design, "hq-dc")[0]!.metro).toBe("Frankfurt Metro");
    // Each raise is explained per group, naming the group and its location.
    const eu = decision(design, "siteGroups[branches-eu].locations");
    expect(eu?.rule).toBe("ER-CIRC-003");
    expect(eu?.rationale).toContain("branches-eu");
    expect(eu?.rationale).toContain("Frankfurt Metro");
    const uk = decision(design, "siteGroups[branches-uk].locations");
    expect(uk?.rule).toBe("ER-CIRC-002");
    expect(uk?.rationale).toContain("branches-uk");
    expect(uk?.rationale).toContain("London");
    // And a finding per raised group; none says the group fell to standard.
    expect(findings(design, "ER-RES-F24", "siteGroups[branches-eu]").length).toBe(1);
    expect(findings(design, "ER-RES-F18", "siteGroups[branches-uk]").length + findings(design, "ER-RES-F20", "siteGroups[branches-uk]").length).toBe(1);
    expect(findings(design, "ER-METRO-F05")).toEqual([]);
    // The second circuits stay off the Metro its peer holds, so every Global Reach link joins different places.
    expect(["Frankfurt", "Frankfurt2"]).not.toContain(circuitsOf(design, "branches-eu")[1]!.peeringLocation);
    expect(findings(design, "ER-GR-F09")).toEqual([]);
  });

  it("one London data centre with high resiliency: the tier echoes high, the group has two locations", () => {
    const { design } = plan({
      sites: [{ name: "london-dc", requiredMbps: 8000, peeringLocation: "London" }],
      regions: [{ name: "uksouth", vnetCount: 10 }],
      resilience: { level: "high" },
    });
    expect(design.resilience.level).toBe("high");
    expect(decision(design, "resilience.level")?.rule).toBe("ER-RES-001");
    expect(design.siteGroups[0]!.locations).toBe(2);
    expect(circuitsOf(design, "london-dc").map((c) => c.peeringLocation)).toEqual(["London", "London2"]);
  });
});

describe("maximum resiliency's second location is geo-redundant where a second region allows (item 8)", () => {
  // designing-for-disaster-recovery-with-expressroute-privatepeering: circuits at peering locations
  // in different places so one disaster does not take both.
  it("London with UK South and UK West: the second circuit goes to Newport(Wales), local to UK West", () => {
    const { design } = plan({
      sites: [{ name: "london-dc", requiredMbps: 8000, peeringLocation: "London" }],
      regions: [{ name: "uksouth", vnetCount: 10 }, { name: "ukwest", vnetCount: 3 }],
      resilience: { level: "maximum" },
    });
    expect(circuitsOf(design, "london-dc").map((c) => c.peeringLocation)).toEqual(["London", "Newport(Wales)"]);
    const d = decision(design, "circuits[london-dc-2].peeringLocation");
    expect(d?.rule).toBe("ER-LOC-103");
    expect(d?.rationale).toContain("ukwest");
    // Each region's gateway prefers the circuit local to it.
    expect(design.connections.filter((c) => (c as { preferred?: boolean }).preferred).map((c) => [c.circuit, c.region])).toEqual([
      ["london-dc-1", "uksouth"],
      ["london-dc-2", "ukwest"],
    ]);
  });

  it("with UK South alone the second circuit stays in the city's other site (London2)", () => {
    const { design } = plan({
      sites: [{ name: "london-dc", requiredMbps: 8000, peeringLocation: "London" }],
      regions: [{ name: "uksouth" }],
      resilience: { level: "maximum" },
    });
    expect(circuitsOf(design, "london-dc").map((c) => c.peeringLocation)).toEqual(["London", "London2"]);
    expect(decision(design, "circuits[london-dc-2].peeringLocation")?.rule).toBe("ER-LOC-101");
  });
});
