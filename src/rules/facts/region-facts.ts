// Region facts: one Azure region's gateway (its need, the circuits connected to it, its VMs and
// routes, its zones) and the gateway sizes that fit them. Read by the gateway rules, which decide
// once per region (scope "region"); lookups over the answers, the topology and the catalog, never
// decisions themselves.
import { circuitIdsOf } from "../site-groups.js";
import type { GatewaySku } from "../../catalog/schema.js";
import type { DerivedFact, FactContext } from "../fact-types.js";
import { regionNeedMbps, ownRegion, percentOf } from "./network-facts.js";

const num = (ctx: FactContext, name: string) => ctx.fact(name) as number;

/** The catalog entry of the region being decided (regions are checked against the catalog). */
const catalogRegion = (ctx: FactContext) => ctx.catalog.regionByName.get(ownRegion(ctx).answer.name);

/** A circuit connected to the region's gateway, with the facts its routing preference needs. */
interface RegionCircuit {
  id: string;
  group: string;
  location: 0 | 1;
  peeringLocation: string | null;
}

/** The circuits connected to the region's gateway (computed once per region: see regionCircuitTable). */
const regionCircuits = (ctx: FactContext) => ctx.fact("regionCircuitTable") as RegionCircuit[];

/**
 * Whether a group's circuits at location `index` connect to the region's gateway: those of every
 * group whose sites use it, except that with Virtual WAN a circuit connects only to the hub nearest
 * its location (groupRegionsByLocation), and the meshed hubs carry its traffic on to the others.
 */
/** Site groups with a circuit connected to the region. */
const connectedGroups = (ctx: FactContext): string[] => [...new Set(regionCircuits(ctx).map((c) => c.group))];

const connectsHere = (ctx: FactContext, gid: string, index: 0 | 1): boolean =>
  ((ctx.groupFact(gid, "groupRegionsByLocation") as string[][])[index] ?? []).includes(ownRegion(ctx).answer.name);

/** The circuits connected to the region, in group order then circuit order. */
function planRegionCircuits(ctx: FactContext): RegionCircuit[] {
  return ownRegion(ctx).groups.flatMap((gid) => {
    const locations = ctx.groupDecision(gid, "siteGroup.locations") as number;
    const parallel = ctx.groupDecision(gid, "siteGroup.parallel") as number;
    return circuitIdsOf(gid, locations, parallel)
      .filter((c) => connectsHere(ctx, gid, c.location))
      .map((c) => ({
        id: c.id,
        group: gid,
        location: c.location,
        peeringLocation: ctx.groupDecision(gid, `circuits[${c.location}].peeringLocation`) as string | null,
      }));
  });
}

/** Circuits connected to the region's gateway per known peering location, in circuit order. */
function circuitsPerLocation(ctx: FactContext): Map<string, number> {
  const perLocation = new Map<string, number>();
  for (const c of regionCircuits(ctx)) if (c.peeringLocation !== null) perLocation.set(c.peeringLocation, (perLocation.get(c.peeringLocation) ?? 0) + 1);
  return perLocation;
}

/**
 * How near a circuit's peering location is to the region: 0 when the region is one of the
 * location's local regions, 1 in the same geopolitical region, 2 otherwise (or unknown). Traffic
 * should enter Azure at the nearest location (expressroute-optimize-routing).
 */
function nearness(ctx: FactContext, peeringLocation: string | null): number {
  const location = peeringLocation === null ? undefined : ctx.catalog.locationByName.get(peeringLocation);
  if (!location) return 2;
  const region = ownRegion(ctx).answer.name;
  if (location.localRegions.includes(region)) return 0;
  return location.geo === catalogRegion(ctx)?.geo ? 1 : 2;
}

