// Facts of the whole design (no scope): catalog limits, the answers' design-wide figures, and what
// spans site groups — which circuits Global Reach joins, which Direct port pairs carry which
// circuits, and how many groups can meet the asked resiliency. Design facts that read groups do
// so through ctx.groupFact / ctx.groupDecision, after every group has decided the slot they read.
import { canOrderMetro } from "../../catalog/metro-orders.js";
import type { DerivedFact, FactContext } from "../fact-types.js";
import { circuitIdsOf, type SiteGroup } from "../site-groups.js";
import { locationNamed, percentOf, pickNearbyLocation } from "./fact-helpers.js";

/** Where a group's first circuits are planned to go (by group index), and which earlier group it had to move for. */
export interface PrimaryLocationPlan {
  location: string | null;
  takenBy: string | null;
}

/** Per group (by index): the Metro its first circuits can use, and the earlier group it must reach that already holds that Metro. */
export interface MetroHolder {
  metro: string | null;
  blockedBy: string | null;
}

/** A Global Reach link between two circuits of site groups that must reach each other. */
export interface GlobalReachLink {
  circuits: [string, string];
  /** The two circuits' peering locations are in different geopolitical regions (both need Premium). */
  crossesGeopoliticalRegions: boolean;
  /** Both circuits are at one peering location (or one Metro): Global Reach cannot join them. */
  samePeeringLocation: boolean;
  /** Global Reach is offered at both locations (true where a location is still open). */
  supported: boolean;
  /** A circuit's peering location is still open: whether the link can be made depends on the one chosen. */
  openLocation: boolean;
}

/** An ExpressRoute Direct port pair and the circuits carved from it. */
export interface PortPair {
  id: string;
  peeringLocation: string | null;
  sizeGbps: number;
  circuits: string[];
  /** Sum of the circuits' shares of their groups' projected needs (fits the port speed). */
  needMbps: number;
  /** Sum of the circuits' provisioned bandwidth (fits the pair's subscribed bandwidth). */
  provisionedMbps: number;
}

interface PlacedCircuit {
  id: string;
  group: SiteGroup;
  location: string | null;
  metro: string | null;
}

/** A group's circuits with the peering location (and Metro) each was given. */
function placeCircuits(ctx: FactContext, g: SiteGroup): PlacedCircuit[] {
  const locations = ctx.groupDecision(g.id, "siteGroup.locations") as number;
  const parallel = ctx.groupDecision(g.id, "siteGroup.parallel") as number;
  return circuitIdsOf(g.id, locations, parallel).map((c) => ({
    id: c.id,
    group: g,
    location: ctx.groupDecision(g.id, `circuits[${c.location}].peeringLocation`) as string | null,
    metro: c.location === 0 ? (ctx.groupDecision(g.id, "circuits[0].metro") as string | null) : null,
  }));
}

/**
 * Two circuits are at one place for Global Reach when they share a peering location, or a Metro
 * (a Metro circuit's peering location is its Metro, which spans both of its sites).
 */
const samePlace = (a: PlacedCircuit, b: PlacedCircuit) => (a.location !== null && a.location === b.location) || (a.metro !== null && a.metro === b.metro);

function linkOf(ctx: FactContext, a: PlacedCircuit, b: PlacedCircuit): GlobalReachLink {
  const la = locationNamed(ctx.catalog, a.location);
  const lb = locationNamed(ctx.catalog, b.location);
  return {
    circuits: [a.id, b.id],
    crossesGeopoliticalRegions: Boolean(la && lb && la.geo !== lb.geo),
    samePeeringLocation: samePlace(a, b),
    supported: (la?.globalReach ?? true) && (lb?.globalReach ?? true),
    openLocation: a.location === null || b.location === null,
  };
}

/**
 * Links between two groups that must reach each other: every circuit of each gets one to the
 * other group (links are not transitive, and a redundant circuit must keep the transit when the
 * first location fails), pairing circuits in order and avoiding two at one peering location.
 * Circuits of one group are never linked: they serve the same sites.
 */
function linksBetween(ctx: FactContext, as: PlacedCircuit[], bs: PlacedCircuit[]): GlobalReachLink[] {
  const links: GlobalReachLink[] = [];
  const paired = new Set<string>();
  for (let i = 0; i < Math.max(as.length, bs.length); i++) {
    const a = as[i % as.length]!;
    const preferred = bs[i % bs.length]!;
    const free = (b: PlacedCircuit) => !paired.has(`${a.id}\u0000${b.id}`);
    const apart = (b: PlacedCircuit) => !samePlace(a, b);
    const b = [preferred, ...bs].find((x) => free(x) && apart(x)) ?? (free(preferred) ? preferred : undefined);
    if (!b) continue;
    paired.add(`${a.id}\u0000${b.id}`);
    links.push(linkOf(ctx, a, b));
  }
  return links;
}

