// Network facts (design scope): what decides hub-and-spoke or Virtual WAN, the gateway limits every
// region shares, and design-wide sums over the site groups (total need, circuits, sites). Plus the
// small helpers the region facts share with them.
import type { DerivedFact, FactContext } from "../derived.js";
import type { RegionPlan } from "../site-groups.js";
import { projectMbps } from "./fact-helpers.js";
import { NETWORK_MESSAGES as M } from "./network-messages.js";

/** The region a region-scope fact is computed for (the engine sets it in region scope only). */
export function ownRegion(ctx: FactContext): RegionPlan {
  if (!ctx.region) throw new Error("a region fact was read outside region scope");
  return ctx.region;
}

/**
 * The throughput a region's gateway must carry: the region's own peak (regions[].requiredMbps),
 * grown like a site's need, else the sum of the projected needs of the site groups using it.
 */
export function regionNeedMbps(ctx: FactContext, region: RegionPlan): number {
  const given = region.answer.requiredMbps;
  if (given !== null) return projectMbps(ctx.answers, given);
  return region.groups.reduce((sum, gid) => sum + (ctx.groupFact(gid, "projectedMbps") as number), 0);
}

/** Percentage of a limit used, or null when the count is unknown or the limit is 0. */
export const percentOf = (count: number | null | undefined, limit: number): number | null =>
  count === null || count === undefined || limit <= 0 ? null : (count / limit) * 100;

/** The Virtual WAN hub's ExpressRoute gateway, as the rules need it (catalog/virtual-wan.yaml). */
export interface HubGatewayTable {
  mbpsPerScaleUnit: number;
  minScaleUnits: number;
  maxScaleUnits: number;
  /** Scale units from which FastPath is on for Direct circuits (null: not offered). */
  fastPathFromScaleUnits: number | null;
  circuitConnections: number;
  learnedRoutes: number;
  hubMaxVms: number;
}

export function vwanGatewayTable(ctx: FactContext): HubGatewayTable {
  const g = ctx.catalog.virtualWan.expressRouteGateway;
  return {
    mbpsPerScaleUnit: g.mbpsPerScaleUnit,
    minScaleUnits: g.minScaleUnits,
    maxScaleUnits: g.maxScaleUnits,
    fastPathFromScaleUnits: g.fastPathFromScaleUnits ?? null,
    circuitConnections: g.circuitConnections,
    learnedRoutes: g.learnedRoutes,
    hubMaxVms: g.hubMaxVms,
  };
}

/** Site entries in all (a site entry may stand for many like branches). */
const siteCount = (ctx: FactContext) => ctx.answers.sites.reduce((sum, s) => sum + s.count, 0);

/**
 * What the answers ask for that a Virtual WAN hub does not give, as phrases for the network rules'
 * rationale and findings. IPv6: "IPv6 isn't supported in the Virtual WAN hub and its gateways";
 * zones: hub services are "automatically deployed across Availability Zones"; throughput and routes:
 * the Virtual WAN limits (virtual-wan-faq, azure-subscription-service-limits#virtual-wan-limits).
 */
function virtualWanGaps(ctx: FactContext): string[] {
  const a = ctx.answers;
  const hub = vwanGatewayTable(ctx);
  const maxMbps = hub.maxScaleUnits * hub.mbpsPerScaleUnit;
  const gaps: string[] = [];
  if (a.azure.dualStack) gaps.push(M.gapIpv6);
  if (a.resilience.pinnedZone !== null) gaps.push(M.gapPinnedZone(a.resilience.pinnedZone));
  for (const r of ctx.topology.regions) {
    const need = regionNeedMbps(ctx, r);
    if (need > maxMbps) gaps.push(M.gapThroughput(r.answer.name, need, maxMbps));
  }
  if (a.azure.onPremisesRoutes > hub.learnedRoutes) gaps.push(M.gapRoutes(a.azure.onPremisesRoutes, hub.learnedRoutes));
  return gaps;
}

/**
 * What in the answers fits Virtual WAN, per the Cloud Adoption Framework's topology guidance
 * (define-an-azure-network-topology): resources "across several Azure regions" needing "global
 * connectivity between VNets in these Azure regions and multiple on-premises locations", or a
 * branch network integrated "via a software-defined WAN (SD-WAN)". One site group (every v1 file)
 * never fits: it has no other on-premises location to reach through the hubs.
 */
function virtualWanFits(ctx: FactContext): string[] {
  const a = ctx.answers;
  const groups = ctx.topology.groups.length;
  if (groups < 2) return [];
  const fits: string[] = [];
  if (a.regions.length >= 2 && a.transit.betweenSites !== "none") fits.push(M.fitAnyToAny(a.regions.length, groups));
  const sdWan = a.sites.filter((s) => s.wan === "sd-wan").reduce((sum, s) => sum + s.count, 0);
  if (sdWan > 0 && a.regions.length >= 2) fits.push(M.fitSdWan(sdWan, a.regions.length));
  return fits;
}