/** Whether a fixed SKU carries the region's need (or supports FastPath), its connections, routes and VMs. */
function fitsGateway(sku: GatewaySku, ctx: FactContext, fastPath: boolean): boolean {
  return (
    (fastPath ? sku.fastPath : sku.mbps >= num(ctx, "gatewayNeedMbps")) &&
    sku.connections >= num(ctx, "gatewayConnectionsNeeded") &&
    sku.learnedRoutes >= ctx.answers.azure.onPremisesRoutes &&
    sku.vms >= (ownRegion(ctx).answer.vmCount ?? 0)
  );
}

/** VMs an ErGwScale gateway of `units` scale units supports (the rate per unit drops past 10). */
function scaleUnitVms(ctx: FactContext, units: number): number {
  const steps = [...ctx.catalog.gateways.scalable.vmsPerScaleUnit].sort((a, b) => a.fromScaleUnits - b.fromScaleUnits);
  return steps.reduce((total, step, i) => {
    const next = steps[i + 1]?.fromScaleUnits ?? Infinity;
    return total + Math.max(0, Math.min(units, next - 1) - step.fromScaleUnits + 1) * step.vms;
  }, 0);
}

/** Fewest ErGwScale scale units that support `vms` VMs (Infinity when even the maximum does not). */
function scaleUnitsForVms(ctx: FactContext, vms: number): number {
  const g = ctx.catalog.gateways.scalable;
  for (let units = g.minScaleUnits; units <= g.maxScaleUnits; units++) if (scaleUnitVms(ctx, units) >= vms) return units;
  return Infinity;
}

/**
 * VMs to size ErGwScale for: the region's VMs plus headroom, so the near-limit warning (more than
 * NEAR_LIMIT_PERCENT of the gateway's VMs) does not fire on the size just chosen. Falls back to
 * the bare count when the headroom needs more than the maximum scale units.
 */
const NEAR_LIMIT_PERCENT = 80;
function vmsWithHeadroom(ctx: FactContext): number {
  const vms = ownRegion(ctx).answer.vmCount ?? 0;
  const padded = Math.ceil((vms * 100) / NEAR_LIMIT_PERCENT);
  return Number.isFinite(scaleUnitsForVms(ctx, padded)) ? padded : vms;
}

/** How to read one limit off each kind of gateway. */
interface GatewayLimit {
  /** ErGwScale, by its scale units (read only when needed: some limits do not depend on them). */
  scalable(units: () => number): number;
  /** A Virtual WAN hub's ExpressRoute gateway and router. */
  hub(): number;
  /** A fixed-size SKU's row. */
  fixed(sku: GatewaySku): number;
}

/** A limit of the region's chosen gateway (0 for a SKU the catalog does not list). */
function chosenGatewayLimit(ctx: FactContext, limit: GatewayLimit): number {
  const sku = ctx.decision("gateway.sku");
  if (sku === "ErGwScale") return limit.scalable(() => (ctx.decision("gateway.scaleUnits") as number | null) ?? 0);
  if (sku === "ExpressRouteGateway") return limit.hub();
  const row = ctx.catalog.gateways.skus.find((s) => s.name === sku);
  return row ? limit.fixed(row) : 0;
}

