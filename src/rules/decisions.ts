// The decision slots of a design, in evaluation order. Each slot gets exactly one winning rule per
// item of its scope; later slots (and finding rules) may read earlier ones as `design.<path>` facts.
import type { FieldKind } from "../answers/fields.js";
import type { Catalog } from "../catalog/catalog.js";

/** Catalog tables whose names or sizes a decision's value must come from. */
export type CatalogList = "peeringLocations" | "metros" | "circuitSizes";

/**
 * Where a decision is made once: for the whole design, for each site group (the sites one circuit,
 * a redundant pair or parallel circuits serve), or for each Azure region (its gateway).
 */
export type DecisionScope = "design" | "group" | "region";

export interface DecisionSlot {
  /** The name rules use (`decision:`, `design.<path>` facts), relative to the slot's item. */
  path: string;
  scope: DecisionScope;
  /**
   * Where the value lands in the design document: `circuits[].x` on the group's circuits (all of
   * them, or those at `location` only), `siteGroups[].x` on the group, `gateways[].x` on the
   * region's gateway, a plain path for design-wide decisions. Decision paths name the item by id.
   */
  field: string;
  /** For circuit fields: only the circuits at the group's first (0) or second (1) peering location. */
  location?: 0 | 1;
  kind: Exclude<FieldKind, "literal" | "pairs">;
  values?: readonly (string | number)[];
  nullable: boolean;
  /** Short label for reports and the docs pages. */
  label: string;
  description: string;
  /** The Learn page that explains the decision. */
  docs: string;
  /** Numbers: whole numbers only, within min..max (a design with bandwidth -1 or a /99 is no design). */
  integer?: boolean;
  min?: number;
  max?: number;
  /** The value must be one the catalog offers; checked at evaluation, where the catalog is known. */
  catalog?: CatalogList;
}

const LEARN = "https://learn.microsoft.com/azure";

const slot = <const F extends string, const K extends DecisionSlot["kind"], const E extends Partial<DecisionSlot> = {}>(
  path: string,
  scope: DecisionScope,
  field: F,
  kind: K,
  label: string,
  description: string,
  docs: string,
  extra?: E,
): DecisionSlot & { field: F; kind: K } & E => ({ path, scope, field, kind, nullable: false, label, description, docs: `${LEARN}/${docs}`, ...extra }) as DecisionSlot & { field: F; kind: K } & E;

/**
 * The decision table, in evaluation order: each slot is decided for every item of its scope before
 * the next slot, so a later slot may read an earlier one of its own item or of the design. One table
 * drives evaluation, the design builder, the design schema, the docs pages and `DecisionPath`.
 */
