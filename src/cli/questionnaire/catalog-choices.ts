// Choices for regions and peering locations, straight from the catalog, ranked for the text typed
// so far: exact name, then name prefix, then a word of any field starting with it, then contains.
import { canOrderMetro } from "../../catalog/metro-orders.js";
import type { Catalog } from "../../catalog/catalog.js";
import type { PeeringLocation, Region } from "../../catalog/schema.js";
import { QUESTIONNAIRE_MESSAGES as M } from "./messages.js";

export interface CatalogChoice {
  value: string;
  name: string;
  description: string;
}

const fold = (s: string) => s.toLowerCase().replace(/\s+/g, " ").trim();

/** Lower is better; undefined means no match. The first field is the name. */
export function scoreMatch(term: string, fields: readonly string[]): number | undefined {
  const t = fold(term);
  if (!t) return 0;
  const squashed = t.replace(/ /g, "");
  const [name = "", ...rest] = fields.map(fold);
  if (name === t || name.replace(/ /g, "") === squashed) return 0;
  if (name.startsWith(t) || name.replace(/ /g, "").startsWith(squashed)) return 1;
  const all = [name, ...rest];
  if (all.some((f) => f.split(/[\s,()/-]+/).some((w) => w.startsWith(t)) || f.startsWith(t))) return 2;
  if (name.includes(t) || name.replace(/ /g, "").includes(squashed)) return 3;
  if (rest.some((f) => f.includes(t) || f.replace(/ /g, "").includes(squashed))) return 4;
  return undefined;
}

function rankChoices<T>(items: readonly T[], term: string | undefined, fields: (item: T) => string[], fallback?: (item: T) => number | undefined): T[] {
  if (!term?.trim()) return [...items];
  return items
    .map((item, i) => ({ item, i, score: scoreMatch(term, fields(item)) ?? fallback?.(item) }))
    .filter((x): x is { item: T; i: number; score: number } => x.score !== undefined)
    .sort((a, b) => a.score - b.score || a.i - b.i)
    .map((x) => x.item);
}

const describeLocation = (l: PeeringLocation) =>
  [l.geo, l.country, l.metro, l.direct ? M.direct : undefined].filter(Boolean).join(" · ");

/** Peering locations matching `term`, in catalog order when nothing is typed. */
export function listPeeringLocationChoices(catalog: Catalog, term: string | undefined): CatalogChoice[] {
  return rankChoices(catalog.locations.locations, term, (l) => [l.name, l.country, l.metro ?? "", l.geo]).map((l) => ({
    value: l.name,
    name: l.name,
    description: describeLocation(l),
  }));
}

function describeRegion(r: Region, localTo: string | undefined) {
  const where = [r.physicalLocation, r.geography].filter((x, i, all) => x && all.indexOf(x) === i).join(", ");
  return [
    r.displayName,
    where || undefined,
    r.geo,
    r.availabilityZones ? M.zones : M.noZones,
    r.restricted ? M.restricted : undefined,
    localTo ? M.localTo(localTo) : undefined,
  ]
    .filter(Boolean)
    .join(" · ");
}

// Ranks after every direct match: a region found only through a city's peering location.
const NEAR_CITY_SCORE = 5;

/**
 * Regions near a city typed by name: those local to a peering location the term names, and
 * those in its country ("london" → UK South, local to London, and UK West, in the United Kingdom).
 */
function findRegionsNearCity(catalog: Catalog, term: string): Set<string> {
  const near = new Set<string>();
  for (const l of catalog.locations.locations) {
    const score = scoreMatch(term, [l.name]);
    if (score === undefined || score > 1) continue;
    for (const r of l.localRegions) near.add(r);
    for (const r of catalog.regions.regions) if (r.geography === l.country || r.physicalLocation === l.country) near.add(r.name);
  }
  return near;
}

/**
 * Regions matching `term` by name, city or country. With nothing typed, the regions local to the
 * sites' peering locations come first: they are the ones ExpressRoute Local and the lowest
 * latency apply to.
 */
export function listRegionChoices(catalog: Catalog, term: string | undefined, peeringLocations: readonly string[] = []): CatalogChoice[] {
  // Each local region says which chosen location it is local to (the first, in the sites' order).
  const localTo = new Map<string, string>();
  for (const name of peeringLocations) {
    const location = catalog.locationByName.get(name);
    for (const r of location?.localRegions ?? []) if (!localTo.has(r)) localTo.set(r, location!.name);
  }
  const regions = catalog.regions.regions;
  const typed = term?.trim() ?? "";
  const ordered = typed ? regions : [...regions.filter((r) => localTo.has(r.name)), ...regions.filter((r) => !localTo.has(r.name))];
  // Two letters name too many cities to mean one of them.
  const nearCity = typed.length >= 3 ? findRegionsNearCity(catalog, typed) : new Set<string>();
  return rankChoices(
    ordered,
    term,
    (r) => [r.name, r.displayName, r.physicalLocation ?? "", r.geography ?? "", r.geo],
    (r) => (nearCity.has(r.name) ? NEAR_CITY_SCORE : undefined),
  ).map((r) => ({
    value: r.name,
    name: `${r.name} (${r.displayName})`,
    description: describeRegion(r, localTo.get(r.name)),
  }));
}

const MAX_METROS_NAMED = 4;

/**
 * Why a Metro circuit (high resiliency) cannot be had at the chosen peering location, naming the
 * Metros to consider instead: those local to the chosen regions, else in the same country, else
 * in the same geopolitical region, and only those that take orders. Undefined when the location's
 * Metro takes orders (from a provider, or as Direct for an organisation with its own edge) or the
 * location is still open. The rules decide with the same canOrderMetro.
 */
export function describeMissingMetro(catalog: Catalog, location: string | undefined, regions: readonly string[], ownEdge = false): string | undefined {
  const chosen = location === undefined ? undefined : catalog.locationByName.get(location);
  if (!chosen) return undefined;
  const orderable = (name: string) => {
    const metro = catalog.metroByName.get(name);
    return metro !== undefined && (canOrderMetro(metro, "provider") || (ownEdge && canOrderMetro(metro, "direct")));
  };
  if (chosen.metro && orderable(chosen.metro)) return undefined;
  const all = catalog.locations.locations;
  const metrosOf = (keep: (l: PeeringLocation) => boolean) =>
    [...new Set(all.filter((l) => l.metro && keep(l)).map((l) => l.metro!))].filter((m) => m !== chosen.metro && orderable(m));
  const candidates = [
    metrosOf((l) => l.localRegions.some((r) => regions.includes(r))),
    metrosOf((l) => l.country === chosen.country),
    metrosOf((l) => l.geo === chosen.geo),
  ].find((list) => list.length > 0) ?? [];
  const named = candidates.slice(0, MAX_METROS_NAMED);
  return chosen.metro
    ? M.metroTakesNoOrders(chosen.name, chosen.metro, named, candidates.length - named.length)
    : M.noMetro(chosen.name, named, candidates.length - named.length);
}
