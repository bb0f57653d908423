// Assembles the v1 design document (CONTRACT §3) from an evaluation. Key order is fixed here,
// so the YAML and JSON renderings are byte-stable.
import type { Answers } from "../answers/schema.js";
import type { Evaluation, Finding } from "../engine/evaluate.js";
import type { Severity } from "../rules/schema.js";

export const DESIGN_KIND = "Design";

export interface DesignCircuit {
  role: "primary" | "secondary";
  peeringLocation: string | null;
  metro: string | null;
  bandwidthMbps: number;
  sku: { tier: string; family: string };
}

export interface DesignDecision {
  path: string;
  value: unknown;
  rule: string;
  rationale: string;
  docs: string;
}

export interface Design {
  apiVersion: string;
  kind: typeof DESIGN_KIND;
  name: string | null;
  requirements: {
    requiredMbps: number;
    projectedMbps: number;
    growthPercentPerYear: number;
    horizonYears: number;
    regions: string[];
    peeringLocation: string | null;
  };
  connection: { type: string; model: string; directPortGbps: number | null };
  circuits: DesignCircuit[];
  gateway: {
    sku: string;
    scaleUnits: number | null;
    zoning: string;
    zone: number | null;
    fastPath: boolean;
    subnetPrefixLength: number;
    regions: string[];
  };
  resilience: { level: string };
  vpnFailover: { enabled: boolean; requirements: string[] };
  globalReach: { enabled: boolean };
  microsoftPeering: { enabled: boolean; services: string };
  encryption: { macsec: boolean; ipsec: boolean };
  summary: Record<Severity, number>;
  findings: Finding[];
  decisions: DesignDecision[];
}

export function buildDesign(answers: Answers, evaluation: Evaluation, apiVersion: string): Design {
  const v = (path: string) => evaluation.values.get(path);
  const count = v("circuits.length") as number;
  const circuits: DesignCircuit[] = [];
  for (let i = 0; i < count; i++) {
    circuits.push({
      role: i === 0 ? "primary" : "secondary",
      peeringLocation: ((i === 0 ? v("circuits[0].peeringLocation") : i === 1 ? v("circuits[1].peeringLocation") : null) as string | null) ?? null,
      metro: i === 0 ? ((v("circuits[0].metro") as string | null) ?? null) : null,
      bandwidthMbps: v("circuits[].bandwidthMbps") as number,
      sku: { tier: v("circuits[].sku.tier") as string, family: v("circuits[].sku.family") as string },
    });
  }
  const findings = evaluation.findings.map(({ id, severity, message, docs }) => ({ id, severity, message, docs }));
  const summary: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) summary[f.severity]++;
  const vpnEnabled = v("vpnFailover.enabled") as boolean;
  return {
    apiVersion,
    kind: DESIGN_KIND,
    name: answers.name ?? null,
    requirements: {
      requiredMbps: answers.bandwidth.requiredMbps,
      projectedMbps: evaluation.facts.projectedMbps as number,
      growthPercentPerYear: answers.bandwidth.growthPercentPerYear,
      horizonYears: answers.bandwidth.horizonYears,
      regions: [...answers.azure.regions],
      peeringLocation: answers.sites.peeringLocation ?? null,
    },
    connection: {
      type: v("connection.type") as string,
      model: v("connection.model") as string,
      directPortGbps: (v("connection.directPortGbps") as number | null) ?? null,
    },
    circuits,
    gateway: {
      sku: v("gateway.sku") as string,
      scaleUnits: (v("gateway.scaleUnits") as number | null) ?? null,
      zoning: v("gateway.zoning") as string,
      zone: (v("gateway.zone") as number | null) ?? null,
      fastPath: v("gateway.fastPath") as boolean,
      subnetPrefixLength: v("gateway.subnetPrefixLength") as number,
      regions: [...answers.azure.regions],
    },
    resilience: { level: v("resilience.level") as string },
    vpnFailover: {
      enabled: vpnEnabled,
      requirements: vpnEnabled ? evaluation.findings.filter((f) => f.topic === "vpnFailover").map((f) => f.message) : [],
    },
    globalReach: { enabled: v("globalReach.enabled") as boolean },
    microsoftPeering: { enabled: v("microsoftPeering.enabled") as boolean, services: answers.azure.microsoftPeering },
    encryption: { macsec: v("encryption.macsec") as boolean, ipsec: v("encryption.ipsec") as boolean },
    summary,
    findings,
    decisions: evaluation.decisions.map(({ path, value, rule, rationale, docs }) => ({ path, value, rule, rationale, docs })),
  };
}
