// Deterministic layout of the topology for the SVG drawing: every box gets whole-pixel
// coordinates from fixed sizes, with no layout engine and no text measurement.
//
// Five slots, left to right — sites | provider links and Direct port pairs (and, below, the
// Internet for the VPN backup) | peering locations, each box holding its circuits | gateways |
// virtual networks. Each group (on-premises, connection, Microsoft edge, each Azure region,
// Microsoft cloud) is a labelled box over its slots. The peering locations stack down the middle;
// each provider link or port pair sits level with the first circuit it serves and each site level
// with the links it uses, pushed down only as far as needed to keep boxes apart, so the lines stay
// short and nothing overlaps with many sites. Azure regions stack on the right, each with its
// ExpressRoute gateway (and the VPN gateway beneath it); the shorter side is centred on the taller.
import type { GroupArea, Topology, TopologyColumn, TopologyGroup, TopologyNode } from "./topology.js";

export const GEOMETRY = {
  nodeWidth: 188,
  columnGap: 104,
  margin: 16,
  nodePad: 10,
  nestInset: 10,
  titleLine: 17,
  detailLine: 15,
} as const;

const { nodeWidth: NODE_W, columnGap: COL_GAP, margin: MARGIN, nodePad: NODE_PAD, nestInset: NEST_INSET, titleLine: TITLE_LINE, detailLine: DETAIL_LINE } =
  GEOMETRY;
const GROUP_PAD = 12;
const GROUP_HEAD = 26;
const NODE_GAP = 16;
const CHILD_GAP = 8;
const GROUP_GAP = 24;
const CHIPS_H = 26;
// Text cannot be measured without a browser, so lines are wrapped by a per-character width
// taken from a wide fallback font (DejaVu Sans): narrower fonts only leave more room.
const TITLE_CHAR_W = 8.2;
const DETAIL_CHAR_W = 6.6;

const SLOTS: Record<TopologyColumn, number> = { "on-premises": 0, edge: 1, location: 2, circuit: 2, gateway: 3, network: 4 };
const LAST_SLOT = 4;

const AREA_SLOTS: Record<GroupArea, [number, number]> = {
  "on-premises": [0, 0],
  edge: [1, 1],
  internet: [1, 1],
  "microsoft-edge": [2, 2],
  region: [3, 4],
  services: [3, 4],
};

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface PlacedNode extends Box {
  node: TopologyNode;
  area: GroupArea;
  titleLines: string[];
  detailLines: string[];
  /** Circuits drawn inside their peering location's box. */
  children: PlacedNode[];
}

export interface PlacedGroup extends Box {
  group: TopologyGroup;
}

export interface TopologyLayout {
  groups: PlacedGroup[];
  /** Every node, nested circuits included (after their location), each with absolute coordinates. */
  nodes: PlacedNode[];
  /** circuit id → peering location id, for circuits drawn inside their location's box. */
  nesting: Map<string, string>;
  width: number;
  height: number;
}

const slotX = (slot: number) => MARGIN + GROUP_PAD + slot * (NODE_W + COL_GAP);
const centre = (n: Box) => n.y + n.h / 2;

function measure(node: TopologyNode, area: GroupArea, width: number, children: PlacedNode[]): PlacedNode {
  const inner = width - 2 * NODE_PAD;
  const titleLines = wrapWords(node.title, Math.floor(inner / TITLE_CHAR_W));
  const detailLines = node.details.flatMap((d) => wrapWords(d, Math.floor(inner / DETAIL_CHAR_W)));
  const text = titleLines.length * TITLE_LINE + detailLines.length * DETAIL_LINE;
  const nested = children.reduce((sum, c) => sum + c.h, 0) + CHILD_GAP * Math.max(0, children.length - 1);
  const h = 2 * NODE_PAD + text + (node.zones ? CHIPS_H : 0) + (children.length ? nested + 6 + NEST_INSET - NODE_PAD : 0);
  // Even heights keep centres on whole pixels, so links between centred boxes stay straight.
  return { node, area, titleLines, detailLines, children, x: 0, y: 0, w: width, h: 2 * Math.ceil(h / 2) };
}

/** Moves a node and the circuits inside it. */
function moveTo(n: PlacedNode, x: number, y: number): void {
  const [dx, dy] = [x - n.x, y - n.y];
  n.x = x;
  n.y = y;
  for (const c of n.children) moveTo(c, c.x + dx, c.y + dy);
}

