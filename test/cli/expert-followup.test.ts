// Issue 12 follow-up: an expert's review of the advice. Each case runs the real binary on a fixture
// or a minimal answers file and checks the finding or rationale the review asked for.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { ROOT, runCli } from "../helpers/run-cli.js";

interface Finding {
  id: string;
  severity: string;
  message: string;
}
interface Decision {
  path: string;
  value: unknown;
  rule: string;
  rationale: string;
}
interface Design {
  network: string;
  circuits: { id: string; peeringLocation: string | null; metro: string | null; bandwidthMbps: number; sku: { tier: string } }[];
  gateways: { region: string; sku: string; scaleUnits: number | null }[];
  resilience: { level: string };
  siteGroups: { locations: number }[];
  findings: Finding[];
  decisions: Decision[];
}

const answers = (name: string) => join(ROOT, "fixtures/answers", `${name}.yaml`);

function planJson(file: string): { code: number | null; design: Design } {
  const r = runCli(["plan", "--answers", file, "--format", "json"]);
  expect(r.stdout, r.stderr).not.toBe("");
  return { code: r.code, design: JSON.parse(r.stdout) as Design };
}

/** A minimal answers file (1 Gbps to West Europe unless overridden), for cases without a fixture. */
function plan(body: Record<string, unknown>) {
  const dir = mkdtempSync(join(tmpdir(), "era-followup-"));
  const file = join(dir, "answers.yaml");
  const base = { bandwidth: { requiredMbps: 1000 }, azure: { regions: ["westeurope"] } };
  writeFileSync(file, stringify({ apiVersion: "expressroute-advisor/v1", kind: "Answers", ...base, ...body }));
  return planJson(file);
}

const finding = (d: Design, id: string) => d.findings.find((f) => f.id === id);
const decision = (d: Design, path: string) => d.decisions.find((x) => x.path === path);
const texts = (d: Design) => [...d.findings.map((f) => f.message), ...d.decisions.map((x) => x.rationale)];

describe("near-limit warnings (item 1)", () => {
  it("9,000 routes on ErGw2AZ, 9,000 of Premium's 10,000 and 950 of 1,000 advertised prefixes are warnings", () => {
    const { code, design } = planJson(answers("near-limits-many-vnets"));
    expect(code).toBe(0);
    expect(design.gateways.map((g) => g.sku)).toEqual(["ErGw2AZ"]);
    expect(finding(design, "ER-GW-F29")).toMatchObject({ severity: "warning" });
    expect(finding(design, "ER-GW-F29")?.message).toContain("9,000 on-premises routes are 94.74% of the 9,500 routes ErGw2AZ in westeurope learns");
    expect(finding(design, "ER-SKU-F13")).toMatchObject({ severity: "warning" });
    expect(finding(design, "ER-SKU-F13")?.message).toContain("90% of the 10,000 a Premium circuit accepts");
    expect(finding(design, "ER-GW-F30")).toMatchObject({ severity: "warning" });
    expect(finding(design, "ER-GW-F30")?.message).toContain("950 IPv4 prefixes, 95% of the 1,000 routes");
  });

  it("well below the limits, none of them speaks", () => {
    const { design } = plan({ azure: { regions: ["westeurope"], onPremisesRoutes: 2000, vnetPrefixes: 500 } });
    expect(design.findings.map((f) => f.id).filter((id) => ["ER-GW-F29", "ER-GW-F30", "ER-SKU-F13"].includes(id))).toEqual([]);
  });
});

describe("hub-and-spoke before Premium (item 3)", () => {
  it("20 VNets: hub-and-spoke with gateway transit (one link per hub); Premium only for the routes", () => {
    // v1 linked every VNet to the circuit, chose Premium for 20 VNet links and warned (ER-SKU-F09)
    // that a hub with gateway transit would need one link. v2 designs the hub-and-spoke itself,
    // so the circuit needs one VNet link (the hub's gateway) and Premium is chosen only for the
    // 9,000 on-premises routes (over Standard's 4,000).
    const { design } = planJson(answers("near-limits-many-vnets"));
    expect(design.network).toBe("hub-and-spoke");
    expect(design.circuits[0]!.sku.tier).toBe("Premium");
    expect(decision(design, "circuits[fourth-coffee-1].sku.tier")?.rule).toBe("ER-SKU-002");
    expect(finding(design, "ER-GW-F12")?.message).toContain("link spokes through VNet peering with gateway transit");
  });
});

