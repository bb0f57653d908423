// Phrases the network facts put into rule text (what Virtual WAN lacks, what fits it), kept apart
// from the logic that picks them. Each is a noun phrase without commas: rule templates list them
// joined by ", ".
import { formatNumber } from "../../text/format.js";

export const NETWORK_MESSAGES = {
  gapIpv6: "IPv6 (azure.dualStack true: Virtual WAN hubs and their gateways carry IPv4 only)",
  gapPinnedZone: (zone: number) => `a gateway pinned to zone ${zone} (resilience.pinnedZone: a hub's gateways span the region's zones and cannot be zonal)`,
  gapThroughput: (region: string, needMbps: number, maxMbps: number) =>
    `${formatNumber(needMbps)} Mbps into ${region} (a hub's ExpressRoute gateway carries ${formatNumber(maxMbps)} Mbps at most)`,
  gapVnets: (region: string, vnets: number, max: number) => `${formatNumber(vnets)} VNets in ${region} (a hub connects ${formatNumber(max)} here)`,
  gapRoutes: (routes: number, max: number) => `${formatNumber(routes)} on-premises routes (a hub accepts ${formatNumber(max)} routes from all its connections)`,
  fitAnyToAny: (regions: number, places: number) => `${formatNumber(regions)} regions and sites at ${formatNumber(places)} peering locations that must all reach each other (a full mesh)`,
  fitSdWan: (sites: number, threshold: number) => `${formatNumber(sites)} SD-WAN branches (${formatNumber(threshold)} or more: a large branch network that Virtual WAN hubs integrate)`,
} as const;
