// The topology as an inline SVG: boxes from the fixed layout (./topology-layout.ts), links as
// curves or right-angled paths, zone chips on gateways and a legend of link kinds. No script and
// no external reference, so the HTML report stays one offline file; byte-stable for one design.
import { escapeHtml } from "./report-escape.js";
import { REPORT_TEXT } from "./report-text.js";
import type { GroupArea, LinkKind, Topology, TopologyLink } from "./topology.js";
import { GEOMETRY, layOutTopology, type PlacedGroup, type PlacedNode } from "./topology-layout.js";

const { nodeWidth: NODE_W, columnGap: COL_GAP, margin: MARGIN, nodePad: NODE_PAD, nestInset: NEST_INSET, titleLine: TITLE_LINE, detailLine: DETAIL_LINE } =
  GEOMETRY;
const LEGEND_H = 40;
const LEGEND_ROW_H = 22;
/** Room under the boxes for the IPsec tunnels, which run from the sites to the VPN gateways. */
const TUNNEL_LANE_H = 20;
const LABEL_CHAR_W = 6.4;
const BRACKET_STEP = 8;
/** How far right of the Microsoft edge column's box a Global Reach bracket runs. */
const BRACKET_CLEARANCE = 24;
/** A standby connection (its site group prefers another of its circuits for the region): the same line, faint. */
const STANDBY_OPACITY = 0.4;
const FONT = "'Segoe UI', system-ui, -apple-system, Roboto, 'Helvetica Neue', Arial, sans-serif";

const AREA_COLOURS: Record<GroupArea, { fill: string; stroke: string }> = {
  "on-premises": { fill: "#f3f2f1", stroke: "#8a8886" },
  edge: { fill: "#fff8e6", stroke: "#b38600" },
  internet: { fill: "#fdf3eb", stroke: "#ca5010" },
  "microsoft-edge": { fill: "#eef5fc", stroke: "#2b88d8" },
  region: { fill: "#e5f0fb", stroke: "#0f6cbd" },
  services: { fill: "#eef8ee", stroke: "#107c10" },
};

const LINK_STYLES: Record<LinkKind, { stroke: string; width: number; dash: string | null; arrow: boolean }> = {
  private: { stroke: "#0f6cbd", width: 2, dash: null, arrow: true },
  vpn: { stroke: "#ca5010", width: 2, dash: "7 5", arrow: true },
  ipsec: { stroke: "#a4262c", width: 2, dash: "2 4", arrow: true },
  "global-reach": { stroke: "#8764b8", width: 4, dash: null, arrow: false },
  microsoft: { stroke: "#107c10", width: 2, dash: null, arrow: true },
};

export function renderTopologySvg(topology: Topology, ariaLabel: string): string {
  const { groups, nodes, nesting, width, height } = layOutTopology(topology);
  const byId = new Map(nodes.map((n) => [n.node.id, n]));
  // A circuit inside its location's box needs no arrow from the location.
  const links = topology.links.filter((l) => nesting.get(l.to) !== l.from);
  // The legend names only the kinds of link the drawing has.
  const kinds = [...new Set(links.map((l) => l.kind))];
  // Global Reach brackets side by side, so two links between stacked circuits stay apart.
  const bracketOffsets = new Map(links.filter((l) => l.kind === "global-reach").map((l, i) => [l, i * BRACKET_STEP]));
  // ...and outside the Microsoft edge column's box: just past a location's edge the bracket looked
  // like a border joining the locations it passes.
  const edgeRight = Math.max(0, ...groups.filter((g) => g.group.area === "microsoft-edge").map((g) => g.x + g.w));
  const laneH = kinds.includes("ipsec") ? TUNNEL_LANE_H : 0;
  const legend = renderLegend(kinds, links.some((l) => l.standby), height + laneH, width);
  const totalH = height + laneH + legend.height;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" id="topology" class="topology" role="img" aria-label="${escapeHtml(ariaLabel)}" viewBox="0 0 ${width} ${totalH}" width="${width}" height="${totalH}" font-family="${escapeHtml(FONT)}">`,
    `<title>${escapeHtml(ariaLabel)}</title>`,
    `<defs>${kinds.filter((k) => LINK_STYLES[k].arrow).map(renderMarker).join("")}</defs>`,
    `<rect x="0" y="0" width="${width}" height="${totalH}" fill="#ffffff"/>`,
    ...groups.map(renderGroup),
    ...nodes.map(renderNode),
    ...links.map((l) => renderLink(l, byId, height + 2, bracketOffsets.get(l) ?? 0, edgeRight)),
    legend.svg,
    "</svg>",
  ];
  return `${out.join("\n")}\n`;
}

