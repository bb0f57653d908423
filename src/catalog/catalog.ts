// The catalog as the engine uses it: validated files plus lookup indexes.
import type { BandwidthsFile, GatewaysFile, LocationsFile, Metro, PeeringLocation, Region, RegionsFile } from "./schema.js";

export interface Catalog {
  regions: RegionsFile;
  locations: LocationsFile;
  bandwidths: BandwidthsFile;
  gateways: GatewaysFile;
  regionByName: ReadonlyMap<string, Region>;
  locationByName: ReadonlyMap<string, PeeringLocation>;
  metroByName: ReadonlyMap<string, Metro>;
}

export interface CatalogFiles {
  regions: RegionsFile;
  "peering-locations": LocationsFile;
  bandwidths: BandwidthsFile;
  gateways: GatewaysFile;
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
  // Every source records when it was checked (volatile facts must show their age).
  const undated = [
    ...Object.keys(files.regions.sources).filter((k) => !(k in files.regions.checked)).map((k) => `regions ${k}`),
    ...Object.keys(files["peering-locations"].sources).filter((k) => !(k in files["peering-locations"].checked)).map((k) => `peering-locations ${k}`),
    ...["source", "fastPathSource", "scalableSource"].filter((k) => !(k in files.gateways.checked)).map((k) => `gateways ${k}`),
  ];
  if (undated.length > 0) throw new Error(`catalog: no checked date for ${undated.join(", ")}`);
  return {
    regions: files.regions,
    locations: files["peering-locations"],
    bandwidths: files.bandwidths,
    gateways: files.gateways,
    regionByName,
    locationByName,
    metroByName,
  };
}
