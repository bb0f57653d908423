// Facts of one site group (scope "group"): the sites one circuit, a redundant pair or parallel
// circuits serve (src/rules/site-groups.ts). Rules for group slots and per-group findings read
// these instead of the v1 single-site answers. Each is a lookup over the group, the topology and
// the catalog; the rules decide. `after` names the latest slot a fact reads (of its own group, or
// of earlier groups for the same slot through ctx.groupDecision).
import type { Catalog } from "../../catalog/catalog.js";
import type { PeeringLocation } from "../../catalog/schema.js";
import type { DerivedFact, FactContext } from "../fact-types.js";
import { circuitIdsOf, projectNeed, type SiteGroup } from "../site-groups.js";
import {
  chosenDirectPort,
  cityOf,
  directPortFor,
  givenLocation,
  groupOf,
  locationNamed,
  metroOf,
  metroOrderable,
  num,
  pickGeoRedundantLocation,
  pickNearbyLocation,
  pickSecondLocation,
  smallestAtLeast,
} from "./fact-helpers.js";
import type { GlobalReachLink, MetroHolder, PortPair, PrimaryLocationPlan } from "./design-facts.js";

const group = (fact: Omit<DerivedFact, "scope">): DerivedFact => ({ ...fact, scope: "group" });

/** Catalog entries of the regions the group's circuits connect to (groupConnectedRegions). */
const connectedRegionsOf = (ctx: FactContext) =>
  (ctx.fact("groupConnectedRegions") as string[]).map((r) => ctx.catalog.regionByName.get(r)!).filter(Boolean);

/**
 * Peering locations the groups this one must reach use or plan to use: each one's planned first
 * location and the other sites of that location's Metro (a Metro circuit takes both). Global Reach
 * joins only circuits "created at different peering locations" (expressroute-howto-set-global-reach).
 * With `onlySingle`, only peers that will have circuits at one location: a peer with circuits at two
 * locations always has one at a different place to link to, so sharing its locations is fine.
 */
function peerLocations(ctx: FactContext, onlySingle: boolean): ReadonlySet<string> {
  const group = groupOf(ctx);
  let cached = peerLocationCache.get(group);
  if (!cached) peerLocationCache.set(group, (cached = new Map()));
  const hit = cached.get(onlySingle);
  if (hit) return hit;
  const plans = ctx.fact("primaryLocationPlan") as PrimaryLocationPlan[];
  const level = ctx.decision("resilience.level");
  const holders = level === "high" ? (ctx.fact("metroHolders") as MetroHolder[]) : [];
  const taken = new Set<string>();
  for (const id of group.transitPeers) {
    const index = ctx.topology.groupById.get(id)!.index;
    // Under high resiliency a peer keeps one location only when it holds its Metro (else it gets two).
    const single = level === "standard" || (level === "high" && holders[index]!.metro !== null && holders[index]!.blockedBy === null);
    if (onlySingle && !single) continue;
    const location = locationNamed(ctx.catalog, plans[index]!.location);
    if (!location) continue;
    taken.add(location.name);
    for (const site of metroSites(ctx.catalog, location.metro)) taken.add(site);
  }
  cached.set(onlySingle, taken);
  return taken;
}

/** Per site group of one evaluation (the topology's group objects), its peers' locations. */
const peerLocationCache = new WeakMap<SiteGroup, Map<boolean, Set<string>>>();

/** Names of the peering locations of a Metro, indexed once per catalog. */
const metroSiteIndex = new WeakMap<Catalog, Map<string, string[]>>();
function metroSites(catalog: Catalog, metro: string | null): string[] {
  if (metro === null) return [];
  let index = metroSiteIndex.get(catalog);
  if (!index) {
    index = new Map();
    for (const l of catalog.locations.locations) if (l.metro) index.set(l.metro, [...(index.get(l.metro) ?? []), l.name]);
    metroSiteIndex.set(catalog, index);
  }
  return index.get(metro) ?? [];
}

/**
 * Locations a group left without one must not be offered: every peer's (peerLocations) and the
 * second locations they may take. Not used for the second-location choice itself (that would recurse).
 */
function locationsTakenByPeers(ctx: FactContext): Set<string> {
  const taken = new Set(peerLocations(ctx, false));
  for (const id of groupOf(ctx).transitPeers) {
    const second = ctx.groupFact(id, "secondPeeringLocation") as string | null;
    if (second !== null) taken.add(second);
  }
  return taken;
}

/** Where the group's second circuits go near `first`: geo-redundant where its regions allow, else nearest; never where a peer is. */
const secondLocationNear = (ctx: FactContext, first: PeeringLocation) =>
  pickSecondLocation(ctx.catalog, first, { regions: groupOf(ctx).regions, direct: ctx.decision("connection.type") === "direct", exclude: peerLocations(ctx, true) });

