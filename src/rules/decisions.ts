// The decision slots of a design, in evaluation order. Each slot gets exactly one winning
// rule; later slots (and finding rules) may read earlier ones as `design.<path>` facts.
import type { FieldKind } from "../answers/fields.js";

export interface DecisionSlot {
  path: string;
  kind: Exclude<FieldKind, "literal">;
  values?: readonly (string | number)[];
  nullable: boolean;
  description: string;
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
  slot("circuits.length", "number", "Number of circuits to order"),
  slot("circuits[0].peeringLocation", "string", "Peering location of the primary circuit", { nullable: true }),
  slot("circuits[0].metro", "string", "ExpressRoute Metro of the primary circuit", { nullable: true }),
  slot("circuits[1].peeringLocation", "string", "Peering location of the secondary circuit", { nullable: true }),
  slot("circuits[].bandwidthMbps", "number", "Bandwidth of each circuit"),
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
  slot("gateway.scaleUnits", "number", "ErGwScale scale units", { nullable: true }),
  slot("gateway.zoning", "enum", "Gateway zone deployment", { values: ["zone-redundant", "zonal", "none"] }),
  slot("gateway.zone", "enum", "Availability zone of a zonal gateway", { values: [1, 2, 3], nullable: true }),
  slot("gateway.subnetPrefixLength", "number", "Recommended GatewaySubnet prefix length"),
  slot("vpnFailover.enabled", "boolean", "Site-to-site VPN as failover for private peering"),
];

export const DECISION_SLOT_BY_PATH: ReadonlyMap<string, DecisionSlot> = new Map(DECISION_SLOTS.map((s) => [s.path, s]));

/** The values a slot can take when it has a closed list (enums, booleans), else undefined. */
export function slotValues(slot: DecisionSlot): readonly unknown[] | undefined {
  const values = slot.kind === "boolean" ? [false, true] : slot.kind === "enum" ? slot.values : undefined;
  return values && slot.nullable ? [...values, null] : values;
}
