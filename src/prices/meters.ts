// Which meter prices what: one row per kind of thing the design orders, as the words its meter's
// names carry. UNVERIFIED: Microsoft Learn documents the Retail Prices API's fields
// (https://learn.microsoft.com/rest/api/cost-management/retail-prices/azure-retail-prices), not the
// names of ExpressRoute's meters, so these words are the advisor's reading of how the meters are
// named. A meter the words do not find is reported as not priced, never guessed; a row to adjust
// is one line here. Billing facts behind the rows: a circuit has a monthly fee by tier, billing
// family and bandwidth, and metered circuits pay egress per GB by the peering location's zone
// (https://learn.microsoft.com/azure/expressroute/plan-manage-cost); an ExpressRoute Direct port
// pair is billed at a fixed amount, its Standard circuits included and Premium at an add-on, egress
// per circuit by zone (https://learn.microsoft.com/azure/expressroute/expressroute-faqs, Direct);
// Global Reach is an add-on per circuit plus egress and ingress per GB by zone
// (https://learn.microsoft.com/azure/expressroute/expressroute-faqs#global-reach); gateways are
// billed per hour (https://learn.microsoft.com/azure/expressroute/plan-manage-cost).
import type { MeterQuery } from "./find-price.js";

export type Tier = "Local" | "Standard" | "Premium";
export type Family = "MeteredData" | "UnlimitedData";

const SERVICE = "ExpressRoute";
const TIERS: readonly Tier[] = ["Local", "Standard", "Premium"];
const FAMILY_WORD: Readonly<Record<Family, string>> = { MeteredData: "Metered", UnlimitedData: "Unlimited" };

/** 50 → "50 Mbps", 1000 → "1 Gbps", 10000 → "10 Gbps": as circuit sizes are written. */
export const bandwidthLabel = (mbps: number) => (mbps >= 1000 && mbps % 1000 === 0 ? `${mbps / 1000} Gbps` : `${mbps} Mbps`);

export const METERS = {
  /** A provider circuit's monthly fee. */
  circuit: (tier: Tier, family: Family, mbps: number): MeterQuery => ({
    serviceName: SERVICE,
    words: [tier, FAMILY_WORD[family], bandwidthLabel(mbps), "Circuit"],
    without: TIERS.filter((t) => t !== tier),
    unit: "month",
  }),
  /** The Premium add-on of a circuit on ExpressRoute Direct (Standard circuits are included in the port pair). */
  directPremium: (mbps: number): MeterQuery => ({ serviceName: SERVICE, words: ["Direct", "Premium", bandwidthLabel(mbps)], unit: "month" }),
  /** An ExpressRoute Direct port pair's monthly fee. */
  portPair: (gbps: number, family: Family): MeterQuery => ({ serviceName: SERVICE, words: ["Direct", `${gbps} Gbps`, FAMILY_WORD[family]], without: ["Premium"], unit: "month" }),
  /** Egress per GB from a metered circuit, by the pricing zone of its peering location. */
  egress: (zone: number): MeterQuery => ({ serviceName: SERVICE, words: ["Data Transfer Out", `Zone ${zone}`], without: ["Global Reach"], unit: "GB" }),
  /** The Global Reach add-on of one circuit. */
  globalReachAddOn: (mbps: number): MeterQuery => ({ serviceName: SERVICE, words: ["Global Reach", bandwidthLabel(mbps)], unit: "month" }),
  /** Global Reach traffic per GB, by zone. */
  globalReachData: (zone: number): MeterQuery => ({ serviceName: SERVICE, words: ["Global Reach", `Zone ${zone}`], unit: "GB" }),
  /** A virtual network gateway (ErGw1AZ … ErGwScale per scale unit) per hour, in its region. */
  gateway: (sku: string, region: string): MeterQuery => ({ serviceName: SERVICE, words: [sku], region, unit: "hour" }),
  /** A Virtual WAN hub's ExpressRoute gateway, per scale unit and hour. */
  virtualWanScaleUnit: (region: string): MeterQuery => ({ serviceName: "Virtual WAN", words: ["ExpressRoute", "Scale Unit"], region, unit: "hour" }),
} as const;
