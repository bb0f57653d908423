// Assembles the v2 design document (docs/contract.md §3) from an evaluation. Decided fields are
// placed by the decision table (each slot's `field`); structure (ids, which circuit serves which
// sites and regions, ports, links, connections) comes from the topology and the rules' topology
// facts. Key order is fixed here, so the YAML and JSON renderings are byte-stable.
import type { Answers } from "../answers/schema.js";
import type { Evaluation, Finding } from "../engine/evaluate.js";
import { DECISION_SLOTS } from "../rules/decisions.js";
import { circuitIdsOf, projectNeed, regionRequiredMbps } from "../rules/site-groups.js";
import type { Severity } from "../rules/vocabulary.js";
import { decidedFields } from "./decided-fields.js";
import type { Design, DesignCircuit, DesignDecision, DesignGateway, DesignPort, DesignSiteGroup } from "./schema.js";

export const DESIGN_KIND = "Design";

export type { Design, DesignCircuit, DesignDecision, DesignGateway, DesignPort, DesignSiteGroup };

/** What the rules' topology facts hold (src/rules/facts): the builder places them, it does not decide them. */
interface PlannedPort {
  id: string;
  peeringLocation: string;
  sizeGbps: 10 | 100 | 400;
  circuits: string[];
}
interface PlannedLink {
  circuits: [string, string];
  crossesGeopoliticalRegions: boolean;
}
interface PlannedConnection {
  circuit: string;
  weight: number;
  preferred: boolean;
}

/** Field paths split once (they come from the decision table, a fixed set). */
const splitPaths = new Map<string, string[]>();
function setAt(target: Record<string, unknown>, rel: string, value: unknown) {
  let keys = splitPaths.get(rel);
  if (!keys) splitPaths.set(rel, (keys = rel.split(".")));
  let node = target;
  for (let i = 0; i < keys.length - 1; i++) node = (node[keys[i]!] ??= {}) as Record<string, unknown>;
  node[keys[keys.length - 1]!] = value;
}

/** An item with every decided field of its list present (null until a slot sets it), in table order. */
function withDecidedFields(prefix: string, structural: Record<string, unknown>, tail: Record<string, unknown>): Record<string, unknown> {
  const item: Record<string, unknown> = { ...structural };
  for (const [rel] of decidedFields(prefix)) setAt(item, rel, null);
  return Object.assign(item, tail);
}

const GROUP_SLOTS = DECISION_SLOTS.filter((s) => s.scope === "group");
const REGION_SLOTS = DECISION_SLOTS.filter((s) => s.scope === "region");

/**
 * Builds the document. Decision values were type-checked against their slots during evaluation;
 * that the whole document matches the design schema is a property test (test/properties.test.ts),
 * not a per-run cost.
 */