export const DECISION_SLOTS = [
  slot("network", "design", "network", "enum", "Network", "Hub-and-spoke VNets or Virtual WAN hubs", "virtual-wan/virtual-wan-about", { values: ["hub-and-spoke", "virtual-wan"] }),
  slot("connection.type", "group", "circuits[].connection.type", "enum", "Connection", "Connectivity provider circuit or ExpressRoute Direct ports", "expressroute/expressroute-erdirect-about", { values: ["provider", "direct"] }),
  slot("connection.model", "group", "circuits[].connection.model", "enum", "Model", "Connectivity model", "expressroute/expressroute-connectivity-models", { values: ["cloud-exchange", "point-to-point", "any-to-any", "direct"] }),
  slot("connection.directPortGbps", "group", "siteGroups[].directPortGbps", "enum", "Direct port", "ExpressRoute Direct port pair size", "expressroute/expressroute-erdirect-about", { values: [10, 100, 400], nullable: true }),
  slot("resilience.level", "design", "resilience.level", "enum", "Resiliency", "Site-resiliency tier", "expressroute/design-architecture-for-resiliency", { values: ["standard", "high", "maximum"] }),
  // One location (standard, or high on a Metro circuit) or two (maximum resiliency).
  slot("siteGroup.locations", "group", "siteGroups[].locations", "number", "Locations", "Peering locations the group's circuits use", "expressroute/design-architecture-for-resiliency", { integer: true, min: 1, max: 2 }),
  // More than one circuit per location only when the need exceeds the largest circuit.
  slot("siteGroup.parallel", "group", "siteGroups[].parallel", "number", "Parallel circuits", "Circuits side by side at each location", "expressroute/expressroute-erdirect-about", { integer: true, min: 1, max: 16 }),
  slot("circuits[0].peeringLocation", "group", "circuits[].peeringLocation", "string", "Peering location", "Peering location of the group's first circuits", "expressroute/expressroute-locations-providers", { location: 0, nullable: true, catalog: "peeringLocations" }),
  slot("circuits[0].metro", "group", "circuits[].metro", "string", "Metro", "ExpressRoute Metro of the group's first circuits", "expressroute/metro", { location: 0, nullable: true, catalog: "metros" }),
  slot("circuits[1].peeringLocation", "group", "circuits[].peeringLocation", "string", "Peering location", "Peering location of the group's second (redundant) circuits", "expressroute/expressroute-locations-providers", { location: 1, nullable: true, catalog: "peeringLocations" }),
  slot("circuits[].bandwidthMbps", "group", "circuits[].bandwidthMbps", "number", "Bandwidth", "Bandwidth of each of the group's circuits", "expressroute/expressroute-faqs", { integer: true, min: 1, catalog: "circuitSizes" }),
  slot("globalReach.enabled", "design", "globalReach.enabled", "boolean", "Global Reach", "Global Reach between circuits", "expressroute/expressroute-global-reach"),
  slot("microsoftPeering.enabled", "design", "microsoftPeering.enabled", "boolean", "Microsoft peering", "Microsoft peering", "expressroute/expressroute-circuit-peerings"),
  slot("circuits[].sku.tier", "group", "circuits[].sku.tier", "enum", "Tier", "Circuit SKU tier", "expressroute/expressroute-faqs#expressroute-premium", { values: ["Local", "Standard", "Premium"] }),
  slot("circuits[].sku.family", "group", "circuits[].sku.family", "enum", "Billing", "Circuit billing family", "expressroute/plan-manage-cost", { values: ["MeteredData", "UnlimitedData"] }),
  slot("encryption.macsec", "group", "siteGroups[].macsec", "boolean", "MACsec", "MACsec on the group's Direct ports", "expressroute/expressroute-howto-macsec"),
  slot("encryption.ipsec", "design", "encryption.ipsec", "boolean", "IPsec", "IPsec over private peering", "vpn-gateway/site-to-site-vpn-private-peering"),
  slot("gateway.fastPath", "region", "gateways[].fastPath", "boolean", "FastPath", "FastPath (data path bypasses the gateway)", "expressroute/about-fastpath"),
  slot("gateway.sku", "region", "gateways[].sku", "enum", "Gateway SKU", "ExpressRoute gateway SKU (ExpressRouteGateway: a Virtual WAN hub's gateway)", "expressroute/expressroute-about-virtual-network-gateways", {
    values: ["ErGw1AZ", "ErGw2AZ", "ErGw3AZ", "ErGwScale", "Standard", "HighPerformance", "UltraPerformance", "ExpressRouteGateway"],
  }),
  // The catalog's ErGwScale maximum (gateways.yaml, scalable.maxScaleUnits) and the design schema's range.
  slot("gateway.scaleUnits", "region", "gateways[].scaleUnits", "number", "Scale units", "Scale units (ErGwScale, or a Virtual WAN hub's ExpressRoute gateway)", "expressroute/scalable-gateway", { nullable: true, integer: true, min: 1, max: 40 }),
  slot("gateway.zoning", "region", "gateways[].zoning", "enum", "Zoning", "Gateway zone deployment", "expressroute/expressroute-about-virtual-network-gateways", { values: ["zone-redundant", "zonal", "none"] }),
  slot("gateway.zone", "region", "gateways[].zone", "enum", "Zone", "Availability zone of a zonal gateway", "expressroute/expressroute-about-virtual-network-gateways", { values: [1, 2, 3], nullable: true }),
  // The range the answers accept for an existing GatewaySubnet (answers/schema.ts).
  // Null for a Virtual WAN hub, whose address space holds its gateways (no GatewaySubnet).
  slot("gateway.subnetPrefixLength", "region", "gateways[].subnetPrefixLength", "number", "GatewaySubnet", "Recommended GatewaySubnet prefix length", "expressroute/expressroute-about-virtual-network-gateways#gateway-subnet", { integer: true, min: 16, max: 29, nullable: true }),
  slot("vpnFailover.enabled", "design", "vpnFailover.enabled", "boolean", "VPN failover", "Site-to-site VPN as failover for private peering", "expressroute/use-s2s-vpn-as-backup-for-expressroute-privatepeering"),
] as const;

