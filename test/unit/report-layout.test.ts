// The SVG topology's layout, checked numerically: with six sites and five regions (and every
// optional path drawn) no two boxes overlap, every box lies inside its group and the drawing, and
// each provider link or port pair sits level with the circuit it carries when there is room.
import { describe, expect, it } from "vitest";
import type { Design } from "../../src/cli/format/design-v2-shape.js";
import { buildTopology } from "../../src/cli/format/topology.js";
import { layOutTopology, type Box } from "../../src/cli/format/topology-layout.js";
import { changeSample, loadSample, SAMPLES } from "../helpers/design-samples.js";

const overlap = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
const inside = (inner: Box, outer: Box) => inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.w <= outer.x + outer.w && inner.y + inner.h <= outer.y + outer.h;

/** Every optional path on: VPN backup everywhere, IPsec, Microsoft peering. */
const everything = changeSample("six-sites-mixed", (d) => {
  d.vpnFailover.enabled = true;
  for (const g of d.gateways) g.vpnFailover = true;
  d.encryption.ipsec = true;
});
/**
 * Twelve sites with long names (63 characters, the most a name may have), the first four on one
 * WAN sharing a circuit (so all four want the same height), the others with a circuit each, at
 * three locations; five regions.
 */
const many: Design = changeSample("six-sites-mixed", (d) => {
  d.ports = [];
  d.requirements.sites = Array.from({ length: 12 }, (_, i) => ({ name: `site-${i + 1}-`.padEnd(63, "x"), requiredMbps: 1000, projectedMbps: 1000, peeringLocation: null, count: 1, businessUnit: null }));
  d.circuits = d.requirements.sites.slice(3).map((s, i) => ({
    ...structuredClone(d.circuits[0]!),
    id: `${s.name.slice(0, 61)}-1`,
    group: s.name,
    sites: i === 0 ? d.requirements.sites.slice(0, 4).map((x) => x.name) : [s.name],
    metro: null,
    port: null,
    peeringLocation: ["Amsterdam", "London", "Washington DC"][i % 3]!,
    regions: d.gateways.map((g) => g.region),
  }));
  d.connections = d.circuits.flatMap((c, i) => d.gateways.map((g, j) => ({ circuit: c.id, region: g.region, weight: i % 5 === j ? 100 : 0, preferred: i % 5 === j })));
  d.globalReach.links = [{ circuits: [d.circuits[0]!.id, d.circuits[8]!.id], crossesGeopoliticalRegions: true }];
});
const cases: [string, Design][] = [...SAMPLES.map((s) => [s, loadSample(s)] as [string, Design]), ["every path drawn", everything], ["twelve sites", many]];

describe.each(cases)("layout of %s", (_, design) => {
  const topology = buildTopology(design);
  const layout = layOutTopology(topology);

  it("keeps every line of text inside its box", () => {
    for (const n of layout.nodes) {
      const budget = Math.floor((n.w - 20) / 6.6);
      for (const line of n.detailLines) expect(line.length, line).toBeLessThanOrEqual(budget);
      for (const line of n.titleLines) expect(line.length, line).toBeLessThanOrEqual(Math.floor((n.w - 20) / 8.2));
    }
  });

  it("places every node once, in whole pixels, inside the drawing", () => {
    expect(layout.nodes.map((n) => n.node.id).sort()).toEqual(topology.groups.flatMap((g) => g.nodes.map((n) => n.id)).sort());
    for (const box of [...layout.nodes, ...layout.groups]) {
      for (const v of [box.x, box.y, box.w, box.h]) expect(Number.isInteger(v)).toBe(true);
      expect(inside(box, { x: 0, y: 0, w: layout.width, h: layout.height })).toBe(true);
    }
  });

  it("overlaps no two boxes, except a circuit inside its own peering location", () => {
    const nodes = layout.nodes;
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const [a, b] = [nodes[i]!, nodes[j]!];
        const nested = a.node.id === b.node.parent || b.node.id === a.node.parent;
        if (nested) expect(inside(a.node.parent ? a : b, a.node.parent ? b : a), `${a.node.id} in ${b.node.id}`).toBe(true);
        else expect(overlap(a, b), `${a.node.id} and ${b.node.id} overlap`).toBe(false);
      }
    }
    const groups = layout.groups;
    for (let i = 0; i < groups.length; i++) for (let j = i + 1; j < groups.length; j++) expect(overlap(groups[i]!, groups[j]!), `${groups[i]!.group.id} and ${groups[j]!.group.id}`).toBe(false);
  });

  it("keeps every node inside its group's box", () => {
    for (const n of layout.nodes) {
      const group = layout.groups.find((g) => g.group.nodes.some((m) => m.id === n.node.id))!;
      expect(inside(n, group), `${n.node.id} in ${group.group.id}`).toBe(true);
    }
  });

  it("lines each provider link or port pair up with the circuit it carries, where nothing above pushes it down", () => {
    const byId = new Map(layout.nodes.map((n) => [n.node.id, n]));
    const edges = layout.nodes.filter((n) => n.area === "edge").sort((a, b) => a.y - b.y);
    let aligned = 0;
    edges.forEach((edge, i) => {
      const circuit = byId.get(edge.node.alignWith!)!;
      const [ce, cc] = [edge.y + edge.h / 2, circuit.y + circuit.h / 2];
      // Never above its circuit; below it only when the box above leaves no room.
      expect(Math.round(ce)).toBeGreaterThanOrEqual(Math.round(cc) - 1);
      if (Math.abs(ce - cc) <= 1) aligned++;
      else expect(edge.y - (edges[i - 1]!.y + edges[i - 1]!.h)).toBeLessThanOrEqual(16);
    });
    expect(aligned).toBeGreaterThan(0);
  });
});
