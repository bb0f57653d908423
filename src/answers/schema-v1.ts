// The v1 answers file (one site group at one peering location; docs/contract.md §2, "v1 files
// keep working"). Still read: validated with this schema, then turned into v2 by migrate.ts, so
// nothing past validation ever sees v1.
import * as z from "zod";

import {
  COLOCATIONS,
  ENCRYPTIONS,
  MICROSOFT_PEERINGS,
  PerformanceSchema,
  REGULATED_INDUSTRIES,
  ResilienceSchema,
  WANS,
  catalogName,
  int,
  listOfOne,
} from "./schema-parts.js";
import { V1_API_VERSION } from "./version.js";

export const BandwidthV1Schema = z.strictObject({
  requiredMbps: int(1, 1_000_000).describe("Peak throughput needed between on-premises and Azure, in Mbps."),
  growthPercentPerYear: z.number().min(0).max(1000).default(0).describe("Expected yearly growth of that need, in percent."),
  horizonYears: int(0, 10).default(3).describe("Years the design must carry the growing need."),
  massiveDataIngestion: z.boolean().default(false).describe("Bulk ingestion into Storage or Cosmos DB."),
  monthlyEgressGB: z.number().min(0).max(1e9).optional().describe("Expected data leaving Azure per month, in GB (drives metered vs unlimited)."),
});

export const ComplianceV1Schema = z.strictObject({
  regulatedIndustry: z.enum(REGULATED_INDUSTRIES).default("none").describe("Regulated industry the organisation belongs to."),
  physicalIsolation: z.boolean().default(false).describe("Dedicated, physically isolated ports are required."),
  encryption: z.enum(ENCRYPTIONS).default("none").describe("Encryption in transit over the private link."),
  businessUnits: int(1, 100).default(1).describe("Units or environments that each need their own circuit under central control."),
});

export const SitesV1Schema = z.strictObject({
  count: int(1, 10_000).default(1).describe("On-premises locations that need Azure access."),
  wan: z.enum(WANS).default("none").describe("How those sites are interconnected today."),
  colocation: z.enum(COLOCATIONS).default("none").describe("Presence in a colocation facility."),
  ownEdgeAtPeeringLocation: z.boolean().default(false).describe("Can place and run its own routers at a peering location."),
  peeringLocation: catalogName().optional().describe("Preferred ExpressRoute peering location (Azure's spelling)."),
  interSiteTransit: z.boolean().default(false).describe("On-premises sites should reach each other over Microsoft's backbone."),
});

export const AzureV1Schema = z.strictObject({
  regions: listOfOne(z.array(catalogName()).min(1).max(60)).describe("ARM names of the Azure regions to reach."),
  vnetCount: int(1, 1000).default(1).describe("VNets to link to the circuit(s)."),
  onPremisesRoutes: int(0, 1_000_000).default(100).describe("IPv4 prefixes advertised from on-premises over private peering."),
  vmCount: int(0, 1_000_000).optional().describe("VMs, private endpoints and VNet-injected PaaS instances that talk to on-premises through the gateway (hub and spokes)."),
  vnetPrefixes: int(0, 1_000_000).optional().describe("IPv4 address prefixes of the VNets behind the gateway (hub and peered spokes), advertised to on-premises."),
  microsoftPeering: z.enum(MICROSOFT_PEERINGS).default("none").describe("Microsoft public services to reach over Microsoft peering."),
  dualStack: z.boolean().default(false).describe("VNets are IPv4 + IPv6."),
});

// Sections default to {} through prefault, so their inner defaults apply (zod 4 semantics).
export const AnswersV1Schema = z.strictObject({
  $schema: z.string().max(2000).optional().describe("JSON Schema URL or path, for editors."),
  apiVersion: z.literal(V1_API_VERSION).describe("expressroute-advisor/v1 (still read; `migrate` prints the v2 equivalent)."),
  kind: z.literal("Answers").describe("Always Answers."),
  name: z.string().min(1).max(200).optional().describe("Name echoed into the design."),
  bandwidth: BandwidthV1Schema,
  compliance: ComplianceV1Schema.prefault({}),
  sites: SitesV1Schema.prefault({}),
  azure: AzureV1Schema,
  resilience: ResilienceSchema.prefault({}),
  performance: PerformanceSchema.prefault({}),
});

export type AnswersV1 = z.output<typeof AnswersV1Schema>;
export type AnswersV1Input = z.input<typeof AnswersV1Schema>;

/** The v1 sections, in file order (for error wording: fields.ts). */
export const ANSWER_V1_SECTIONS = {
  bandwidth: BandwidthV1Schema,
  compliance: ComplianceV1Schema,
  sites: SitesV1Schema,
  azure: AzureV1Schema,
  resilience: ResilienceSchema,
  performance: PerformanceSchema,
} as const;