export function buildDesign(answers: Answers, evaluation: Evaluation, apiVersion: string): Design {
  const v = (path: string) => evaluation.values.get(path);
  const { topology } = evaluation;
  const circuitsOfGroup = new Map<string, string[]>();
  const siteGroups: Record<string, unknown>[] = [];
  const circuits: Record<string, unknown>[] = [];

  for (const { item: group, values } of evaluation.groups) {
    const planned = circuitIdsOf(group.id, values.get("siteGroup.locations") as number, values.get("siteGroup.parallel") as number);
    circuitsOfGroup.set(group.id, planned.map((c) => c.id));
    const siteGroup = withDecidedFields(
      "siteGroups[]",
      {
        id: group.id,
        sites: group.sites.map((s) => s.name),
        businessUnit: group.businessUnit,
        projectedMbps: projectNeed(group.requiredMbps, answers.bandwidth),
        circuits: planned.map((c) => c.id),
      },
      { reason: group.reason },
    );
    for (const slot of GROUP_SLOTS) if (slot.field.startsWith("siteGroups[].")) setAt(siteGroup, slot.field.slice("siteGroups[].".length), values.get(slot.path));
    siteGroups.push(siteGroup);
    for (const c of planned) {
      const circuit = withDecidedFields("circuits[]", { id: c.id, role: c.role, group: group.id, sites: group.sites.map((s) => s.name) }, { port: null, regions: [] as string[] });
      for (const slot of GROUP_SLOTS) {
        if (!slot.field.startsWith("circuits[].") || (slot.location !== undefined && slot.location !== c.location)) continue;
        setAt(circuit, slot.field.slice("circuits[].".length), values.get(slot.path));
      }
      circuits.push(circuit);
    }
  }

  const macsecOfGroup = new Map(evaluation.groups.map(({ item, values }) => [item.id, values.get("encryption.macsec") === true]));
  const groupOfCircuit = new Map(circuits.map((c) => [c.id as string, c.group as string]));
  const ports: DesignPort[] = (evaluation.readFact("directPortPlan") as PlannedPort[]).map((p) => ({
    id: p.id,
    peeringLocation: p.peeringLocation,
    sizeGbps: p.sizeGbps,
    circuits: [...p.circuits],
    macsec: p.circuits.some((id) => macsecOfGroup.get(groupOfCircuit.get(id)!)),
  }));
  const byId = new Map(circuits.map((c) => [c.id as string, c]));
  for (const p of ports) for (const id of p.circuits) byId.get(id)!.port = p.id;

  const vpnEnabled = v("vpnFailover.enabled") as boolean;
  const gateways: Record<string, unknown>[] = [];
  const connections: Design["connections"] = [];
  for (const { item: region, values } of evaluation.regions) {
    const name = region.answer.name;
    const planned = evaluation.readFact("regionConnections", { region: name }) as PlannedConnection[];
    const gateway = withDecidedFields("gateways[]", { region: name }, { circuits: planned.map((c) => c.circuit), vpnFailover: vpnEnabled });
    for (const slot of REGION_SLOTS) setAt(gateway, slot.field.slice("gateways[].".length), values.get(slot.path));
    gateways.push(gateway);
    for (const c of planned) {
      connections.push({ circuit: c.circuit, region: name, weight: c.weight, preferred: c.preferred });
      // A circuit's regions are exactly the gateways it connects to (one list, so they never disagree).
      (byId.get(c.circuit)!.regions as string[]).push(name);
    }
  }

  const links = (evaluation.readFact("globalReachLinks") as PlannedLink[]).map((l) => ({ circuits: [l.circuits[0], l.circuits[1]] as [string, string], crossesGeopoliticalRegions: l.crossesGeopoliticalRegions }));
  const findings = evaluation.findings.map(({ id, severity, message, docs, about }): Finding => ({ id, severity, message, docs, ...(about ? { about } : {}) }));
  const summary: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) summary[f.severity]++;
  return {
    apiVersion,
    kind: DESIGN_KIND,
    name: answers.name ?? null,
    network: v("network"),
    requirements: {
      growthPercentPerYear: answers.bandwidth.growthPercentPerYear,
      horizonYears: answers.bandwidth.horizonYears,
      sites: answers.sites.map((s) => ({
        name: s.name,
        requiredMbps: s.requiredMbps,
        projectedMbps: projectNeed(s.requiredMbps, answers.bandwidth),
        peeringLocation: s.peeringLocation ?? null,
        count: s.count,
        businessUnit: s.businessUnit,
      })),
      regions: topology.regions.map((r) => {
        const required = regionRequiredMbps(topology, r);
        return {
          name: r.answer.name,
          requiredMbps: required,
          projectedMbps: projectNeed(required, answers.bandwidth),
          vnetCount: r.answer.vnetCount,
          vmCount: r.answer.vmCount,
          sites: r.groups.flatMap((id) => topology.groupById.get(id)!.sites.map((s) => s.name)),
        };
      }),
      transit: answers.transit.betweenSites,
    },
    resilience: { level: v("resilience.level") },
    siteGroups,
    circuits,
    ports,
    gateways,
    connections,
    vpnFailover: {
      enabled: vpnEnabled,
      requirements: vpnEnabled ? [...new Set(evaluation.findings.filter((f) => f.topic === "vpnFailover").map((f) => f.message))] : [],
    },
    globalReach: { enabled: v("globalReach.enabled") as boolean, links },
    microsoftPeering: { enabled: v("microsoftPeering.enabled") as boolean, services: answers.azure.microsoftPeering },
    encryption: { macsec: [...macsecOfGroup.values()].some(Boolean), ipsec: v("encryption.ipsec") as boolean },
    summary,
    findings,
    decisions: evaluation.decisions.map(({ path, value, rule, rationale, docs }) => ({ path, value, rule, rationale, docs }) as DesignDecision),
  } as Design;
}
