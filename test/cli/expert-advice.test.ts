// Issue 12: advice an expert signs off. Each case runs the real binary on an expert fixture and
// checks the design never recommends what cannot be ordered, and says why.
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
interface Design {
  siteGroups: { id: string; directPortGbps: number | null; locations: number }[];
  circuits: { id: string; group: string; connection: { type: string }; peeringLocation: string | null; metro: string | null; sku: { tier: string } }[];
  gateways: { region: string; sku: string; scaleUnits: number | null; fastPath: boolean }[];
  resilience: { level: string };
  encryption: { macsec: boolean; ipsec: boolean };
  globalReach: { enabled: boolean; links: { circuits: string[] }[] };
  findings: Finding[];
}

const answers = (name: string) => join(ROOT, "fixtures/answers", `${name}.yaml`);

function planJson(file: string, extra: string[] = []): { code: number | null; design: Design } {
  const r = runCli(["plan", "--answers", file, "--format", "json", ...extra]);
  expect(r.stdout, r.stderr).not.toBe("");
  return { code: r.code, design: JSON.parse(r.stdout) as Design };
}

const ids = (d: Design) => d.findings.map((f) => f.id);
const types = (d: Design) => [...new Set(d.circuits.map((c) => c.connection.type))];
const finding = (d: Design, id: string) => d.findings.find((f) => f.id === id);

/** A minimal answers file written to a temporary folder, for cases without a fixture. */
function answersFile(body: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), "era-expert-"));
  const file = join(dir, "answers.yaml");
  writeFileSync(file, stringify({ apiVersion: "expressroute-advisor/v1", kind: "Answers", ...body }));
  return file;
}

describe("Metro circuits only where they can be ordered (item 1)", () => {
  it("Toronto Metro lists only future providers: two circuits at Toronto and Toronto2, and why", () => {
    const { code, design } = planJson(answers("metro-toronto-future-providers"));
    expect(code).toBe(0);
    // Design v2: the tier stays high as asked; the group gets two locations instead of the Metro.
    expect(design.resilience.level).toBe("high");
    expect(design.siteGroups[0]!.locations).toBe(2);
    expect(design.circuits.map((c) => [c.peeringLocation, c.metro])).toEqual([
      ["Toronto", null],
      ["Toronto2", null],
    ]);
    expect(finding(design, "ER-METRO-F01")?.message).toContain("Megaport, Zayo");
    expect(finding(design, "ER-RES-F15")?.severity).toBe("warning");
  });

  it("Brussels Metro has no Direct: Direct ports at Brussels and Brussels2, not a Metro", () => {
    const { design } = planJson(answers("metro-brussels-direct"));
    expect(types(design)).toEqual(["direct"]);
    expect(design.circuits.map((c) => c.metro)).toEqual([null, null]);
    expect(design.circuits.map((c) => c.peeringLocation)).toEqual(["Brussels", "Brussels2"]);
    expect(ids(design)).toContain("ER-METRO-F02");
  });

  it("a 400 Gbps port pair is never a Metro circuit (Metro Direct is 10G or 100G)", () => {
    const { design } = planJson(answers("metro-400g-amsterdam"));
    expect(design.siteGroups.map((g) => g.directPortGbps)).toEqual([400]);
    expect(design.circuits.every((c) => c.metro === null)).toBe(true);
    expect(ids(design)).toContain("ER-METRO-F03");
  });

  it("the open-location advice lists only Metros that take orders", () => {
    const file = answersFile({ bandwidth: { requiredMbps: 1000 }, azure: { regions: ["canadacentral", "westeurope"] } });
    const { design } = planJson(file);
    const advice = finding(design, "ER-RES-F03")?.message ?? "";
    expect(advice).toContain("Amsterdam Metro");
    expect(advice).not.toContain("Toronto Metro");
  });
});

describe("FastPath above 10 Gbps (item 2)", () => {
  it("gets ErGwScale with enough scale units where the region offers it", () => {
    const { design } = planJson(answers("latency-30g-fastpath-uksouth"));
    expect(design.gateways).toEqual([expect.objectContaining({ region: "uksouth", sku: "ErGwScale", scaleUnits: 30, fastPath: true })]);
    expect(ids(design)).not.toContain("ER-GW-F03");
  });

  it("keeps ErGw3AZ only where ErGwScale is not offered, with the warning about what stays capped", () => {
    const { design } = planJson(answers("metro-400g-amsterdam"));
    expect(design.gateways.map((g) => g.sku)).toEqual(["ErGw3AZ"]);
    expect(finding(design, "ER-GW-F03")?.severity).toBe("warning");
  });
});