function renderMarker(kind: LinkKind): string {
  return `<marker id="arrow-${kind}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" markerUnits="userSpaceOnUse" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="${LINK_STYLES[kind].stroke}"/></marker>`;
}

function renderGroup({ group, x, y, w, h }: PlacedGroup): string {
  const c = AREA_COLOURS[group.area];
  return (
    `<g id="${group.id}" class="group group-${group.area}">` +
    `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="10" fill="${c.fill}" stroke="${c.stroke}" stroke-width="1.5"/>` +
    `<text x="${x + 12}" y="${y + 18}" font-size="12" font-weight="600" fill="${c.stroke}">${escapeHtml(group.title)}</text></g>`
  );
}

function renderNode(p: PlacedNode): string {
  const c = AREA_COLOURS[p.area];
  const parts = [
    `<g id="node-${p.node.id}" class="node node-${p.node.column}">`,
    `<rect x="${p.x}" y="${p.y}" width="${p.w}" height="${p.h}" rx="6" fill="#ffffff" stroke="${c.stroke}" stroke-width="1.5"/>`,
  ];
  let y = p.y + NODE_PAD;
  for (const line of p.titleLines) {
    y += TITLE_LINE;
    parts.push(`<text x="${p.x + NODE_PAD}" y="${y - 4}" font-size="13" font-weight="700" fill="#201f1e">${escapeHtml(line)}</text>`);
  }
  for (const line of p.detailLines) {
    y += DETAIL_LINE;
    parts.push(`<text x="${p.x + NODE_PAD}" y="${y - 3}" font-size="12" fill="#484644">${escapeHtml(line)}</text>`);
  }
  if (p.node.zones) parts.push(renderZoneChips(p, y + 6, p.node.zones));
  parts.push("</g>");
  return parts.join("");
}

// Three chips for availability zones 1-3, filled where the gateway has instances.
function renderZoneChips(p: PlacedNode, top: number, zones: number[]): string {
  const gap = 6;
  const w = Math.floor((p.w - 2 * NODE_PAD - 2 * gap) / 3);
  return [1, 2, 3]
    .map((zone, i) => {
      const x = p.x + NODE_PAD + i * (w + gap);
      const on = zones.includes(zone);
      return (
        `<g class="zone${on ? " zone-active" : ""}"><rect x="${x}" y="${top}" width="${w}" height="18" rx="4" fill="${on ? "#0f6cbd" : "#ffffff"}" stroke="${on ? "#0f6cbd" : "#c8c6c4"}"/>` +
        `<text x="${x + w / 2}" y="${top + 13}" font-size="11" text-anchor="middle" fill="${on ? "#ffffff" : "#8a8886"}">${escapeHtml(REPORT_TEXT.diagram.zoneChip(zone))}</text></g>`
      );
    })
    .join("");
}

function renderLink(link: TopologyLink, byId: Map<string, PlacedNode>, laneY: number, bracketOffset: number, edgeRight: number): string {
  const from = byId.get(link.from)!;
  const to = byId.get(link.to)!;
  // Into a peering location at the height of the circuit the link or port carries, not its middle.
  const aligned = from.node.alignWith === null ? undefined : byId.get(from.node.alignWith);
  const targetY = aligned && to.children.some((c) => c.node.id === aligned.node.id) ? Math.round(aligned.y + aligned.h / 2) : undefined;
  const { d, labelAt } =
    link.kind === "ipsec" && from.node.column === "on-premises" ? routeTunnel(from, to, laneY) : routeLink(from, to, bracketOffset, link.kind === "global-reach" ? edgeRight : 0, targetY);
  const s = LINK_STYLES[link.kind];
  const attrs = [
    `d="${d}"`,
    `fill="none"`,
    `stroke="${s.stroke}"`,
    `stroke-width="${s.width}"`,
    s.dash ? `stroke-dasharray="${s.dash}"` : null,
    s.arrow ? `marker-end="url(#arrow-${link.kind})"` : null,
    link.standby ? `stroke-opacity="${STANDBY_OPACITY}"` : null,
  ].filter(Boolean);
  const label = link.label === null ? "" : renderLinkLabel(link.label, labelAt, s.stroke);
  return `<g class="link link-${link.kind}${link.standby ? " link-standby" : ""}" data-from="${link.from}" data-to="${link.to}"><path ${attrs.join(" ")}/>${label}</g>`;
}