/** `circuits[].sku.tier` → `circuits[${string}].sku.tier`: a decision path names list items by id. */
type WithIds<P extends string> = P extends `${infer Head}[]${infer Tail}` ? `${Head}[${string}]${WithIds<Tail>}` : P;

/** Every path a design's decisions can have (docs/contract.md §3). */
export type DecisionPath = WithIds<(typeof DECISION_SLOTS)[number]["field"]>;

type Slot = (typeof DECISION_SLOTS)[number];
/** The TypeScript type of a slot's value (null where the slot, or its location-only field, allows it). */
type SlotValue<S> = (S extends { kind: "boolean" } ? boolean : S extends { values: readonly (infer V)[] } ? V : S extends { kind: "number" } ? number : string) | (S extends { nullable: true } | { location: 0 | 1 } ? null : never);
type Head<K extends string> = K extends `${infer H}.${string}` ? H : K;
type Nest<T extends [string, unknown]> = {
  [H in Head<T[0]>]: [Extract<T, [H, unknown]>] extends [never] ? Nest<T extends [`${H}.${infer R}`, infer S] ? [R, S] : never> : SlotValue<Extract<T, [H, unknown]>[1]>;
};
type FieldsUnder<P extends string> = Slot extends infer S ? (S extends { field: `${P}.${infer R}` } ? [R, S] : never) : never;

/** The type of a design-wide decision's value, by its field. */
export type DesignValue<F extends Slot["field"]> = SlotValue<Extract<Slot, { field: F }>>;

/** The decided fields of a design list's items (`circuits[]`, `gateways[]`, `siteGroups[]`), typed from the table. */
export type DecidedFields<P extends "circuits[]" | "gateways[]" | "siteGroups[]"> = Nest<FieldsUnder<P>>;

export const DECISION_SLOT_BY_PATH: ReadonlyMap<string, DecisionSlot> = new Map(DECISION_SLOTS.map((s): [string, DecisionSlot] => [s.path, s]));

/** The values a slot can take when it has a closed list (enums, booleans), else undefined. */
export function slotValues(slot: DecisionSlot): readonly unknown[] | undefined {
  const values = slot.kind === "boolean" ? [false, true] : slot.kind === "enum" ? slot.values : undefined;
  return values && slot.nullable ? [...values, null] : values;
}

/** Why a number does not fit a slot's range, or undefined when it fits (or the slot has none). */
export function describeOutOfRange(slot: Pick<DecisionSlot, "integer" | "min" | "max">, value: number): string | undefined {
  const fits = Number.isFinite(value) && (!slot.integer || Number.isInteger(value)) && (slot.min === undefined || value >= slot.min) && (slot.max === undefined || value <= slot.max);
  if (fits) return undefined;
  const what = slot.integer ? "a whole number" : "a number";
  if (slot.min !== undefined && slot.max !== undefined) return `${what} from ${slot.min} to ${slot.max}`;
  if (slot.min !== undefined) return `${what} of at least ${slot.min}`;
  if (slot.max !== undefined) return `${what} of at most ${slot.max}`;
  return `a finite ${what.replace(/^an? /, "")}`;
}

/** The names or sizes a catalog list holds. */
export function listCatalogValues(catalog: Catalog, list: CatalogList): ReadonlySet<unknown> {
  switch (list) {
    case "peeringLocations":
      return new Set(catalog.locationByName.keys());
    case "metros":
      return new Set(catalog.metroByName.keys());
    case "circuitSizes":
      return new Set([...catalog.bandwidths.providerCircuitMbps.sizes, ...catalog.bandwidths.directPorts.ports.flatMap((p) => p.circuitMbps)]);
  }
}