/**
 * The region a Virtual WAN group's circuits connect to among those its sites use: one local to
 * `location`, else one in its geopolitical region, else the first. Hubs of one Virtual WAN are
 * meshed and carry branch-to-hub-to-hub-to-VNet traffic (virtual-wan-global-transit-network-architecture:
 * "You can connect the branches to the virtual WAN hub that is in the region closest to the branch").
 */
function nearestHub(ctx: FactContext, location: PeeringLocation | undefined): string {
  const regions = groupOf(ctx).regions;
  const local = location ? regions.find((r) => location.localRegions.includes(r)) : undefined;
  const sameGeo = location ? regions.find((r) => ctx.catalog.regionByName.get(r)?.geo === location.geo) : undefined;
  return local ?? sameGeo ?? regions[0]!;
}

/** The decided peering location of the group's circuits at location 0 or 1. */
const decidedLocation = (ctx: FactContext, index: 0 | 1): PeeringLocation | undefined =>
  locationNamed(ctx.catalog, ctx.decision(`circuits[${index}].peeringLocation`) as string | null);

/** The group's circuits as its decided locations and parallel circuits make them. */
const plannedCircuits = (ctx: FactContext) =>
  circuitIdsOf(groupOf(ctx).id, ctx.decision("siteGroup.locations") as number, ctx.decision("siteGroup.parallel") as number);

/** The design's Global Reach links by circuit id, indexed once per list of links. */
const linksByCircuit = new WeakMap<readonly GlobalReachLink[], Map<string, GlobalReachLink[]>>();

/** Global Reach links on the group's circuits (none when Global Reach is not enabled). */
const linksOfGroup = (ctx: FactContext): GlobalReachLink[] => {
  if (!(ctx.decision("globalReach.enabled") as boolean)) return [];
  const all = ctx.fact("globalReachLinks") as GlobalReachLink[];
  let index = linksByCircuit.get(all);
  if (!index) {
    index = new Map();
    for (const l of all) for (const c of l.circuits) index.set(c, [...(index.get(c) ?? []), l]);
    linksByCircuit.set(all, index);
  }
  return [...new Set((ctx.fact("groupCircuitIds") as string[]).flatMap((c) => index.get(c) ?? []))];
};

function vnetLinkRow(ctx: FactContext) {
  const mbps = ctx.decision("circuits[].bandwidthMbps") as number;
  const rows = ctx.catalog.bandwidths.tiers.vnetLinks;
  return rows.find((r) => r.circuitMbps >= mbps) ?? rows.at(-1)!;
}

/** A group as a port tenant: its business unit, else its id. */
const tenantOf = (g: SiteGroup) => g.businessUnit ?? g.id;

/** The business units (or site groups) whose circuits a port pair carries, in the order they were placed. */
function tenantsOf(ctx: FactContext, pair: PortPair): string[] {
  const owner = (circuit: string) => ctx.topology.groups.find((g) => (ctx.groupFact(g.id, "groupCircuitIds") as string[]).includes(circuit))!;
  return [...new Set(pair.circuits.map((c) => tenantOf(owner(c))))];
}

/** Site groups on ExpressRoute Direct whose sites name the same peering location as this one (this one included). */
const directGroupsHere = (ctx: FactContext) => {
  const here = groupOf(ctx).peeringLocation;
  return here === null ? [] : ctx.topology.groups.filter((g) => g.peeringLocation === here && ctx.groupDecision(g.id, "connection.type") === "direct");
};

