// The v2 design document (docs/contract.md §3) as a zod schema: the type of what buildDesign returns
// and the source of `expressroute-advisor schema design`. The decided fields of circuits, site
// groups and gateways come from the decision table (src/rules/decisions.ts), so a slot added there
// is in the schema, the builder and the docs at once.
import * as z from "zod";
import { DECISION_SLOTS, type DecidedFields, type DecisionSlot, type DesignValue } from "../rules/decisions.js";
import { decidedFields } from "./decided-fields.js";

export { decidedFields };
import { SEVERITIES } from "../rules/vocabulary.js";

const nullableString = z.string().nullable();
const ids = z.array(z.string());

/** The zod type of a decision slot's value. */
function slotSchema(slot: DecisionSlot): z.ZodType {
  let t: z.ZodType;
  if (slot.kind === "boolean") t = z.boolean();
  else if (slot.kind === "enum") {
    const values = slot.values!;
    t = typeof values[0] === "number" ? z.union(values.map((v) => z.literal(v as number)) as [z.ZodLiteral<number>, ...z.ZodLiteral<number>[]]) : z.enum(values as [string, ...string[]]);
  } else if (slot.kind === "number") {
    let n = z.number();
    if (slot.integer) n = n.int();
    if (slot.min !== undefined) n = n.min(slot.min);
    if (slot.max !== undefined) n = n.max(slot.max);
    t = n;
  } else t = z.string();
  return (slot.nullable ? t.nullable() : t).describe(slot.description);
}

function nest(fields: readonly [string, z.ZodType][]): Record<string, z.ZodType> {
  const shape: Record<string, unknown> = {};
  for (const [rel, t] of fields) {
    const keys = rel.split(".");
    let node = shape;
    for (const k of keys.slice(0, -1)) node = (node[k] ??= {}) as Record<string, unknown>;
    node[keys.at(-1)!] = t;
  }
  const toZod = (node: Record<string, unknown>): Record<string, z.ZodType> =>
    Object.fromEntries(Object.entries(node).map(([k, v]) => [k, v instanceof z.ZodType ? v : z.strictObject(toZod(v as Record<string, unknown>))]));
  return toZod(shape);
}

const decided = (prefix: string) => nest(decidedFields(prefix).map(([rel, slot]) => [rel, slotSchema(slot)]));
const designSlot = (path: string) => slotSchema(DECISION_SLOTS.find((s) => s.field === path)!);

export const FindingSchema = z.strictObject({
  id: z.string(),
  severity: z.enum(SEVERITIES),
  message: z.string(),
  docs: z.string(),
  about: z.array(z.string()).optional().describe("The site groups or gateways a per-item finding is about, e.g. [siteGroups[ams-dc]]"),
});

export const DecisionSchema = z.strictObject({
  path: z.string().describe("The decided field, list items named by id: circuits[ams-dc-1].sku.tier"),
  value: z.union([z.string(), z.number(), z.boolean(), z.null()]),
  rule: z.string(),
  rationale: z.string(),
  docs: z.string(),
});

export const SiteGroupSchema = z.strictObject({
  id: z.string(),
  sites: ids,
  businessUnit: nullableString,
  projectedMbps: z.number(),
  circuits: ids,
  ...decided("siteGroups[]"),
  reason: z.string(),
});

export const CircuitSchema = z.strictObject({
  id: z.string(),
  role: z.enum(["primary", "secondary"]),
  group: z.string(),
  sites: ids,
  ...decided("circuits[]"),
  port: nullableString.describe("The ExpressRoute Direct port pair the circuit runs on; null for a provider circuit"),
  regions: ids.describe("The regions whose gateways the circuit connects to"),
});

export const PortSchema = z.strictObject({
  id: z.string(),
  peeringLocation: nullableString.describe("Null until a peering location is chosen (the answers name none the rules could place)"),
  sizeGbps: z.union([z.literal(10), z.literal(100), z.literal(400)]),
  circuits: ids,
  macsec: z.boolean(),
});

