import { describe, expect, it } from "vitest";
import { migrateAnswers, migrateAnswersWithNotes, slugSiteName } from "../../src/answers/migrate.js";
import { AnswersSchema, AnswersV1Schema, type AnswersV1 } from "../../src/answers/schema.js";

type Section = Record<string, unknown>;
const v1 = (over: { name?: string; bandwidth?: Section; azure?: Section; [section: string]: unknown } = {}): AnswersV1 =>
  AnswersV1Schema.parse({
    apiVersion: "expressroute-advisor/v1",
    kind: "Answers",
    ...over,
    bandwidth: { requiredMbps: 1000, ...over.bandwidth },
    azure: { regions: ["westeurope"], ...over.azure },
  });

describe("migrateAnswers (v1 → v2)", () => {
  it("turns one site group into one site and copies every other answer", () => {
    const migrated = migrateAnswers(
      v1({
        name: "Contoso Bank",
        bandwidth: { requiredMbps: 2000, growthPercentPerYear: 10, horizonYears: 5, monthlyEgressGB: 300, massiveDataIngestion: true },
        sites: { count: 40, wan: "mpls", colocation: "with-cloud-exchange", peeringLocation: "Amsterdam", ownEdgeAtPeeringLocation: true },
        compliance: { regulatedIndustry: "banking", encryption: "macsec", physicalIsolation: true },
        azure: { regions: ["westeurope"], vnetCount: 7, vmCount: 300, vnetPrefixes: 12, onPremisesRoutes: 5000, microsoftPeering: "azure-paas", dualStack: true },
        resilience: { level: "maximum", pinnedZone: 2 },
        performance: { latencySensitive: true },
      }),
    );
    expect(migrated).toEqual({
      apiVersion: "expressroute-advisor/v2",
      kind: "Answers",
      name: "Contoso Bank",
      sites: [
        {
          name: "contoso-bank",
          requiredMbps: 2000,
          peeringLocation: "Amsterdam",
          count: 40,
          monthlyEgressGB: 300,
          wan: "mpls",
          colocation: "with-cloud-exchange",
          ownEdgeAtPeeringLocation: true,
          businessUnit: null,
        },
      ],
      regions: [{ name: "westeurope", vnetCount: 7, vmCount: 300, requiredMbps: null, vnetPrefixes: 12, sites: null }],
      transit: { betweenSites: "none" },
      bandwidth: { growthPercentPerYear: 10, horizonYears: 5, massiveDataIngestion: true },
      compliance: { regulatedIndustry: "banking", physicalIsolation: true, encryption: "macsec" },
      azure: { onPremisesRoutes: 5000, microsoftPeering: "azure-paas", dualStack: true, network: "auto" },
      resilience: { level: "maximum", zoneRedundancy: true, pinnedZone: 2, vpnFailover: false, vpnDevice: "route-based", gatewaySubnetPrefixLength: null },
      performance: { latencySensitive: true },
    });
    // What it returns is valid v2 exactly as the schema would return it (defaults and all).
    expect(AnswersSchema.parse(migrated)).toEqual(migrated);
  });

  it("names the site after the v1 name, slugged, else 'site'", () => {
    expect(slugSiteName("Relecloud (Global) — EMEA")).toBe("relecloud-global-emea");
    expect(slugSiteName("  ")).toBe("site");
    expect(slugSiteName(undefined)).toBe("site");
    expect(slugSiteName("x".repeat(100))).toHaveLength(63);
    expect(migrateAnswers(v1()).sites[0]!.name).toBe("site");
  });

  it("splits sites that must reach each other into one site each, joined by transit: all", () => {
    const { answers, notes } = migrateAnswersWithNotes(v1({ bandwidth: { requiredMbps: 1000, monthlyEgressGB: 300 }, sites: { count: 3, interSiteTransit: true, wan: "sd-wan", peeringLocation: "Amsterdam" } }));
    expect(answers.sites).toEqual(
      ["site-1", "site-2", "site-3"].map((name) => ({
        name,
        requiredMbps: 334,
        peeringLocation: "Amsterdam",
        count: 1,
        monthlyEgressGB: 100,
        wan: "sd-wan",
        colocation: "none",
        ownEdgeAtPeeringLocation: false,
        businessUnit: null,
      })),
    );
    expect(answers.transit.betweenSites).toBe("all");
    expect(notes.map((n) => n.path)).toEqual(["sites"]);
    // interSiteTransit with one site has nothing to join.
    expect(migrateAnswers(v1({ sites: { count: 1, interSiteTransit: true } })).transit.betweenSites).toBe("none");
  });

  it("gives each business unit its own site with an even share", () => {
    const { answers, notes } = migrateAnswersWithNotes(v1({ bandwidth: { requiredMbps: 1001 }, compliance: { businessUnits: 3 }, sites: { count: 7 } }));
    expect(answers.sites.map((s) => [s.name, s.businessUnit, s.requiredMbps, s.count])).toEqual([
      ["bu-1", "bu-1", 334, 3],
      ["bu-2", "bu-2", 334, 2],
      ["bu-3", "bu-3", 334, 2],
    ]);
    expect(answers.transit.betweenSites).toBe("none");
    expect(notes[0]!.note).toContain("business unit");
    // Fewer sites than units: each unit still has one.
    expect(migrateAnswers(v1({ compliance: { businessUnits: 4 } })).sites.map((s) => s.count)).toEqual([1, 1, 1, 1]);
  });

  it("keeps within v2's 500 sites when thousands of sites must reach each other", () => {
    const { answers } = migrateAnswersWithNotes(v1({ sites: { count: 10_000, interSiteTransit: true } }));
    expect(answers.sites).toHaveLength(500);
    expect(answers.sites.reduce((n, s) => n + s.count, 0)).toBe(10_000);
    expect(() => AnswersSchema.parse(answers)).not.toThrow();
  });

  it("puts v1's VNets in the first region and copies the gateway's figures to every region, saying so", () => {
    const { answers, notes } = migrateAnswersWithNotes(v1({ azure: { regions: ["uksouth", "ukwest"], vnetCount: 5, vmCount: 100 } }));
    expect(answers.regions.map((r) => [r.name, r.vnetCount, r.vmCount, r.vnetPrefixes])).toEqual([
      ["uksouth", 5, 100, null],
      ["ukwest", 1, 100, null],
    ]);
    expect(notes.map((n) => n.path)).toEqual(["regions[0].vnetCount", "regions"]);
  });
});