export const GROUP_FACTS: Readonly<Record<string, DerivedFact>> = {
  // ── The group ────────────────────────────────────────────────────────────
  groupId: group({ kind: "string", description: "Id of the site group (its first site's name)", compute: (ctx) => groupOf(ctx).id }),
  groupSites: group({ kind: "string[]", description: "Names of the sites the group's circuits serve", compute: (ctx) => groupOf(ctx).sites.map((s) => s.name) }),
  groupRequiredMbps: group({ kind: "number", description: "Sum of the group's sites' required Mbps", compute: (ctx) => groupOf(ctx).requiredMbps }),
  groupPeeringLocation: group({
    kind: "string",
    nullable: true,
    description: "Peering location the group's sites name (null when left open)",
    compute: (ctx) => groupOf(ctx).peeringLocation,
  }),
  groupCount: group({ kind: "number", description: "Sites in the group (a site entry may stand for many like branches)", compute: (ctx) => groupOf(ctx).count }),
  groupWan: group({ kind: "string", description: "WAN the group's sites share: none, mpls or sd-wan", compute: (ctx) => groupOf(ctx).wan }),
  groupColocation: group({ kind: "string", description: "The group's co-location: none, with-cloud-exchange or without-cloud-exchange", compute: (ctx) => groupOf(ctx).colocation }),
  groupOwnEdge: group({ kind: "boolean", description: "Every site of the group can run its own routers at the peering location", compute: (ctx) => groupOf(ctx).ownEdge }),
  groupMonthlyEgressGB: group({
    kind: "number",
    nullable: true,
    description: "Monthly egress towards the group's sites, in GB (null when unknown)",
    compute: (ctx) => groupOf(ctx).monthlyEgressGB,
  }),
  groupRegions: group({ kind: "string[]", description: "Azure regions the group's sites use", compute: (ctx) => [...groupOf(ctx).regions] }),
  groupRegionsByLocation: group({
    after: "circuits[1].peeringLocation",
    kind: "string[]",
    description:
      "Per location of the group's circuits (first, then second), the Azure regions those circuits connect to: every region its sites use (hub-and-spoke), or with Virtual WAN only the hub nearest that location (local, else same geopolitical region, else the first), since meshed hubs carry traffic on to the others",
    compute: (ctx) => {
      const regions = groupOf(ctx).regions;
      const count = ctx.decision("siteGroup.locations") as number;
      const indexes = count > 1 ? ([0, 1] as const) : ([0] as const);
      if (ctx.decision("network") !== "virtual-wan" || regions.length < 2) return indexes.map(() => [...regions]);
      return indexes.map((i) => [nearestHub(ctx, decidedLocation(ctx, i) ?? decidedLocation(ctx, 0) ?? givenLocation(ctx))]);
    },
  }),
  groupConnectedRegions: group({
    after: "circuits[1].peeringLocation",
    kind: "string[]",
    description: "Azure regions any of the group's circuits connect to, in the answers' order (with Virtual WAN, the hubs nearest its locations)",
    compute: (ctx) => {
      const used = new Set((ctx.fact("groupRegionsByLocation") as string[][]).flat());
      return groupOf(ctx).regions.filter((r) => used.has(r));
    },
  }),
  groupConnectsNowhere: group({
    kind: "boolean",
    description: "The group's sites use no Azure region, reach no other site over Microsoft's backbone and no Microsoft peering is asked: their circuits would carry nothing",
    compute: (ctx) => groupOf(ctx).regions.length === 0 && groupOf(ctx).transitPeers.length === 0 && ctx.answers.azure.microsoftPeering === "none",
  }),
  groupBusinessUnit: group({ kind: "string", nullable: true, description: "Business unit of the group's sites (null when none)", compute: (ctx) => groupOf(ctx).businessUnit }),
  groupTransitPeers: group({ kind: "string[]", description: "Site groups this group must reach over Microsoft's backbone", compute: (ctx) => [...groupOf(ctx).transitPeers] }),
  businessUnitsAtLocation: group({
    kind: "string[]",
    description: "Business units with site groups at the group's peering location (the same one left open counts as one place)",
    compute: (ctx) => {
      const here = groupOf(ctx).peeringLocation;
      const units = ctx.topology.groups.filter((g) => g.peeringLocation === here && g.businessUnit !== null).map((g) => g.businessUnit!);
      return [...new Set(units)];
    },
  }),
  businessUnitCountAtLocation: group({
    kind: "number",
    description: "How many business units have site groups at the group's peering location",
    compute: (ctx) => (ctx.fact("businessUnitsAtLocation") as string[]).length,
  }),
  businessUnitProviderMinimumMbps: group({
    kind: "number",
    description: "What the business units at the group's peering location pay for at the least: one smallest provider circuit each",
    compute: (ctx) => num(ctx, "businessUnitCountAtLocation") * Math.min(...ctx.catalog.bandwidths.providerCircuitMbps.sizes),
  }),
  groupCircuitIds: group({
    after: "siteGroup.parallel",
    kind: "string[]",
    description: "Ids of the group's circuits: <group>-1…, the first location's first",
    compute: (ctx) => plannedCircuits(ctx).map((c) => c.id),
  }),

  // ── Bandwidth ────────────────────────────────────────────────────────────
  projectedMbps: group({
    kind: "number",
    description: "The group's required Mbps grown by growthPercentPerYear over horizonYears, rounded up",
    compute: (ctx) => projectNeed(groupOf(ctx).requiredMbps, ctx.answers.bandwidth),
  }),
  growthApplied: group({
    kind: "boolean",
    description: "Growth over the horizon raises the group's need above today's",
    compute: (ctx) => num(ctx, "projectedMbps") > groupOf(ctx).requiredMbps,
  }),
  directPortGbps: group({
    kind: "number",
    nullable: true,
    description: "Smallest Direct port type that offers a circuit carrying the group's projected need (null above every circuit size)",
    compute: (ctx) => directPortFor(ctx.catalog, num(ctx, "projectedMbps"))?.gbps ?? null,
  }),
  directGroupsAtLocation: group({
    after: "connection.type",
    kind: "string[]",
    description: "Site groups on ExpressRoute Direct whose sites name the group's peering location (the group included)",
    compute: (ctx) => directGroupsHere(ctx).map((g) => g.id),
  }),
  locationDirectNeedMbps: group({
    after: "connection.type",
    kind: "number",
    description: "Sum of the projected needs of the site groups on ExpressRoute Direct at the group's peering location",
    compute: (ctx) => directGroupsHere(ctx).reduce((sum, g) => sum + (ctx.groupFact(g.id, "projectedMbps") as number), 0),
  }),
  sharedDirectPortGbps: group({
    after: "connection.type",
    kind: "number",
    nullable: true,
    description:
      "Smallest Direct port type whose speed carries the summed needs of several site groups on Direct at the group's peering location and whose circuit sizes carry each one's need (null for one group, or when no port does)",
    compute: (ctx) => {
      const groups = directGroupsHere(ctx);
      if (groups.length < 2) return null;
      const needs = groups.map((g) => ctx.groupFact(g.id, "projectedMbps") as number);
      const total = num(ctx, "locationDirectNeedMbps");
      const port = [...ctx.catalog.bandwidths.directPorts.ports]
        .sort((a, b) => a.gbps - b.gbps)
        .find((p) => p.gbps * 1000 >= total && needs.every((n) => p.circuitMbps.some((c) => c >= n)));
      return port?.gbps ?? null;
    },
  }),
  largestCircuitMbps: group({
    after: "connection.directPortGbps",
    kind: "number",
    description: "Largest circuit of the group's decided kind: the chosen Direct port's, or a provider's",
    compute: (ctx) => {
      const port = chosenDirectPort(ctx);
      return Math.max(...(port ? port.circuitMbps : ctx.catalog.bandwidths.providerCircuitMbps.sizes));
    },
  }),
  parallelCircuitsNeeded: group({
    after: "connection.directPortGbps",
    kind: "number",
    description: "Circuits side by side at each location to carry the group's projected need on circuits of the decided kind",
    compute: (ctx) => Math.max(1, Math.ceil(num(ctx, "projectedMbps") / num(ctx, "largestCircuitMbps"))),
  }),
  parallelCircuitsMax: group({
    kind: "number",
    description: "Circuits side by side at one location that can all connect: a gateway (VNet or hub) takes at most this many circuits from one peering location",
    // "up to four ExpressRoute circuits in the same location" (expressroute-faqs#limits); a hub's
    // gateway has the same limit (virtual-wan-faq). The smaller holds whichever gateway is chosen.
    compute: (ctx) => Math.min(ctx.catalog.gateways.circuitsFromOnePeeringLocation, ctx.catalog.virtualWan.gateway.circuitsFromOnePeeringLocation),
  }),
  perCircuitNeedMbps: group({
    after: "siteGroup.parallel",
    kind: "number",
    description: "The group's projected need shared over its parallel circuits, rounded up",
    compute: (ctx) => Math.ceil(num(ctx, "projectedMbps") / (ctx.decision("siteGroup.parallel") as number)),
  }),
  providerCircuitMbps: group({
    after: "siteGroup.parallel",
    kind: "number",
    nullable: true,
    description: "Smallest provider circuit size that carries each circuit's share of the projected need (null above 10 Gbps)",
    compute: (ctx) => smallestAtLeast(ctx.catalog.bandwidths.providerCircuitMbps.sizes, num(ctx, "perCircuitNeedMbps")),
  }),
  directCircuitMbps: group({
    after: "siteGroup.parallel",
    kind: "number",
    nullable: true,
    description: "Smallest circuit on the chosen Direct port that carries each circuit's share of the projected need",
    compute: (ctx) => {
      const port = chosenDirectPort(ctx);
      return port ? smallestAtLeast(port.circuitMbps, num(ctx, "perCircuitNeedMbps")) : null;
    },
  }),
  day1CircuitMbps: group({
    after: "siteGroup.parallel",
    kind: "number",
    nullable: true,
    description: "Smallest circuit of the chosen kind that carries each circuit's share of today's need (before growth)",
    compute: (ctx) => {
      const need = Math.ceil(groupOf(ctx).requiredMbps / (ctx.decision("siteGroup.parallel") as number));
      if (ctx.decision("connection.type") === "direct") {
        const port = chosenDirectPort(ctx);
        return port ? smallestAtLeast(port.circuitMbps, need) : null;
      }
      return smallestAtLeast(ctx.catalog.bandwidths.providerCircuitMbps.sizes, need);
    },
  }),
  directPortSubscribedMbps: group({
    after: "connection.directPortGbps",
    kind: "number",
    nullable: true,
    description: "Total circuit bandwidth the group's Direct port pair can be over-subscribed to",
    compute: (ctx) => chosenDirectPort(ctx)?.subscribedMbps ?? null,
  }),
  directPortSubscribedUnverified: group({
    after: "connection.directPortGbps",
    kind: "boolean",
    description: "The group's port pair's subscribed bandwidth is an assumption Microsoft Learn does not publish",
    compute: (ctx) => chosenDirectPort(ctx)?.unverified?.includes("subscribedMbps") ?? false,
  }),
  directPortMbps: group({
    after: "connection.directPortGbps",
    kind: "number",
    description: "Line rate of one port of the group's Direct port pair, in Mbps",
    compute: (ctx) => ((ctx.decision("connection.directPortGbps") as number | null) ?? 0) * 1000,
  }),
  groupPortPairs: group({
    after: "circuits[].bandwidthMbps",
    kind: "string[]",
    description: "Ids of the Direct port pairs the group's circuits run on",
    compute: (ctx) => {
      const ids = new Set(ctx.fact("groupCircuitIds") as string[]);
      return (ctx.fact("directPortPlan") as PortPair[]).filter((p) => p.circuits.some((c) => ids.has(c))).map((p) => p.id);
    },
  }),
  groupPortSharing: group({
    after: "circuits[].bandwidthMbps",
    kind: "string[]",
    description: "The Direct port pairs the group's circuits run on, each with the business units (or site groups) whose circuits it carries",
    compute: (ctx) => {
      const mine = new Set(ctx.fact("groupPortPairs") as string[]);
      return (ctx.fact("directPortPlan") as PortPair[])
        .filter((p) => mine.has(p.id))
        .map((p) => `${p.id} (${p.sizeGbps} Gbps at ${p.peeringLocation ?? "a location to choose"}: ${tenantsOf(ctx, p).join(", ")})`);
    },
  }),
  groupPortCoTenants: group({
    after: "circuits[].bandwidthMbps",
    kind: "string[]",
    description: "Other business units (or site groups) with circuits on the Direct port pairs the group's circuits run on",
    compute: (ctx) => {
      const mine = new Set(ctx.fact("groupPortPairs") as string[]);
      const own = tenantOf(groupOf(ctx));
      const others = (ctx.fact("directPortPlan") as PortPair[]).filter((p) => mine.has(p.id)).flatMap((p) => tenantsOf(ctx, p));
      return [...new Set(others)].filter((t) => t !== own);
    },
  }),
  portsOverSubscribed: group({
    after: "circuits[].bandwidthMbps",
    kind: "boolean",
    description: "A port pair the group's circuits run on carries more provisioned circuit bandwidth than its port speed",
    compute: (ctx) => {
      const mine = new Set(ctx.fact("groupPortPairs") as string[]);
      return (ctx.fact("directPortPlan") as PortPair[]).some((p) => mine.has(p.id) && p.provisionedMbps > p.sizeGbps * 1000);
    },
  }),
  circuitCapacityGBPerMonth: group({
    after: "circuits[].bandwidthMbps",
    kind: "number",
    description: "Data one direction of one of the group's circuits can carry in a month at full rate",
    compute: (ctx) => Math.round(((ctx.decision("circuits[].bandwidthMbps") as number) * ctx.catalog.bandwidths.billing.secondsPerMonth) / 8 / 1000),
  }),
  egressKnown: group({
    kind: "boolean",
    description: "The answers give the monthly egress towards the group's sites",
    compute: (ctx) => groupOf(ctx).monthlyEgressGB !== null,
  }),
  egressUtilisationPercent: group({
    after: "circuits[].bandwidthMbps",
    kind: "number",
    nullable: true,
    description: "The group's monthly egress as a percentage of what its parallel circuits at one location could carry (null when unknown)",
    compute: (ctx) => {
      const egress = groupOf(ctx).monthlyEgressGB;
      if (egress === null) return null;
      // Unrounded, so thresholds compare the real share; messages format it to two decimals.
      return (egress / (num(ctx, "circuitCapacityGBPerMonth") * (ctx.decision("siteGroup.parallel") as number))) * 100;
    },
  }),

  // ── The group's given peering location ───────────────────────────────────
  locationKnown: group({ kind: "boolean", description: "The group's sites name a peering location", compute: (ctx) => givenLocation(ctx) !== undefined }),
  locationGeo: group({ kind: "string", nullable: true, description: "Geopolitical region of the group's peering location", compute: (ctx) => givenLocation(ctx)?.geo ?? null }),
  locationDirect: group({ kind: "boolean", description: "The group's peering location offers ExpressRoute Direct", compute: (ctx) => givenLocation(ctx)?.direct ?? false }),
  locationMetro: group({ kind: "string", nullable: true, description: "ExpressRoute Metro of the group's peering location", compute: (ctx) => givenLocation(ctx)?.metro ?? null }),
  locationMetroPartnerDirect: group({
    kind: "boolean",
    description: "The other site of the group's location's metro offers ExpressRoute Direct (true when there is none)",
    compute: (ctx) => {
      const partner = givenLocation(ctx)?.metroPartner;
      return partner ? (ctx.catalog.locationByName.get(partner)?.direct ?? false) : true;
    },
  }),
  locationMetroOrderable: group({
    after: "connection.directPortGbps",
    kind: "boolean",
    description: "A Metro circuit of the group's decided kind (provider, or Direct with its port size) can be ordered at its location's Metro today",
    compute: (ctx) => {
      const metro = metroOf(ctx.catalog, givenLocation(ctx));
      return metro ? metroOrderable(ctx, metro) : false;
    },
  }),
  locationMetroProviders: group({
    kind: "string[]",
    description: "Providers that take orders at the group's location's Metro today",
    compute: (ctx) => metroOf(ctx.catalog, givenLocation(ctx))?.providers ?? [],
  }),
  locationMetroFutureProviders: group({
    kind: "string[]",
    description: "Providers the group's location's Metro lists as available in the future (orders fail until then)",
    compute: (ctx) => metroOf(ctx.catalog, givenLocation(ctx))?.futureProviders ?? [],
  }),
  locationMetroDirect: group({
    kind: "boolean",
    description: "The group's location's Metro offers ExpressRoute Direct",
    compute: (ctx) => metroOf(ctx.catalog, givenLocation(ctx))?.direct ?? false,
  }),
  locationMetroDirectPortsGbps: group({
    kind: "string[]",
    description: "Direct port sizes (Gbps) the group's location's Metro offers",
    compute: (ctx) => (metroOf(ctx.catalog, givenLocation(ctx))?.directPortsGbps ?? []).map(String),
  }),
  locationGlobalReach: group({
    kind: "boolean",
    description: "Global Reach is offered in the country of the group's peering location",
    compute: (ctx) => givenLocation(ctx)?.globalReach ?? false,
  }),
  candidateLocations: group({
    after: "resilience.level",
    kind: "string[]",
    description:
      "Peering locations local to a region the group's sites use; for a group that must reach others, only those offering Global Reach and not used by those groups (Global Reach needs different peering locations)",
    compute: (ctx) => {
      const regions = new Set(groupOf(ctx).regions);
      const taken = locationsTakenByPeers(ctx);
      const transit = groupOf(ctx).transitPeers.length > 0;
      return ctx.catalog.locations.locations
        .filter((l) => l.localRegions.some((r) => regions.has(r)) && !taken.has(l.name) && (!transit || l.globalReach))
        .map((l) => l.name);
    },
  }),
  candidateMetros: group({
    after: "resilience.level",
    kind: "string[]",
    description:
      "ExpressRoute Metros local to the group's regions where a Metro circuit of its decided kind can be ordered today (for a group that must reach others, none with a site those groups use)",
    compute: (ctx) => {
      const names = new Set(ctx.fact("candidateLocations") as string[]);
      const taken = locationsTakenByPeers(ctx);
      const busy = new Set(ctx.catalog.locations.locations.filter((l) => l.metro && taken.has(l.name)).map((l) => l.metro!));
      return orderableMetros(ctx, (l) => names.has(l.name) && !busy.has(l.metro!));
    },
  }),
  metrosInLocationGeo: group({
    after: "connection.directPortGbps",
    kind: "string[]",
    description: "ExpressRoute Metros in the geopolitical region of the group's location where a Metro circuit of its decided kind can be ordered today",
    compute: (ctx) => {
      const geo = givenLocation(ctx)?.geo;
      return orderableMetros(ctx, (l) => l.geo === geo);
    },
  }),
  plannedLocation: group({
    after: "connection.type",
    kind: "string",
    nullable: true,
    description: "Where the group's first circuits are planned: its given peering location, or the one it moves to where a group it must reach already uses that (null when open)",
    compute: (ctx) => (ctx.fact("primaryLocationPlan") as PrimaryLocationPlan[])[groupOf(ctx).index]!.location,
  }),
  secondPeeringLocation: group({
    after: "resilience.level",
    kind: "string",
    nullable: true,
    description: "A second peering location near the group's planned first one, for two circuits at two locations",
    compute: (ctx) => {
      const first = locationNamed(ctx.catalog, ctx.fact("plannedLocation") as string | null);
      return first ? secondLocationNear(ctx, first) : null;
    },
  }),
  secondLocationCandidates: group({
    after: "resilience.level",
    kind: "string[]",
    description: "Peering locations local to the group's regions and the other sites of their cities, other than the group's own (for Direct, only those that offer ExpressRoute Direct)",
    compute: (ctx) => {
      // A city's other sites (Canberra2 beside Canberra) are candidates too: maximum resiliency
      // needs a pair, and a same-city site may serve a different local region. Direct ports can
      // be ordered only where the locations page marks Direct (Seoul2 has none).
      const local = new Set(ctx.fact("candidateLocations") as string[]);
      const cities = new Set([...local].map(cityOf));
      const own = groupOf(ctx).peeringLocation;
      const direct = ctx.decision("connection.type") === "direct";
      return ctx.catalog.locations.locations
        .filter((l) => !direct || l.direct)
        .map((l) => l.name)
        .filter((n) => (local.has(n) || cities.has(cityOf(n))) && n !== own);
    },
  }),

  // ── Where the group's circuits go (Global Reach needs different peering locations) ──
  transitLocationTakenBy: group({
    after: "connection.type",
    kind: "string",
    nullable: true,
    description: "An earlier site group this one must reach whose circuits already use the group's given peering location (Global Reach needs different locations)",
    compute: (ctx) => (ctx.fact("primaryLocationPlan") as PrimaryLocationPlan[])[groupOf(ctx).index]!.takenBy,
  }),
  transitLocation: group({
    after: "connection.type",
    kind: "string",
    nullable: true,
    description: "Peering location near the group's given one that no earlier group it must reach uses, where Global Reach is offered (null when none is needed or found)",
    compute: (ctx) => {
      const plan = (ctx.fact("primaryLocationPlan") as PrimaryLocationPlan[])[groupOf(ctx).index]!;
      return plan.location !== groupOf(ctx).peeringLocation ? plan.location : null;
    },
  }),
  primaryLocationMetro: group({
    after: "circuits[0].peeringLocation",
    kind: "string",
    nullable: true,
    description: "ExpressRoute Metro of the group's first peering location as decided",
    compute: (ctx) => decidedLocation(ctx, 0)?.metro ?? null,
  }),
  primaryMetroOrderable: group({
    after: "circuits[0].peeringLocation",
    kind: "boolean",
    description: "A Metro circuit of the group's decided kind can be ordered at the Metro of its first peering location as decided",
    compute: (ctx) => {
      const metro = metroOf(ctx.catalog, decidedLocation(ctx, 0));
      return metro ? metroOrderable(ctx, metro) : false;
    },
  }),
  metroTakenByPeer: group({
    after: "resilience.level",
    kind: "string",
    nullable: true,
    description: "An earlier site group this one must reach whose Metro circuit uses the Metro of the group's first location (one Metro is one peering location)",
    compute: (ctx) => (ctx.fact("metroHolders") as MetroHolder[])[groupOf(ctx).index]!.blockedBy,
  }),
  plannedMetro: group({
    after: "resilience.level",
    kind: "string",
    nullable: true,
    description: "ExpressRoute Metro of the group's planned first peering location where a Metro circuit of its kind can be ordered under high resiliency (null otherwise)",
    compute: (ctx) => (ctx.fact("metroHolders") as MetroHolder[])[groupOf(ctx).index]!.metro,
  }),
  secondCircuitLocation: group({
    after: "circuits[0].peeringLocation",
    kind: "string",
    nullable: true,
    description: "A peering location near the group's first one as decided, for its second circuits",
    compute: (ctx) => {
      // The geo-redundant choice is the first secondLocationNear tries; read it once.
      const first = decidedLocation(ctx, 0);
      if (!first) return null;
      const geo = ctx.fact("geoRedundantLocation") as string | null;
      return geo ?? pickNearbyLocation(ctx.catalog, first, { regions: groupOf(ctx).regions, direct: ctx.decision("connection.type") === "direct", exclude: peerLocations(ctx, true) });
    },
  }),
  geoRedundantLocation: group({
    after: "circuits[0].peeringLocation",
    kind: "string",
    nullable: true,
    description:
      "A peering location in another city of the same geopolitical region, local to a region the group's sites use that its first location is not local to (geo-redundant second circuits); null when none",
    compute: (ctx) => {
      const first = decidedLocation(ctx, 0);
      const choice = { regions: groupOf(ctx).regions, direct: ctx.decision("connection.type") === "direct", exclude: peerLocations(ctx, true) };
      return first ? (pickGeoRedundantLocation(ctx.catalog, first, choice)?.location ?? null) : null;
    },
  }),
  geoRedundantRegion: group({
    after: "circuits[0].peeringLocation",
    kind: "string",
    nullable: true,
    description: "The region the geo-redundant second location is local to (null when there is none)",
    compute: (ctx) => {
      const first = decidedLocation(ctx, 0);
      const second = locationNamed(ctx.catalog, ctx.fact("geoRedundantLocation") as string | null);
      return first && second ? (groupOf(ctx).regions.find((r) => second.localRegions.includes(r) && !first.localRegions.includes(r)) ?? null) : null;
    },
  }),
  secondLocationSameMetro: group({
    after: "circuits[1].peeringLocation",
    kind: "boolean",
    description: "The group's two peering locations are sites of the same metro or city",
    compute: (ctx) => {
      const a = decidedLocation(ctx, 0);
      const b = decidedLocation(ctx, 1);
      return Boolean(a && b && (a.metroPartner === b.name || cityOf(a.name) === cityOf(b.name)));
    },
  }),
  primaryLocalRegions: group({
    after: "circuits[0].peeringLocation",
    kind: "string[]",
    description: "Azure regions local to the group's first peering location as decided",
    compute: (ctx) => decidedLocation(ctx, 0)?.localRegions ?? [],
  }),
  primaryLocalMetroPageOnly: group({
    after: "circuits[0].peeringLocation",
    kind: "boolean",
    description: "Only the Metro page names the local regions of the group's first location; the locations page marks Local there as not offered",
    compute: (ctx) => decidedLocation(ctx, 0)?.localRegionsMetroPageOnly ?? false,
  }),
  primaryPricingZone: group({
    after: "circuits[0].peeringLocation",
    kind: "number",
    nullable: true,
    description: "Pricing zone of the group's first peering location as decided",
    compute: (ctx) => decidedLocation(ctx, 0)?.pricingZone ?? null,
  }),

  // ── Reach and tier ───────────────────────────────────────────────────────
  groupRegionGeos: group({
    after: "circuits[1].peeringLocation",
    kind: "string[]",
    description: "ExpressRoute geopolitical regions of the regions the group's circuits connect to",
    compute: (ctx) => [...new Set(connectedRegionsOf(ctx).map((r) => r.geo))].sort(),
  }),
  regionsOutsideLocationGeo: group({
    after: "circuits[1].peeringLocation",
    kind: "string[]",
    description: "Regions the group's circuits connect to outside its peering location's geopolitical region",
    compute: (ctx) => {
      const geo = givenLocation(ctx)?.geo;
      return geo ? connectedRegionsOf(ctx).filter((r) => r.geo !== geo).map((r) => r.name) : [];
    },
  }),
  crossGeo: group({
    after: "circuits[1].peeringLocation",
    kind: "boolean",
    description: "Reaching the regions the group's circuits connect to crosses a geopolitical boundary",
    compute: (ctx) => (ctx.fact("groupRegionGeos") as string[]).length > 1 || (ctx.fact("regionsOutsideLocationGeo") as string[]).length > 0,
  }),
  allRegionsLocal: group({
    after: "circuits[1].peeringLocation",
    kind: "boolean",
    description: "Every region the group's sites use is local to each of its peering locations (ExpressRoute Local possible)",
    compute: (ctx) => {
      const places = [decidedLocation(ctx, 0), (ctx.decision("siteGroup.locations") as number) > 1 ? decidedLocation(ctx, 1) : undefined].filter(
        (l): l is PeeringLocation => l !== undefined,
      );
      const regions = ctx.fact("groupConnectedRegions") as string[];
      return places.length > 0 && regions.length > 0 && places.every((l) => regions.every((r) => l.localRegions.includes(r)));
    },
  }),
  globalReachLinked: group({
    after: "globalReach.enabled",
    kind: "boolean",
    description: "A Global Reach link joins one of the group's circuits to another group's",
    compute: (ctx) => linksOfGroup(ctx).length > 0,
  }),
  globalReachCrossGeo: group({
    after: "globalReach.enabled",
    kind: "boolean",
    description: "A Global Reach link of the group's circuits crosses geopolitical regions",
    compute: (ctx) => linksOfGroup(ctx).some((l) => l.crossesGeopoliticalRegions),
  }),
  globalReachLinksPerCircuit: group({
    after: "globalReach.enabled",
    kind: "number",
    description: "Most Global Reach links on any one of the group's circuits",
    compute: (ctx) => {
      const links = linksOfGroup(ctx);
      return Math.max(0, ...(ctx.fact("groupCircuitIds") as string[]).map((id) => links.filter((l) => l.circuits.includes(id)).length));
    },
  }),
  // A circuit links to one gateway per region (the hub VNet's, or the Virtual WAN hub's); spokes
  // reach it through gateway transit without a link of their own, and every Global Reach link
  // takes a slot too (expressroute-faqs: "Global Reach connections count against the limit of
  // virtual network connections per ExpressRoute Circuit").
  vnetLinksNeeded: group({
    after: "globalReach.enabled",
    kind: "number",
    description: "VNet links per circuit of the group: one per regional gateway it connects to (spokes use gateway transit), plus one per Global Reach link",
    compute: (ctx) => num(ctx, "globalReachLinksPerCircuit") + Math.max(...(ctx.fact("groupRegionsByLocation") as string[][]).map((r) => r.length)),
  }),
  standardVnetLinkLimit: group({
    after: "circuits[].bandwidthMbps",
    kind: "number",
    description: "VNet links a Local or Standard circuit of the group's size allows",
    compute: (ctx) => vnetLinkRow(ctx).standard,
  }),
  premiumVnetLinkLimit: group({
    after: "circuits[].bandwidthMbps",
    kind: "number",
    description: "VNet links a Premium circuit of the group's size allows",
    compute: (ctx) => vnetLinkRow(ctx).premium,
  }),
  vnetLinkLimitUnverified: group({
    after: "circuits[].bandwidthMbps",
    kind: "boolean",
    description: "The VNet-link limits for the group's circuit size are assumptions Microsoft Learn does not publish",
    compute: (ctx) => (vnetLinkRow(ctx).unverified ?? []).length > 0,
  }),
};

/** Metros of the locations that pass `keep`, in catalog order, where the group's kind of Metro circuit can be ordered today. */
function orderableMetros(ctx: FactContext, keep: (l: PeeringLocation) => boolean): string[] {
  const names = new Set(ctx.catalog.locations.locations.filter((l) => l.metro && keep(l)).map((l) => l.metro!));
  return [...names].filter((n) => metroOrderable(ctx, ctx.catalog.metroByName.get(n)!));
}