export const GatewaySchema = z.strictObject({
  region: z.string(),
  ...decided("gateways[]"),
  circuits: ids,
  vpnFailover: z.boolean(),
});

export const ConnectionSchema = z.strictObject({
  circuit: z.string(),
  region: z.string(),
  weight: z.number().int().min(0).max(32000),
  preferred: z.boolean(),
});

export const GlobalReachLinkSchema = z.strictObject({
  circuits: z.tuple([z.string(), z.string()]),
  crossesGeopoliticalRegions: z.boolean(),
});

export const DesignSchema = z.strictObject({
  apiVersion: z.literal("expressroute-advisor/v2"),
  kind: z.literal("Design"),
  name: nullableString,
  network: designSlot("network"),
  requirements: z.strictObject({
    growthPercentPerYear: z.number(),
    horizonYears: z.number(),
    sites: z.array(
      z.strictObject({ name: z.string(), requiredMbps: z.number(), projectedMbps: z.number(), peeringLocation: nullableString, count: z.number().int(), businessUnit: nullableString }),
    ),
    regions: z.array(
      z.strictObject({ name: z.string(), requiredMbps: z.number(), projectedMbps: z.number(), vnetCount: z.number().int(), vmCount: z.number().int().nullable(), sites: ids }),
    ),
    transit: z.union([z.enum(["none", "all"]), z.array(z.tuple([z.string(), z.string()]))]),
  }),
  resilience: z.strictObject({ level: designSlot("resilience.level") }),
  siteGroups: z.array(SiteGroupSchema).min(1),
  circuits: z.array(CircuitSchema).min(1),
  ports: z.array(PortSchema),
  gateways: z.array(GatewaySchema).min(1),
  connections: z.array(ConnectionSchema),
  vpnFailover: z.strictObject({ enabled: designSlot("vpnFailover.enabled"), requirements: z.array(z.string()) }),
  globalReach: z.strictObject({ enabled: designSlot("globalReach.enabled"), links: z.array(GlobalReachLinkSchema) }),
  microsoftPeering: z.strictObject({ enabled: designSlot("microsoftPeering.enabled"), services: z.enum(["none", "azure-paas", "microsoft-365"]) }),
  encryption: z.strictObject({ macsec: z.boolean(), ipsec: designSlot("encryption.ipsec") }),
  summary: z.strictObject({ error: z.number().int(), warning: z.number().int(), info: z.number().int() }),
  findings: z.array(FindingSchema),
  decisions: z.array(DecisionSchema),
});

// The decided fields are built from the table at run time, so their static types come from the
// table's types (DecidedFields), not from zod's inference over a computed shape.
type Structural<T> = { [K in keyof T as string extends K ? never : K]: T[K] };
export type DesignCircuit = Structural<z.output<typeof CircuitSchema>> & DecidedFields<"circuits[]">;
export type DesignGateway = Structural<z.output<typeof GatewaySchema>> & DecidedFields<"gateways[]">;
export type DesignSiteGroup = Structural<z.output<typeof SiteGroupSchema>> & DecidedFields<"siteGroups[]">;
export type DesignPort = z.output<typeof PortSchema>;
export type DesignConnection = z.output<typeof ConnectionSchema>;
export type DesignDecision = z.output<typeof DecisionSchema>;
export type DesignFinding = z.output<typeof FindingSchema>;
type Output = z.output<typeof DesignSchema>;
export type Design = Omit<Output, "circuits" | "gateways" | "siteGroups" | "network" | "resilience" | "vpnFailover" | "globalReach" | "microsoftPeering" | "encryption"> & {
  network: DesignValue<"network">;
  resilience: { level: DesignValue<"resilience.level"> };
  vpnFailover: { enabled: boolean; requirements: string[] };
  globalReach: { enabled: boolean; links: Output["globalReach"]["links"] };
  microsoftPeering: { enabled: boolean; services: Output["microsoftPeering"]["services"] };
  encryption: { macsec: boolean; ipsec: boolean };
  siteGroups: DesignSiteGroup[];
  circuits: DesignCircuit[];
  gateways: DesignGateway[];
};
