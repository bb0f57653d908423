// Issue 14: many sites, many regions, one design. Each row is what an ExpressRoute architect draws
// for one multi-site fixture (circuits per site and where, Direct ports, a gateway per region and
// its zoning, Global Reach links, the tier of each circuit, hub-and-spoke or Virtual WAN); the
// Learn page behind each expectation is in the fixture's header and the issue 14 expectations
// notes. The real binary runs each fixture with `--format json`; only design v2 paths and ids are
// asserted, never wording. A second table checks what must hold in every multi-site design.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ROOT, runCli } from "../helpers/run-cli.js";

interface Circuit {
  id: string;
  role: string;
  group: string;
  sites: string[];
  peeringLocation: string | null;
  metro: string | null;
  connection: { type: string; model: string };
  port: string | null;
  bandwidthMbps: number;
  sku: { tier: string; family: string };
  regions: string[];
}
interface Port {
  id: string;
  peeringLocation: string | null;
  sizeGbps: number;
  circuits: string[];
  macsec: boolean;
}
interface Gateway {
  region: string;
  sku: string;
  scaleUnits: number | null;
  zoning: string;
  fastPath: boolean;
  circuits: string[];
}
interface Design {
  apiVersion: string;
  kind: string;
  network: string;
  requirements: { regions: { name: string; projectedMbps: number; sites: string[] }[]; sites: { name: string }[] };
  resilience: { level: string };
  siteGroups: { id: string; sites: string[]; businessUnit: string | null; circuits: string[]; directPortGbps: number | null }[];
  circuits: Circuit[];
  ports: Port[];
  gateways: Gateway[];
  connections: { circuit: string; region: string; weight: number; preferred: boolean }[];
  globalReach: { enabled: boolean; links: { circuits: [string, string]; crossesGeopoliticalRegions: boolean }[] };
  summary: { error: number };
}

/** What is expected of one circuit; absent keys are not checked. */
interface CircuitExpectation {
  id: string;
  role?: "primary" | "secondary";
  sites?: string[];
  peeringLocation?: string;
  /** For a second location the answers leave to the design: any of these. */
  peeringLocationIn?: string[];
  metro?: string | null;
  type?: "provider" | "direct";
  model?: string;
  bandwidthMbps?: number;
  tier?: "Local" | "Standard" | "Premium";
  family?: "MeteredData" | "UnlimitedData";
  regions?: string[];
}
interface GatewayExpectation {
  region: string;
  zoning?: string;
  sku?: string;
  fastPath?: boolean;
  scaleUnits?: number;
  /** Virtual WAN: at least this many 2 Gbps scale units. */
  minScaleUnits?: number;
  circuits?: string[];
}
interface PortExpectation {
  id?: string;
  peeringLocation?: string;
  sizeGbps: number;
  circuits: string[];
  macsec?: boolean;
}
interface Row {
  fixture: string;
  network: "hub-and-spoke" | "virtual-wan";
  resilience?: string;
  circuits: CircuitExpectation[];
  ports?: PortExpectation[];
  gateways: GatewayExpectation[];
  /** Global Reach links as unordered pairs of circuit ids, with whether each crosses geopolitical regions. */
  links: { pair: [string, string]; crosses: boolean }[];
  groups?: { id: string; sites: string[]; businessUnit?: string | null; directPortGbps?: number | null }[];
  /** [circuit, region, preferred] connections. */
  preferred?: [string, string, boolean][];
}

