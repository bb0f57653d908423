// Small lookups the derived facts share: the site group a group fact is computed for, its peering
// locations in the catalog, offered circuit sizes and the choice of another peering location.
// Pure functions over the answers, the topology and the catalog; no decision is made here.
import { canOrderMetro } from "../../catalog/metro-orders.js";
import type { Catalog } from "../../catalog/catalog.js";
import type { Metro, PeeringLocation } from "../../catalog/schema.js";
import type { FactContext } from "../fact-types.js";
import type { SiteGroup } from "../site-groups.js";

export const num = (ctx: FactContext, name: string) => ctx.fact(name) as number;

/** The site group a group-scope fact is computed for (the engine always sets it in group scope). */
export function groupOf(ctx: FactContext): SiteGroup {
  if (!ctx.group) throw new Error("a group fact was read outside a site group");
  return ctx.group;
}

/** Smallest of `sizes` that is at least `need`, or null when none is. */
export function smallestAtLeast(sizes: readonly number[], need: number): number | null {
  return [...sizes].sort((a, b) => a - b).find((s) => s >= need) ?? null;
}

/** "Amsterdam2" and "Amsterdam" are sites of one city; Azure numbers a city's extra sites. */
export const cityOf = (location: string) => location.replace(/\d+$/, "");

export const locationNamed = (catalog: Catalog, name: string | null | undefined): PeeringLocation | undefined =>
  name === null || name === undefined ? undefined : catalog.locationByName.get(name);

/** The peering location the group's sites name (undefined when they leave it open). */
export const givenLocation = (ctx: FactContext) => locationNamed(ctx.catalog, groupOf(ctx).peeringLocation);

export const metroOf = (catalog: Catalog, location: PeeringLocation | undefined): Metro | undefined =>
  location?.metro ? catalog.metroByName.get(location.metro) : undefined;

/** The group's Direct port type as decided (undefined for a provider circuit). */
export function chosenDirectPort(ctx: FactContext) {
  const gbps = ctx.decision("connection.directPortGbps") as number | null;
  return ctx.catalog.bandwidths.directPorts.ports.find((p) => p.gbps === gbps);
}

/** A Metro circuit of the group's decided kind (and Direct port size) can be ordered there today. */
export function metroOrderable(ctx: FactContext, metro: Metro): boolean {
  if (ctx.decision("connection.type") !== "direct") return canOrderMetro(metro, "provider");
  return canOrderMetro(metro, "direct", ctx.decision("connection.directPortGbps") as number | null);
}

/** Smallest Direct port type offering a circuit of at least `need` Mbps. */
export function directPortFor(catalog: Catalog, need: number) {
  return [...catalog.bandwidths.directPorts.ports].sort((a, b) => a.gbps - b.gbps).find((p) => p.circuitMbps.some((s) => s >= need));
}

/** Percentage of a limit used, or null when the count is unknown or the limit is 0. */
export const percentOf = (count: number | null | undefined, limit: number): number | null =>
  count === null || count === undefined || limit <= 0 ? null : (count / limit) * 100;

export interface LocationChoice {
  /** Azure regions the circuits must reach (latency to them should stay similar). */
  regions: readonly string[];
  /** Only locations that offer ExpressRoute Direct ports. */
  direct: boolean;
  /** Locations that may not be chosen (already used by the group or by a group it must reach). */
  exclude: ReadonlySet<string>;
  /** Only locations where Global Reach is offered (to join circuits of groups that must reach each other). */
  globalReach?: boolean;
}

/**
 * Another peering location near `first`, in its geopolitical region: the other site of its metro,
 * then another site of the same city local to the same regions (Sao Paulo2 before Campinas), then
 * any site local to the same regions, then one local to the target regions — all keep latency to
 * the regions similar (design-architecture-for-resiliency). Last resort: another location in the
 * same country, then in the geopolitical region, preferably in another city. No coordinates are in the catalog, so
 * "nearest" goes no further than this.
 */
export function pickNearbyLocation(catalog: Catalog, first: PeeringLocation, choice: LocationChoice): string | null {
  const all = catalog.locations.locations;
  const usable = (l: PeeringLocation) => l.name !== first.name && !choice.exclude.has(l.name) && l.geo === first.geo && (!choice.direct || l.direct) && (!choice.globalReach || l.globalReach);
  const sharesLocal = (l: PeeringLocation) => l.localRegions.some((r) => first.localRegions.includes(r));
  const found =
    all.find((l) => l.name === first.metroPartner && usable(l)) ??
    all.find((l) => usable(l) && cityOf(l.name) === cityOf(first.name) && sharesLocal(l)) ??
    all.find((l) => usable(l) && sharesLocal(l)) ??
    all.find((l) => usable(l) && l.localRegions.some((r) => choice.regions.includes(r))) ??
    all.find((l) => usable(l) && l.country === first.country && cityOf(l.name) !== cityOf(first.name)) ??
    all.find((l) => usable(l) && cityOf(l.name) !== cityOf(first.name)) ??
    all.find(usable);
  return found?.name ?? null;
}

/**
 * A second peering location for geo-redundancy: local to one of `choice.regions` that `first` is
 * not local to, in another city of the same geopolitical region (so one regional disaster does not
 * take both locations, and the second circuit sits next to the second region's gateway), or null.
 * Regions are tried in the answers' order. designing-for-disaster-recovery-with-expressroute-privatepeering:
 * "ExpressRoute circuits in different peering locations" in different geographies for disaster recovery.
 */
export function pickGeoRedundantLocation(catalog: Catalog, first: PeeringLocation, choice: LocationChoice): { location: string; region: string } | null {
  const regions = choice.regions.filter((r) => !first.localRegions.includes(r));
  if (regions.length === 0) return null;
  const city = cityOf(first.name);
  const usable = catalog.locations.locations.filter(
    (l) => l.geo === first.geo && l.name !== first.name && !choice.exclude.has(l.name) && (!choice.direct || l.direct) && (!choice.globalReach || l.globalReach) && cityOf(l.name) !== city,
  );
  // Same country first (UK South and UK West: London and Newport), then the geopolitical region.
  for (const sameCountry of [true, false]) {
    for (const region of regions) {
      const found = usable.find((l) => l.localRegions.includes(region) && (!sameCountry || l.country === first.country));
      if (found) return { location: found.name, region };
    }
  }
  return null;
}

/** The second location of a group's circuits: geo-redundant where its regions allow, else the nearest. */
export function pickSecondLocation(catalog: Catalog, first: PeeringLocation, choice: LocationChoice): string | null {
  return pickGeoRedundantLocation(catalog, first, choice)?.location ?? pickNearbyLocation(catalog, first, choice);
}
