import { describe, expect, it } from "vitest";
import { validateAnswers, type InputIssue } from "../../src/answers/validate.js";
import { checkAnswersAgainstCatalog } from "../../src/answers/catalog-names.js";
import { ANSWER_FIELDS, LIST_SECTIONS, V1_ANSWER_FIELDS } from "../../src/answers/fields.js";
import { indexCatalog } from "../../src/catalog/catalog.js";
import { readCatalogFiles } from "../../src/cli/load-sources.js";

const loadCatalog = async () => indexCatalog(await readCatalogFiles());

/** Minimal valid v2 answers with top-level keys replaced by `over`. */
const v2 = (over: Record<string, unknown> = {}) => ({
  apiVersion: "expressroute-advisor/v2",
  kind: "Answers",
  sites: [{ name: "amsterdam-dc", requiredMbps: 1000 }],
  regions: [{ name: "westeurope" }],
  ...over,
});
const v1 = (over: Record<string, unknown> = {}) => ({
  apiVersion: "expressroute-advisor/v1",
  kind: "Answers",
  bandwidth: { requiredMbps: 1000 },
  azure: { regions: ["westeurope"] },
  ...over,
});

function issuesOf(raw: unknown): InputIssue[] {
  const result = validateAnswers(raw);
  if (result.ok) throw new Error("expected invalid answers");
  return result.issues;
}
const byPath = (issues: InputIssue[]) => Object.fromEntries(issues.map((i) => [i.path, i.message]));

