// Invariants over the whole answer space: thousands of generated answers files, each design
// checked against the domain's hard facts (the catalog tables in catalog/, each citing its Microsoft Learn page) and for determinism.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { adviseDesign } from "../src/advise.js";
import { DesignSchema } from "../src/design/schema.js";
import { renderDesign } from "../src/cli/format/render.js";
import { answersArbitrary } from "./helpers/arbitraries.js";
import { getBundle } from "./helpers/bundle.js";

const RUNS = Number(process.env.PROPERTY_RUNS ?? 2000);

describe("design invariants", async () => {
  const { catalog, ruleSet } = await getBundle();
  const providerSizes = catalog.bandwidths.providerCircuitMbps.sizes;
  const ports = new Map(catalog.bandwidths.directPorts.ports.map((p) => [p.gbps, p]));
  const skus = new Map(catalog.gateways.skus.map((s) => [s.name, s]));

  const plan = (answers: unknown) => {
    const r = adviseDesign(answers, catalog, ruleSet);
    if (!r.ok) throw new Error(`generated answers were rejected: ${JSON.stringify(r.issues)}`);
    return r;
  };

  it("holds for every generated answers file", () => {
    fc.assert(
      fc.property(answersArbitrary(catalog), (answers) => {
        const { design, evaluation, answers: a } = plan(answers);
        const errors = design.findings.filter((f) => f.severity === "error").map((f) => f.id);
        const regions = a.azure.regions.map((r) => catalog.regionByName.get(r)!);
        const location = a.sites.peeringLocation ? catalog.locationByName.get(a.sites.peeringLocation) : undefined;
        const need = evaluation.facts.projectedMbps as number;

        // Circuit sizes are sizes the chosen model offers; provider circuits never exceed 10 Gbps.
        for (const c of design.circuits) {
          if (design.connection.type === "provider") {
            expect(providerSizes).toContain(c.bandwidthMbps);
            expect(c.bandwidthMbps).toBeLessThanOrEqual(10_000);
            expect(design.connection.directPortGbps).toBeNull();
          } else {
            expect(ports.get(design.connection.directPortGbps!)!.circuitMbps).toContain(c.bandwidthMbps);
          }
          // The circuit carries the need, unless an error says nothing can.
          if (c.bandwidthMbps < need) expect(errors.length).toBeGreaterThan(0);
        }
        expect(new Set(design.circuits.map((c) => c.bandwidthMbps)).size).toBe(1);

        // The gateway carries the need, or FastPath is on with a FastPath-capable SKU, or an error says why not.
        const g = design.gateway;
        const capacity = g.sku === "ErGwScale" ? g.scaleUnits! * 1000 : skus.get(g.sku)!.mbps;
        const fastPathCapable = g.sku === "ErGwScale" ? g.scaleUnits! >= 10 : skus.get(g.sku)!.fastPath;
        if (g.fastPath) expect(fastPathCapable).toBe(true);
        if (capacity < need && !g.fastPath) expect(errors).toContain("ER-GW-F01");
        if (g.sku === "ErGwScale") expect(regions.every((r) => r.ergwScale)).toBe(true);

        // Local only where the location lists every target region as local; always unlimited; never Global Reach.
        for (const c of design.circuits) {
          if (c.sku.tier === "Local") {
            expect(location).toBeDefined();
            expect(a.azure.regions.every((r) => location!.localRegions.includes(r))).toBe(true);
            expect(c.sku.family).toBe("UnlimitedData");
            expect(design.globalReach.enabled).toBe(false);
          }
        }

        // Premium whenever reach, VNet links or routes demand it.
        const geos = new Set(regions.map((r) => r.geo));
        const crossGeo = geos.size > 1 || (location !== undefined && regions.some((r) => r.geo !== location.geo));
        const links = a.azure.vnetCount + (design.globalReach.enabled ? 1 : 0);
        if (crossGeo || links > 10 || a.azure.onPremisesRoutes > 4000 || a.azure.microsoftPeering === "microsoft-365") {
          expect(design.circuits.every((c) => c.sku.tier === "Premium")).toBe(true);
        }
        if (a.azure.onPremisesRoutes > 10_000) expect(errors).toContain("ER-SKU-F01");

        // Zone-redundant or zonal only where a target region has zones; none where none has.
        if (g.zoning !== "none") expect(regions.some((r) => r.availabilityZones)).toBe(true);
        else expect(regions.some((r) => r.availabilityZones)).toBe(false);
        if (g.zoning === "zonal") expect(g.zone).toBe(a.resilience.pinnedZone);

        // Maximum resiliency: two circuits at two distinct peering locations (or a finding asking for one).
        if (design.resilience.level === "maximum") {
          expect(design.circuits).toHaveLength(2);
          const [p, s] = design.circuits;
          if (p!.peeringLocation && s!.peeringLocation) expect(s!.peeringLocation).not.toBe(p!.peeringLocation);
          else expect(design.findings.some((f) => f.id === "ER-RES-F06" || f.id.startsWith("ER-LOC-F0"))).toBe(true);
        } else expect(design.circuits).toHaveLength(1);

        // Global Reach never on one circuit; MACsec only on Direct.
        if (design.globalReach.enabled) expect(design.circuits.length).toBeGreaterThanOrEqual(2);
        if (design.encryption.macsec) expect(design.connection.type).toBe("direct");

        // The document validates against the design schema, and the same answers give the same bytes.
        expect(DesignSchema.safeParse(JSON.parse(JSON.stringify(design))).success).toBe(true);
        expect(renderDesign(plan(answers).design, "yaml")).toBe(renderDesign(design, "yaml"));
        expect(design.decisions.every((d) => d.docs.startsWith("https://learn.microsoft.com/"))).toBe(true);
      }),
      { numRuns: RUNS },
    );
  }, 120_000);
});
