// The design v2 document (spec §2, docs/contract.md §3) as the reports, explain and diff read it.
// A stand-in written from the spec while the builder is being rewritten: at merge this file becomes
// `export type { Design, … } from "../../design/…"` and every field name here matches that type.
import type { Severity } from "../../rules/vocabulary.js";

export type Zoning = "zone-redundant" | "zonal" | "none";
export type CircuitRole = "primary" | "secondary";
export type ConnectionType = "provider" | "direct";
export type ConnectionModel = "cloud-exchange" | "point-to-point" | "any-to-any" | "direct";

export interface DesignSiteRequirement {
  name: string;
  requiredMbps: number;
  projectedMbps: number;
  peeringLocation: string | null;
  count: number;
  businessUnit: string | null;
}

export interface DesignRegionRequirement {
  name: string;
  requiredMbps: number;
  projectedMbps: number;
  vnetCount: number;
  vmCount: number | null;
  sites: string[];
}

export type Transit = "none" | "all" | [string, string][];

export interface DesignSiteGroup {
  id: string;
  sites: string[];
  businessUnit: string | null;
  projectedMbps: number;
  circuits: string[];
  directPortGbps: 10 | 100 | 400 | null;
  reason: string;
}

export interface DesignCircuit {
  id: string;
  role: CircuitRole;
  group: string;
  sites: string[];
  peeringLocation: string | null;
  metro: string | null;
  connection: { type: ConnectionType; model: ConnectionModel };
  port: string | null;
  bandwidthMbps: number;
  sku: { tier: "Local" | "Standard" | "Premium"; family: "MeteredData" | "UnlimitedData" };
  regions: string[];
}

export interface DesignPort {
  id: string;
  peeringLocation: string | null;
  sizeGbps: 10 | 100 | 400;
  circuits: string[];
  macsec: boolean;
}

export interface DesignGateway {
  region: string;
  /** An ARM SKU name; for Virtual WAN the hub's gateway, `ExpressRouteGateway`, sized in scale units. */
  sku: string;
  scaleUnits: number | null;
  zoning: Zoning;
  zone: 1 | 2 | 3 | null;
  fastPath: boolean;
  subnetPrefixLength: number | null;
  circuits: string[];
  vpnFailover: boolean;
}

export interface DesignConnection {
  circuit: string;
  region: string;
  weight: number;
  preferred: boolean;
}

export interface DesignGlobalReachLink {
  circuits: [string, string];
  crossesGeopoliticalRegions: boolean;
}

export interface DesignFinding {
  id: string;
  severity: Severity;
  message: string;
  docs: string;
  /** The list item a per-item finding is about: `circuits[amsterdam-dc-1]`, `gateways[westeurope]`. */
  about?: string;
}

export interface DesignDecision {
  path: string;
  value: string | number | boolean | null;
  rule: string;
  rationale: string;
  docs: string;
}

export interface Design {
  apiVersion: "expressroute-advisor/v2";
  kind: "Design";
  name: string | null;
  network: "hub-and-spoke" | "virtual-wan";
  requirements: {
    growthPercentPerYear: number;
    horizonYears: number;
    sites: DesignSiteRequirement[];
    regions: DesignRegionRequirement[];
    transit: Transit;
  };
  resilience: { level: "standard" | "high" | "maximum" };
  siteGroups: DesignSiteGroup[];
  circuits: DesignCircuit[];
  ports: DesignPort[];
  gateways: DesignGateway[];
  connections: DesignConnection[];
  vpnFailover: { enabled: boolean; requirements: string[] };
  globalReach: { enabled: boolean; links: DesignGlobalReachLink[] };
  microsoftPeering: { enabled: boolean; services: "none" | "azure-paas" | "microsoft-365" };
  encryption: { macsec: boolean; ipsec: boolean };
  summary: { error: number; warning: number; info: number };
  findings: DesignFinding[];
  decisions: DesignDecision[];
}
