// The v1 design document (docs/contract.md §3) as a zod schema: the type of what buildDesign returns and
// the source of `expressroute-advisor schema design`.
import * as z from "zod";
import { SEVERITIES } from "../rules/vocabulary.js";

const nullableString = z.string().nullable();

export const FindingSchema = z.strictObject({
  id: z.string(),
  severity: z.enum(SEVERITIES),
  message: z.string(),
  docs: z.string(),
});

export const DecisionSchema = z.strictObject({
  path: z.string(),
  value: z.union([z.string(), z.number(), z.boolean(), z.null()]),
  rule: z.string(),
  rationale: z.string(),
  docs: z.string(),
});

export const CircuitSchema = z.strictObject({
  role: z.enum(["primary", "secondary"]),
  peeringLocation: nullableString,
  metro: nullableString.describe("ExpressRoute Metro the circuit is ordered at (high resiliency)"),
  bandwidthMbps: z.number().int().positive(),
  sku: z.strictObject({ tier: z.enum(["Local", "Standard", "Premium"]), family: z.enum(["MeteredData", "UnlimitedData"]) }),
});

export const DesignSchema = z.strictObject({
  apiVersion: z.literal("expressroute-advisor/v1"),
  kind: z.literal("Design"),
  name: nullableString,
  requirements: z.strictObject({
    requiredMbps: z.number(),
    projectedMbps: z.number(),
    growthPercentPerYear: z.number(),
    horizonYears: z.number(),
    regions: z.array(z.string()),
    peeringLocation: nullableString,
  }),
  connection: z.strictObject({
    type: z.enum(["provider", "direct"]),
    model: z.enum(["cloud-exchange", "point-to-point", "any-to-any", "direct"]),
    directPortGbps: z.union([z.literal(10), z.literal(100), z.literal(400)]).nullable(),
  }),
  circuits: z.array(CircuitSchema).min(1),
  gateway: z.strictObject({
    sku: z.enum(["ErGw1AZ", "ErGw2AZ", "ErGw3AZ", "ErGwScale", "Standard", "HighPerformance", "UltraPerformance"]),
    scaleUnits: z.number().int().min(1).max(40).nullable(),
    zoning: z.enum(["zone-redundant", "zonal", "none"]),
    zone: z.union([z.literal(1), z.literal(2), z.literal(3)]).nullable(),
    fastPath: z.boolean(),
    subnetPrefixLength: z.number().int(),
    regions: z.array(z.string()),
  }),
  resilience: z.strictObject({ level: z.enum(["standard", "high", "maximum"]) }),
  vpnFailover: z.strictObject({ enabled: z.boolean(), requirements: z.array(z.string()) }),
  globalReach: z.strictObject({ enabled: z.boolean() }),
  microsoftPeering: z.strictObject({ enabled: z.boolean(), services: z.enum(["none", "azure-paas", "microsoft-365"]) }),
  encryption: z.strictObject({ macsec: z.boolean(), ipsec: z.boolean() }),
  summary: z.strictObject({ error: z.number().int(), warning: z.number().int(), info: z.number().int() }),
  findings: z.array(FindingSchema),
  decisions: z.array(DecisionSchema),
});

export type Design = z.output<typeof DesignSchema>;
export type DesignCircuit = z.output<typeof CircuitSchema>;
export type DesignDecision = z.output<typeof DecisionSchema>;