describe("answers v2 schema", () => {
  it("applies every documented default in one place", () => {
    const result = validateAnswers(v2());
    expect(result).toEqual({
      ok: true,
      answers: {
        apiVersion: "expressroute-advisor/v2",
        kind: "Answers",
        sites: [{ name: "amsterdam-dc", requiredMbps: 1000, count: 1, wan: "none", colocation: "none", ownEdgeAtPeeringLocation: false, businessUnit: null }],
        regions: [{ name: "westeurope", vnetCount: 1, vmCount: null, requiredMbps: null, vnetPrefixes: null, sites: null }],
        transit: { betweenSites: "none" },
        bandwidth: { growthPercentPerYear: 0, horizonYears: 3, massiveDataIngestion: false },
        compliance: { regulatedIndustry: "none", physicalIsolation: false, encryption: "none" },
        azure: { onPremisesRoutes: 100, microsoftPeering: "none", dualStack: false, network: "auto" },
        resilience: { level: "high", zoneRedundancy: true, pinnedZone: null, vpnFailover: false, vpnDevice: "route-based", gatewaySubnetPrefixLength: null },
        performance: { latencySensitive: false },
      },
    });
  });

  it("lists every contract key as a field with a description, list items with []", () => {
    expect(ANSWER_FIELDS.map((f) => f.path)).toEqual([
      "sites[].name",
      "sites[].requiredMbps",
      "sites[].peeringLocation",
      "sites[].count",
      "sites[].monthlyEgressGB",
      "sites[].wan",
      "sites[].colocation",
      "sites[].ownEdgeAtPeeringLocation",
      "sites[].businessUnit",
      "regions[].name",
      "regions[].vnetCount",
      "regions[].vmCount",
      "regions[].requiredMbps",
      "regions[].vnetPrefixes",
      "regions[].sites",
      "transit.betweenSites",
      "bandwidth.growthPercentPerYear",
      "bandwidth.horizonYears",
      "bandwidth.massiveDataIngestion",
      "compliance.regulatedIndustry",
      "compliance.physicalIsolation",
      "compliance.encryption",
      "azure.onPremisesRoutes",
      "azure.microsoftPeering",
      "azure.dualStack",
      "azure.network",
      "resilience.level",
      "resilience.zoneRedundancy",
      "resilience.pinnedZone",
      "resilience.vpnFailover",
      "resilience.vpnDevice",
      "resilience.gatewaySubnetPrefixLength",
      "performance.latencySensitive",
    ]);
    for (const f of ANSWER_FIELDS) expect(f.description, f.path).not.toBe("");
    expect(ANSWER_FIELDS.filter((f) => f.required).map((f) => f.path)).toEqual(["sites[].name", "sites[].requiredMbps", "regions[].name"]);
    expect(ANSWER_FIELDS.filter((f) => f.item).map((f) => f.section)).toEqual([...Array(9).fill("sites"), ...Array(6).fill("regions")]);
    expect(LIST_SECTIONS).toEqual([
      { section: "sites", minItems: 1, maxItems: 500, description: expect.any(String) },
      { section: "regions", minItems: 1, maxItems: 60, description: expect.any(String) },
    ]);
    expect(ANSWER_FIELDS.find((f) => f.path === "sites[].name")).toMatchObject({ kind: "string", minLength: 1, maxLength: 63, pattern: "^[A-Za-z0-9_-]+$" });
    expect(ANSWER_FIELDS.find((f) => f.path === "transit.betweenSites")).toMatchObject({ kind: "pairs", values: ["none", "all"], defaultValue: "none", pattern: "^[A-Za-z0-9_-]+$" });
    expect(ANSWER_FIELDS.find((f) => f.path === "regions[].sites")).toMatchObject({ kind: "string[]", nullable: true, defaultValue: null, minItems: 1 });
  });

  it("keeps the v1 field table for wording v1 files", () => {
    expect(V1_ANSWER_FIELDS.filter((f) => f.required).map((f) => f.path)).toEqual(["bandwidth.requiredMbps", "azure.regions"]);
  });

  it("rejects unknown keys in list items with a did-you-mean and the item's index", () => {
    const issues = issuesOf(v2({ sites: [{ name: "a", requiredMbps: 1 }, { name: "b", requiredMpbs: 5 }] }));
    // The misspelt key is the mistake; the real key's absence is not reported a second time.
    expect(issues).toEqual([{ path: "sites[1].requiredMpbs", message: expect.stringContaining('did you mean "requiredMbps"?') }]);
  });

  it("names a missing list and what it holds", () => {
    const { sites: _s, ...raw } = v2();
    expect(issuesOf(raw)).toEqual([
      { path: "sites", message: expect.stringMatching(/^required answer is missing .*a list of sites, each a mapping with name and requiredMbps/) },
    ]);
    expect(issuesOf(v2({ regions: [] }))).toEqual([{ path: "regions", message: expect.stringMatching(/^expected at least one entry: a list of regions/) }]);
    expect(issuesOf(v2({ regions: "westeurope" }))).toEqual([{ path: "regions", message: expect.stringMatching(/^expected a list of regions.*, got "westeurope"$/) }]);
  });

  it("names a missing key of a list item by its index", () => {
    expect(issuesOf(v2({ sites: [{ name: "a", requiredMbps: 1 }, { name: "b" }] }))).toEqual([
      { path: "sites[1].requiredMbps", message: expect.stringMatching(/^required answer is missing .*whole number from 1 to 1000000$/) },
    ]);
  });

  it("reports wrong types, ranges, enum values and names per key", () => {
    const issues = byPath(
      issuesOf(
        v2({
          sites: [{ name: "Amsterdam DC", requiredMbps: 0, wan: "mlps" }],
          regions: [{ name: "westeurope", vnetCount: 0 }],
          resilience: { level: "maximal", pinnedZone: 4 },
          azure: { network: "vwan" },
        }),
      ),
    );
    expect(issues["sites[0].name"]).toBe('expected a name of letters, digits, - and _ (1 to 63 characters), got "Amsterdam DC"');
    expect(issues["sites[0].requiredMbps"]).toBe("expected a whole number from 1 to 1000000, got 0");
    expect(issues["sites[0].wan"]).toBe('expected one of none | mpls | sd-wan, got "mlps"; did you mean "mpls"?');
    expect(issues["regions[0].vnetCount"]).toBe("expected a whole number from 1 to 1000, got 0");
    expect(issues["resilience.level"]).toBe('expected one of standard | high | maximum, got "maximal"; did you mean "maximum"?');
    expect(issues["resilience.pinnedZone"]).toContain("one of 1 | 2 | 3 or null");
    expect(issues["azure.network"]).toContain("one of auto | hub-and-spoke | virtual-wan");
  });

  it("words transit as none, all or pairs of site names", () => {
    const sites = [{ name: "a", requiredMbps: 1 }, { name: "b", requiredMbps: 1 }];
    expect(validateAnswers(v2({ sites, transit: { betweenSites: "all" } })).ok).toBe(true);
    expect(validateAnswers(v2({ sites, transit: { betweenSites: [["a", "b"]] } })).ok).toBe(true);
    expect(byPath(issuesOf(v2({ sites, transit: { betweenSites: "some" } })))["transit.betweenSites"]).toBe(
      'expected none, all or a list of pairs of site names, e.g. [[amsterdam-dc, frankfurt-dc]], got "some"',
    );
    expect(byPath(issuesOf(v2({ sites, transit: { betweenSites: ["a", "b"] } })))).toEqual({
      "transit.betweenSites[0]": 'expected a pair of site names, e.g. [amsterdam-dc, frankfurt-dc], got "a"',
      "transit.betweenSites[1]": 'expected a pair of site names, e.g. [amsterdam-dc, frankfurt-dc], got "b"',
    });
    expect(byPath(issuesOf(v2({ sites, transit: { betweenSites: [["a", "b", "c"]] } })))["transit.betweenSites[0]"]).toContain("expected a pair of site names");
    expect(byPath(issuesOf(v2({ sites, transit: { betweenSites: [["a", 3]] } })))["transit.betweenSites[0][1]"]).toContain("expected a name of letters");
  });

  it("rejects documents that are not mappings, and wrong apiVersion or kind", () => {
    expect(validateAnswers([1, 2])).toMatchObject({ ok: false, issues: [{ path: "", message: expect.stringContaining("got a list") }] });
    const issues = issuesOf(v2({ apiVersion: "v2", kind: "Answer" }));
    expect(issues.map((i) => i.path)).toEqual(["apiVersion", "kind"]);
    expect(issues[0]!.message).toContain('"expressroute-advisor/v2" (or "expressroute-advisor/v1" for a v1 file)');
  });
});

