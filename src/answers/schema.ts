// The v1 answers file (docs/contract.md §2) as one zod schema: the single source of truth for
// answers-file validation, defaults, the questionnaire and the published JSON Schema.
import * as z from "zod";

import { readNameList } from "./name-list.js";
import { API_VERSION } from "./version.js";

export { API_VERSION };

export const REGULATED_INDUSTRIES = ["none", "banking", "government", "healthcare", "retail", "other"] as const;
export const ENCRYPTIONS = ["none", "macsec", "ipsec"] as const;
export const WANS = ["none", "mpls", "sd-wan"] as const;
export const COLOCATIONS = ["none", "with-cloud-exchange", "without-cloud-exchange"] as const;
export const MICROSOFT_PEERINGS = ["none", "azure-paas", "microsoft-365"] as const;
export const RESILIENCE_LEVELS = ["standard", "high", "maximum"] as const;
export const VPN_DEVICES = ["route-based", "policy-based"] as const;

const int = (min: number, max: number) => z.number().int().min(min).max(max);

/** One name, or names separated by commas, where a list is expected (name-list.ts). */
const listOfOne = <T extends z.ZodArray>(list: T) => z.preprocess(readNameList, list);

export const BandwidthSchema = z.strictObject({
  requiredMbps: int(1, 1_000_000).describe("Peak throughput needed between on-premises and Azure, in Mbps."),
  growthPercentPerYear: z.number().min(0).max(1000).default(0).describe("Expected yearly growth of that need, in percent."),
  horizonYears: int(0, 10).default(3).describe("Years the design must carry the growing need."),
  massiveDataIngestion: z.boolean().default(false).describe("Bulk ingestion into Storage or Cosmos DB."),
  monthlyEgressGB: z.number().min(0).max(1e9).optional().describe("Expected data leaving Azure per month, in GB (drives metered vs unlimited)."),
});

export const ComplianceSchema = z.strictObject({
  regulatedIndustry: z.enum(REGULATED_INDUSTRIES).default("none").describe("Regulated industry the organisation belongs to."),
  physicalIsolation: z.boolean().default(false).describe("Dedicated, physically isolated ports are required."),
  encryption: z.enum(ENCRYPTIONS).default("none").describe("Encryption in transit over the private link."),
  businessUnits: int(1, 100).default(1).describe("Units or environments that each need their own circuit under central control."),
});

export const SitesSchema = z.strictObject({
  count: int(1, 10_000).default(1).describe("On-premises locations that need Azure access."),
  wan: z.enum(WANS).default("none").describe("How those sites are interconnected today."),
  colocation: z.enum(COLOCATIONS).default("none").describe("Presence in a colocation facility."),
  ownEdgeAtPeeringLocation: z.boolean().default(false).describe("Can place and run its own routers at a peering location."),
  peeringLocation: z.string().min(1).max(100).optional().describe("Preferred ExpressRoute peering location (Azure's spelling)."),
  interSiteTransit: z.boolean().default(false).describe("On-premises sites should reach each other over Microsoft's backbone."),
});

export const AzureSchema = z.strictObject({
  regions: listOfOne(z.array(z.string().min(1).max(100)).min(1).max(60)).describe("ARM names of the Azure regions to reach."),
  vnetCount: int(1, 1000).default(1).describe("VNets to link to the circuit(s)."),
  onPremisesRoutes: int(0, 1_000_000).default(100).describe("IPv4 prefixes advertised from on-premises over private peering."),
  vmCount: int(0, 1_000_000).optional().describe("VMs, private endpoints and VNet-injected PaaS instances that talk to on-premises through the gateway (hub and spokes)."),
  vnetPrefixes: int(0, 1_000_000).optional().describe("IPv4 address prefixes of the VNets behind the gateway (hub and peered spokes), advertised to on-premises."),
  microsoftPeering: z.enum(MICROSOFT_PEERINGS).default("none").describe("Microsoft public services to reach over Microsoft peering."),
  dualStack: z.boolean().default(false).describe("VNets are IPv4 + IPv6."),
});

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

// Sections default to {} through prefault, so their inner defaults apply (zod 4 semantics).
export const AnswersSchema = z.strictObject({
  $schema: z.string().max(2000).optional().describe("JSON Schema URL or path, for editors."),
  apiVersion: z.literal(API_VERSION).describe("Always expressroute-advisor/v1."),
  kind: z.literal("Answers").describe("Always Answers."),
  name: z.string().min(1).max(200).optional().describe("Name echoed into the design."),
  bandwidth: BandwidthSchema,
  compliance: ComplianceSchema.prefault({}),
  sites: SitesSchema.prefault({}),
  azure: AzureSchema,
  resilience: ResilienceSchema.prefault({}),
  performance: PerformanceSchema.prefault({}),
});

export type Answers = z.output<typeof AnswersSchema>;
export type AnswersInput = z.input<typeof AnswersSchema>;

/** The answer sections and their schemas, in questionnaire order. */
export const ANSWER_SECTIONS = {
  bandwidth: BandwidthSchema,
  compliance: ComplianceSchema,
  sites: SitesSchema,
  azure: AzureSchema,
  resilience: ResilienceSchema,
  performance: PerformanceSchema,
} as const;

export type SectionName = keyof typeof ANSWER_SECTIONS;

// ── INTERIM (lead's engine branch): the v2 answers types from the spec, replaced by the answers
// helper's zod schema at merge.
export interface SiteAnswer {
  name: string;
  requiredMbps: number;
  peeringLocation?: string;
  count: number;
  monthlyEgressGB?: number;
  wan: (typeof WANS)[number];
  colocation: (typeof COLOCATIONS)[number];
  ownEdgeAtPeeringLocation: boolean;
  businessUnit: string | null;
}
export interface RegionAnswer {
  name: string;
  vnetCount: number;
  vmCount: number | null;
  requiredMbps: number | null;
  vnetPrefixes: number | null;
  sites: string[] | null;
}
export interface AnswersV2 {
  apiVersion: string;
  kind: "Answers";
  name?: string;
  sites: SiteAnswer[];
  regions: RegionAnswer[];
  transit: { betweenSites: "none" | "all" | [string, string][] };
  bandwidth: { growthPercentPerYear: number; horizonYears: number; massiveDataIngestion: boolean };
  compliance: { regulatedIndustry: (typeof REGULATED_INDUSTRIES)[number]; physicalIsolation: boolean; encryption: (typeof ENCRYPTIONS)[number] };
  azure: { onPremisesRoutes: number; microsoftPeering: (typeof MICROSOFT_PEERINGS)[number]; dualStack: boolean; network: "auto" | "hub-and-spoke" | "virtual-wan" };
  resilience: Answers["resilience"];
  performance: Answers["performance"];
}
