// Deterministic layout of the topology for the SVG drawing: every box gets whole-pixel
// coordinates from fixed sizes, with no layout engine and no text measurement.
//
// Five slots, left to right — on-premises | provider link or Direct ports (and, below, the
// Internet for the VPN backup) | peering locations, each box holding its circuit | gateways |
// virtual networks. Each group (on-premises, connection, Microsoft edge, each Azure region,
// Microsoft cloud) is a labelled box over its slots. Circuit rows line up across the connection
// and Microsoft edge boxes; Azure regions stack on the right, each with its ExpressRoute gateway
// and, with VPN failover, the VPN gateway beneath it. The shorter of the left and right stacks
// is centred against the taller.
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
  /** A circuit drawn inside its peering location's box. */
  child: PlacedNode | null;
}

export interface PlacedGroup extends Box {
  group: TopologyGroup;
}

export interface TopologyLayout {
  groups: PlacedGroup[];
  /** Every node, nested circuits included, each with absolute coordinates. */
  nodes: PlacedNode[];
  /** circuit id → peering location id, for circuits drawn inside their location's box. */
  nesting: Map<string, string>;
  width: number;
  height: number;
}

const slotX = (slot: number) => MARGIN + GROUP_PAD + slot * (NODE_W + COL_GAP);

/** circuit id → id of the peering location whose box holds it (the location links to it). */
function findNesting(topology: Topology): Map<string, string> {
  const columnOf = new Map(topology.groups.flatMap((g) => g.nodes.map((n) => [n.id, n.column] as const)));
  const nesting = new Map<string, string>();
  for (const l of topology.links) {
    if (columnOf.get(l.from) === "location" && columnOf.get(l.to) === "circuit" && !nesting.has(l.to)) nesting.set(l.to, l.from);
  }
  return nesting;
}

function measure(node: TopologyNode, area: GroupArea, width: number, child: PlacedNode | null): PlacedNode {
  const inner = width - 2 * NODE_PAD;
  const titleLines = wrapWords(node.title, Math.floor(inner / TITLE_CHAR_W));
  const detailLines = node.details.flatMap((d) => wrapWords(d, Math.floor(inner / DETAIL_CHAR_W)));
  const text = titleLines.length * TITLE_LINE + detailLines.length * DETAIL_LINE;
  const h = 2 * NODE_PAD + text + (node.zones ? CHIPS_H : 0) + (child ? child.h + NEST_INSET - NODE_PAD + 6 : 0);
  // Even heights keep centres on whole pixels, so links between centred boxes stay straight.
  return { node, area, titleLines, detailLines, child, x: 0, y: 0, w: width, h: 2 * Math.ceil(h / 2) };
}

/** A group's top-level nodes by slot, in order: row r holds the r-th node of each slot. */
function slotsOf(nodes: PlacedNode[]): PlacedNode[][] {
  const slots = new Map<number, PlacedNode[]>();
  for (const n of nodes) {
    const slot = SLOTS[n.node.column];
    slots.set(slot, [...(slots.get(slot) ?? []), n]);
  }
  return [...slots.entries()].map(([slot, column]) => {
    for (const n of column) n.x = slotX(slot);
    return column;
  });
}

function rowHeights(nodes: PlacedNode[]): number[] {
  const heights: number[] = [];
  for (const column of slotsOf(nodes)) column.forEach((n, r) => (heights[r] = Math.max(heights[r] ?? 0, n.h)));
  return heights;
}

const stackHeight = (rows: number[]) => rows.reduce((sum, h) => sum + h, 0) + NODE_GAP * Math.max(0, rows.length - 1);

/**
 * Places a group's nodes from `top` on the given row heights and returns the group's box. In a
 * region the lone VNets node is centred beside the gateways stacked in the other slot.
 */
function placeGroup(group: TopologyGroup, nodes: PlacedNode[], rows: number[], top: number): PlacedGroup {
  const contentTop = top + GROUP_HEAD;
  const contentH = stackHeight(rows);
  for (const column of slotsOf(nodes)) {
    if (group.area === "region" && column.length === 1 && rows.length > 1) {
      column[0]!.y = contentTop + (contentH - column[0]!.h) / 2;
      continue;
    }
    let y = contentTop;
    column.forEach((n, r) => {
      n.y = y + (rows[r]! - n.h) / 2;
      y += rows[r]! + NODE_GAP;
    });
  }
  const [first, last] = AREA_SLOTS[group.area];
  const x = slotX(first) - GROUP_PAD;
  return { group, x, y: top, w: slotX(last) + NODE_W + GROUP_PAD - x, h: GROUP_HEAD + contentH + GROUP_PAD };
}

