// What the human reports need beyond the design document. The v1 document echoes only part of
// the answers and states one gateway zoning for every region, so the reports also get the answers
// as used and which target regions have availability zones (from the catalog). Pure: the CLI
// gathers these from what it already holds; nothing here reads a file.
import type { Answers } from "../../answers/schema.js";
import type { Catalog } from "../../catalog/catalog.js";
import type { Design } from "../../design/build.js";

export interface ReportSources {
  /** The answers as used: the file, --set and the questionnaire, defaults applied. */
  answers: Answers;
  /** Answer paths ("name", "section.key") given explicitly; the others took their defaults. */
  given: ReadonlySet<string>;
  /** Target regions without availability zones. */
  regionsWithoutZones: readonly string[];
}

export type Zoning = "zone-redundant" | "zonal" | "none";

/** Regions whose gateway has the same zoning, in the order of the design's regions. */
export interface RegionZoning {
  zoning: Zoning;
  /** Availability zones of the gateway's instances there; null where zones do not apply. */
  zones: number[] | null;
  regions: string[];
}

/**
 * `raw` is the answers object before validation (file plus --set plus questionnaire): a key it
 * holds was given, any other key took its default.
 */
export function collectReportSources(answers: Answers, raw: unknown, catalog: Catalog): ReportSources {
  return {
    answers,
    given: listGivenPaths(raw),
    regionsWithoutZones: answers.azure.regions.filter((r) => catalog.regionByName.get(r)?.availabilityZones !== true),
  };
}

function listGivenPaths(raw: unknown): Set<string> {
  const given = new Set<string>();
  if (raw === null || typeof raw !== "object") return given;
  for (const [key, value] of Object.entries(raw)) {
    if (value === undefined) continue;
    given.add(key);
    if (value !== null && typeof value === "object" && !Array.isArray(value)) {
      for (const [inner, v] of Object.entries(value)) if (v !== undefined) given.add(`${key}.${inner}`);
    }
  }
  return given;
}

/**
 * The gateway's zoning in each target region. A v1 design has one zoning for all of them, but
 * a region without availability zones gets a regional gateway whatever that zoning says.
 */
export function listRegionZoning(design: Design, sources: ReportSources): RegionZoning[] {
  const { gateway } = design;
  const zoneless = new Set(sources.regionsWithoutZones);
  const groups: RegionZoning[] = [];
  for (const region of gateway.regions) {
    const zoning: Zoning = zoneless.has(region) ? "none" : (gateway.zoning as Zoning);
    const group = groups.find((g) => g.zoning === zoning);
    if (group) group.regions.push(region);
    else groups.push({ zoning, zones: zonesOf(zoning, gateway.zone), regions: [region] });
  }
  return groups;
}

export function zoningOfRegion(groups: readonly RegionZoning[], region: string): RegionZoning {
  return groups.find((g) => g.regions.includes(region))!;
}

function zonesOf(zoning: Zoning, zone: number | null): number[] | null {
  if (zoning === "zone-redundant") return [1, 2, 3];
  return zoning === "zonal" && zone ? [zone] : null;
}