describe("Direct needs an edge of one's own for soft drivers (item 3)", () => {
  it("business units and bulk ingestion without an own edge get provider circuits, one per unit", () => {
    const { design } = planJson(answers("business-units-no-edge"));
    expect(types(design)).toEqual(["provider"]);
    expect(design.siteGroups.map((g) => g.directPortGbps)).toEqual([null, null, null]);
    // One circuit per unit: v1's three units are three site groups of their own in v2.
    expect(design.circuits.map((c) => c.group)).toEqual(["bu-1", "bu-2", "bu-3"]);
    // 100 Mbps for three units is below three 50 Mbps circuits: ER-CONN-F16 says so (issue 12 follow-up, item 11).
    expect(ids(design)).toEqual(expect.arrayContaining(["ER-CONN-F16", "ER-CONN-F14", "ER-GW-F22"]));
    expect(ids(design)).not.toContain("ER-CONN-F02");
  });
});

describe("policy-based VPN device (item 4)", () => {
  it("is a warning with its costs, not an error: exit 0", () => {
    const file = answersFile({
      bandwidth: { requiredMbps: 1000 },
      sites: { peeringLocation: "Amsterdam" },
      azure: { regions: ["westeurope"] },
      resilience: { vpnFailover: true, vpnDevice: "policy-based" },
    });
    const { code, design } = planJson(file);
    expect(code).toBe(0);
    const f = finding(design, "ER-VPN-F01");
    expect(f?.severity).toBe("warning");
    expect(f?.message).toContain("policy-based traffic selectors");
    expect(f?.message).toContain("no BGP");
  });
});

describe("second location and Global Reach at maximum resiliency (items 5 and 6)", () => {
  it("Canberra gets Canberra2, and Global Reach never joins the two circuits of one pair", () => {
    // v1 joined the two circuits of the pair with Global Reach and warned (ER-GR-F07) that they
    // advertise the same prefixes. v2 gives each of the two sites its own pair, and Global Reach
    // links only circuits of different site groups, so there is nothing to warn about.
    const { design } = planJson(answers("canberra-maximum-transit"));
    for (const group of ["site-1", "site-2"]) {
      expect(design.circuits.filter((c) => c.group === group).map((c) => c.peeringLocation).sort()).toEqual(["Canberra", "Canberra2"]);
    }
    expect(ids(design)).not.toContain("ER-RES-F06");
    expect(design.globalReach.enabled).toBe(true);
    const groupOf = new Map(design.circuits.map((c) => [c.id, c.group]));
    expect(design.globalReach.links.length).toBeGreaterThan(0);
    for (const link of design.globalReach.links) expect(new Set(link.circuits.map((id) => groupOf.get(id))).size).toBe(2);
  });

  it("never lists the first location, or one without Direct, as a candidate for the second", () => {
    // Seoul offers Direct, but no other Direct location in South Korea: no second location
    // (Seoul2 has no Direct, so it is no candidate for a second Direct port pair).
    const file = answersFile({
      bandwidth: { requiredMbps: 1000 },
      compliance: { physicalIsolation: true },
      sites: { peeringLocation: "Seoul", ownEdgeAtPeeringLocation: true },
      azure: { regions: ["koreacentral"] },
      resilience: { level: "maximum" },
    });
    const { design } = planJson(file);
    expect(ids(design)).not.toContain("ER-RES-F06");
    const f = finding(design, "ER-RES-F22");
    expect(f?.severity).toBe("warning");
    expect(f?.message).toContain("(Seoul, Seoul2), none other than Seoul offers ExpressRoute Direct");
    for (const x of design.findings) expect(x.message).not.toMatch(/ at none\b/);
  });
});

describe("ExpressRoute Local with Microsoft peering (items 10 and 12)", () => {
  it("Vienna is local to Austria East, and Microsoft peering then reaches only that region", () => {
    const { design } = planJson(answers("local-vienna-paas"));
    expect(design.circuits[0]).toMatchObject({ metro: "Vienna Metro", sku: { tier: "Local" } });
    expect(finding(design, "ER-SKU-F10")?.message).toContain("austriaeast");
  });
});

describe("built-in findings read the decisions, not the answers", () => {
  it("after an organisation's rule turns IPsec on and Microsoft peering off, nothing says otherwise", () => {
    const plain = planJson(answers("bank-unencrypted-m365")).design;
    expect(ids(plain)).toEqual(expect.arrayContaining(["ER-ENC-F04", "ER-MSP-F01"]));
    const { design } = planJson(answers("bank-unencrypted-m365"), ["--rules-dir", join(ROOT, "fixtures/rules/org-encryption")]);
    expect(design.encryption.ipsec).toBe(true);
    expect(ids(design)).not.toContain("ER-ENC-F04");
    expect(ids(design)).not.toContain("ER-MSP-F01");
    expect(design.circuits[0]?.sku.tier).toBe("Standard");
  });
});