/** Boxes for every group and node, in whole pixels, plus the drawing's size. */
export function layOutTopology(topology: Topology): TopologyLayout {
  const nesting = findNesting(topology);
  // Measure nested circuits first, then everything else (a location's height includes its circuit's).
  const children = new Map<string, PlacedNode>();
  for (const g of topology.groups) {
    for (const n of g.nodes) if (nesting.has(n.id)) children.set(nesting.get(n.id)!, measure(n, g.area, NODE_W - 2 * NEST_INSET, null));
  }
  const measured = new Map(
    topology.groups.map((g) => [g, g.nodes.filter((n) => !nesting.has(n.id)).map((n) => measure(n, g.area, NODE_W, children.get(n.id) ?? null))]),
  );
  const inArea = (area: GroupArea) => topology.groups.filter((g) => g.area === area);
  const groupBoxes = new Map<TopologyGroup, PlacedGroup>();
  const place = (g: TopologyGroup, rows: number[], top: number) => {
    const box = placeGroup(g, measured.get(g)!, rows, top);
    groupBoxes.set(g, box);
    return box;
  };

  // Left stack: the connection and Microsoft edge boxes share circuit rows; the Internet box
  // (VPN backup) sits under the connection box, below every circuit.
  const connection = inArea("edge")[0]!;
  const edge = inArea("microsoft-edge")[0]!;
  const sharedRows = mergeRows(rowHeights(measured.get(connection)!), rowHeights(measured.get(edge)!));
  let leftBottom = Math.max(place(connection, sharedRows, 0).h, place(edge, sharedRows, 0).h);
  for (const g of inArea("internet")) leftBottom += GROUP_GAP + place(g, rowHeights(measured.get(g)!), leftBottom + GROUP_GAP).h;

  // Right stack: one box per Azure region, then Microsoft cloud services.
  const right = [...inArea("region"), ...inArea("services")];
  let rightBottom = -GROUP_GAP;
  for (const g of right) rightBottom += GROUP_GAP + place(g, rowHeights(measured.get(g)!), rightBottom + GROUP_GAP).h;

  const contentH = Math.max(leftBottom, rightBottom);
  const shift = (groupsToShift: TopologyGroup[], dy: number) => {
    for (const g of groupsToShift) {
      groupBoxes.get(g)!.y += dy;
      for (const n of measured.get(g)!) n.y += dy;
    }
  };
  shift([connection, edge, ...inArea("internet")], MARGIN + (contentH - leftBottom) / 2);
  shift(right, MARGIN + (contentH - rightBottom) / 2);
  // On-premises: centred on the whole height, as it feeds every path.
  for (const g of inArea("on-premises")) shift([g], MARGIN + (contentH - place(g, rowHeights(measured.get(g)!), 0).h) / 2);

  const nodes = topology.groups.flatMap((g) => measured.get(g)!).flatMap((n) => {
    if (!n.child) return [roundBox(n)];
    const head = NODE_PAD + n.titleLines.length * TITLE_LINE + n.detailLines.length * DETAIL_LINE + 6;
    return [roundBox(n), roundBox({ ...n.child, x: n.x + NEST_INSET, y: n.y + head })];
  });
  const groups = topology.groups.map((g) => roundBox(groupBoxes.get(g)!));
  return { groups, nodes, nesting, width: slotX(LAST_SLOT) + NODE_W + GROUP_PAD + MARGIN, height: Math.round(contentH + 2 * MARGIN) };
}

const mergeRows = (a: number[], b: number[]) => Array.from({ length: Math.max(a.length, b.length) }, (_, i) => Math.max(a[i] ?? 0, b[i] ?? 0));

// Whole pixels keep the output byte-stable and crisp.
function roundBox<T extends Box>(box: T): T {
  return { ...box, x: Math.round(box.x), y: Math.round(box.y), w: Math.round(box.w), h: Math.round(box.h) };
}

/** Greedy word wrap by character count; a word longer than the line stays whole. */
export function wrapWords(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > maxChars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return line ? [...lines, line] : lines;
}
