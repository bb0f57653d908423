// The catalog files as the CLI reads them (catalog/*.yaml): they validate, their cross-references
// hold, every source is dated, and the Virtual WAN and Global Reach tables say what Learn says
// (quotes and URLs in the files' comments).
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { indexCatalog, type CatalogFiles } from "../../src/catalog/catalog.js";
import { VirtualWanFileSchema } from "../../src/catalog/schema.js";
import { listCatalogSources } from "../../src/catalog/sources.js";
import { CATALOG_DIR, readCatalogFiles } from "../../src/cli/load-sources.js";
import { InputError } from "../../src/cli/errors.js";

const files = await readCatalogFiles();
const copy = (): CatalogFiles => structuredClone(files);

describe("catalog", () => {
  it("indexes the shipped files, Virtual WAN and Global Reach included", () => {
    const c = indexCatalog(files);
    // "One scale unit = 2 Gbps with support up to 10 scale units = 20 Gbps."
    expect(c.virtualWan.gateway.mbpsPerScaleUnit * c.virtualWan.gateway.maxScaleUnits).toBe(20_000);
    // 2 routing infrastructure units by default: 3 Gbps and 2,000 VMs; 50 at most: 50 Gbps, 50,000 VMs.
    const router = c.virtualWan.hub.router;
    expect(router.units.find((r) => r.units === router.defaultUnits)).toEqual({ units: 2, mbps: 3000, vms: 2000 });
    expect(router.units.at(-1)).toEqual({ units: 50, mbps: 50_000, vms: 50_000 });
    expect(c.globalReach.places).toHaveLength(21);
    expect(c.gateways.connectionWeight).toEqual({ min: 0, max: 32_000, default: 0 });
    expect(c.virtualWan.connection.routingWeight).toEqual({ min: 0, max: 32_000 });
  });

  it("refuses a peering location whose Global Reach flag disagrees with the places Learn lists", () => {
    const flipped = copy();
    const amsterdam = flipped["peering-locations"].locations.find((l) => l.name === "Amsterdam")!;
    amsterdam.globalReach = false;
    expect(() => indexCatalog(flipped)).toThrow("peering location Amsterdam has globalReach false but the Global Reach places say true");

    // South Africa is listed for Johannesburg only: without that limit Cape Town would disagree.
    const widened = copy();
    delete widened["global-reach"].places.find((p) => p.country === "South Africa")!.onlyLocations;
    expect(() => indexCatalog(widened)).toThrow("peering location Cape Town has globalReach false but the Global Reach places say true");

    const unknown = copy();
    unknown["global-reach"].places.push({ country: "Atlantis" });
    expect(() => indexCatalog(unknown)).toThrow("Global Reach place Atlantis is no peering location's country");
  });

  it("refuses a source without a checked date, in the new files and the gateway file", () => {
    const vwan = copy();
    delete vwan["virtual-wan"].checked.hubSettings;
    expect(() => indexCatalog(vwan)).toThrow("no checked date for virtual-wan hubSettings");

    const gr = copy();
    delete gr["global-reach"].checked.linkAddress;
    expect(() => indexCatalog(gr)).toThrow("no checked date for global-reach linkAddress");

    const gw = copy();
    delete gw.gateways.checked.limitsSource;
    expect(() => indexCatalog(gw)).toThrow("no checked date for gateways limitsSource");
  });

  it("refuses Virtual WAN tables that contradict themselves", () => {
    const shrinking = copy();
    shrinking["virtual-wan"].hub.router.units[5]!.vms = 1;
    expect(() => indexCatalog(shrinking)).toThrow("router units row 7 does not grow on row 6");

    const noDefault = copy();
    noDefault["virtual-wan"].hub.router.defaultUnits = 1;
    expect(() => indexCatalog(noDefault)).toThrow("router units table has no row for 1 units");

    const fastPathOutside = copy();
    fastPathOutside["virtual-wan"].gateway.fastPath.fromScaleUnits = 11;
    expect(() => indexCatalog(fastPathOutside)).toThrow("scale units 11 outside 1..10");
  });

  it("validates the Virtual WAN file strictly: no unknown keys, zoning only as Learn could state it", () => {
    const raw = structuredClone(files["virtual-wan"]) as unknown as Record<string, Record<string, unknown>>;
    expect(VirtualWanFileSchema.safeParse(raw).success).toBe(true);
    expect(VirtualWanFileSchema.safeParse({ ...raw, extra: 1 }).success).toBe(false);
    expect(VirtualWanFileSchema.safeParse({ ...raw, gateway: { ...raw.gateway, zoning: "managed" } }).success).toBe(false);
    expect(VirtualWanFileSchema.safeParse({ ...raw, checked: { ...raw.checked, hubSettings: "December 2026" } }).success).toBe(false);
  });

  it("lists every source with its date, and the unpublished hub gateway zoning as unverified", () => {
    const sources = listCatalogSources(indexCatalog(files));
    const tables = sources.map((s) => s.table);
    expect(tables).toEqual(expect.arrayContaining([
      "gateways: limitsSource",
      "gateways: connectionWeightSource",
      "virtual-wan: expressRoute",
      "virtual-wan: designGuide",
      "global-reach: availability",
      "global-reach: linkAddress",
    ]));
    for (const s of sources) expect(s.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(sources.find((s) => s.table === "virtual-wan: expressRoute")!.unverified).toEqual(["gateway.zoning"]);
  });

  it("reports a broken virtual-wan.yaml as the CLI does: file, line and key path", async () => {
    const dir = mkdtempSync(join(tmpdir(), "catalog-"));
    cpSync(CATALOG_DIR, dir, { recursive: true });
    const file = join(dir, "virtual-wan.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace("mbpsPerScaleUnit: 2000", "mbpsPerScaleUnit: two"));
    const err = await readCatalogFiles(dir).then(() => undefined, (e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    const issue = (err as InputError).issues[0]!;
    expect(issue.path).toBe("gateway.mbpsPerScaleUnit");
    expect(issue.line).toBe(readFileSync(file, "utf8").split("\n").findIndex((l) => l.includes("mbpsPerScaleUnit")) + 1);
  });
});