describe("ExpressRoute Local where only the Metro page names a local region (item 4)", () => {
  it.each([
    ["Vienna", "austriaeast"],
    ["Brussels", "belgiumcentral"],
    ["Copenhagen", "denmarkeast"],
  ])("Local at %s comes with a warning to confirm before ordering", (location, region) => {
    const { design } = plan({
      bandwidth: { requiredMbps: 1000, monthlyEgressGB: 40000 },
      sites: { peeringLocation: location },
      azure: { regions: [region] },
    });
    expect(design.circuits[0]!.sku.tier).toBe("Local");
    const f = finding(design, "ER-SKU-F14");
    expect(f?.severity).toBe("warning");
    expect(f?.message).toContain("the locations page marks no local Azure region there");
    expect(f?.message).toContain("cannot go back to metered");
  });

  it("Local at Amsterdam, which the locations page lists, has no such warning", () => {
    const { design } = plan({ bandwidth: { requiredMbps: 1000, monthlyEgressGB: 40000 }, sites: { peeringLocation: "Amsterdam" } });
    expect(design.circuits[0]!.sku.tier).toBe("Local");
    expect(finding(design, "ER-SKU-F14")).toBeUndefined();
  });
});

describe("no 'none' and no wrong plural (item 5)", () => {
  it("two regions without zones: one 'no zones' warning, no '(none)', no 'has no availability zones'", () => {
    const { design } = plan({ azure: { regions: ["taiwannorth", "taiwannorthwest"] }, resilience: { zoneRedundancy: true } });
    expect(design.findings.filter((f) => f.id === "ER-GW-F28")).toHaveLength(1);
    expect(finding(design, "ER-GW-F28")?.message).toContain("none of the design's regions has availability zones (taiwannorth, taiwannorthwest)");
    expect(finding(design, "ER-GW-F21")).toBeUndefined();
    for (const t of texts(design)) {
      expect(t).not.toContain("(none)");
      expect(t).not.toMatch(/taiwannorthwest has no/);
      expect(t).not.toMatch(/: none\b/);
    }
    expect(finding(design, "ER-REG-F01")?.message).not.toContain("is a restricted region");
  });

  it("several restricted regions are not 'a restricted region'", () => {
    // v2 speaks per region (each region has its own gateway): one finding for each, naming it.
    const { design } = plan({ azure: { regions: ["swedensouth", "taiwannorthwest"] } });
    const messages = design.findings.filter((f) => f.id === "ER-REG-F01").map((f) => f.message);
    expect(messages).toHaveLength(2);
    expect(messages[0]).toMatch(/^Restricted access in swedensouth:/);
    expect(messages[1]).toMatch(/^Restricted access in taiwannorthwest:/);
    for (const m of messages) expect(m).not.toContain("a restricted region");
  });

  it("location open where no Metro is local: no 'Metros: none', no 'If none suits'", () => {
    const { design } = plan({ azure: { regions: ["australiacentral"] } });
    expect(finding(design, "ER-RES-F19")?.severity).toBe("warning");
    expect(finding(design, "ER-LOC-F03")?.message).toContain("Locations local to the regions its sites use: Canberra (no ExpressRoute Metro");
    for (const t of texts(design)) {
      expect(t).not.toContain("(ExpressRoute Metros: none)");
      expect(t).not.toContain("target regions: none");
    }
  });

  it.each([
    ["Sydney", "australiaeast", "Sydney Metro"],
    ["Mumbai", "westindia", "Mumbai Metro"],
  ])("%s Metro: no providers at all, and Metro Direct for an own edge", (location, region, metro) => {
    const { design } = plan({ sites: { peeringLocation: location }, azure: { regions: [region] } });
    expect(finding(design, "ER-METRO-F01")).toBeUndefined();
    const f = finding(design, "ER-METRO-F04");
    expect(f?.message).toContain(`The Metro page lists no connectivity provider at all for ${metro}`);
    expect(f?.message).toContain("offers Metro ExpressRoute Direct (10, 100 Gbps port pairs)");
    expect(f?.message).not.toContain("none");
  });

  it("no local peering location at all: no 'none' list", () => {
    const { design } = plan({ azure: { regions: ["centralus"] }, resilience: { level: "maximum" } });
    expect(finding(design, "ER-RES-F21")?.severity).toBe("warning");
    expect(finding(design, "ER-LOC-F04")).toBeDefined();
    for (const t of texts(design)) expect(t).not.toMatch(/: none\b/);
  });
});

describe("Metro rationale per level (item 6)", () => {
  it("a maximum design says two circuits, not 'one location (standard) or'", () => {
    const { design } = plan({ resilience: { level: "maximum" }, sites: { peeringLocation: "Amsterdam" } });
    const d = decision(design, "circuits[site-1].metro");
    expect(d?.rule).toBe("ER-METRO-098");
    expect(d?.rationale).toBe("No ExpressRoute Metro circuit: the group's circuits are at two distinct peering locations (maximum resiliency).");
    expect(d?.rationale).not.toContain("standard");
  });

  it("a standard design says one location only", () => {
    const { design } = plan({ resilience: { level: "standard" }, sites: { peeringLocation: "Amsterdam" } });
    const d = decision(design, "circuits[site-1].metro");
    expect(d?.rationale).toContain("standard resiliency");
    expect(d?.rationale).not.toContain("maximum");
  });
});