/**
 * Stacks a column's nodes top-down from `top`, each as near as it can be to the centre it wants
 * (level with what it links to) without overlapping the one above; returns the column's bottom.
 */
function stackNear(nodes: PlacedNode[], x: number, top: number, wanted: (n: PlacedNode) => number | undefined): number {
  let bottom = top - NODE_GAP;
  for (const n of nodes) {
    const want = wanted(n);
    moveTo(n, x, Math.max(bottom + NODE_GAP, want === undefined ? -Infinity : want - n.h / 2));
    bottom = n.y + n.h;
  }
  return bottom;
}

/** Nodes in the order of the centres they want (stable; those with none keep their place at the end). */
function sortByWanted(nodes: PlacedNode[], wanted: (n: PlacedNode) => number | undefined): PlacedNode[] {
  const key = (n: PlacedNode) => wanted(n) ?? Infinity;
  return nodes.map((n, i) => ({ n, i })).sort((a, b) => key(a.n) - key(b.n) || a.i - b.i).map(({ n }) => n);
}

/** Boxes for every group and node, in whole pixels, plus the drawing's size. */
export function layOutTopology(topology: Topology): TopologyLayout {
  const nesting = new Map<string, string>();
  for (const g of topology.groups) for (const n of g.nodes) if (n.parent !== null) nesting.set(n.id, n.parent);
  const childrenOf = new Map<string, PlacedNode[]>();
  for (const g of topology.groups) {
    for (const n of g.nodes) {
      if (n.parent === null) continue;
      childrenOf.set(n.parent, [...(childrenOf.get(n.parent) ?? []), measure(n, g.area, NODE_W - 2 * NEST_INSET, [])]);
    }
  }
  const measured = new Map(
    topology.groups.map((g) => [g, g.nodes.filter((n) => n.parent === null).map((n) => measure(n, g.area, NODE_W, childrenOf.get(n.id) ?? []))]),
  );
  const byId = new Map<string, PlacedNode>();
  for (const nodes of measured.values()) for (const n of nodes) for (const m of [n, ...n.children]) byId.set(m.node.id, m);
  const inArea = (area: GroupArea) => topology.groups.filter((g) => g.area === area);
  const nodesIn = (area: GroupArea) => inArea(area).flatMap((g) => measured.get(g)!);
  const contentTop = GROUP_HEAD;

  // The middle: peering locations with their circuits, top-down.
  for (const location of nodesIn("microsoft-edge")) {
    location.x = slotX(2);
    let y = NODE_PAD + location.titleLines.length * TITLE_LINE + location.detailLines.length * DETAIL_LINE + 6;
    for (const c of location.children) {
      c.x = location.x + NEST_INSET;
      c.y = y;
      y += c.h + CHILD_GAP;
    }
  }
  stackNear(nodesIn("microsoft-edge"), slotX(2), contentTop, () => undefined);

  // Each link or port level with the first circuit it carries; each site level with the links it
  // uses. Both columns follow the order of what they line up with, so their lines do not cross.
  const targets = (id: string, column: TopologyColumn) =>
    topology.links.filter((l) => l.from === id && byId.get(l.to)?.node.column === column).map((l) => byId.get(l.to)!);
  const edgeWants = (edge: PlacedNode) => {
    const circuit = edge.node.alignWith === null ? undefined : byId.get(edge.node.alignWith);
    return circuit ? centre(circuit) : undefined;
  };
  const edgeBottom = stackNear(sortByWanted(nodesIn("edge"), edgeWants), slotX(1), contentTop, edgeWants);
  const siteWants = (site: PlacedNode) => {
    const edges = targets(site.node.id, "edge").filter((e) => e.area === "edge");
    return edges.length ? edges.reduce((sum, e) => sum + centre(e), 0) / edges.length : undefined;
  };
  stackNear(sortByWanted(nodesIn("on-premises"), siteWants), slotX(0), contentTop, siteWants);

  const groupBoxes = new Map<TopologyGroup, PlacedGroup>();
  const boxAround = (g: TopologyGroup, top: number, bottom: number) => {
    const [first, last] = AREA_SLOTS[g.area];
    const x = slotX(first) - GROUP_PAD;
    groupBoxes.set(g, { group: g, x, y: top, w: slotX(last) + NODE_W + GROUP_PAD - x, h: bottom - top + GROUP_PAD });
  };
  const bottomOf = (nodes: PlacedNode[]) => Math.max(contentTop, ...nodes.map((n) => n.y + n.h));
  for (const area of ["on-premises", "edge", "microsoft-edge"] as const) for (const g of inArea(area)) boxAround(g, 0, bottomOf(measured.get(g)!));
  // The Internet (VPN backup) under the connection box.
  let leftBottom = Math.max(...[...groupBoxes.values()].map((b) => b.y + b.h));
  for (const g of inArea("internet")) {
    const top = Math.max(edgeBottom + GROUP_PAD, ...inArea("edge").map((e) => groupBoxes.get(e)!.y + groupBoxes.get(e)!.h)) + GROUP_GAP;
    stackNear(measured.get(g)!, slotX(1), top + GROUP_HEAD, () => undefined);
    boxAround(g, top, bottomOf(measured.get(g)!));
    leftBottom = Math.max(leftBottom, groupBoxes.get(g)!.y + groupBoxes.get(g)!.h);
  }

  // Right: one box per Azure region (gateways stacked, VNets centred beside them), then Microsoft cloud.
  let rightBottom = -GROUP_GAP;
  for (const g of [...inArea("region"), ...inArea("services")]) {
    const top = rightBottom + GROUP_GAP;
    const nodes = measured.get(g)!;
    const gateways = nodes.filter((n) => SLOTS[n.node.column] === 3);
    const gatewaysBottom = stackNear(gateways, slotX(3), top + GROUP_HEAD, () => undefined);
    const middle = (top + GROUP_HEAD + gatewaysBottom) / 2;
    stackNear(
      nodes.filter((n) => SLOTS[n.node.column] === 4),
      slotX(4),
      top + GROUP_HEAD,
      () => middle,
    );
    boxAround(g, top, bottomOf(nodes));
    rightBottom = groupBoxes.get(g)!.y + groupBoxes.get(g)!.h;
  }

  const contentH = Math.max(leftBottom, rightBottom);
  const shift = (groups: TopologyGroup[], dy: number) => {
    for (const g of groups) {
      groupBoxes.get(g)!.y += dy;
      for (const n of measured.get(g)!) moveTo(n, n.x, n.y + dy);
    }
  };
  shift(topology.groups.filter((g) => AREA_SLOTS[g.area][0] < 3), MARGIN + (contentH - leftBottom) / 2);
  shift(topology.groups.filter((g) => AREA_SLOTS[g.area][0] >= 3), MARGIN + (contentH - rightBottom) / 2);

  const nodes = topology.groups.flatMap((g) => measured.get(g)!).flatMap((n) => [roundBox(n), ...n.children.map(roundBox)]);
  const groups = topology.groups.map((g) => roundBox(groupBoxes.get(g)!));
  return { groups, nodes, nesting, width: slotX(LAST_SLOT) + NODE_W + GROUP_PAD + MARGIN, height: Math.round(contentH + 2 * MARGIN) };
}

// Whole pixels keep the output byte-stable and crisp.
function roundBox<T extends Box>(box: T): T {
  return { ...box, x: Math.round(box.x), y: Math.round(box.y), w: Math.round(box.w), h: Math.round(box.h) };
}

/**
 * Greedy word wrap by character count. A word longer than the line (a site or circuit id can be 63
 * characters with no space) is broken after a hyphen or underscore where it can be, else cut, so no
 * text runs out of its box.
 */
export function wrapWords(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean).flatMap((w) => breakWord(w, maxChars))) {
    if (line && line.length + 1 + word.length > maxChars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return line ? [...lines, line] : lines;
}

function breakWord(word: string, maxChars: number): string[] {
  const pieces: string[] = [];
  let rest = word;
  while (rest.length > maxChars && maxChars > 0) {
    const cut = Math.max(rest.lastIndexOf("-", maxChars - 1), rest.lastIndexOf("_", maxChars - 1));
    const at = cut > 0 ? cut + 1 : maxChars;
    pieces.push(rest.slice(0, at));
    rest = rest.slice(at);
  }
  return [...pieces, rest];
}