export const REGION_FACTS: Readonly<Record<string, DerivedFact>> = {
  // ── The region ───────────────────────────────────────────────────────────
  regionName: { scope: "region", kind: "string", description: "ARM name of the region whose gateway is decided", compute: (ctx) => ownRegion(ctx).answer.name },
  regionGeo: {
    scope: "region",
    kind: "string",
    nullable: true,
    description: "ExpressRoute geopolitical region of the region",
    compute: (ctx) => catalogRegion(ctx)?.geo ?? null,
  },
  regionHasZones: { scope: "region", kind: "boolean", description: "The region has availability zones", compute: (ctx) => catalogRegion(ctx)?.availabilityZones ?? false },
  regionErgwScale: { scope: "region", kind: "boolean", description: "ErGwScale is offered in the region", compute: (ctx) => catalogRegion(ctx)?.ergwScale ?? false },
  regionRestricted: {
    scope: "region",
    kind: "boolean",
    description: "The region has restricted access (granted on request)",
    compute: (ctx) => catalogRegion(ctx)?.restricted ?? false,
  },
  regionComingSoon: { scope: "region", kind: "boolean", description: "The region is announced but not open yet", compute: (ctx) => catalogRegion(ctx)?.comingSoon ?? false },
  regionVnetCount: { scope: "region", kind: "number", description: "VNets reached in the region (hub and spokes)", compute: (ctx) => ownRegion(ctx).answer.vnetCount },
  regionVmCount: {
    scope: "region",
    kind: "number",
    nullable: true,
    description: "VMs (private endpoints, NVAs, VNet-injected PaaS count) behind the region's gateway (null when not given)",
    compute: (ctx) => ownRegion(ctx).answer.vmCount,
  },
  regionVmCountKnown: {
    scope: "region",
    kind: "boolean",
    description: "The answers give the VMs behind the region's gateway",
    compute: (ctx) => ownRegion(ctx).answer.vmCount !== null,
  },
  regionVnetPrefixes: {
    scope: "region",
    kind: "number",
    nullable: true,
    description: "IPv4 prefixes of the region's VNets, advertised to on-premises (null when not given)",
    compute: (ctx) => ownRegion(ctx).answer.vnetPrefixes,
  },
  gatewayNeedMbps: {
    scope: "region",
    kind: "number",
    description:
      "Throughput the region's gateway must carry: the region's own need (regions[].requiredMbps) grown over the horizon, else the sum of the projected needs of the site groups using the region",
    compute: (ctx) => regionNeedMbps(ctx, ownRegion(ctx)),
  },

  // ── Circuits connected to the gateway ────────────────────────────────────
  regionCircuitTable: {
    scope: "region",
    after: "circuits[1].peeringLocation",
    kind: "string[]",
    description: "The circuits connected to the region's gateway with their group, location index and peering location (for the other region facts)",
    compute: planRegionCircuits,
  },
  regionCircuits: {
    scope: "region",
    after: "circuits[1].peeringLocation",
    kind: "string[]",
    description: "Circuits connected to the region's gateway: those of every site group using the region (with Virtual WAN, of the groups whose nearest hub it is)",
    compute: (ctx) => regionCircuits(ctx).map((c) => c.id),
  },
  gatewayConnectionsNeeded: {
    scope: "region",
    after: "circuits[1].peeringLocation",
    kind: "number",
    description: "Circuit connections the region's gateway needs (one per circuit connected to it)",
    compute: (ctx) => regionCircuits(ctx).length,
  },
  regionCircuitsAtOneLocation: {
    scope: "region",
    after: "circuits[1].peeringLocation",
    kind: "number",
    description: "Most circuits connected to the region's gateway from one peering location",
    compute: (ctx) => Math.max(0, ...circuitsPerLocation(ctx).values()),
  },
  regionBusiestLocation: {
    scope: "region",
    after: "circuits[1].peeringLocation",
    kind: "string",
    nullable: true,
    description: "The peering location with the most circuits connected to the region's gateway (null when none is known)",
    compute: (ctx) => {
      let best: [string, number] | null = null;
      for (const entry of circuitsPerLocation(ctx)) if (best === null || entry[1] > best[1]) best = entry;
      return best?.[0] ?? null;
    },
  },
  regionDistantCircuits: {
    scope: "region",
    after: "circuits[1].peeringLocation",
    kind: "string[]",
    description: "Circuits connected to the region's gateway whose peering location is outside the region's geopolitical region",
    compute: (ctx) => regionCircuits(ctx).filter((c) => nearness(ctx, c.peeringLocation) === 2 && c.peeringLocation !== null).map((c) => c.id),
  },
  regionAnyProvider: {
    scope: "region",
    after: "circuits[1].peeringLocation",
    kind: "boolean",
    description: "A provider circuit connects to the region's gateway",
    compute: (ctx) => connectedGroups(ctx).some((gid) => ctx.groupDecision(gid, "connection.type") === "provider"),
  },
  regionAnyDirect: {
    scope: "region",
    after: "circuits[1].peeringLocation",
    kind: "boolean",
    description: "An ExpressRoute Direct circuit connects to the region's gateway",
    compute: (ctx) => connectedGroups(ctx).some((gid) => ctx.groupDecision(gid, "connection.type") === "direct"),
  },
  regionConnections: {
    scope: "region",
    after: "circuits[1].peeringLocation",
    kind: "string[]",
    description:
      "The region's circuit connections { circuit, weight, preferred }: each group's circuits at its nearest location (local region > same geopolitical region > other; ties go to the primary) are preferred with weight 100, the others 0",
    compute: (ctx) => {
      const circuits = regionCircuits(ctx);
      const rank = new Map(circuits.map((c) => [c.id, nearness(ctx, c.peeringLocation) * 2 + c.location]));
      const best = new Map<string, number>();
      for (const c of circuits) best.set(c.group, Math.min(best.get(c.group) ?? Infinity, rank.get(c.id)!));
      // Weight is compared first when a VNet's gateway learns the same prefix over several
      // connections: the higher weight wins (expressroute-optimize-routing).
      return circuits.map((c) => {
        const preferred = rank.get(c.id) === best.get(c.group);
        return { circuit: c.id, weight: preferred ? 100 : 0, preferred };
      });
    },
  },
  regionPreferredCircuits: {
    scope: "region",
    after: "circuits[1].peeringLocation",
    kind: "string[]",
    description: "Circuits the region's gateway prefers (weight 100): each site group's circuits at its location nearest the region",
    compute: (ctx) => (ctx.fact("regionConnections") as { circuit: string; preferred: boolean }[]).filter((c) => c.preferred).map((c) => c.circuit),
  },
  regionEqualCircuits: {
    scope: "region",
    after: "circuits[1].peeringLocation",
    kind: "number",
    description: "Most circuits of one site group the region's gateway prefers at equal weight (parallel circuits it load-balances over)",
    compute: (ctx) => {
      const perGroup = new Map<string, number>();
      const preferred = new Set(ctx.fact("regionPreferredCircuits") as string[]);
      for (const c of regionCircuits(ctx)) if (preferred.has(c.id)) perGroup.set(c.group, (perGroup.get(c.group) ?? 0) + 1);
      return Math.max(0, ...perGroup.values());
    },
  },
  regionBackupCircuits: {
    scope: "region",
    after: "circuits[1].peeringLocation",
    kind: "string[]",
    description: "Circuits connected to the region's gateway that it does not prefer (weight 0): each site group's circuits farther from the region than its nearest",
    compute: (ctx) => (ctx.fact("regionConnections") as { circuit: string; preferred: boolean }[]).filter((c) => !c.preferred).map((c) => c.circuit),
  },

  // ── Gateway sizing ───────────────────────────────────────────────────────
  azGatewaySku: {
    scope: "region",
    after: "gateway.fastPath",
    kind: "string",
    nullable: true,
    description: "Smallest fixed AZ gateway SKU whose throughput (or FastPath support), connections, learned routes and VMs fit the region",
    compute: (ctx) => {
      const fastPath = ctx.decision("gateway.fastPath") as boolean;
      return ctx.catalog.gateways.skus.find((s) => s.zoneCapable && fitsGateway(s, ctx, fastPath))?.name ?? null;
    },
  },
  ergwScaleUnits: {
    scope: "region",
    after: "gateway.fastPath",
    kind: "number",
    nullable: true,
    description:
      "ErGwScale scale units that carry the region's need, connections and VMs (with FastPath: at least its minimum, at most the maximum); null above the maximum without FastPath",
    compute: (ctx) => {
      const g = ctx.catalog.gateways.scalable;
      let units = Math.max(g.minScaleUnits, Math.ceil(num(ctx, "gatewayNeedMbps") / g.mbpsPerScaleUnit));
      const connections = num(ctx, "gatewayConnectionsNeeded");
      const step = g.connectionSteps.find((s) => s.connections >= connections);
      if (step) units = Math.max(units, step.fromScaleUnits);
      units = Math.max(units, scaleUnitsForVms(ctx, vmsWithHeadroom(ctx)));
      if (ctx.decision("gateway.fastPath")) {
        // FastPath carries VM traffic past the gateway, so beyond the maximum the largest
        // ErGwScale still serves what FastPath does not carry (private endpoints, ILBs, spokes).
        return Math.min(Math.max(units, g.fastPathFromScaleUnits), g.maxScaleUnits);
      }
      return units <= g.maxScaleUnits ? units : null;
    },
  },
  ergwScaleUnitsForVms: {
    scope: "region",
    kind: "boolean",
    description: "The region's VMs (with headroom), rather than throughput, connections or FastPath, set the ErGwScale scale units",
    compute: (ctx) => {
      const g = ctx.catalog.gateways.scalable;
      const vmUnits = scaleUnitsForVms(ctx, vmsWithHeadroom(ctx));
      const throughputUnits = Math.max(g.minScaleUnits, Math.ceil(num(ctx, "gatewayNeedMbps") / g.mbpsPerScaleUnit));
      return ownRegion(ctx).answer.vmCount !== null && Number.isFinite(vmUnits) && vmUnits > throughputUnits;
    },
  },
  hubScaleUnitsForNeed: {
    scope: "region",
    kind: "number",
    description: "Scale units of a Virtual WAN hub's ExpressRoute gateway that the region's need alone takes (at most the maximum)",
    compute: (ctx) => {
      const g = ctx.catalog.virtualWan.gateway;
      return Math.min(g.maxScaleUnits, Math.max(g.minScaleUnits, Math.ceil(num(ctx, "gatewayNeedMbps") / g.mbpsPerScaleUnit)));
    },
  },
  hubScaleUnits: {
    scope: "region",
    after: "gateway.fastPath",
    kind: "number",
    nullable: true,
    description:
      "Scale units of a Virtual WAN hub's ExpressRoute gateway for the region: its need, at least 2 for high or maximum resiliency (1 unit dips during maintenance), at least FastPath's minimum when FastPath is on; null when the need exceeds the maximum without FastPath",
    compute: (ctx) => {
      const g = ctx.catalog.virtualWan.gateway;
      let units = Math.max(g.minScaleUnits, Math.ceil(num(ctx, "gatewayNeedMbps") / g.mbpsPerScaleUnit));
      // "Scale units 2-10, during maintenance operations, maintain aggregate throughput" (virtual-wan-expressroute-about).
      if (ctx.decision("resilience.level") !== "standard") units = Math.max(units, g.steadyUnderMaintenanceFromScaleUnits);
      if (ctx.decision("gateway.fastPath")) return Math.min(Math.max(units, g.fastPath.fromScaleUnits), g.maxScaleUnits);
      return units <= g.maxScaleUnits ? units : null;
    },
  },
  hubRouterUnits: {
    scope: "region",
    kind: "number",
    nullable: true,
    description:
      "Routing infrastructure units a Virtual WAN hub's router needs for the VMs of the region's VNets (2, the default, and up); null when more than its maximum",
    compute: (ctx) => {
      // The router's capacity counts "connected VMs deployed in all virtual networks connected to
      // that virtual hub" (hub-settings); circuit traffic to the VNets goes through the hub's
      // ExpressRoute gateway, sized separately in scale units.
      const router = ctx.catalog.virtualWan.hub.router;
      const vms = ownRegion(ctx).answer.vmCount ?? 0;
      return router.units.find((r) => r.units >= router.defaultUnits && r.vms >= vms)?.units ?? null;
    },
  },
  gatewayCapacityMbps: {
    scope: "region",
    after: "gateway.scaleUnits",
    kind: "number",
    description: "Throughput of the region's chosen gateway",
    compute: (ctx) =>
      chosenGatewayLimit(ctx, {
        scalable: (units) => units() * ctx.catalog.gateways.scalable.mbpsPerScaleUnit,
        hub: () => ((ctx.decision("gateway.scaleUnits") as number | null) ?? 0) * ctx.catalog.virtualWan.gateway.mbpsPerScaleUnit,
        fixed: (sku) => sku.mbps,
      }),
  },
  gatewayMaxConnections: {
    scope: "region",
    after: "gateway.scaleUnits",
    kind: "number",
    description: "Circuit connections the region's chosen gateway supports",
    compute: (ctx) =>
      chosenGatewayLimit(ctx, {
        scalable: (units) => Math.max(0, ...ctx.catalog.gateways.scalable.connectionSteps.filter((s) => s.fromScaleUnits <= units()).map((s) => s.connections)),
        hub: () => ctx.catalog.virtualWan.gateway.circuits,
        fixed: (sku) => sku.connections,
      }),
  },
  gatewayCircuitsFromOneLocation: {
    scope: "region",
    after: "gateway.sku",
    kind: "number",
    description: "Circuits from one peering location the region's gateway (a VNet gateway or a hub's) connects",
    compute: (ctx) =>
      ctx.decision("gateway.sku") === "ExpressRouteGateway"
        ? ctx.catalog.virtualWan.gateway.circuitsFromOnePeeringLocation
        : ctx.catalog.gateways.circuitsFromOnePeeringLocation,
  },
  gatewayVmLimit: {
    scope: "region",
    after: "gateway.scaleUnits",
    kind: "number",
    description: "VMs (private endpoints, NVAs, VNet-injected PaaS count) the region's chosen gateway supports",
    compute: (ctx) =>
      chosenGatewayLimit(ctx, {
        scalable: (units) => scaleUnitVms(ctx, units()),
        // A hub's VMs are served by its router, up to its largest capacity (hub-settings).
        hub: () => Math.max(...ctx.catalog.virtualWan.hub.router.units.map((r) => r.vms)),
        fixed: (sku) => sku.vms,
      }),
  },
  gatewayVmPercent: {
    scope: "region",
    after: "gateway.scaleUnits",
    kind: "number",
    nullable: true,
    description: "The region's VMs as a percentage of what its gateway supports (null when not given)",
    compute: (ctx) => percentOf(ownRegion(ctx).answer.vmCount, num(ctx, "gatewayVmLimit")),
  },
  gatewayLearnedRouteLimit: {
    scope: "region",
    after: "gateway.sku",
    kind: "number",
    description: "Routes the region's chosen gateway can learn",
    compute: (ctx) =>
      chosenGatewayLimit(ctx, {
        scalable: () => ctx.catalog.gateways.scalable.learnedRoutes,
        hub: () => ctx.catalog.virtualWan.hub.maxRoutes,
        fixed: (sku) => sku.learnedRoutes,
      }),
  },
  gatewayLearnedRoutePercent: {
    scope: "region",
    after: "gateway.sku",
    kind: "number",
    nullable: true,
    description: "On-premises routes as a percentage of what the region's chosen gateway learns",
    compute: (ctx) => percentOf(ctx.answers.azure.onPremisesRoutes, num(ctx, "gatewayLearnedRouteLimit")),
  },
  totalRoutes: {
    scope: "region",
    kind: "number",
    nullable: true,
    description: "On-premises prefixes plus the region's VNet prefixes (null when the VNet prefixes are not given)",
    compute: (ctx) => {
      const vnet = ownRegion(ctx).answer.vnetPrefixes;
      return vnet === null ? null : ctx.answers.azure.onPremisesRoutes + vnet;
    },
  },
  advertisedRoutePercent: {
    scope: "region",
    kind: "number",
    nullable: true,
    description: "The region's VNet prefixes as a percentage of the routes a gateway advertises to on-premises (null when not given)",
    compute: (ctx) => percentOf(ownRegion(ctx).answer.vnetPrefixes, num(ctx, "advertisedRouteLimit")),
  },
};