describe("scale units for VMs (item 7)", () => {
  it("15,000 VMs: 10 scale units with headroom, explained by the VMs, and no near-limit warning", () => {
    const { design } = planJson(answers("vm-heavy-ergwscale"));
    expect(design.gateways).toEqual([expect.objectContaining({ region: "germanywestcentral", sku: "ErGwScale", scaleUnits: 10 })]);
    const d = decision(design, "gateways[germanywestcentral].scaleUnits");
    expect(d?.rule).toBe("ER-GWSU-003");
    expect(d?.rationale).toContain("The 15,000 VMs behind the gateway in germanywestcentral set the size, not throughput");
    expect(d?.rationale).toContain("2,000 VMs per scale unit for the first 10 units and 1,000 per unit beyond");
    expect(d?.rationale).not.toContain("at 1 Gbps each");
    expect(finding(design, "ER-GW-F24")).toBeUndefined();
    expect(finding(design, "ER-GW-F23")).toBeUndefined();
  });
});

// Design v2: the tier echoes the one asked for, and a group that cannot have a Metro circuit gets
// circuits at two locations (siteGroups[x].locations = 2), never less than high.
describe("high resiliency falls back the same way everywhere (item 8)", () => {
  it("Doha (no Metro): two locations with Doha2 and a warning, exit 0", () => {
    const { code, design } = planJson(answers("high-no-metro-fallbacks"));
    expect(code).toBe(0);
    expect(design.resilience.level).toBe("high");
    expect(design.siteGroups[0]!.locations).toBe(2);
    expect(design.circuits.map((c) => c.peeringLocation)).toEqual(["Doha", "Doha2"]);
    expect(finding(design, "ER-RES-F18")?.severity).toBe("warning");
    expect(design.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it.each([
    ["Canberra", "australiacentral", "Canberra2"],
    ["London", "uksouth", "London2"],
    ["Sao Paulo", "brazilsouth", "Sao Paulo2"],
    ["Toronto", "canadacentral", "Toronto2"],
  ])("%s: two locations with %s's same-city site, as a warning", (location, region, second) => {
    const { code, design } = plan({ sites: { peeringLocation: location }, azure: { regions: [region] } });
    expect(code).toBe(0);
    expect(design.resilience.level).toBe("high");
    expect(design.siteGroups[0]!.locations).toBe(2);
    expect(design.circuits[1]!.peeringLocation).toBe(second);
    expect(design.findings.some((f) => f.id === "ER-RES-F18" || f.id === "ER-RES-F15")).toBe(true);
  });

  it("an error only where there is no second location (Direct at Seoul)", () => {
    const { code, design } = plan({
      compliance: { physicalIsolation: true },
      sites: { peeringLocation: "Seoul" },
      azure: { regions: ["koreacentral"] },
    });
    expect(code).toBe(3);
    // High as asked, but the one location it has cannot give it: an error says so.
    expect(design.resilience.level).toBe("high");
    expect(design.siteGroups[0]!.locations).toBe(1);
    expect(finding(design, "ER-RES-F17")?.severity).toBe("error");
  });
});

describe("candidates for a pair (item 9)", () => {
  it("no peering location, australiacentral, maximum: Canberra and Canberra2", () => {
    const { design } = planJson(answers("no-location-australia-central"));
    expect(finding(design, "ER-RES-F06")?.message).toContain(": Canberra, Canberra2.");
  });
});

describe("facts page (item 10)", () => {
  it("documents no unused nonAzGatewaySku fact", () => {
    expect(readFileSync(join(ROOT, "docs/facts.md"), "utf8")).not.toContain("nonAzGatewaySku");
  });
});

describe("business-unit circuits at the minimum size (item 11)", () => {
  it("100 Mbps for 3 units: each unit's circuit is at least 50 Mbps (3 x 50 Mbps)", () => {
    const { design } = planJson(answers("business-units-no-edge"));
    const f = finding(design, "ER-CONN-F16");
    // v2: one finding per unit's site group (bu-1 … bu-3), each with the units' total.
    expect(design.findings.filter((x) => x.id === "ER-CONN-F16")).toHaveLength(3);
    expect(f?.message).toContain("each unit's circuit is at least 50 Mbps (3 x 50 Mbps = 150 Mbps in all");
    expect(finding(design, "ER-CONN-F13")).toBeUndefined();
  });
});

describe("start smaller, grow later (item 12)", () => {
  it("names the size recommended now and the one later", () => {
    const { design } = plan({ bandwidth: { requiredMbps: 500, growthPercentPerYear: 30, horizonYears: 3 } });
    const f = finding(design, "ER-BW-F01");
    expect(f?.message).toContain("Each circuit of site is recommended at 2,000 Mbps, sized for the need in 3 years (1,099 Mbps)");
    expect(f?.message).not.toContain("circuits of site are");
    expect(f?.message).toContain("order 500 Mbps today and raise it to 2,000 Mbps later");
    expect(f?.message).not.toContain("fits 500 Mbps");
  });
});