const describeLink = (l: GlobalReachLink) => `${l.circuits[0]} + ${l.circuits[1]}`;
const links = (ctx: FactContext) => ctx.fact("globalReachLinks") as GlobalReachLink[];
const planned = (ctx: FactContext) => ctx.fact("plannedGlobalReachLinks") as GlobalReachLink[];
const groupsWhere = (ctx: FactContext, test: (id: string) => boolean) => ctx.topology.groups.map((g) => g.id).filter(test);
const groupHas = (ctx: FactContext, id: string, fact: string) => ctx.groupFact(id, fact) as unknown;

export const DESIGN_FACTS: Readonly<Record<string, DerivedFact>> = {
  // ── Catalog limits ───────────────────────────────────────────────────────
  providerMaxMbps: {
    constant: true,
    kind: "number",
    description: "Largest circuit a connectivity provider offers",
    compute: (ctx) => Math.max(...ctx.catalog.bandwidths.providerCircuitMbps.sizes),
  },
  providerMinMbps: {
    constant: true,
    kind: "number",
    description: "Smallest circuit a connectivity provider offers",
    compute: (ctx) => Math.min(...ctx.catalog.bandwidths.providerCircuitMbps.sizes),
  },
  directMaxMbps: {
    constant: true,
    kind: "number",
    description: "Largest circuit any Direct port type offers",
    compute: (ctx) => Math.max(...ctx.catalog.bandwidths.directPorts.ports.flatMap((p) => p.circuitMbps)),
  },
  standardRouteLimit: {
    constant: true,
    kind: "number",
    description: "IPv4 prefixes a Local or Standard circuit accepts over private peering",
    compute: (ctx) => ctx.catalog.bandwidths.tiers.privatePeeringIpv4Routes.Standard,
  },
  premiumRouteLimit: {
    constant: true,
    kind: "number",
    description: "IPv4 prefixes a Premium circuit accepts over private peering",
    compute: (ctx) => ctx.catalog.bandwidths.tiers.privatePeeringIpv4Routes.Premium,
  },
  premiumRoutePercent: {
    kind: "number",
    description: "On-premises routes as a percentage of what a Premium circuit accepts over private peering",
    compute: (ctx) => percentOf(ctx.answers.azure.onPremisesRoutes, ctx.fact("premiumRouteLimit") as number) ?? 0,
  },

  // ── Sites and groups ─────────────────────────────────────────────────────
  siteCount: { kind: "number", description: "Site entries in the answers", compute: (ctx) => ctx.answers.sites.length },
  siteGroupCount: { kind: "number", description: "Site groups (each gets its own circuits)", compute: (ctx) => ctx.topology.groups.length },
  businessUnits: {
    kind: "string[]",
    description: "Business units the sites name, in the sites' order",
    compute: (ctx) => [...new Set(ctx.topology.groups.map((g) => g.businessUnit).filter((b): b is string => b !== null))],
  },
  transitAsked: {
    kind: "boolean",
    description: "The answers ask for sites to reach each other over Microsoft's backbone (transit.betweenSites)",
    compute: (ctx) => ctx.answers.transit.betweenSites !== "none",
  },
  transitGroupPairs: {
    kind: "string[]",
    description: "Pairs of site groups that must reach each other over Microsoft's backbone",
    compute: (ctx) => ctx.topology.groups.flatMap((g) => g.transitPeers.filter((p) => ctx.topology.groupById.get(p)!.index > g.index).map((p) => `${g.id} + ${p}`)),
  },
  // ── Resiliency across groups ─────────────────────────────────────────────
  groupsWithoutLocation: {
    kind: "string[]",
    description: "Site groups whose sites name no peering location",
    compute: (ctx) => ctx.topology.groups.filter((g) => g.peeringLocation === null).map((g) => g.id),
  },
  groupsAtOneLocation: {
    after: "siteGroup.locations",
    kind: "string[]",
    description: "Site groups whose circuits are all at one peering location (no second circuit at another location)",
    compute: (ctx) => groupsWhere(ctx, (id) => ctx.groupDecision(id, "siteGroup.locations") === 1),
  },
  directGroups: {
    after: "connection.type",
    kind: "string[]",
    description: "Site groups on ExpressRoute Direct",
    compute: (ctx) => groupsWhere(ctx, (id) => ctx.groupDecision(id, "connection.type") === "direct"),
  },
  providerGroups: {
    after: "connection.type",
    kind: "string[]",
    description: "Site groups on connectivity provider circuits",
    compute: (ctx) => groupsWhere(ctx, (id) => ctx.groupDecision(id, "connection.type") === "provider"),
  },
  circuitCount: {
    after: "siteGroup.parallel",
    kind: "number",
    description: "Circuits the design orders, over all site groups",
    compute: (ctx) =>
      ctx.topology.groups.reduce((n, g) => n + (ctx.groupDecision(g.id, "siteGroup.locations") as number) * (ctx.groupDecision(g.id, "siteGroup.parallel") as number), 0),
  },

  // ── Where groups that must reach each other put their circuits ───────────
  primaryLocationPlan: {
    after: "connection.type",
    kind: "string[]",
    description:
      "Per site group, in order (records: location, takenBy): its given peering location, or — where an earlier group it must reach is already there — the nearest other location offering Global Reach (Global Reach joins only circuits at different peering locations)",
    compute: (ctx) => {
      const plans: PrimaryLocationPlan[] = [];
      for (const g of ctx.topology.groups) {
        const given = locationNamed(ctx.catalog, g.peeringLocation);
        const earlier = g.transitPeers.map((p) => ctx.topology.groupById.get(p)!).filter((p) => p.index < g.index);
        const taken = new Map(earlier.filter((p) => plans[p.index]!.location !== null).map((p) => [plans[p.index]!.location!, p.id]));
        const takenBy = given ? (taken.get(given.name) ?? null) : null;
        // Where Global Reach is not offered in the group's own country, moving to another country's
        // location would be a guess; the Global Reach finding asks for a location instead.
        const moved =
          given && takenBy !== null && given.globalReach
            ? pickNearbyLocation(ctx.catalog, given, { regions: g.regions, direct: ctx.groupDecision(g.id, "connection.type") === "direct", exclude: new Set(taken.keys()), globalReach: true })
            : null;
        plans.push({ location: moved ?? g.peeringLocation, takenBy });
      }
      return plans;
    },
  },
  // Read before siteGroup.locations is decided (a group whose Metro is taken gets two locations):
  // under high resiliency a group at one location holds the Metro exactly when one can be ordered
  // there and no earlier peer holds it; a group with none is raised to two locations or stays at one
  // without a Metro, so it holds none either way.
  metroHolders: {
    after: "resilience.level",
    kind: "string[]",
    description:
      "Per site group, in order (records: metro, blockedBy): the ExpressRoute Metro its circuit can use under high resiliency, and the earlier group it must reach that already holds that Metro (one Metro is one peering location)",
    compute: (ctx) => {
      const plans = ctx.fact("primaryLocationPlan") as PrimaryLocationPlan[];
      const high = ctx.decision("resilience.level") === "high";
      const holders: MetroHolder[] = [];
      for (const g of ctx.topology.groups) {
        const metroName = locationNamed(ctx.catalog, plans[g.index]!.location)?.metro ?? null;
        const metro = metroName === null ? undefined : ctx.catalog.metroByName.get(metroName);
        const type = ctx.groupDecision(g.id, "connection.type") as "provider" | "direct";
        const usable = high && metro !== undefined && canOrderMetro(metro, type, type === "direct" ? (ctx.groupDecision(g.id, "connection.directPortGbps") as number | null) : undefined);
        // Where Global Reach is not offered the link cannot be made at all (ER-GR-F02 says so), so
        // sharing the Metro costs nothing and keeping it keeps the group's resiliency.
        const blocker = usable && locationNamed(ctx.catalog, plans[g.index]!.location)?.globalReach ? g.transitPeers.map((p) => ctx.topology.groupById.get(p)!).find((p) => p.index < g.index && holders[p.index]!.metro === metroName && holders[p.index]!.blockedBy === null) : undefined;
        holders.push({ metro: usable ? metroName : null, blockedBy: blocker?.id ?? null });
      }
      return holders;
    },
  },

  // ── Global Reach ─────────────────────────────────────────────────────────
  plannedGlobalReachLinks: {
    after: "circuits[1].peeringLocation",
    kind: "string[]",
    description:
      "Every Global Reach link the transit between site groups asks for (records: circuits, crossesGeopoliticalRegions, samePeeringLocation, supported), including those that cannot be made",
    compute: (ctx) => {
      const placed = new Map(ctx.topology.groups.map((g) => [g.id, placeCircuits(ctx, g)]));
      return ctx.topology.groups.flatMap((g) =>
        g.transitPeers.filter((p) => ctx.topology.groupById.get(p)!.index > g.index).flatMap((p) => linksBetween(ctx, placed.get(g.id)!, placed.get(p)!)),
      );
    },
  },
  globalReachLinks: {
    after: "circuits[1].peeringLocation",
    kind: "string[]",
    description:
      "The Global Reach links the design makes (records: circuits, crossesGeopoliticalRegions, samePeeringLocation, supported): those asked for between circuits at different peering locations where Global Reach is offered",
    compute: (ctx) => planned(ctx).filter((l) => l.supported && !l.samePeeringLocation),
  },
  usableGlobalReachLinks: {
    after: "circuits[1].peeringLocation",
    kind: "string[]",
    description: "The Global Reach links the design makes, by circuit ids",
    compute: (ctx) => links(ctx).map(describeLink),
  },
  unsupportedGlobalReachLinks: {
    after: "circuits[1].peeringLocation",
    kind: "string[]",
    description: "Global Reach links asked for where a circuit's peering location does not offer Global Reach",
    compute: (ctx) => planned(ctx).filter((l) => !l.supported).map(describeLink),
  },
  sameLocationGlobalReachLinks: {
    after: "circuits[1].peeringLocation",
    kind: "string[]",
    description: "Global Reach links asked for between circuits at one peering location (or one Metro), which Global Reach cannot join",
    compute: (ctx) => planned(ctx).filter((l) => l.samePeeringLocation).map(describeLink),
  },
  unevenGlobalReachLinks: {
    after: "circuits[].bandwidthMbps",
    kind: "string[]",
    description: "Global Reach links between circuits of different bandwidths, with each circuit's Mbps",
    compute: (ctx) => {
      const groupOfCircuit = new Map(ctx.topology.groups.flatMap((g) => (ctx.groupFact(g.id, "groupCircuitIds") as string[]).map((id) => [id, g.id] as const)));
      const mbps = (id: string) => ctx.groupDecision(groupOfCircuit.get(id)!, "circuits[].bandwidthMbps") as number;
      return links(ctx)
        .filter((l) => mbps(l.circuits[0]) !== mbps(l.circuits[1]))
        .map((l) => `${l.circuits[0]} (${mbps(l.circuits[0])} Mbps) + ${l.circuits[1]} (${mbps(l.circuits[1])} Mbps)`);
    },
  },
  globalReachLinkPrefixLength: {
    constant: true,
    kind: "number",
    description: "Prefix length of the IPv4 subnet each Global Reach link needs, used nowhere else",
    compute: (ctx) => ctx.catalog.globalReach.linkPrefixLength,
  },
  openLocationGlobalReachLinks: {
    after: "circuits[1].peeringLocation",
    kind: "string[]",
    description: "Global Reach links the design makes to a circuit whose peering location is still open (the link depends on the location chosen)",
    compute: (ctx) => links(ctx).filter((l) => l.openLocation).map(describeLink),
  },
  crossGeoGlobalReachLinks: {
    after: "circuits[1].peeringLocation",
    kind: "string[]",
    description: "Global Reach links between circuits in different geopolitical regions",
    compute: (ctx) => links(ctx).filter((l) => l.crossesGeopoliticalRegions).map(describeLink),
  },

  // ── ExpressRoute Direct port pairs ───────────────────────────────────────
  directPortPlan: {
    after: "circuits[].bandwidthMbps",
    kind: "string[]",
    description:
      "Direct port pairs (records: id, peeringLocation, sizeGbps, circuits, needMbps, provisionedMbps): each circuit of a Direct group goes on the first pair at its location and port size with room for its share of the need within the port speed and its bandwidth within the pair's subscribed bandwidth",
    compute: (ctx) => {
      const pairs: PortPair[] = [];
      const perLocation = new Map<string, number>();
      for (const g of ctx.topology.groups) {
        if (ctx.groupDecision(g.id, "connection.type") !== "direct") continue;
        const gbps = ctx.groupDecision(g.id, "connection.directPortGbps") as number;
        const port = ctx.catalog.bandwidths.directPorts.ports.find((p) => p.gbps === gbps);
        const need = ctx.groupFact(g.id, "perCircuitNeedMbps") as number;
        const mbps = ctx.groupDecision(g.id, "circuits[].bandwidthMbps") as number;
        for (const c of placeCircuits(ctx, g)) {
          const fits = (p: PortPair) =>
            p.peeringLocation === c.location && p.sizeGbps === gbps && p.needMbps + need <= gbps * 1000 && p.provisionedMbps + mbps <= (port?.subscribedMbps ?? gbps * 1000);
          let pair = pairs.find(fits);
          if (!pair) {
            const slug = (c.location ?? "direct").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
            const n = (perLocation.get(slug) ?? 0) + 1;
            perLocation.set(slug, n);
            pair = { id: `${slug}-port-${n}`, peeringLocation: c.location, sizeGbps: gbps, circuits: [], needMbps: 0, provisionedMbps: 0 };
            pairs.push(pair);
          }
          pair.circuits.push(c.id);
          pair.needMbps += need;
          pair.provisionedMbps += mbps;
        }
      }
      return pairs;
    },
  },
  directPortPairCount: {
    after: "circuits[].bandwidthMbps",
    kind: "number",
    description: "ExpressRoute Direct port pairs the design orders",
    compute: (ctx) => (ctx.fact("directPortPlan") as PortPair[]).length,
  },
};
