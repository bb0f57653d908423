// Value lists and sections that answers v1 and v2 share (docs/contract.md §2), so the two
// schemas (schema.ts, schema-v1.ts) never keep two copies of one answer.
import * as z from "zod";

import { readNameList } from "./name-list.js";

export const REGULATED_INDUSTRIES = ["none", "banking", "government", "healthcare", "retail", "other"] as const;
export const ENCRYPTIONS = ["none", "macsec", "ipsec"] as const;
export const WANS = ["none", "mpls", "sd-wan"] as const;
export const COLOCATIONS = ["none", "with-cloud-exchange", "without-cloud-exchange"] as const;
export const MICROSOFT_PEERINGS = ["none", "azure-paas", "microsoft-365"] as const;
export const RESILIENCE_LEVELS = ["standard", "high", "maximum"] as const;
export const VPN_DEVICES = ["route-based", "policy-based"] as const;
export const NETWORKS = ["auto", "hub-and-spoke", "virtual-wan"] as const;

export const int = (min: number, max: number) => z.number().int().min(min).max(max);

/** One name, or names separated by commas, where a list is expected (name-list.ts). */
export const listOfOne = <T extends z.ZodArray>(list: T) => z.preprocess(readNameList, list);

/** Region and peering-location names: checked against the catalog, not here (catalog-names.ts). */
export const catalogName = () => z.string().min(1).max(100);

export const ResilienceSchema = z.strictObject({
  level: z.enum(RESILIENCE_LEVELS).default("high").describe("Microsoft's site-resiliency tier."),
  zoneRedundancy: z.boolean().default(true).describe("Survive the loss of one availability zone."),
  pinnedZone: z.union([z.literal(1), z.literal(2), z.literal(3)]).nullable().default(null).describe("Keep the gateway in this zone, next to zonal workloads."),
  vpnFailover: z.boolean().default(false).describe("Site-to-site VPN as the backup path for private peering."),
  vpnDevice: z.enum(VPN_DEVICES).default("route-based").describe("Type of the on-premises VPN device."),
  gatewaySubnetPrefixLength: int(16, 29).nullable().default(null).describe("Existing GatewaySubnet prefix length, e.g. 27; null = to be created."),
});

export const PerformanceSchema = z.strictObject({
  latencySensitive: z.boolean().default(false).describe("Lowest latency / highest throughput to VMs wanted."),
});