/**
 * Same slot (Global Reach between stacked circuits): a bracket right of the Microsoft edge
 * column's box, clear of every location box it passes. Neighbouring slots: an S-curve. Further (the VPN backup from the Internet box to each VPN
 * gateway): right along the source's row, which lies below every circuit, then up or down just
 * before the target's box, then in.
 */
function routeLink(from: PlacedNode, to: PlacedNode, bracketOffset: number, edgeRight: number, targetY?: number): { d: string; labelAt: [number, number] } {
  const [y1, y2] = [Math.round(from.y + from.h / 2), targetY ?? Math.round(to.y + to.h / 2)];
  if (Math.abs(from.x - to.x) < NODE_W / 2) {
    // Clear of the location boxes and the column's box (the gap to the regions is COL_GAP), and of each other.
    const xr = Math.max(from.x + from.w + NEST_INSET, edgeRight) + BRACKET_CLEARANCE + bracketOffset;
    return { d: `M${from.x + from.w},${y1} L${xr},${y1} L${xr},${y2} L${to.x + to.w},${y2}`, labelAt: [xr, (y1 + y2) / 2] };
  }
  const [x1, x2] = [from.x + from.w, to.x];
  if (x2 - x1 <= COL_GAP + 2 * NEST_INSET) {
    const mx = (x1 + x2) / 2;
    return { d: `M${x1},${y1} C${mx},${y1} ${mx},${y2} ${x2},${y2}`, labelAt: [mx, (y1 + y2) / 2] };
  }
  const turnX = x2 - 20;
  return { d: `M${x1},${y1} L${turnX},${y1} L${turnX},${y2} L${x2},${y2}`, labelAt: [(x1 + turnX) / 2, y1] };
}

/**
 * An IPsec tunnel from the on-premises VPN device to a VPN gateway: down out of the sites box to a
 * lane under every box, along it, then up just before the gateway's region and in. It rides the
 * circuit, but drawing it on the circuit would hide where it ends.
 */
function routeTunnel(from: PlacedNode, to: PlacedNode, laneY: number): { d: string; labelAt: [number, number] } {
  const x1 = Math.round(from.x + from.w / 2);
  const y2 = Math.round(to.y + to.h / 2);
  const turnX = to.x - 36;
  return { d: `M${x1},${from.y + from.h} L${x1},${laneY} L${turnX},${laneY} L${turnX},${y2} L${to.x},${y2}`, labelAt: [(x1 + turnX) / 2, laneY] };
}

function renderLinkLabel(text: string, [x, y]: [number, number], colour: string): string {
  const w = Math.round(text.length * LABEL_CHAR_W + 12);
  return (
    `<rect x="${Math.round(x - w / 2)}" y="${Math.round(y - 9)}" width="${w}" height="18" rx="9" fill="#ffffff" stroke="${colour}" stroke-width="1"/>` +
    `<text x="${Math.round(x)}" y="${Math.round(y + 4)}" font-size="11" text-anchor="middle" fill="${colour}">${escapeHtml(text)}</text>`
  );
}

/** The legend in rows that fit the drawing's width; returns its markup and height. */
function renderLegend(kinds: LinkKind[], standby: boolean, top: number, width: number): { svg: string; height: number } {
  const entries = kinds.map((kind) => ({ kind, text: REPORT_TEXT.diagram.legend[kind], opacity: "" }));
  if (standby) entries.push({ kind: "private", text: REPORT_TEXT.diagram.standbyLegend, opacity: ` stroke-opacity="${STANDBY_OPACITY}"` });
  let x = MARGIN;
  let y = top + LEGEND_H / 2;
  const items = entries.map(({ kind, text, opacity }) => {
    const itemW = 40 + text.length * 7;
    if (x > MARGIN && x + itemW > width - MARGIN) {
      x = MARGIN;
      y += LEGEND_ROW_H;
    }
    const s = LINK_STYLES[kind];
    const item =
      `<line x1="${x}" y1="${y}" x2="${x + 32}" y2="${y}" stroke="${s.stroke}" stroke-width="${s.width}"${s.dash ? ` stroke-dasharray="${s.dash}"` : ""}${opacity}/>` +
      `<text x="${x + 40}" y="${y + 4}" font-size="12" fill="#484644">${escapeHtml(text)}</text>`;
    x += itemW + 28;
    return item;
  });
  return { svg: `<g class="legend">${items.join("")}</g>`, height: y - top + LEGEND_H / 2 };
}
