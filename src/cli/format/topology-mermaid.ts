// The topology as a Mermaid flowchart for GitHub and Azure DevOps. Azure DevOps renders an older
// Mermaid than GitHub, so this uses only long-standing syntax: `flowchart LR`, subgraphs holding
// nodes (never links to a subgraph), quoted node labels with entity escapes, `<br/>` line
// breaks, and the basic link forms with plain-word `|labels|`. No classDef, icons, long links
// or per-subgraph direction.
import type { LinkKind, Topology, TopologyNode } from "./topology.js";
import { REPORT_TEXT } from "./report-text.js";

const ARROWS: Record<LinkKind, string> = {
  private: "-->",
  vpn: "-.->",
  ipsec: "==>",
  "global-reach": "===",
  microsoft: "-->",
};

export function renderMermaid(topology: Topology): string {
  const lines = ["flowchart LR"];
  for (const group of topology.groups) {
    lines.push(`  subgraph ${group.id} ["${escapeMermaidText(group.title)}"]`);
    for (const n of group.nodes) lines.push(`    ${n.id}["${labelOf(n)}"]`);
    lines.push("  end");
  }
  for (const l of topology.links) {
    const words = [l.captioned ? REPORT_TEXT.diagram.linkCaptions[l.kind] : null, l.standby ? REPORT_TEXT.diagram.standby : null, l.label]
      .filter((w) => w !== null)
      .join(", ");
    const label = words ? `|${toLinkWords(words)}|` : "";
    lines.push(`  ${l.from} ${ARROWS[l.kind]}${label} ${l.to}`);
  }
  return `${lines.join("\n")}\n`;
}

// Mermaid cannot draw the SVG's zone chips, so the zones become a last line.
function labelOf(n: TopologyNode): string {
  const lines = [n.title, ...n.details];
  if (n.zones) lines.push(REPORT_TEXT.diagram.zoneList(n.zones));
  return lines.map(escapeMermaidText).join("<br/>");
}

/**
 * Makes text safe inside a quoted Mermaid label: `"` would end the label and `<`, `>`, `&` would
 * be read as HTML and a backtick could close the Markdown fence, so they become Mermaid entity
 * codes (`#quot;` …); `#` itself is escaped first so text such as "#1;" is not taken for one.
 */
export function escapeMermaidText(text: string): string {
  return text
    .replace(/#/g, "#35;")
    .replace(/"/g, "#quot;")
    .replace(/&/g, "#amp;")
    .replace(/</g, "#lt;")
    .replace(/>/g, "#gt;")
    .replace(/`/g, "#96;")
    .replace(/\s+/g, " ");
}

// Link labels are unquoted in the oldest syntax; keep them to words, digits, commas and hyphens.
function toLinkWords(text: string): string {
  return text.replace(/[^A-Za-z0-9 ,.-]/g, " ").replace(/\s+/g, " ").trim();
}
