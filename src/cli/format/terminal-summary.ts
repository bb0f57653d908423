// The design at a glance for the people in the room, on stderr after an interactive run: the key
// decisions, one line per circuit, port pair and regional gateway, with the rationale of the rule
// behind each, then the errors and warnings. The full document (every decision, every finding, the
// docs links) still goes to -o or stdout.
import { makePrintable } from "../../text/printable.js";
import type { ChalkInstance } from "chalk";
import type { Design } from "./design-v2-shape.js";
import { SUMMARY_TEXT as M } from "./summary-text.js";

interface SummaryRow {
  label: string;
  /** One line each (wrapped when long): a circuit, a gateway… */
  values: string[];
  /** Decision paths whose rationale explains the row, most telling first. */
  reasons: string[];
}

function listRows(d: Design): SummaryRow[] {
  const circuits = d.circuits.map((c) =>
    M.circuit(
      c.id,
      c.role === "secondary",
      M.mbps(c.bandwidthMbps),
      c.peeringLocation ?? M.openLocation,
      c.metro,
      c.connection.type === "direct" ? M.direct(c.port) : M.provider(c.connection.model),
      `${c.sku.tier} ${c.sku.family}`,
      c.regions,
    ),
  );
  const gateways = d.gateways.map((g) =>
    M.gateway(
      g.region,
      [
        g.sku + (g.scaleUnits ? M.scaleUnits(g.scaleUnits) : ""),
        M.zoning(g.zoning, g.zone),
        g.fastPath ? M.fastPath : undefined,
        g.subnetPrefixLength === null ? undefined : M.subnet(g.subnetPrefixLength),
      ].filter((p): p is string => p !== undefined),
    ),
  );
  const rows: SummaryRow[] = [
    { label: M.network, values: [M.networkValue[d.network]], reasons: ["network"] },
    {
      label: M.resiliency,
      values: [M.resiliencyValue(d.resilience.level, d.circuits.length, d.siteGroups.length)],
      reasons: ["resilience.level", ...d.siteGroups.map((g) => `siteGroups[${g.id}].locations`)],
    },
    {
      label: M.circuits,
      values: circuits,
      // Why each is the tier it is (Premium and Local are the ones worth a reason; Standard repeats).
      reasons: d.circuits.flatMap((c) => [`circuits[${c.id}].connection.type`, `circuits[${c.id}].sku.tier`]),
    },
  ];
  if (d.ports.length > 0) {
    rows.push({
      label: M.ports,
      values: d.ports.map((p) => M.port(p.id, p.sizeGbps, p.peeringLocation, p.circuits, p.macsec)),
      reasons: d.siteGroups.map((g) => `siteGroups[${g.id}].directPortGbps`),
    });
  }
  rows.push({
    label: M.gateways,
    values: gateways,
    // Zone redundancy is the norm; only a zonal or regional gateway needs its reason.
    reasons: d.gateways.flatMap((g) => [
      `gateways[${g.region}].sku`,
      ...(g.zoning !== "zone-redundant" ? [`gateways[${g.region}].zoning`] : []),
      ...(g.fastPath ? [`gateways[${g.region}].fastPath`] : []),
    ]),
  });
  // The optional features earn a row only when the design turns them on.
  if (d.vpnFailover.enabled) rows.push({ label: M.vpnFailover, values: [M.on], reasons: ["vpnFailover.enabled"] });
  if (d.globalReach.enabled) {
    const links = d.globalReach.links.map((l) => M.globalReachLink(l.circuits[0], l.circuits[1], l.crossesGeopoliticalRegions));
    rows.push({ label: M.globalReach, values: links.length ? links : [M.on], reasons: ["globalReach.enabled"] });
  }
  if (d.microsoftPeering.enabled) rows.push({ label: M.microsoftPeering, values: [d.microsoftPeering.services], reasons: ["microsoftPeering.enabled"] });
  const encryption = [d.encryption.macsec ? "MACsec" : undefined, d.encryption.ipsec ? "IPsec" : undefined].filter(Boolean);
  if (encryption.length > 0) {
    const reasons = [...(d.encryption.macsec ? d.siteGroups.map((g) => `siteGroups[${g.id}].macsec`) : []), ...(d.encryption.ipsec ? ["encryption.ipsec"] : [])];
    rows.push({ label: M.encryption, values: [encryption.join(" + ")], reasons });
  }
  return rows;
}

/** Wraps `text` to `width` columns, every line prefixed with `indent`. */
export function wrapText(text: string, width: number, indent: string): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && indent.length + line.length + 1 + word.length > width) {
      lines.push(indent + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(indent + line);
  return lines;
}

/** The summary as lines of text, coloured with `c` (a level-0 chalk gives plain text). */
export function renderTerminalSummary(design: Design, c: ChalkInstance, width = 100): string {
  const rows = listRows(design);
  const decisions = new Map(design.decisions.map((d) => [d.path, d]));
  const listed = design.findings.filter((f) => f.severity !== "info");
  const labelWidth = Math.max(...rows.map((r) => r.label.length)) + 2;
  const indent = " ".repeat(labelWidth + 2);
  // Names reach the terminal: made printable before they are painted, since printNote keeps
  // colour codes (ours) and would keep one smuggled into a site or design name too.
  const p = makePrintable;
  const out: string[] = ["", c.bold(M.title(design.name === null ? null : p(design.name)))];
  for (const row of rows) {
    row.values.forEach((value, i) => {
      const [first = "", ...rest] = wrapText(p(value), width, indent);
      const head = i === 0 ? `  ${c.bold(row.label.padEnd(labelWidth))}` : indent;
      out.push(`${head}${c.cyan(first.slice(indent.length))}`, ...rest.map((l) => c.cyan(l)));
    });
    // Each rationale once, naming the items (circuits, gateways, site groups) it is the reason for:
    // with six circuits a bare reason does not say which circuit it is about.
    const items = new Map<string, string[]>();
    for (const path of row.reasons) {
      const decision = decisions.get(path);
      // "Nothing to decide" rationales add noise.
      if (!decision || decision.value === null) continue;
      const named = items.get(decision.rationale) ?? [];
      const id = /^\w+\[([^\]]+)\]/.exec(path)?.[1];
      if (id !== undefined && !named.includes(id)) named.push(id);
      items.set(decision.rationale, named);
    }
    for (const [rationale, ids] of items) out.push(...wrapText(p(M.reason(ids, rationale)), width, indent).map((l) => c.dim(l)));
  }
  const { error, warning, info } = design.summary;
  out.push("", c.bold(M.findings(error, warning, info)));
  // The message first, so the room reads words; the id after it, for looking the rule up.
  const findingIndent = "    ";
  for (const f of listed) {
    const mark = f.severity === "error" ? c.red(M.errorMark) : c.yellow(M.warningMark);
    const lines = wrapText(p(M.finding(f.message, f.id, f.about?.join(", "))), width, findingIndent);
    lines[0] = `  ${mark} ${lines[0]!.slice(findingIndent.length)}`;
    out.push(...lines);
  }
  if (info > 0) out.push(c.dim(M.infoHint(info)));
  return `${out.join("\n")}\n`;
}
