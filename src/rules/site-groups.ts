// Which sites one circuit (or a redundant pair, or parallel circuits) serves, and which Azure
// regions and other groups each group must reach. Pure: answers in, topology out. Rules then
// decide everything about each group's circuits (docs/topology.md).
//
// Sites share a group only when one circuit can physically serve them all: they are on the same
// MPLS or SD-WAN at the same peering location, in the same business unit (business units never
// share a circuit, issue 14), and they are not a pair that must reach each other over Microsoft's
// backbone (Global Reach joins circuits, so each side needs its own:
// https://learn.microsoft.com/azure/expressroute/expressroute-global-reach).
import type { Answers, RegionAnswer, SiteAnswer } from "../answers/schema.js";
import { TOPOLOGY_MESSAGES as M } from "./topology-messages.js";

export interface SiteGroup {
  id: string;
  index: number;
  sites: readonly SiteAnswer[];
  businessUnit: string | null;
  /** The peering location the sites name (shared groups only form where they name the same one). */
  peeringLocation: string | null;
  /** Sum of the sites' needs, in Mbps. */
  requiredMbps: number;
  /** Sites in the group (a site entry may stand for many like branches). */
  count: number;
  monthlyEgressGB: number | null;
  wan: SiteAnswer["wan"];
  colocation: SiteAnswer["colocation"];
  ownEdge: boolean;
  /** Regions the group's sites use, in the answers' order. */
  regions: readonly string[];
  /** Groups this one must reach over Microsoft's backbone (Global Reach), in group order. */
  transitPeers: readonly string[];
  reason: string;
}

export interface RegionPlan {
  answer: RegionAnswer;
  index: number;
  /** Groups whose sites use the region, in group order. */
  groups: readonly string[];
}

export interface Topology {
  groups: readonly SiteGroup[];
  regions: readonly RegionPlan[];
  groupById: ReadonlyMap<string, SiteGroup>;
  regionByName: ReadonlyMap<string, RegionPlan>;
}

export interface PlannedCircuit {
  id: string;
  /** Index of the group's peering location the circuit is at (0 first, 1 the redundant one). */
  location: 0 | 1;
  role: "primary" | "secondary";
}

/** A group's circuits: `<group>-1…`, the first location's circuits first (docs/contract.md §3). */
export function circuitIdsOf(groupId: string, locations: number, parallel: number): PlannedCircuit[] {
  const circuits: PlannedCircuit[] = [];
  for (let location = 0; location < locations; location++) {
    for (let p = 0; p < parallel; p++) {
      circuits.push({ id: `${groupId}-${circuits.length + 1}`, location: location as 0 | 1, role: location === 0 ? "primary" : "secondary" });
    }
  }
  return circuits;
}

const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

/** The site pairs that must reach each other over Microsoft's backbone. */
function transitPairs(answers: Answers): Set<string> {
  const t = answers.transit.betweenSites;
  const pairs = new Set<string>();
  if (t === "none") return pairs;
  if (t === "all") {
    for (let i = 0; i < answers.sites.length; i++) for (let j = i + 1; j < answers.sites.length; j++) pairs.add(pairKey(answers.sites[i]!.name, answers.sites[j]!.name));
    return pairs;
  }
  for (const [a, b] of t) if (a !== b) pairs.add(pairKey(a, b));
  return pairs;
}

/** Sites that could ride one circuit: same WAN (not none), same named location, same business unit. */
const shareKey = (s: SiteAnswer): string | undefined =>
  s.wan === "none" || s.peeringLocation === undefined ? undefined : `${s.wan}\u0000${s.peeringLocation}\u0000${s.businessUnit ?? ""}`;

/** Groups the sites (in order: each joins the first group it can share), then links groups and regions. */
export function planTopology(answers: Answers): Topology {
  const pairs = transitPairs(answers);
  const members: SiteAnswer[][] = [];
  for (const site of answers.sites) {
    const key = shareKey(site);
    const home = key === undefined ? undefined : members.find((g) => shareKey(g[0]!) === key && g.every((m) => !pairs.has(pairKey(m.name, site.name))));
    if (home) home.push(site);
    else members.push([site]);
  }
  const groupOfSite = new Map<string, string>();
  for (const g of members) for (const s of g) groupOfSite.set(s.name, g[0]!.name);

  const peers = new Map<string, Set<string>>(members.map((g) => [g[0]!.name, new Set<string>()]));
  for (const key of pairs) {
    const [a, b] = key.split("\u0000") as [string, string];
    const ga = groupOfSite.get(a);
    const gb = groupOfSite.get(b);
    // A pair inside one group is met by the group's own WAN.
    if (ga === undefined || gb === undefined || ga === gb) continue;
    peers.get(ga)!.add(gb);
    peers.get(gb)!.add(ga);
  }
  const order = new Map(members.map((g, i) => [g[0]!.name, i]));
  const usesRegion = (r: RegionAnswer, sites: readonly SiteAnswer[]) => r.sites === null || sites.some((s) => r.sites!.includes(s.name));

  const groups: SiteGroup[] = members.map((sites, index) => {
    const first = sites[0]!;
    const egress = sites.filter((s) => s.monthlyEgressGB !== undefined);
    return {
      id: first.name,
      index,
      sites,
      businessUnit: first.businessUnit,
      peeringLocation: first.peeringLocation ?? null,
      requiredMbps: sites.reduce((sum, s) => sum + s.requiredMbps, 0),
      count: sites.reduce((sum, s) => sum + s.count, 0),
      monthlyEgressGB: egress.length === 0 ? null : egress.reduce((sum, s) => sum + s.monthlyEgressGB!, 0),
      wan: first.wan,
      colocation: first.colocation,
      ownEdge: sites.every((s) => s.ownEdgeAtPeeringLocation),
      regions: answers.regions.filter((r) => usesRegion(r, sites)).map((r) => r.name),
      transitPeers: [...peers.get(first.name)!].sort((a, b) => order.get(a)! - order.get(b)!),
      reason: sites.length === 1 ? M.ownGroup(first.name) : M.sharedGroup(sites.map((s) => s.name), first.wan, first.peeringLocation!, first.businessUnit),
    };
  });
  const regions: RegionPlan[] = answers.regions.map((answer, index) => ({
    answer,
    index,
    groups: groups.filter((g) => g.regions.includes(answer.name)).map((g) => g.id),
  }));
  return { groups, regions, groupById: new Map(groups.map((g) => [g.id, g])), regionByName: new Map(regions.map((r) => [r.answer.name, r])) };
}

/** A need grown by the yearly growth over the horizon, rounded up (the design is sized for it). */
export function projectNeed(mbps: number, bandwidth: { growthPercentPerYear: number; horizonYears: number }): number {
  return Math.ceil(mbps * Math.pow(1 + bandwidth.growthPercentPerYear / 100, bandwidth.horizonYears) - 1e-9);
}

/** A region's need today: as answered, else the sum of the needs of the sites that use it. */
export function regionRequiredMbps(topology: Topology, region: RegionPlan): number {
  if (region.answer.requiredMbps !== null) return region.answer.requiredMbps;
  return region.groups.reduce((sum, id) => sum + topology.groupById.get(id)!.requiredMbps, 0);
}