const ROWS: Row[] = [
  {
    fixture: "v2-relecloud-three-hubs",
    network: "hub-and-spoke",
    resilience: "high",
    circuits: [
      { id: "ams-dc-1", role: "primary", sites: ["ams-dc"], peeringLocation: "Amsterdam", metro: "Amsterdam Metro", type: "provider", model: "point-to-point", bandwidthMbps: 2000, tier: "Standard", family: "MeteredData", regions: ["westeurope"] },
      { id: "wdc-dc-1", role: "primary", sites: ["wdc-dc"], peeringLocation: "Washington DC", metro: "Washington DC Metro", type: "provider", bandwidthMbps: 5000, tier: "Standard", regions: ["eastus"] },
      { id: "sin-dc-1", role: "primary", sites: ["sin-dc"], peeringLocation: "Singapore", metro: "Singapore Metro", type: "provider", bandwidthMbps: 1000, tier: "Standard", regions: ["southeastasia"] },
    ],
    ports: [],
    gateways: [
      { region: "westeurope", sku: "ErGw2AZ", zoning: "zone-redundant", circuits: ["ams-dc-1"] },
      { region: "eastus", sku: "ErGw3AZ", zoning: "zone-redundant", circuits: ["wdc-dc-1"] },
      { region: "southeastasia", sku: "ErGw1AZ", zoning: "zone-redundant", circuits: ["sin-dc-1"] },
    ],
    links: [],
  },
  {
    fixture: "v2-germany-two-dc-transit",
    network: "hub-and-spoke",
    resilience: "standard",
    circuits: [
      { id: "frankfurt-dc-1", role: "primary", peeringLocation: "Frankfurt", metro: null, bandwidthMbps: 5000, tier: "Standard", regions: ["germanywestcentral", "germanynorth"] },
      { id: "berlin-dc-1", role: "primary", peeringLocation: "Berlin", metro: null, bandwidthMbps: 1000, tier: "Standard", regions: ["germanywestcentral", "germanynorth"] },
    ],
    gateways: [
      { region: "germanywestcentral", sku: "ErGw3AZ", zoning: "zone-redundant", circuits: ["frankfurt-dc-1", "berlin-dc-1"] },
      { region: "germanynorth", zoning: "none", circuits: ["frankfurt-dc-1", "berlin-dc-1"] },
    ],
    links: [{ pair: ["frankfurt-dc-1", "berlin-dc-1"], crosses: false }],
  },
  {
    fixture: "v2-retail-mpls-branches",
    network: "hub-and-spoke",
    // High as asked: London has no Metro, so the group gets circuits at two locations
    // (siteGroups[hq-dc].locations = 2), never less than high; the tier echoes the answers.
    resilience: "high",
    groups: [{ id: "hq-dc", sites: ["hq-dc", "stores"], businessUnit: null }],
    circuits: [
      { id: "hq-dc-1", role: "primary", sites: ["hq-dc", "stores"], peeringLocation: "London", metro: null, type: "provider", model: "any-to-any", bandwidthMbps: 5000, tier: "Standard", family: "MeteredData", regions: ["uksouth"] },
      { id: "hq-dc-2", role: "secondary", sites: ["hq-dc", "stores"], peeringLocation: "London2", metro: null, type: "provider", model: "any-to-any", bandwidthMbps: 5000, tier: "Standard", regions: ["uksouth"] },
    ],
    ports: [],
    gateways: [{ region: "uksouth", sku: "ErGw3AZ", zoning: "zone-redundant", circuits: ["hq-dc-1", "hq-dc-2"] }],
    links: [],
  },
  {
    fixture: "v2-bank-two-dc-maximum",
    network: "hub-and-spoke",
    resilience: "maximum",
    circuits: [
      { id: "dc-london-1", role: "primary", sites: ["dc-london"], peeringLocation: "London", bandwidthMbps: 5000, tier: "Standard" },
      // Geo-redundant: the London DC also uses UK West, so its second circuit goes to Newport(Wales),
      // local to UK West in another city (designing-for-disaster-recovery-with-expressroute-privatepeering).
      { id: "dc-london-2", role: "secondary", sites: ["dc-london"], peeringLocation: "Newport(Wales)", bandwidthMbps: 5000, tier: "Standard" },
      { id: "dc-cardiff-1", role: "primary", sites: ["dc-cardiff"], peeringLocation: "Newport(Wales)", bandwidthMbps: 2000, tier: "Standard" },
      { id: "dc-cardiff-2", role: "secondary", sites: ["dc-cardiff"], peeringLocationIn: ["London", "London2"], bandwidthMbps: 2000, tier: "Standard" },
    ],
    // Cross-connections: every circuit reaches both regional gateways.
    gateways: [
      { region: "uksouth", sku: "ErGw3AZ", zoning: "zone-redundant", circuits: ["dc-london-1", "dc-london-2", "dc-cardiff-1", "dc-cardiff-2"] },
      { region: "ukwest", zoning: "none", circuits: ["dc-london-1", "dc-london-2", "dc-cardiff-1", "dc-cardiff-2"] },
    ],
    links: [],
    // UK West prefers the Cardiff DC's circuit at Newport(Wales), local to it, over the one in London.
    preferred: [
      ["dc-london-1", "uksouth", true],
      ["dc-cardiff-1", "ukwest", true],
      ["dc-cardiff-2", "ukwest", false],
    ],
  },
  {
    fixture: "v2-hpc-450g-port-pairs",
    network: "hub-and-spoke",
    resilience: "standard",
    groups: [{ id: "hpc-campus", sites: ["hpc-campus"], directPortGbps: 400 }],
    circuits: [
      { id: "hpc-campus-1", role: "primary", peeringLocation: "Washington DC", metro: null, type: "direct", model: "direct", bandwidthMbps: 400000, tier: "Standard", regions: ["eastus"] },
      { id: "hpc-campus-2", role: "primary", peeringLocation: "Washington DC", metro: null, type: "direct", model: "direct", bandwidthMbps: 400000, tier: "Standard", regions: ["eastus"] },
    ],
    ports: [
      { id: "washington-dc-port-1", peeringLocation: "Washington DC", sizeGbps: 400, circuits: ["hpc-campus-1"], macsec: false },
      { id: "washington-dc-port-2", peeringLocation: "Washington DC", sizeGbps: 400, circuits: ["hpc-campus-2"], macsec: false },
    ],
    gateways: [{ region: "eastus", sku: "ErGwScale", scaleUnits: 40, fastPath: true, zoning: "zone-redundant", circuits: ["hpc-campus-1", "hpc-campus-2"] }],
    links: [],
  },
  {
    fixture: "v2-business-units-one-facility",
    network: "hub-and-spoke",
    resilience: "high",
    groups: [
      { id: "retail-bu", sites: ["retail-bu"], businessUnit: "retail" },
      { id: "insurance-bu", sites: ["insurance-bu"], businessUnit: "insurance" },
    ],
    circuits: [
      { id: "retail-bu-1", sites: ["retail-bu"], peeringLocation: "Amsterdam", metro: "Amsterdam Metro", bandwidthMbps: 2000, tier: "Standard" },
      { id: "insurance-bu-1", sites: ["insurance-bu"], peeringLocation: "Amsterdam", metro: "Amsterdam Metro", bandwidthMbps: 1000, tier: "Standard" },
    ],
    gateways: [{ region: "westeurope", sku: "ErGw3AZ", zoning: "zone-redundant", circuits: ["retail-bu-1", "insurance-bu-1"] }],
    links: [],
  },
  {
    fixture: "v2-virtual-wan-four-hubs",
    network: "virtual-wan",
    circuits: [
      // Virtual WAN: the circuit connects only to the hub nearest it (West Europe, local to Amsterdam);
      // the meshed hubs carry branch-to-hub-to-hub-to-VNet traffic to North Europe
      // (virtual-wan-global-transit-network-architecture).
      { id: "eu-shops-1", sites: ["eu-shops"], peeringLocation: "Amsterdam", metro: "Amsterdam Metro", bandwidthMbps: 10000, tier: "Standard", regions: ["westeurope"] },
      { id: "us-shops-1", sites: ["us-shops"], peeringLocation: "Washington DC", metro: "Washington DC Metro", bandwidthMbps: 5000, tier: "Standard", regions: ["eastus"] },
      { id: "apac-shops-1", sites: ["apac-shops"], peeringLocation: "Singapore", metro: "Singapore Metro", bandwidthMbps: 1000, tier: "Standard", regions: ["southeastasia"] },
    ],
    // A hub's ExpressRoute gateway: 2 Gbps per scale unit (virtual-wan-expressroute-about).
    gateways: [
      { region: "westeurope", sku: "ExpressRouteGateway", minScaleUnits: 3, circuits: ["eu-shops-1"] },
      { region: "northeurope", sku: "ExpressRouteGateway", minScaleUnits: 3, circuits: [] },
      { region: "eastus", sku: "ExpressRouteGateway", minScaleUnits: 2, circuits: ["us-shops-1"] },
      { region: "southeastasia", sku: "ExpressRouteGateway", minScaleUnits: 1, circuits: ["apac-shops-1"] },
    ],
    links: [],
  },
  {
    fixture: "v2-mixed-provider-direct",
    network: "hub-and-spoke",
    circuits: [
      { id: "ams-research-1", sites: ["ams-research"], peeringLocation: "Amsterdam", type: "direct", model: "direct", bandwidthMbps: 40000, tier: "Standard", regions: ["westeurope"] },
      { id: "dublin-office-1", sites: ["dublin-office"], peeringLocation: "Dublin", metro: "Dublin Metro", type: "provider", model: "point-to-point", bandwidthMbps: 500, tier: "Standard", regions: ["westeurope", "northeurope"] },
    ],
    ports: [{ sizeGbps: 100, circuits: ["ams-research-1"], macsec: false }],
    gateways: [
      // 30.5 Gbps into West Europe, where ErGwScale is not offered: ErGw3AZ with FastPath.
      { region: "westeurope", sku: "ErGw3AZ", fastPath: true, zoning: "zone-redundant", circuits: ["ams-research-1", "dublin-office-1"] },
      { region: "northeurope", sku: "ErGw1AZ", fastPath: false, zoning: "zone-redundant", circuits: ["dublin-office-1"] },
    ],
    links: [],
  },
  {
    fixture: "v2-australia-two-dc",
    network: "hub-and-spoke",
    resilience: "standard",
    circuits: [
      { id: "syd-dc-1", sites: ["syd-dc"], peeringLocation: "Sydney", metro: null, bandwidthMbps: 1000, tier: "Standard", regions: ["australiaeast", "australiasoutheast"] },
      { id: "mel-dc-1", sites: ["mel-dc"], peeringLocation: "Melbourne", metro: null, bandwidthMbps: 2000, tier: "Standard", regions: ["australiaeast", "australiasoutheast"] },
    ],
    gateways: [
      { region: "australiaeast", sku: "ErGw3AZ", zoning: "zone-redundant", circuits: ["syd-dc-1", "mel-dc-1"] },
      { region: "australiasoutheast", zoning: "none", circuits: ["syd-dc-1", "mel-dc-1"] },
    ],
    links: [{ pair: ["syd-dc-1", "mel-dc-1"], crosses: false }],
  },
  {
    fixture: "v2-six-sites-five-regions",
    network: "hub-and-spoke",
    resilience: "high",
    circuits: [
      { id: "ams-dc-1", peeringLocation: "Amsterdam", metro: "Amsterdam Metro", bandwidthMbps: 2000, tier: "Premium", regions: ["westeurope"] },
      { id: "fra-dc-1", peeringLocation: "Frankfurt", metro: "Frankfurt Metro", bandwidthMbps: 1000, tier: "Standard", regions: ["westeurope", "germanywestcentral"] },
      { id: "par-office-1", peeringLocation: "Paris", metro: "Paris Metro", bandwidthMbps: 500, tier: "Standard", regions: ["westeurope", "francecentral"] },
      { id: "wdc-dc-1", peeringLocation: "Washington DC", metro: "Washington DC Metro", bandwidthMbps: 5000, tier: "Premium", regions: ["eastus"] },
      { id: "chi-office-1", peeringLocation: "Chicago", metro: "Chicago Metro", bandwidthMbps: 500, tier: "Standard", regions: ["eastus"] },
      { id: "sin-dc-1", peeringLocation: "Singapore", metro: "Singapore Metro", bandwidthMbps: 1000, tier: "Premium", regions: ["westeurope", "southeastasia"] },
    ],
    gateways: [
      { region: "westeurope", sku: "ErGw3AZ", zoning: "zone-redundant", circuits: ["ams-dc-1", "fra-dc-1", "par-office-1", "sin-dc-1"] },
      { region: "germanywestcentral", sku: "ErGw1AZ", zoning: "zone-redundant", circuits: ["fra-dc-1"] },
      { region: "francecentral", sku: "ErGw1AZ", zoning: "zone-redundant", circuits: ["par-office-1"] },
      { region: "eastus", sku: "ErGw3AZ", zoning: "zone-redundant", circuits: ["wdc-dc-1", "chi-office-1"] },
      { region: "southeastasia", sku: "ErGw1AZ", zoning: "zone-redundant", circuits: ["sin-dc-1"] },
    ],
    links: [{ pair: ["ams-dc-1", "wdc-dc-1"], crosses: true }],
  },
  {
    fixture: "v2-region-site-restrictions",
    network: "hub-and-spoke",
    circuits: [
      { id: "dublin-dc-1", sites: ["dublin-dc"], peeringLocation: "Dublin", metro: "Dublin Metro", bandwidthMbps: 2000, tier: "Standard", regions: ["northeurope", "westeurope"] },
      { id: "stockholm-dc-1", sites: ["stockholm-dc"], peeringLocation: "Stockholm", metro: "Stockholm Metro", bandwidthMbps: 1000, tier: "Standard", regions: ["swedencentral", "westeurope"] },
    ],
    gateways: [
      { region: "northeurope", sku: "ErGw2AZ", zoning: "zone-redundant", circuits: ["dublin-dc-1"] },
      { region: "swedencentral", sku: "ErGw1AZ", zoning: "zone-redundant", circuits: ["stockholm-dc-1"] },
      { region: "westeurope", sku: "ErGw3AZ", zoning: "zone-redundant", circuits: ["dublin-dc-1", "stockholm-dc-1"] },
    ],
    links: [],
  },
  {
    fixture: "v2-local-eligible",
    network: "hub-and-spoke",
    circuits: [
      { id: "paris-studio-1", peeringLocation: "Paris", metro: "Paris Metro", bandwidthMbps: 2000, tier: "Local", family: "UnlimitedData", regions: ["francecentral"] },
      { id: "ams-studio-1", peeringLocation: "Amsterdam", metro: "Amsterdam Metro", bandwidthMbps: 1000, tier: "Local", family: "UnlimitedData", regions: ["westeurope"] },
      { id: "paris-office-1", peeringLocation: "Paris", bandwidthMbps: 500, tier: "Standard", regions: ["francecentral", "northeurope"] },
    ],
    gateways: [
      { region: "francecentral", sku: "ErGw3AZ", zoning: "zone-redundant", circuits: ["paris-studio-1", "paris-office-1"] },
      { region: "westeurope", sku: "ErGw1AZ", zoning: "zone-redundant", circuits: ["ams-studio-1"] },
      { region: "northeurope", sku: "ErGw1AZ", zoning: "zone-redundant", circuits: ["paris-office-1"] },
    ],
    links: [],
  },
  {
    fixture: "v2-transit-explicit-pairs",
    network: "hub-and-spoke",
    circuits: [
      { id: "ams-dc-1", peeringLocation: "Amsterdam", metro: "Amsterdam Metro", bandwidthMbps: 2000, tier: "Premium", regions: ["westeurope"] },
      { id: "fra-dc-1", peeringLocation: "Frankfurt", metro: "Frankfurt Metro", bandwidthMbps: 2000, tier: "Standard", regions: ["westeurope"] },
      { id: "wdc-dc-1", peeringLocation: "Washington DC", metro: "Washington DC Metro", bandwidthMbps: 2000, tier: "Premium", regions: ["westeurope", "eastus"] },
      { id: "zurich-dc-1", peeringLocation: "Zurich", metro: "Zurich Metro", bandwidthMbps: 1000, tier: "Standard", regions: ["westeurope"] },
    ],
    gateways: [
      { region: "westeurope", sku: "ErGw3AZ", zoning: "zone-redundant", circuits: ["ams-dc-1", "fra-dc-1", "wdc-dc-1", "zurich-dc-1"] },
      { region: "eastus", sku: "ErGw2AZ", zoning: "zone-redundant", circuits: ["wdc-dc-1"] },
    ],
    links: [
      { pair: ["ams-dc-1", "fra-dc-1"], crosses: false },
      { pair: ["ams-dc-1", "wdc-dc-1"], crosses: true },
    ],
  },
];