describe("answers v2 cross-references", () => {
  const sites = [
    { name: "amsterdam-dc", requiredMbps: 1 },
    { name: "frankfurt-dc", requiredMbps: 1 },
  ];

  it("rejects duplicate site and region names at the second one", () => {
    expect(issuesOf(v2({ sites: [...sites, { name: "amsterdam-dc", requiredMbps: 2 }], regions: [{ name: "westeurope" }, { name: "westeurope" }] }))).toEqual([
      { path: "regions[1].name", message: 'region "westeurope" is already regions[0]; region names must be unique' },
      { path: "sites[2].name", message: 'site "amsterdam-dc" is already sites[0]; site names must be unique' },
    ]);
  });

  it("names an unknown site in a transit pair with the closest site name", () => {
    expect(issuesOf(v2({ sites, transit: { betweenSites: [["amsterdam-dc", "frankfurt-cd"]] } }))).toEqual([
      { path: "transit.betweenSites[0][1]", message: 'unknown site "frankfurt-cd"; did you mean "frankfurt-dc"?' },
    ]);
    expect(issuesOf(v2({ sites, transit: { betweenSites: [["amsterdam-dc", "zzzzzzzz"]] } }))).toEqual([
      { path: "transit.betweenSites[0][1]", message: 'unknown site "zzzzzzzz"; the sites are amsterdam-dc, frankfurt-dc' },
    ]);
  });

  it("rejects a site paired with itself", () => {
    expect(issuesOf(v2({ sites, transit: { betweenSites: [["frankfurt-dc", "frankfurt-dc"]] } }))).toEqual([
      { path: "transit.betweenSites[0]", message: '"frankfurt-dc" is paired with itself; a pair names two different sites' },
    ]);
  });

  it("checks the sites a region names, in list or comma form", () => {
    expect(issuesOf(v2({ sites, regions: [{ name: "westeurope", sites: ["amsterdam-dc", "amsterdamdc"] }] }))).toEqual([
      { path: "regions[0].sites[1]", message: 'unknown site "amsterdamdc"; did you mean "amsterdam-dc"?' },
    ]);
    expect(issuesOf(v2({ sites, regions: [{ name: "westeurope", sites: "amsterdam-dc, paris" }] }))).toEqual([
      { path: "regions[0].sites", message: 'unknown site "paris"; the sites are amsterdam-dc, frankfurt-dc' },
    ]);
    const ok = validateAnswers(v2({ sites, regions: [{ name: "westeurope", sites: "amsterdam-dc, frankfurt-dc" }] }));
    expect(ok.ok && ok.answers.regions[0]!.sites).toEqual(["amsterdam-dc", "frankfurt-dc"]);
  });

  it("reports cross-references together with schema errors", () => {
    const issues = issuesOf(v2({ sites: [...sites, { name: "amsterdam-dc" }] }));
    expect(issues.map((i) => i.path)).toEqual(["sites[2].name", "sites[2].requiredMbps"]);
  });
});

