// Network facts (design scope): what decides hub-and-spoke or Virtual WAN, the gateway limits every
// region shares, and design-wide sums over the site groups (total need, circuits, sites). Plus the
// small helpers the region facts share with them.
import type { DerivedFact, FactContext } from "../fact-types.js";
import { projectNeed, regionRequiredMbps, type RegionPlan } from "../site-groups.js";
import { NETWORK_MESSAGES as M } from "./network-messages.js";

/** The region a region-scope fact is computed for (the engine sets it in region scope only). */
export function ownRegion(ctx: FactContext): RegionPlan {
  if (!ctx.region) throw new Error("a region fact was read outside region scope");
  return ctx.region;
}

/**
 * The throughput a region's gateway must carry: the region's own peak (regions[].requiredMbps),
 * else the sum of the needs of the site groups using it, grown over the horizon like every need.
 */
export const regionNeedMbps = (ctx: FactContext, region: RegionPlan): number =>
  projectNeed(regionRequiredMbps(ctx.topology, region), ctx.answers.bandwidth);

/** Percentage of a limit used, or null when the count is unknown or the limit is 0. */
export const percentOf = (count: number | null | undefined, limit: number): number | null =>
  count === null || count === undefined || limit <= 0 ? null : (count / limit) * 100;

/** Throughput of a Virtual WAN hub's ExpressRoute gateway at its maximum scale units. */
const maxHubMbps = (ctx: FactContext) => ctx.catalog.virtualWan.gateway.maxScaleUnits * ctx.catalog.virtualWan.gateway.mbpsPerScaleUnit;

const siteCount = (ctx: FactContext) => ctx.answers.sites.reduce((sum, s) => sum + s.count, 0);

/**
 * What the answers ask for that a Virtual WAN hub does not give, as phrases for the network rules'
 * rationale and findings. IPv6: "IPv6 isn't supported in the Virtual WAN hub and its gateways";
 * zones: hub services are "automatically deployed across Availability Zones"; throughput and routes:
 * the Virtual WAN limits (virtual-wan-faq, azure-subscription-service-limits#virtual-wan-limits).
 */
function virtualWanGaps(ctx: FactContext): string[] {
  const a = ctx.answers;
  const vwan = ctx.catalog.virtualWan;
  const gaps: string[] = [];
  if (a.azure.dualStack && !vwan.support.ipv6OverExpressRoute) gaps.push(M.gapIpv6);
  if (a.resilience.pinnedZone !== null) gaps.push(M.gapPinnedZone(a.resilience.pinnedZone));
  for (const r of ctx.topology.regions) {
    const need = regionNeedMbps(ctx, r);
    if (need > maxHubMbps(ctx)) gaps.push(M.gapThroughput(r.answer.name, need, maxHubMbps(ctx)));
    const vnets = vwan.hub.vnetConnectionsBeforeHubCount - ctx.topology.regions.length;
    if (r.answer.vnetCount > vnets) gaps.push(M.gapVnets(r.answer.name, r.answer.vnetCount, vnets));
  }
  if (a.azure.onPremisesRoutes > vwan.hub.maxRoutes) gaps.push(M.gapRoutes(a.azure.onPremisesRoutes, vwan.hub.maxRoutes));
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
  const { branchSitesThreshold, regionsThreshold } = ctx.catalog.virtualWan.guidance;
  const groups = ctx.topology.groups.length;
  if (groups < 2) return [];
  const fits: string[] = [];
  // "Multiregion alone isn't sufficient justification" (design-guide/virtual-wan), and a traditional
  // topology fits when "you don't need a full-mesh network" (define-an-azure-network-topology): the
  // regions count only when every site group must reach every other (a full mesh), at two or more
  // named peering locations. Sites that only say they are separate networks near one location (a
  // v1 file's interSiteTransit) are one place, not a global network.
  const fullMesh = ctx.topology.groups.every((g) => g.transitPeers.length === groups - 1);
  const places = new Set(ctx.topology.groups.map((g) => g.peeringLocation).filter((l) => l !== null));
  if (a.regions.length >= regionsThreshold && fullMesh && places.size >= 2) fits.push(M.fitAnyToAny(a.regions.length, places.size));
  const sdWan = a.sites.filter((s) => s.wan === "sd-wan").reduce((sum, s) => sum + s.count, 0);
  if (sdWan >= branchSitesThreshold) fits.push(M.fitSdWan(sdWan, branchSitesThreshold));
  return fits;
}