const answers = (name: string) => join(ROOT, name.startsWith("large-") ? "fixtures/bench" : "fixtures/answers", `${name}.yaml`);
const sorted = (xs: readonly string[]) => [...xs].sort();
const pairKey = (p: readonly [string, string]) => sorted(p).join(" + ");

// Each fixture is planned once and shared by both tables (the binary takes a few hundred ms).
const runs = new Map<string, { code: number | null; design: Design }>();
function plan(fixture: string): { code: number | null; design: Design } {
  const cached = runs.get(fixture);
  if (cached) return cached;
  const r = runCli(["plan", "--answers", answers(fixture), "--format", "json"]);
  expect(r.stdout, r.stderr).not.toBe("");
  const run = { code: r.code, design: JSON.parse(r.stdout) as Design };
  runs.set(fixture, run);
  return run;
}

function circuitById(design: Design, id: string): Circuit {
  const c = design.circuits.find((x) => x.id === id);
  expect(c, `circuit ${id} in ${design.circuits.map((x) => x.id).join(", ")}`).toBeDefined();
  return c as Circuit;
}

describe("what an architect draws for each multi-site organisation", () => {
  it.each(ROWS)("$fixture", (row) => {
    const { code, design } = plan(row.fixture);
    // A design an architect signs off orders nothing that cannot be ordered: no error finding.
    expect(design.summary.error).toBe(0);
    expect(code).toBe(0);
    expect(design.apiVersion).toBe("expressroute-advisor/v2");
    expect(design.network).toBe(row.network);
    if (row.resilience) expect(design.resilience.level).toBe(row.resilience);

    // Circuits: exactly these, in this order (sites' order, primary before secondary).
    expect(design.circuits.map((c) => c.id)).toEqual(row.circuits.map((c) => c.id));
    for (const want of row.circuits) {
      const c = circuitById(design, want.id);
      const at = `circuits[${want.id}]`;
      if (want.role) expect(c.role, `${at}.role`).toBe(want.role);
      if (want.sites) expect(c.sites, `${at}.sites`).toEqual(want.sites);
      if (want.peeringLocation) expect(c.peeringLocation, `${at}.peeringLocation`).toBe(want.peeringLocation);
      if (want.peeringLocationIn) expect(want.peeringLocationIn, `${at}.peeringLocation`).toContain(c.peeringLocation);
      if (want.metro !== undefined) expect(c.metro, `${at}.metro`).toBe(want.metro);
      if (want.type) expect(c.connection.type, `${at}.connection.type`).toBe(want.type);
      if (want.model) expect(c.connection.model, `${at}.connection.model`).toBe(want.model);
      if (want.bandwidthMbps) expect(c.bandwidthMbps, `${at}.bandwidthMbps`).toBe(want.bandwidthMbps);
      if (want.tier) expect(c.sku.tier, `${at}.sku.tier`).toBe(want.tier);
      if (want.family) expect(c.sku.family, `${at}.sku.family`).toBe(want.family);
      if (want.regions) expect(c.regions, `${at}.regions`).toEqual(want.regions);
    }

    if (row.groups) {
      expect(design.siteGroups.map((g) => g.id)).toEqual(row.groups.map((g) => g.id));
      for (const want of row.groups) {
        const g = design.siteGroups.find((x) => x.id === want.id);
        expect(g?.sites, `siteGroups[${want.id}].sites`).toEqual(want.sites);
        if (want.businessUnit !== undefined) expect(g?.businessUnit, `siteGroups[${want.id}].businessUnit`).toBe(want.businessUnit);
        if (want.directPortGbps !== undefined) expect(g?.directPortGbps, `siteGroups[${want.id}].directPortGbps`).toBe(want.directPortGbps);
      }
    }

    if (row.ports) {
      expect(design.ports).toHaveLength(row.ports.length);
      row.ports.forEach((want, i) => {
        const p = design.ports[i] as Port;
        expect(p.sizeGbps, `ports[${i}].sizeGbps`).toBe(want.sizeGbps);
        expect(p.circuits, `ports[${i}].circuits`).toEqual(want.circuits);
        if (want.id) expect(p.id, `ports[${i}].id`).toBe(want.id);
        if (want.peeringLocation) expect(p.peeringLocation, `ports[${i}].peeringLocation`).toBe(want.peeringLocation);
        if (want.macsec !== undefined) expect(p.macsec, `ports[${i}].macsec`).toBe(want.macsec);
        for (const id of want.circuits) expect(circuitById(design, id).port, `circuits[${id}].port`).toBe(p.id);
      });
    }

    // A gateway per region, in the regions' order, each sized and zoned for its own region.
    expect(design.gateways.map((g) => g.region)).toEqual(row.gateways.map((g) => g.region));
    for (const want of row.gateways) {
      const g = design.gateways.find((x) => x.region === want.region) as Gateway;
      const at = `gateways[${want.region}]`;
      if (want.sku) expect(g.sku, `${at}.sku`).toBe(want.sku);
      if (want.zoning) expect(g.zoning, `${at}.zoning`).toBe(want.zoning);
      if (want.fastPath !== undefined) expect(g.fastPath, `${at}.fastPath`).toBe(want.fastPath);
      if (want.scaleUnits !== undefined) expect(g.scaleUnits, `${at}.scaleUnits`).toBe(want.scaleUnits);
      if (want.minScaleUnits !== undefined) expect(g.scaleUnits ?? 0, `${at}.scaleUnits`).toBeGreaterThanOrEqual(want.minScaleUnits);
      if (want.circuits) expect(sorted(g.circuits), `${at}.circuits`).toEqual(sorted(want.circuits));
    }

    // Global Reach: exactly the pairs that must reach each other, and which cross a boundary.
    expect(design.globalReach.enabled).toBe(row.links.length > 0);
    const links = design.globalReach.links.map((l) => [pairKey(l.circuits), l.crossesGeopoliticalRegions] as const);
    expect(sorted(links.map(([k]) => k))).toEqual(sorted(row.links.map((l) => pairKey(l.pair))));
    for (const want of row.links) {
      expect(links.find(([k]) => k === pairKey(want.pair))?.[1], `link ${pairKey(want.pair)} crosses`).toBe(want.crosses);
    }

    for (const [circuit, region, preferred] of row.preferred ?? []) {
      const c = design.connections.find((x) => x.circuit === circuit && x.region === region);
      expect(c?.preferred, `connections[${circuit} -> ${region}].preferred`).toBe(preferred);
    }
  });
});

