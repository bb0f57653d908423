// The catalog as the engine uses it: validated files plus lookup indexes.
import type {
  BandwidthsFile,
  GatewaysFile,
  GlobalReachFile,
  LocationsFile,
  Metro,
  PeeringLocation,
  Region,
  RegionsFile,
  VirtualWanFile,
} from "./schema.js";

export interface Catalog {
  regions: RegionsFile;
  locations: LocationsFile;
  bandwidths: BandwidthsFile;
  gateways: GatewaysFile;
  virtualWan: VirtualWanFile;
  globalReach: GlobalReachFile;
  regionByName: ReadonlyMap<string, Region>;
  locationByName: ReadonlyMap<string, PeeringLocation>;
  metroByName: ReadonlyMap<string, Metro>;
}

export interface CatalogFiles {
  regions: RegionsFile;
  "peering-locations": LocationsFile;
  bandwidths: BandwidthsFile;
  gateways: GatewaysFile;
  "virtual-wan": VirtualWanFile;
  "global-reach": GlobalReachFile;
}

/** Indexes validated catalog files; throws on broken cross-references (a catalog bug, not user input). */
export function indexCatalog(files: CatalogFiles): Catalog {
  const regionByName = new Map(files.regions.regions.map((r) => [r.name, r]));
  const locationByName = new Map(files["peering-locations"].locations.map((l) => [l.name, l]));
  const metroByName = new Map(files["peering-locations"].metros.map((m) => [m.name, m]));
  for (const m of metroByName.values()) {
    for (const r of m.localRegions) {
      if (!regionByName.has(r)) throw new Error(`catalog: metro ${m.name} names unknown local region ${r}`);
    }
  }
  for (const l of locationByName.values()) {
    for (const r of l.localRegions) {
      if (!regionByName.has(r)) throw new Error(`catalog: peering location ${l.name} names unknown local region ${r}`);
    }
    if (l.metro && !metroByName.has(l.metro)) throw new Error(`catalog: peering location ${l.name} names unknown metro ${l.metro}`);
    if (l.metroPartner && !locationByName.has(l.metroPartner)) {
      throw new Error(`catalog: peering location ${l.name} names unknown metro partner ${l.metroPartner}`);
    }
  }
  checkGlobalReachPlaces(files["global-reach"], locationByName);
  checkVirtualWan(files["virtual-wan"]);
  // Every source records when it was checked (volatile facts must show their age).
  const gatewaySources = Object.keys(files.gateways).filter((k) => k === "source" || k.endsWith("Source"));
  const undated = [
    ...undatedSources("regions", files.regions),
    ...undatedSources("peering-locations", files["peering-locations"]),
    ...undatedSources("virtual-wan", files["virtual-wan"]),
    ...undatedSources("global-reach", files["global-reach"]),
    ...gatewaySources.filter((k) => !(k in files.gateways.checked)).map((k) => `gateways ${k}`),
  ];
  if (undated.length > 0) throw new Error(`catalog: no checked date for ${undated.join(", ")}`);
  return {
    regions: files.regions,
    locations: files["peering-locations"],
    bandwidths: files.bandwidths,
    gateways: files.gateways,
    virtualWan: files["virtual-wan"],
    globalReach: files["global-reach"],
    regionByName,
    locationByName,
    metroByName,
  };
}

const undatedSources = (file: string, f: { sources: Record<string, string>; checked: Record<string, string> }) =>
  Object.keys(f.sources).filter((k) => !(k in f.checked)).map((k) => `${file} ${k}`);

/**
 * Each peering location's `globalReach` flag must agree with the places Learn lists (a country, or
 * named locations of it), so the per-location flag and the list can never drift apart.
 */
function checkGlobalReachPlaces(gr: GlobalReachFile, locationByName: ReadonlyMap<string, PeeringLocation>): void {
  const countries = new Set([...locationByName.values()].map((l) => l.country));
  const placeByCountry = new Map(gr.places.map((p) => [p.country, p]));
  for (const p of gr.places) {
    if (!countries.has(p.country)) throw new Error(`catalog: Global Reach place ${p.country} is no peering location's country`);
    for (const name of p.onlyLocations ?? []) {
      if (locationByName.get(name)?.country !== p.country) throw new Error(`catalog: Global Reach place ${p.country} names unknown location ${name}`);
    }
  }
  for (const l of locationByName.values()) {
    const place = placeByCountry.get(l.country);
    const listed = place !== undefined && (place.onlyLocations === undefined || place.onlyLocations.includes(l.name));
    if (listed !== l.globalReach) {
      throw new Error(`catalog: peering location ${l.name} has globalReach ${l.globalReach} but the Global Reach places say ${listed}`);
    }
  }
}

/** Scale-unit bounds in order, and a router table that grows with its units and has the default and maximum rows. */
function checkVirtualWan(v: VirtualWanFile): void {
  const g = v.gateway;
  if (g.minScaleUnits > g.maxScaleUnits) throw new Error("catalog: virtual-wan gateway minScaleUnits above maxScaleUnits");
  for (const n of [g.steadyUnderMaintenanceFromScaleUnits, g.fastPath.fromScaleUnits]) {
    if (n < g.minScaleUnits || n > g.maxScaleUnits) throw new Error(`catalog: virtual-wan gateway scale units ${n} outside ${g.minScaleUnits}..${g.maxScaleUnits}`);
  }
  if (g.circuitsFromOnePeeringLocation > g.circuits) throw new Error("catalog: virtual-wan gateway allows more circuits from one location than in all");
  const rows = v.hub.router.units;
  rows.forEach((r, i) => {
    const prev = rows[i - 1];
    if (prev && !(r.units > prev.units && r.mbps >= prev.mbps && r.vms >= prev.vms)) {
      throw new Error(`catalog: virtual-wan router units row ${r.units} does not grow on row ${prev.units}`);
    }
  });
  for (const u of [v.hub.router.defaultUnits, v.hub.router.maxUnits]) {
    if (!rows.some((r) => r.units === u)) throw new Error(`catalog: virtual-wan router units table has no row for ${u} units`);
  }
}
