// The v2 answers file (docs/contract.md §2) as one zod schema: the single source of truth for
// answers-file validation, defaults, the questionnaire and the published JSON Schema. An
// organisation is a list of sites and a list of Azure regions; v1 files (schema-v1.ts) are
// validated as v1 and migrated to this shape (migrate.ts), so everything past validation sees v2.
import * as z from "zod";

import {
  COLOCATIONS,
  ENCRYPTIONS,
  MICROSOFT_PEERINGS,
  NETWORKS,
  PerformanceSchema,
  REGULATED_INDUSTRIES,
  ResilienceSchema,
  WANS,
  catalogName,
  int,
  listOfOne,
} from "./schema-parts.js";
import { API_VERSION, V1_API_VERSION } from "./version.js";
import { MAX_REGIONS, MAX_SITES, MAX_TRANSIT_PAIRS, SITE_NAME_MAX_LENGTH, SITE_NAME_PATTERN } from "./limits.js";

export { API_VERSION, V1_API_VERSION };
export {
  COLOCATIONS,
  ENCRYPTIONS,
  MICROSOFT_PEERINGS,
  NETWORKS,
  PerformanceSchema,
  REGULATED_INDUSTRIES,
  RESILIENCE_LEVELS,
  ResilienceSchema,
  VPN_DEVICES,
  WANS,
} from "./schema-parts.js";
export { AnswersV1Schema, type AnswersV1, type AnswersV1Input } from "./schema-v1.js";

export { MAX_REGIONS, MAX_SITES, MAX_TRANSIT_PAIRS, SITE_NAME_MAX_LENGTH, SITE_NAME_PATTERN };
const siteName = () => z.string().min(1).max(SITE_NAME_MAX_LENGTH).regex(SITE_NAME_PATTERN);

export const TRANSIT_WORDS = ["none", "all"] as const;

export const SiteSchema = z.strictObject({
  name: siteName().describe("Name of the site (group): unique; letters, digits, - and _."),
  requiredMbps: int(1, 1_000_000).describe("Peak throughput needed between this site (group) and Azure, in Mbps."),
  peeringLocation: catalogName().optional().describe("ExpressRoute peering location nearest the site (Azure's spelling)."),
  count: int(1, 10_000).default(1).describe("Like sites in this group (branches on one WAN)."),
  monthlyEgressGB: z.number().min(0).max(1e9).optional().describe("Data leaving Azure towards this site (group) per month, in GB (drives metered vs unlimited)."),
  wan: z.enum(WANS).default("none").describe("How the sites of this group are interconnected today."),
  colocation: z.enum(COLOCATIONS).default("none").describe("Presence in a colocation facility."),
  ownEdgeAtPeeringLocation: z.boolean().default(false).describe("Can place and run its own routers at the peering location."),
  businessUnit: z.string().min(1).max(100).nullable().default(null).describe("Business unit label; sites of different business units never share a circuit."),
});

export const RegionSchema = z.strictObject({
  name: catalogName().describe("ARM name of the Azure region, e.g. westeurope."),
  vnetCount: int(1, 1000).default(1).describe("VNets reached in this region (hub and spokes)."),
  vmCount: int(0, 1_000_000).nullable().default(null).describe("VMs, private endpoints and VNet-injected PaaS instances behind this region's gateway."),
  requiredMbps: int(1, 1_000_000).nullable().default(null).describe("Peak traffic into this region, in Mbps; null = the sum of the needs of the sites using it."),
  vnetPrefixes: int(0, 1_000_000).nullable().default(null).describe("IPv4 address prefixes of this region's VNets (hub and peered spokes), advertised to on-premises."),
  sites: listOfOne(z.array(siteName()).min(1).max(MAX_SITES)).nullable().default(null).describe("Names of the sites that use this region; null = every site."),
});

export const TransitSchema = z.strictObject({
  betweenSites: z
    .union([z.enum(TRANSIT_WORDS), z.array(z.tuple([siteName(), siteName()])).max(MAX_TRANSIT_PAIRS)])
    .default("none")
    .describe("Sites that must reach each other over Microsoft's backbone: none, all, or pairs of site names."),
});

export const BandwidthSchema = z.strictObject({
  growthPercentPerYear: z.number().min(0).max(1000).default(0).describe("Expected yearly growth of the sites' needs, in percent."),
  horizonYears: int(0, 10).default(3).describe("Years the design must carry the growing need."),
  massiveDataIngestion: z.boolean().default(false).describe("Bulk ingestion into Storage or Cosmos DB."),
});

export const ComplianceSchema = z.strictObject({
  regulatedIndustry: z.enum(REGULATED_INDUSTRIES).default("none").describe("Regulated industry the organisation belongs to."),
  physicalIsolation: z.boolean().default(false).describe("Dedicated, physically isolated ports are required."),
  encryption: z.enum(ENCRYPTIONS).default("none").describe("Encryption in transit over the private link."),
});

export const AzureSchema = z.strictObject({
  onPremisesRoutes: int(0, 1_000_000).default(100).describe("IPv4 prefixes advertised from on-premises over private peering."),
  microsoftPeering: z.enum(MICROSOFT_PEERINGS).default("none").describe("Microsoft public services to reach over Microsoft peering."),
  dualStack: z.boolean().default(false).describe("VNets are IPv4 + IPv6."),
  network: z.enum(NETWORKS).default("auto").describe("Hub-and-spoke VNets or Virtual WAN hubs; auto lets the design decide."),
});

// Sections default to {} through prefault, so their inner defaults apply (zod 4 semantics).
export const AnswersSchema = z.strictObject({
  $schema: z.string().max(2000).optional().describe("JSON Schema URL or path, for editors."),
  apiVersion: z.literal(API_VERSION).describe(`Always ${API_VERSION} (${V1_API_VERSION} files are read too).`),
  kind: z.literal("Answers").describe("Always Answers."),
  name: z.string().min(1).max(200).optional().describe("Name echoed into the design."),
  sites: z.array(SiteSchema).min(1).max(MAX_SITES).describe("The on-premises sites: data centres, or groups of like branches, in design order."),
  regions: z.array(RegionSchema).min(1).max(MAX_REGIONS).describe("The Azure regions with workloads."),
  transit: TransitSchema.prefault({}),
  bandwidth: BandwidthSchema.prefault({}),
  compliance: ComplianceSchema.prefault({}),
  azure: AzureSchema.prefault({}),
  resilience: ResilienceSchema.prefault({}),
  performance: PerformanceSchema.prefault({}),
});

export type Answers = z.output<typeof AnswersSchema>;
export type AnswersInput = z.input<typeof AnswersSchema>;
export type SiteAnswer = z.output<typeof SiteSchema>;
export type RegionAnswer = z.output<typeof RegionSchema>;
export type TransitPairs = Answers["transit"]["betweenSites"];

/**
 * The answer sections and their schemas, in file and questionnaire order. The list sections
 * (LIST_SECTIONS) map to the schema of one item.
 */
export const ANSWER_SECTIONS = {
  sites: SiteSchema,
  regions: RegionSchema,
  transit: TransitSchema,
  bandwidth: BandwidthSchema,
  compliance: ComplianceSchema,
  azure: AzureSchema,
  resilience: ResilienceSchema,
  performance: PerformanceSchema,
} as const;

export type SectionName = keyof typeof ANSWER_SECTIONS;

