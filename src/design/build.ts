// Assembles the v1 design document (docs/contract.md §3) from an evaluation. Key order is fixed here,
// so the YAML and JSON renderings are byte-stable.
import type { Answers } from "../answers/schema.js";
import type { Evaluation, Finding } from "../engine/evaluate.js";
import type { Severity } from "../rules/vocabulary.js";
import type { Design, DesignCircuit, DesignDecision } from "./schema.js";

export const DESIGN_KIND = "Design";

export type { Design, DesignCircuit, DesignDecision };

/**
 * Builds the document. Decision values were type-checked against their slots during evaluation;
 * that the whole document matches the design schema is a property test (test/properties.test.ts),
 * not a per-run cost.
 */
export function buildDesign(answers: Answers, evaluation: Evaluation, apiVersion: string): Design {
  const v = (path: string) => evaluation.values.get(path);
  const count = v("circuits.length") as number;
  const circuits: Record<string, unknown>[] = [];
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
  } as Design;
}
