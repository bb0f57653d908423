// Words of the coloured design summary shown on stderr after an interactive run
// (./terminal-summary.ts), in one place so wording changes touch no layout code.
import { formatNumber } from "../../text/format.js";
import type { Zoning } from "./design-v2-shape.js";

const plural = (n: number, one: string, many = `${one}s`) => `${formatNumber(n)} ${n === 1 ? one : many}`;

export const SUMMARY_TEXT = {
  title: (name: string | null) => (name ? `Design for ${name}` : "Design"),
  network: "Network",
  resiliency: "Resiliency",
  circuits: "Circuits",
  ports: "Direct ports",
  gateways: "Gateways",
  vpnFailover: "VPN failover",
  globalReach: "Global Reach",
  microsoftPeering: "Microsoft peering",
  encryption: "Encryption",
  on: "yes",
  networkValue: { "hub-and-spoke": "hub-and-spoke", "virtual-wan": "Virtual WAN (a hub per region)" } as const,
  resiliencyValue: (level: string, circuits: number, groups: number) => `${level}, ${plural(circuits, "circuit")} for ${plural(groups, "site group")}`,
  mbps: (n: number) => (n >= 1000 && n % 1000 === 0 ? `${formatNumber(n / 1000)} Gbps` : `${formatNumber(n)} Mbps`),
  circuit: (id: string, secondary: boolean, size: string, location: string, metro: string | null, how: string, sku: string, regions: string[]) =>
    `${id}${secondary ? " (secondary)" : ""}: ${size} at ${location}${metro ? ` (${metro})` : ""}, ${how}, ${sku} → ${regions.join(", ") || "no region"}`,
  provider: (model: string) => `provider ${model}`,
  direct: (port: string | null) => (port ? `Direct on ${port}` : "Direct"),
  openLocation: "a peering location still to choose",
  port: (id: string, gbps: number, location: string | null, circuits: string[], macsec: boolean) =>
    `${id}: 2 × ${formatNumber(gbps)} Gbps at ${location ?? "a peering location still to choose"}${macsec ? ", MACsec" : ""} for ${circuits.join(", ")}`,
  gateway: (region: string, parts: string[]) => `${region}: ${parts.join(", ")}`,
  scaleUnits: (n: number) => ` (${plural(n, "scale unit")})`,
  zoning: (zoning: Zoning, zone: number | null) =>
    zoning === "none" ? "regional (no availability zones)" : zoning === "zonal" ? `zonal${zone === null ? "" : `, zone ${zone}`}` : zoning,
  fastPath: "FastPath",
  subnet: (prefix: number) => `GatewaySubnet /${prefix}`,
  globalReachLink: (a: string, b: string, crossesGeo: boolean) => `${a} ↔ ${b}${crossesGeo ? " (across geopolitical regions)" : ""}`,
  findings: (error: number, warning: number, info: number) =>
    `Findings: ${error} error${error === 1 ? "" : "s"}, ${warning} warning${warning === 1 ? "" : "s"}, ${info} info`,
  finding: (message: string, id: string, about: string | undefined) => `${about ? `${about}: ` : ""}${message} (${id})`,
  /** A rule's rationale under a row, after the items it applies to (none for a design-wide decision). */
  reason: (items: string[], rationale: string) => (items.length === 0 ? rationale : `${items.join(", ")}: ${rationale}`),
  errorMark: "✖",
  warningMark: "▲",
  infoHint: (n: number) => `  (${n} info finding${n === 1 ? "" : "s"} and every decision's docs link are in the design document)`,
} as const;