export const NETWORK_FACTS: Readonly<Record<string, DerivedFact>> = {
  // ── Hub-and-spoke or Virtual WAN ─────────────────────────────────────────
  virtualWanGaps: {
    kind: "string[]",
    description: "What the answers ask for that Virtual WAN hubs do not offer (empty when nothing)",
    compute: virtualWanGaps,
  },
  virtualWanFits: {
    kind: "string[]",
    description: "What in the answers fits Virtual WAN per the Cloud Adoption Framework (several regions and site groups that must reach each other, SD-WAN sites over several regions)",
    compute: virtualWanFits,
  },
  circuitsOnSeveralRegions: {
    kind: "boolean",
    description: "Some site group uses more than one region, so its circuits connect to several regions' gateways (a bow-tie between hubs)",
    compute: (ctx) => ctx.topology.groups.some((g) => g.regions.length > 1),
  },
  existingGatewaySubnet: {
    kind: "boolean",
    description: "The answers describe an existing GatewaySubnet (a customer-managed hub VNet already exists)",
    compute: (ctx) => ctx.answers.resilience.gatewaySubnetPrefixLength !== null,
  },

  // ── Design-wide sums ─────────────────────────────────────────────────────
  regionCount: { kind: "number", description: "How many Azure regions the design reaches", compute: (ctx) => ctx.answers.regions.length },
  regionNames: { kind: "string[]", description: "The design's regions, in the answers' order", compute: (ctx) => ctx.answers.regions.map((r) => r.name) },
  regionsWithZones: {
    kind: "string[]",
    description: "The design's regions with availability zones",
    compute: (ctx) => ctx.answers.regions.filter((r) => ctx.catalog.regionByName.get(r.name)?.availabilityZones).map((r) => r.name),
  },
  siteCount: { kind: "number", description: "Sites and branches in all (each site entry counts its like branches)", compute: siteCount },
  designProjectedMbps: {
    kind: "number",
    description: "The projected needs of every site group, summed",
    compute: (ctx) => ctx.topology.groups.reduce((sum, g) => sum + (ctx.groupFact(g.id, "projectedMbps") as number), 0),
  },
  circuitCount: {
    after: "siteGroup.parallel",
    kind: "number",
    description: "Circuits the design orders, over every site group",
    compute: (ctx) =>
      ctx.topology.groups.reduce(
        (sum, g) => sum + (ctx.groupDecision(g.id, "siteGroup.locations") as number) * (ctx.groupDecision(g.id, "siteGroup.parallel") as number),
        0,
      ),
  },
  anyDirect: {
    after: "connection.type",
    kind: "boolean",
    description: "Some site group uses ExpressRoute Direct",
    compute: (ctx) => ctx.topology.groups.some((g) => ctx.groupDecision(g.id, "connection.type") === "direct"),
  },

  // ── Gateway limits (catalog) ─────────────────────────────────────────────
  maxFixedGatewayMbps: {
    constant: true,
    kind: "number",
    description: "Throughput of the largest fixed-size gateway SKU",
    compute: (ctx) => Math.max(...ctx.catalog.gateways.skus.map((s) => s.mbps)),
  },
  maxScalableGatewayMbps: {
    constant: true,
    kind: "number",
    description: "Throughput of ErGwScale at its maximum scale units",
    compute: ({ catalog: { gateways: g } }) => g.scalable.maxScaleUnits * g.scalable.mbpsPerScaleUnit,
  },
  maxHubGatewayMbps: {
    constant: true,
    kind: "number",
    description: "Throughput of a Virtual WAN hub's ExpressRoute gateway at its maximum scale units",
    compute: (ctx) => {
      const t = vwanGatewayTable(ctx);
      return t.maxScaleUnits * t.mbpsPerScaleUnit;
    },
  },
  hubMbpsPerScaleUnit: {
    constant: true,
    kind: "number",
    description: "Throughput of one scale unit of a Virtual WAN hub's ExpressRoute gateway",
    compute: (ctx) => vwanGatewayTable(ctx).mbpsPerScaleUnit,
  },
  hubCircuitConnections: {
    constant: true,
    kind: "number",
    description: "Circuit connections a Virtual WAN hub's ExpressRoute gateway takes",
    compute: (ctx) => vwanGatewayTable(ctx).circuitConnections,
  },
  hubMaxScaleUnits: {
    constant: true,
    kind: "number",
    description: "Most scale units a Virtual WAN hub's ExpressRoute gateway takes",
    compute: (ctx) => vwanGatewayTable(ctx).maxScaleUnits,
  },
  maxFixedGatewayVms: {
    constant: true,
    kind: "number",
    description: "VMs the largest fixed-size gateway SKU supports",
    compute: (ctx) => Math.max(...ctx.catalog.gateways.skus.map((s) => s.vms)),
  },
  advertisedRouteLimit: {
    constant: true,
    kind: "number",
    description: "Routes a gateway advertises to on-premises at most",
    compute: (ctx) => ctx.catalog.gateways.routes.advertisedToOnPremises,
  },
  totalRouteLimit: {
    constant: true,
    kind: "number",
    description: "Routes ExpressRoute handles across VNet address spaces, on-premises and peered VNets",
    compute: (ctx) => ctx.catalog.gateways.routes.total,
  },
  recommendedSubnetPrefixLength: {
    constant: true,
    kind: "number",
    description: "GatewaySubnet prefix length Microsoft recommends for most designs",
    compute: (ctx) => ctx.catalog.gateways.gatewaySubnet.recommendedPrefixLength,
  },
  vpnGatewayNeeded: {
    after: "vpnFailover.enabled",
    kind: "boolean",
    description: "A VPN gateway coexists with the ExpressRoute gateway (VPN failover or IPsec over private peering)",
    compute: (ctx) => (ctx.decision("vpnFailover.enabled") as boolean) || (ctx.decision("encryption.ipsec") as boolean),
  },
};