describe("regions restricted or not open yet (item 12)", () => {
  it("accepts a restricted region with a note, and flags one that is coming soon", () => {
    const restricted = planJson(answersFile({ bandwidth: { requiredMbps: 1000 }, azure: { regions: ["swedencentral", "swedensouth"] } }));
    expect(restricted.code).toBe(0);
    expect(finding(restricted.design, "ER-REG-F01")?.message).toContain("swedensouth");
    const soon = planJson(answersFile({ bandwidth: { requiredMbps: 1000 }, azure: { regions: ["denmarkeast"] } })).design;
    expect(finding(soon, "ER-REG-F02")?.severity).toBe("warning");
  });
});

describe("facts Learn does not publish, and when each table was checked (items 15 and 16)", () => {
  it("findings that use an unverified figure say so", () => {
    // Three units' 5 Gbps circuits (9 Gbps shared evenly, each rounded up) on one 10 Gbps port pair:
    // beyond the port speed, within the assumed 20 Gbps subscription. (The conglomerate fixture no
    // longer over-subscribes: v2 sizes each of its 4 units for its 1,500 Mbps share, 4 x 2 Gbps on
    // a 10 Gbps pair, where v1 sized against the organisation's total.)
    const file = answersFile({
      bandwidth: { requiredMbps: 9000 },
      compliance: { businessUnits: 3 },
      sites: { ownEdgeAtPeeringLocation: true, peeringLocation: "Amsterdam" },
      azure: { regions: ["westeurope"] },
    });
    const { design } = planJson(file);
    expect(finding(design, "ER-CONN-F15")?.message).toContain("unverified");
    expect(finding(design, "ER-CONN-F07")).toMatchObject({ docs: "https://learn.microsoft.com/azure/expressroute/rate-limit" });
    expect(finding(planJson(answers("metro-400g-amsterdam")).design, "ER-SKU-F11")?.message).toContain("unverified");
  });

  it("rules doc lists every catalog table with its checked date and unverified fields", () => {
    const dir = mkdtempSync(join(tmpdir(), "era-doc-"));
    const r = runCli(["rules", "doc", "--out", dir]);
    expect(r.code, r.stderr).toBe(0);
    const index = readFileSync(join(dir, "README.md"), "utf8");
    expect(index).toContain("## Catalog sources");
    expect(index).toMatch(/\| peering-locations: metro \| <https:\/\/learn\.microsoft\.com\/azure\/expressroute\/metro> \| \d{4}-\d{2}-\d{2} \|/);
    expect(index).toContain("subscribedMbps (400 Gbps)");
  });
});

describe("gateway capacity beyond throughput, peering subnets and ASNs (item 7)", () => {
  it("sizes ErGwScale for the VMs behind the gateway where it is offered", () => {
    const { code, design } = planJson(answersFile({ bandwidth: { requiredMbps: 1000 }, azure: { regions: ["uksouth"], vmCount: 15000, vnetPrefixes: 50 } }));
    expect(code).toBe(0);
    // 10 units (20,000 VMs, 75%) rather than 8 (16,000, 94%): sized with headroom (issue 12 follow-up, item 7).
    expect(design.gateways).toEqual([expect.objectContaining({ region: "uksouth", sku: "ErGwScale", scaleUnits: 10 })]);
    expect(ids(design)).not.toContain("ER-GW-F25");
  });

  it("is an error when the VMs exceed every gateway offered, or the VNet prefixes exceed what a gateway advertises", () => {
    const { code, design } = planJson(answersFile({ bandwidth: { requiredMbps: 1000 }, azure: { regions: ["westeurope"], vmCount: 15000, vnetPrefixes: 1200 } }));
    expect(code).toBe(3);
    expect(finding(design, "ER-GW-F23")?.message).toContain("11,000");
    expect(finding(design, "ER-GW-F26")?.message).toContain("1,000");
  });

  it("names the peering subnets and the reserved ASNs to avoid", () => {
    const { design } = planJson(answers("small-retailer"));
    const f = finding(design, "ER-RTG-F01")?.message ?? "";
    expect(f).toContain("/30");
    expect(f).toContain("65515-65520");
    expect(finding(design, "ER-GW-F25")?.message).toContain("2,000 VMs");
  });
});
