// Invariants over the whole answer space: thousands of generated v2 answers files (1–4 sites and
// regions, any transit), each design checked against the domain's hard facts (the catalog tables
// in catalog/, each citing its Microsoft Learn page), the design schema, and for determinism.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { adviseDesign } from "../src/advise.js";
import { DesignSchema } from "../src/design/schema.js";
import type { EvaluateOptions } from "../src/engine/evaluate.js";
import { renderDesign } from "../src/cli/format/render.js";
import { answersArbitrary } from "./helpers/arbitraries.js";
import { getBundle } from "./helpers/bundle.js";

const RUNS = Number(process.env.PROPERTY_RUNS ?? 1000);

describe("design invariants", async () => {
  const { catalog, ruleSet } = await getBundle();
  const providerSizes = catalog.bandwidths.providerCircuitMbps.sizes;
  const ports = new Map(catalog.bandwidths.directPorts.ports.map((p) => [p.gbps, p]));
  const skus = new Map(catalog.gateways.skus.map((s) => [s.name, s]));

  const plan = (answers: unknown, options: EvaluateOptions = {}) => {
    const r = adviseDesign(answers, catalog, ruleSet, options);
    if (!r.ok) throw new Error(`generated answers were rejected: ${JSON.stringify(r.issues)}`);
    return r;
  };

  it("holds for every generated answers file", () => {
    fc.assert(
      fc.property(answersArbitrary(catalog), (answers) => {
        const { design, answers: a } = plan(answers);
        const errors = design.findings.filter((f) => f.severity === "error").map((f) => f.id);
        const circuitById = new Map(design.circuits.map((c) => [c.id, c]));

        // Structure: ids unique; every site in exactly one group; a group's circuits are its locations × parallel.
        expect(circuitById.size).toBe(design.circuits.length);
        expect(design.siteGroups.flatMap((g) => g.sites).sort()).toEqual(a.sites.map((s) => s.name).sort());
        for (const g of design.siteGroups) {
          expect(g.circuits).toEqual(design.circuits.filter((c) => c.group === g.id).map((c) => c.id));
          expect(g.circuits).toHaveLength(g.locations * g.parallel);
          if (design.resilience.level === "maximum") {
            const [first, second] = [design.circuits.find((c) => c.group === g.id && c.role === "primary")!, design.circuits.find((c) => c.group === g.id && c.role === "secondary")];
            if (second && first.peeringLocation && second.peeringLocation) expect(second.peeringLocation).not.toBe(first.peeringLocation);
            if (!second) expect(design.findings.length).toBeGreaterThan(0);
          }
        }

        for (const c of design.circuits) {
          const location = c.peeringLocation ? catalog.locationByName.get(c.peeringLocation) : undefined;
          // Sizes the connection offers; a Direct circuit sits on a port pair that lists it.
          if (c.connection.type === "provider") {
            expect(providerSizes).toContain(c.bandwidthMbps);
            expect(c.port).toBeNull();
          } else {
            const port = design.ports.find((p) => p.id === c.port)!;
            expect(port.circuits).toContain(c.id);
            expect(ports.get(port.sizeGbps)!.circuitMbps).toContain(c.bandwidthMbps);
          }
          // Local only where the location lists every region the circuit connects to as local; always unlimited.
          if (c.sku.tier === "Local") {
            expect(location).toBeDefined();
            expect(c.regions.every((r) => location!.localRegions.includes(r))).toBe(true);
            expect(c.sku.family).toBe("UnlimitedData");
          }
          // Premium whenever the circuit connects to a region outside its location's geopolitical region.
          if (location && c.regions.some((r) => catalog.regionByName.get(r)!.geo !== location.geo)) expect(c.sku.tier).toBe("Premium");
        }

        // Ports: each lists circuits that name it, at its own location.
        for (const p of design.ports) for (const id of p.circuits) expect(circuitById.get(id)!.port).toBe(p.id);

        // One gateway per region, in order; its circuits are its connections; zoning follows the region's own zones.
        expect(design.gateways.map((g) => g.region)).toEqual(a.regions.map((r) => r.name));
        design.gateways.forEach((g, i) => {
          const region = catalog.regionByName.get(g.region)!;
          expect(g.circuits).toEqual(design.connections.filter((c) => c.region === g.region).map((c) => c.circuit));
          for (const id of g.circuits) expect(circuitById.get(id)!.regions).toContain(g.region);
          if (!region.availabilityZones) expect(g.zoning).toBe("none");
          if (g.zoning === "zonal") expect(g.zone).toBe(a.resilience.pinnedZone);
          if (g.sku === "ErGwScale") expect(region.ergwScale).toBe(true);
          if (design.network === "virtual-wan") expect(g.sku).toBe("ExpressRouteGateway");
          else {
            // The gateway carries the region's need, or FastPath is on with a capable SKU, or an error says why not.
            const need = design.requirements.regions[i]!.projectedMbps;
            const capacity = g.sku === "ErGwScale" ? g.scaleUnits! * 1000 : skus.get(g.sku)!.mbps;
            const fastPathCapable = g.sku === "ErGwScale" ? g.scaleUnits! >= 10 : skus.get(g.sku)!.fastPath;
            if (g.fastPath) expect(fastPathCapable).toBe(true);
            if (capacity < need && !g.fastPath) expect(errors.length).toBeGreaterThan(0);
          }
        });

        // Global Reach: links between circuits of different groups, never Local, Premium on both ends across geopolitical regions.
        expect(design.globalReach.enabled).toBe(design.globalReach.links.length > 0);
        for (const link of design.globalReach.links) {
          const [x, y] = link.circuits.map((id) => circuitById.get(id)!);
          expect(x!.group).not.toBe(y!.group);
          expect([x!.sku.tier, y!.sku.tier]).not.toContain("Local");
          if (link.crossesGeopoliticalRegions) expect([x!.sku.tier, y!.sku.tier]).toEqual(["Premium", "Premium"]);
        }
        if (design.encryption.macsec) expect(design.circuits.some((c) => c.connection.type === "direct")).toBe(true);

        // The document validates against the design schema, and the same answers give the same
        // bytes, also when evaluated as `plan` does, without the trace (test/unit/trace-modes.test.ts
        // does the same for every fixture).
        expect(DesignSchema.safeParse(JSON.parse(JSON.stringify(design))).success).toBe(true);
        expect(renderDesign(plan(answers, { trace: false }).design, "yaml")).toBe(renderDesign(design, "yaml"));
        expect(new Set(design.decisions.map((d) => d.path)).size).toBe(design.decisions.length);
        expect(design.decisions.every((d) => d.docs.startsWith("https://learn.microsoft.com/"))).toBe(true);
      }),
      { numRuns: RUNS },
    );
  }, 240_000);
});
