import { describe, expect, it } from "vitest";
import { validateAnswers } from "../../src/answers/validate.js";
import { checkAnswersAgainstCatalog } from "../../src/answers/catalog-names.js";
import { ANSWER_FIELDS } from "../../src/answers/fields.js";
import { getBundle, makeAnswers } from "../helpers/bundle.js";

describe("answers schema", () => {
  it("applies every documented default in one place", () => {
    const result = validateAnswers(makeAnswers());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.answers).toEqual({
      apiVersion: "expressroute-advisor/v1",
      kind: "Answers",
      bandwidth: { requiredMbps: 1000, growthPercentPerYear: 0, horizonYears: 3, massiveDataIngestion: false },
      compliance: { regulatedIndustry: "none", physicalIsolation: false, encryption: "none", businessUnits: 1 },
      sites: { count: 1, wan: "none", colocation: "none", ownEdgeAtPeeringLocation: false, interSiteTransit: false },
      azure: { regions: ["westeurope"], vnetCount: 1, onPremisesRoutes: 100, microsoftPeering: "none", dualStack: false },
      resilience: { level: "high", zoneRedundancy: true, pinnedZone: null, vpnFailover: false, vpnDevice: "route-based", gatewaySubnetPrefixLength: null },
      performance: { latencySensitive: false },
    });
  });

  it("lists every contract key as a field with a description", () => {
    expect(ANSWER_FIELDS.map((f) => f.path)).toEqual([
      "bandwidth.requiredMbps",
      "bandwidth.growthPercentPerYear",
      "bandwidth.horizonYears",
      "bandwidth.massiveDataIngestion",
      "bandwidth.monthlyEgressGB",
      "compliance.regulatedIndustry",
      "compliance.physicalIsolation",
      "compliance.encryption",
      "compliance.businessUnits",
      "sites.count",
      "sites.wan",
      "sites.colocation",
      "sites.ownEdgeAtPeeringLocation",
      "sites.peeringLocation",
      "sites.interSiteTransit",
      "azure.regions",
      "azure.vnetCount",
      "azure.onPremisesRoutes",
      "azure.vmCount",
      "azure.vnetPrefixes",
      "azure.microsoftPeering",
      "azure.dualStack",
      "resilience.level",
      "resilience.zoneRedundancy",
      "resilience.pinnedZone",
      "resilience.vpnFailover",
      "resilience.vpnDevice",
      "resilience.gatewaySubnetPrefixLength",
      "performance.latencySensitive",
    ]);
    for (const f of ANSWER_FIELDS) expect(f.description, f.path).not.toBe("");
    const required = ANSWER_FIELDS.filter((f) => f.required).map((f) => f.path);
    expect(required).toEqual(["bandwidth.requiredMbps", "azure.regions"]);
  });

  it("rejects unknown keys with a did-you-mean naming the right key", () => {
    const result = validateAnswers(makeAnswers({ azure: { regions: ["westeurope"], onPremiseRoutes: 250 } as never }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]!.path).toBe("azure.onPremiseRoutes");
    expect(result.issues[0]!.message).toContain('did you mean "onPremisesRoutes"?');
  });

  it("does not echo a misspelt section as missing", () => {
    const raw = { apiVersion: "expressroute-advisor/v1", kind: "Answers", bandwith: { requiredMbps: 1 }, azure: { regions: ["eastus"] } };
    const result = validateAnswers(raw);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.path)).toEqual(["bandwith"]);
  });

  it("names a missing required key and what it expects", () => {
    const raw = { apiVersion: "expressroute-advisor/v1", kind: "Answers", bandwidth: {}, azure: { regions: ["eastus"] } };
    const result = validateAnswers(raw);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([
      { path: "bandwidth.requiredMbps", message: expect.stringMatching(/^required answer is missing .*whole number from 1 to 1000000$/) },
    ]);
  });

  it("reports wrong types, ranges and enum values per key", () => {
    const result = validateAnswers(
      makeAnswers({ bandwidth: { requiredMbps: 0 }, resilience: { level: "maximal" as never, pinnedZone: 4 as never }, sites: { count: "two" as never } }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const byPath = Object.fromEntries(result.issues.map((i) => [i.path, i.message]));
    expect(byPath["bandwidth.requiredMbps"]).toBe("expected a whole number from 1 to 1000000, got 0");
    expect(byPath["resilience.level"]).toBe('expected one of standard | high | maximum, got "maximal"; did you mean "maximum"?');
    expect(byPath["resilience.pinnedZone"]).toContain("one of 1 | 2 | 3 or null");
    expect(byPath["sites.count"]).toContain('got "two"');
  });

  it("rejects documents that are not mappings, and wrong apiVersion or kind", () => {
    expect(validateAnswers([1, 2])).toMatchObject({ ok: false, issues: [{ path: "", message: expect.stringContaining("got a list") }] });
    const r = validateAnswers(makeAnswers({ apiVersion: "v2" as never, kind: "Answer" as never }));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => i.path)).toEqual(["apiVersion", "kind"]);
  });

  it("suggests the nearest region and peering location names", async () => {
    const { catalog } = await getBundle();
    const issues = checkAnswersAgainstCatalog({ azure: { regions: ["West Europe", "eastus", "eastuss"] }, sites: { peeringLocation: "amsterdam" } }, catalog);
    expect(issues).toEqual([
      { path: "azure.regions[0]", message: 'unknown Azure region "West Europe"; did you mean "westeurope"?' },
      { path: "azure.regions[2]", message: expect.stringContaining('did you mean "eastus"') },
      { path: "sites.peeringLocation", message: 'unknown peering location "amsterdam"; did you mean "Amsterdam"?' },
    ]);
  });

  it("flags duplicate regions", async () => {
    const { catalog } = await getBundle();
    expect(checkAnswersAgainstCatalog({ azure: { regions: ["eastus", "eastus"] } }, catalog)).toEqual([
      { path: "azure.regions", message: 'region "eastus" is listed more than once' },
    ]);
  });
});