export const NETWORK_FACTS: Readonly<Record<string, DerivedFact>> = {
  // ── Hub-and-spoke or Virtual WAN ─────────────────────────────────────────
  virtualWanGaps: {
    kind: "string[]",
    description: "What the answers ask for that Virtual WAN hubs do not offer (IPv6, a pinned zone, more throughput, routes or VNets than a hub takes); empty when nothing",
    compute: virtualWanGaps,
  },
  virtualWanFits: {
    kind: "string[]",
    description:
      "What in the answers points to Virtual WAN per Microsoft's topology guidance: site groups at two or more peering locations that must all reach each other (a full mesh), with three or more regions; or 30 or more SD-WAN branches; empty for one site group",
    compute: virtualWanFits,
  },
  existingGatewaySubnet: {
    kind: "boolean",
    description: "The answers describe an existing GatewaySubnet (a customer-managed hub VNet already exists)",
    compute: (ctx) => ctx.answers.resilience.gatewaySubnetPrefixLength !== null,
  },
  sitesMustReachEachOther: {
    kind: "boolean",
    description: "Some site groups must reach each other over Microsoft's backbone (transit between sites on different circuits)",
    compute: (ctx) => ctx.topology.groups.some((g) => g.transitPeers.length > 0),
  },

  // ── Design-wide sums ─────────────────────────────────────────────────────
  regionCount: { kind: "number", description: "How many Azure regions the design reaches", compute: (ctx) => ctx.answers.regions.length },
  regionNames: { kind: "string[]", description: "The design's regions, in the answers' order", compute: (ctx) => ctx.answers.regions.map((r) => r.name) },
  regionsWithZones: {
    kind: "string[]",
    description: "The design's regions with availability zones",
    compute: (ctx) => ctx.answers.regions.filter((r) => ctx.catalog.regionByName.get(r.name)?.availabilityZones).map((r) => r.name),
  },
  siteAndBranchCount: { kind: "number", description: "Sites and branches in all (each site entry counts its like branches)", compute: siteCount },
  designProjectedMbps: {
    kind: "number",
    description: "Every site's need, summed and grown over the horizon",
    compute: (ctx) => projectNeed(ctx.answers.sites.reduce((sum, s) => sum + s.requiredMbps, 0), ctx.answers.bandwidth),
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
  ecmpMaxCircuits: {
    constant: true,
    kind: "number",
    description: "Circuits a VNet load-balances its outgoing traffic over (equal-cost multipath, per flow)",
    compute: (ctx) => ctx.catalog.gateways.ecmpMaxCircuits,
  },
  maxHubGatewayMbps: {
    constant: true,
    kind: "number",
    description: "Throughput of a Virtual WAN hub's ExpressRoute gateway at its maximum scale units",
    compute: maxHubMbps,
  },
  hubMbpsPerScaleUnit: {
    constant: true,
    kind: "number",
    description: "Throughput of one scale unit of a Virtual WAN hub's ExpressRoute gateway",
    compute: (ctx) => ctx.catalog.virtualWan.gateway.mbpsPerScaleUnit,
  },
  hubMaxScaleUnits: {
    constant: true,
    kind: "number",
    description: "Most scale units a Virtual WAN hub's ExpressRoute gateway takes",
    compute: (ctx) => ctx.catalog.virtualWan.gateway.maxScaleUnits,
  },
  hubCircuitConnections: {
    constant: true,
    kind: "number",
    description: "Circuits a Virtual WAN hub's ExpressRoute gateway connects, whatever its scale units",
    compute: (ctx) => ctx.catalog.virtualWan.gateway.circuits,
  },
  hubFastPathFromScaleUnits: {
    constant: true,
    kind: "number",
    description: "Scale units from which a hub's ExpressRoute gateway gives Direct circuits FastPath",
    compute: (ctx) => ctx.catalog.virtualWan.gateway.fastPath.fromScaleUnits,
  },
  hubRouterDefaultUnits: {
    constant: true,
    kind: "number",
    description: "Routing infrastructure units a Virtual WAN hub's router has by default",
    compute: (ctx) => ctx.catalog.virtualWan.hub.router.defaultUnits,
  },
  hubRouterDefaultVms: {
    constant: true,
    kind: "number",
    description: "VMs a Virtual WAN hub's router serves at its default capacity",
    compute: (ctx) => {
      const r = ctx.catalog.virtualWan.hub.router;
      return r.units.find((u) => u.units === r.defaultUnits)!.vms;
    },
  },
  vpnGatewayNeeded: {
    after: "vpnFailover.enabled",
    kind: "boolean",
    description: "A VPN gateway coexists with the ExpressRoute gateway (VPN failover or IPsec over private peering)",
    compute: (ctx) => (ctx.decision("vpnFailover.enabled") as boolean) || (ctx.decision("encryption.ipsec") as boolean),
  },
};