describe("answers v1 files", () => {
  it("are validated as v1 and migrated to v2", () => {
    const result = validateAnswers(v1({ name: "Contoso Bank", azure: { regions: ["westeurope", "northeurope"], vnetCount: 4 } }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.answers.apiVersion).toBe("expressroute-advisor/v2");
    expect(result.answers.sites).toEqual([
      { name: "contoso-bank", requiredMbps: 1000, count: 1, wan: "none", colocation: "none", ownEdgeAtPeeringLocation: false, businessUnit: null },
    ]);
    expect(result.answers.regions.map((r) => [r.name, r.vnetCount])).toEqual([
      ["westeurope", 4],
      ["northeurope", 1],
    ]);
    expect(result.migration!.map((n) => n.path)).toEqual(["regions[0].vnetCount"]);
  });

  it("are worded in v1 terms when invalid", () => {
    expect(issuesOf(v1({ bandwidth: {} }))).toEqual([
      { path: "bandwidth.requiredMbps", message: expect.stringMatching(/^required answer is missing .*whole number from 1 to 1000000$/) },
    ]);
    expect(issuesOf(v1({ azure: { regions: ["westeurope"], onPremiseRoutes: 250 } }))).toEqual([
      { path: "azure.onPremiseRoutes", message: expect.stringContaining('did you mean "onPremisesRoutes"?') },
    ]);
    expect(issuesOf({ apiVersion: "expressroute-advisor/v1", kind: "Answers", bandwith: { requiredMbps: 1 }, azure: { regions: ["eastus"] } }).map((i) => i.path)).toEqual([
      "bandwith",
    ]);
    expect(issuesOf(v1({ azure: { regions: ["eastus", "eastus"] } }))).toEqual([{ path: "azure.regions", message: 'region "eastus" is listed more than once' }]);
  });
});

describe("catalog names", () => {
  it("suggests the nearest region and peering location names per item (v2)", async () => {
    const catalog = await loadCatalog();
    const issues = checkAnswersAgainstCatalog(
      v2({
        sites: [{ name: "a", requiredMbps: 1, peeringLocation: "Amsterdam" }, { name: "b", requiredMbps: 1, peeringLocation: "amsterdam" }],
        regions: [{ name: "West Europe" }, { name: "eastus" }, { name: "eastuss" }],
      }),
      catalog,
    );
    expect(issues).toEqual([
      { path: "sites[1].peeringLocation", message: 'unknown peering location "amsterdam"; did you mean "Amsterdam"?' },
      { path: "regions[0].name", message: 'unknown Azure region "West Europe"; did you mean "westeurope"?' },
      { path: "regions[2].name", message: expect.stringContaining('did you mean "eastus"') },
    ]);
  });

  it("keeps v1 paths for v1 files", async () => {
    const catalog = await loadCatalog();
    const issues = checkAnswersAgainstCatalog(v1({ azure: { regions: ["West Europe", "eastus", "eastuss"] }, sites: { peeringLocation: "amsterdam" } }), catalog);
    expect(issues).toEqual([
      { path: "azure.regions[0]", message: 'unknown Azure region "West Europe"; did you mean "westeurope"?' },
      { path: "azure.regions[2]", message: expect.stringContaining('did you mean "eastus"') },
      { path: "sites.peeringLocation", message: 'unknown peering location "amsterdam"; did you mean "Amsterdam"?' },
    ]);
  });
});

describe("v1 shapes in a v2 file", () => {
  it("say where each v1 answer is in v2", () => {
    const issues = byPath(issuesOf(v2({ bandwidth: { requiredMbps: 5 }, azure: { regions: ["westeurope"] } })));
    expect(issues["bandwidth.requiredMbps"]).toBe(
      "unknown key; in v2 this answer is sites[].requiredMbps (a v1 file says apiVersion: expressroute-advisor/v1; `expressroute-advisor migrate FILE` converts it)",
    );
    expect(issues["azure.regions"]).toContain("in v2 this answer is regions[].name");
    expect(byPath(issuesOf(v2({ sites: { count: 3 } })))["sites"]).toMatch(/^expected a list of sites.*got a mapping; a v1 file says apiVersion/);
  });
});

describe("list limits", () => {
  it("say how many entries a list may hold", () => {
    const sites = Array.from({ length: 501 }, (_, i) => ({ name: `s${i}`, requiredMbps: 1 }));
    expect(issuesOf(v2({ sites }))).toEqual([{ path: "sites", message: "expected at most 500 sites, got 501" }]);
    const regions = Array.from({ length: 61 }, () => ({ name: "westeurope" }));
    expect(byPath(issuesOf(v2({ regions })))["regions"]).toBe("expected at most 60 regions, got 61");
  });
});
