// The design at a glance for the people in the room, on stderr after an interactive run: the key
// decisions with the rationale of the rule behind each, then the errors and warnings. The full
// document (every decision, every finding, the docs links) still goes to -o or stdout.
import { makePrintable } from "../../text/printable.js";
import type { ChalkInstance } from "chalk";
import { formatNumber } from "../../text/format.js";
import type { Design } from "../../design/build.js";
import { SUMMARY_MESSAGES as M } from "../messages.js";
import { listRegionZoning, type ReportSources } from "./report-sources.js";

interface SummaryRow {
  label: string;
  value: string;
  /** Decision paths whose rationale explains the row, most telling first. */
  reasons: string[];
}

const mbps = (n: number) => `${formatNumber(n)} Mbps`;

function listRows(d: Design, sources: ReportSources): SummaryRow[] {
  const direct = d.connection.type === "direct";
  const circuits = d.circuits.map((c) =>
    M.circuit(c.role, mbps(c.bandwidthMbps), c.peeringLocation ?? M.openLocation, c.metro, `${c.sku.tier} ${c.sku.family}`),
  );
  const gw = d.gateway;
  // Per region where only some regions have availability zones (their gateways are regional).
  const zoning = listRegionZoning(d, sources);
  const gateway = [
    gw.sku + (gw.scaleUnits ? M.scaleUnits(gw.scaleUnits) : ""),
    zoning.length === 1 ? M.zoning(zoning[0]!.zoning, gw.zone) : zoning.map((z) => M.zoningIn(M.zoning(z.zoning, gw.zone), z.regions)).join("; "),
    gw.fastPath ? M.fastPath : undefined,
    M.subnet(gw.subnetPrefixLength),
  ].filter(Boolean);
  const encryption = [d.encryption.macsec ? "MACsec" : undefined, d.encryption.ipsec ? "IPsec" : undefined].filter(Boolean);
  // Two circuits: why two, and where the second goes; one Metro circuit: what Metro gives.
  const resilienceReasons =
    d.circuits.length > 1 ? ["circuits.length", "circuits[1].peeringLocation"] : d.circuits[0]?.metro ? ["circuits[0].metro"] : ["circuits.length"];
  const rows: SummaryRow[] = [
    {
      label: M.connection,
      value: direct ? M.direct(d.connection.directPortGbps) : M.provider(d.connection.model),
      reasons: direct ? ["connection.type", "connection.directPortGbps"] : ["connection.type", "connection.model"],
    },
    { label: M.resiliency, value: M.resiliencyValue(d.resilience.level, d.circuits.length), reasons: resilienceReasons },
    { label: M.circuits, value: circuits.join("; "), reasons: ["circuits[].bandwidthMbps", "circuits[].sku.tier", "circuits[].sku.family"] },
    {
      label: M.gateway,
      value: gateway.join(", "),
      // Zone redundancy is the norm; only a zonal or regional gateway (anywhere) needs its reason.
      reasons: ["gateway.sku", ...(zoning.some((z) => z.zoning !== "zone-redundant") ? ["gateway.zoning"] : []), ...(gw.fastPath ? ["gateway.fastPath"] : [])],
    },
  ];
  // The optional features earn a row only when the design turns them on.
  if (d.vpnFailover.enabled) rows.push({ label: M.vpnFailover, value: M.on, reasons: ["vpnFailover.enabled"] });
  if (d.globalReach.enabled) rows.push({ label: M.globalReach, value: M.on, reasons: ["globalReach.enabled"] });
  if (d.microsoftPeering.enabled) rows.push({ label: M.microsoftPeering, value: d.microsoftPeering.services, reasons: ["microsoftPeering.enabled"] });
  if (encryption.length > 0) {
    const reasons = [d.encryption.macsec ? "encryption.macsec" : "", d.encryption.ipsec ? "encryption.ipsec" : ""].filter(Boolean);
    rows.push({ label: M.encryption, value: encryption.join(" + "), reasons });
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
export function renderTerminalSummary(design: Design, sources: ReportSources, c: ChalkInstance, width = 100): string {
  const rows = listRows(design, sources);
  const listed = design.findings.filter((f) => f.severity !== "info");
  const labelWidth = Math.max(...rows.map((r) => r.label.length)) + 2;
  const indent = " ".repeat(labelWidth + 2);
  // The name is the answers' free text: made printable before it is painted, since printNote
  // keeps colour codes (ours) and would keep one smuggled in the name too.
  const out: string[] = ["", c.bold(M.title(design.name === null ? null : makePrintable(design.name)))];
  for (const row of rows) {
    const [first = "", ...rest] = wrapText(row.value, width, indent);
    out.push(`  ${c.bold(row.label.padEnd(labelWidth))}${c.cyan(first.slice(indent.length))}`, ...rest.map((l) => c.cyan(l)));
    const seen = new Set<string>();
    for (const path of row.reasons) {
      const decision = design.decisions.find((x) => x.path === path);
      // Several decisions can share one rule's words; and "nothing to decide" rationales add noise.
      if (!decision || decision.value === null || seen.has(decision.rationale)) continue;
      seen.add(decision.rationale);
      out.push(...wrapText(decision.rationale, width, indent).map((l) => c.dim(l)));
    }
  }
  const { error, warning, info } = design.summary;
  out.push("", c.bold(M.findings(error, warning, info)));
  // The message first, so the room reads words; the id after it, for looking the rule up.
  const findingIndent = "    ";
  for (const f of listed) {
    const mark = f.severity === "error" ? c.red(M.errorMark) : c.yellow(M.warningMark);
    const lines = wrapText(M.finding(f.message, f.id), width, findingIndent);
    lines[0] = `  ${mark} ${lines[0]!.slice(findingIndent.length)}`;
    out.push(...lines);
  }
  if (info > 0) out.push(c.dim(M.infoHint(info)));
  return `${out.join("\n")}\n`;
}
