// The decision slots of a design, in evaluation order. Each slot gets exactly one winning
// rule; later slots (and finding rules) may read earlier ones as `design.<path>` facts.
import type { FieldKind } from "../answers/fields.js";
import type { Catalog } from "../catalog/catalog.js";

/** Catalog tables whose names or sizes a decision's value must come from. */
export type CatalogList = "peeringLocations" | "metros" | "circuitSizes";

export interface DecisionSlot {
  path: string;
  kind: Exclude<FieldKind, "literal">;
  values?: readonly (string | number)[];
  nullable: boolean;
  description: string;
  /** Numbers: whole numbers only, within min..max (a design with bandwidth -1 or a /99 is no design). */
  integer?: boolean;
  min?: number;
  max?: number;
  /** The value must be one the catalog offers; checked at evaluation, where the catalog is known. */
  catalog?: CatalogList;
}

const slot = (path: string, kind: DecisionSlot["kind"], description: string, extra: Partial<DecisionSlot> = {}): DecisionSlot => ({
  path,
  kind,
  nullable: false,
  description,
  ...extra,
});

export const DECISION_SLOTS: readonly DecisionSlot[] = [
  slot("connection.type", "enum", "Connectivity provider circuit or ExpressRoute Direct ports", { values: ["provider", "direct"] }),
  slot("connection.model", "enum", "Connectivity model", { values: ["cloud-exchange", "point-to-point", "any-to-any", "direct"] }),
  slot("connection.directPortGbps", "enum", "ExpressRoute Direct port pair size", { values: [10, 100, 400], nullable: true }),
  slot("resilience.level", "enum", "Site-resiliency tier", { values: ["standard", "high", "maximum"] }),
  // A design names a primary and a secondary circuit, no more.
  slot("circuits.length", "number", "Number of circuits to order", { integer: true, min: 1, max: 2 }),
  slot("circuits[0].peeringLocation", "string", "Peering location of the primary circuit", { nullable: true, catalog: "peeringLocations" }),
  slot("circuits[0].metro", "string", "ExpressRoute Metro of the primary circuit", { nullable: true, catalog: "metros" }),
  slot("circuits[1].peeringLocation", "string", "Peering location of the secondary circuit", { nullable: true, catalog: "peeringLocations" }),
  slot("circuits[].bandwidthMbps", "number", "Bandwidth of each circuit", { integer: true, min: 1, catalog: "circuitSizes" }),
  slot("globalReach.enabled", "boolean", "Global Reach between circuits"),
  slot("microsoftPeering.enabled", "boolean", "Microsoft peering"),
  slot("circuits[].sku.tier", "enum", "Circuit SKU tier", { values: ["Local", "Standard", "Premium"] }),
  slot("circuits[].sku.family", "enum", "Circuit billing family", { values: ["MeteredData", "UnlimitedData"] }),
  slot("encryption.macsec", "boolean", "MACsec on the Direct ports"),
  slot("encryption.ipsec", "boolean", "IPsec over private peering"),
  slot("gateway.fastPath", "boolean", "FastPath (data path bypasses the gateway)"),
  slot("gateway.sku", "enum", "ExpressRoute virtual network gateway SKU", {
    values: ["ErGw1AZ", "ErGw2AZ", "ErGw3AZ", "ErGwScale", "Standard", "HighPerformance", "UltraPerformance"],
  }),
  // The catalog's ErGwScale maximum (gateways.yaml, scalable.maxScaleUnits) and the design schema's range.
  slot("gateway.scaleUnits", "number", "ErGwScale scale units", { nullable: true, integer: true, min: 1, max: 40 }),
  slot("gateway.zoning", "enum", "Gateway zone deployment", { values: ["zone-redundant", "zonal", "none"] }),
  slot("gateway.zone", "enum", "Availability zone of a zonal gateway", { values: [1, 2, 3], nullable: true }),
  // The range the answers accept for an existing GatewaySubnet (answers/schema.ts).
  slot("gateway.subnetPrefixLength", "number", "Recommended GatewaySubnet prefix length", { integer: true, min: 16, max: 29 }),
  slot("vpnFailover.enabled", "boolean", "Site-to-site VPN as failover for private peering"),
];

export const DECISION_SLOT_BY_PATH: ReadonlyMap<string, DecisionSlot> = new Map(DECISION_SLOTS.map((s) => [s.path, s]));

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