// ── what holds in every multi-site design ─────────────────────────────────────────────────────
const catalogRegions = (parse(readFileSync(join(ROOT, "catalog/regions.yaml"), "utf8")) as { regions: { name: string; availabilityZones: boolean }[] }).regions;
const hasZones = new Map(catalogRegions.map((r) => [r.name, r.availabilityZones]));
const ALL = [...ROWS.map((r) => r.fixture), "large-50-sites-20-regions"];

describe("invariants of every multi-site design", () => {
  it.each(ALL)("%s", (fixture) => {
    const { design } = plan(fixture);
    const raw = parse(readFileSync(answers(fixture), "utf8")) as { sites: { name: string }[]; regions: { name: string }[] };
    const ids = design.circuits.map((c) => c.id);
    expect(new Set(ids).size, "circuit ids are unique").toBe(ids.length);

    // Every site is served: in exactly one site group, and by at least one circuit.
    const grouped = design.siteGroups.flatMap((g) => g.sites);
    expect(sorted(grouped)).toEqual(sorted(raw.sites.map((s) => s.name)));
    for (const s of raw.sites) expect(design.circuits.some((c) => c.sites.includes(s.name)), `site ${s.name} has a circuit`).toBe(true);
    // A group's circuits are exactly those naming it; circuits follow the groups' order.
    expect(design.siteGroups.flatMap((g) => g.circuits)).toEqual(ids);
    for (const g of design.siteGroups) {
      for (const id of g.circuits) expect(circuitById(design, id).group).toBe(g.id);
    }

    // One gateway per region, in the answers' order; a region without zones gets no zoning.
    expect(design.gateways.map((g) => g.region)).toEqual(raw.regions.map((r) => r.name));
    for (const g of design.gateways) {
      if (design.network === "hub-and-spoke" && hasZones.get(g.region) === false) expect(g.zoning, `gateways[${g.region}].zoning`).toBe("none");
      // A circuit reaches a gateway exactly when the gateway lists it.
      expect(sorted(g.circuits)).toEqual(sorted(design.circuits.filter((c) => c.regions.includes(g.region)).map((c) => c.id)));
    }
    if (design.network === "virtual-wan") {
      for (const g of design.gateways) expect(g.sku).toBe("ExpressRouteGateway");
    }

    // Direct circuits sit on a port pair that lists them, within its capacity (no
    // over-subscription of production ports); provider circuits have no port.
    for (const c of design.circuits) {
      if (c.connection.type === "provider") expect(c.port, `circuits[${c.id}].port`).toBeNull();
      else expect(design.ports.find((p) => p.id === c.port)?.circuits, `circuits[${c.id}].port`).toContain(c.id);
    }
    for (const p of design.ports) {
      const total = p.circuits.reduce((sum, id) => sum + circuitById(design, id).bandwidthMbps, 0);
      expect(total, `ports[${p.id}] carries at most its size`).toBeLessThanOrEqual(p.sizeGbps * 1000);
    }

    // Local includes egress in its price: unlimited data only.
    for (const c of design.circuits.filter((x) => x.sku.tier === "Local")) expect(c.sku.family).toBe("UnlimitedData");

    // Global Reach: never inside one group (a redundant pair serves the same sites), never on Local,
    // always between different peering locations, Premium on both ends across geopolitical regions.
    for (const l of design.globalReach.links) {
      const a = circuitById(design, l.circuits[0]);
      const b = circuitById(design, l.circuits[1]);
      expect(a.group, `link ${pairKey(l.circuits)} joins two groups`).not.toBe(b.group);
      expect(a.peeringLocation).not.toBe(b.peeringLocation);
      for (const c of [a, b]) {
        expect(c.sku.tier, `circuits[${c.id}] in a Global Reach link`).not.toBe("Local");
        if (l.crossesGeopoliticalRegions) expect(c.sku.tier, `circuits[${c.id}] on a cross-boundary link`).toBe("Premium");
      }
    }
  });
});

describe("the generated 50-site organisation", () => {
  it("is exactly what scripts/make-large-org.mjs writes", () => {
    const r = spawnSync(process.execPath, [join(ROOT, "scripts/make-large-org.mjs"), "--check"], { encoding: "utf8", cwd: ROOT });
    expect(r.status, r.stderr).toBe(0);
    const raw = parse(readFileSync(answers("large-50-sites-20-regions"), "utf8")) as { sites: unknown[]; regions: unknown[] };
    expect([raw.sites.length, raw.regions.length]).toEqual([50, 20]);
  });
});
