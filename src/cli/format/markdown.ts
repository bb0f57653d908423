// `--format markdown`: a report for a workshop or a wiki page (GitHub, Azure DevOps), with the
// topology as a Mermaid diagram. Pure: design in, text out; no dates, so it is byte-stable.
import type { Design } from "./design-v2-shape.js";
import { composeReport, type FindingItem, type ReportTable } from "./report-content.js";
import type { ReportSources } from "./report-sources.js";
import { escapeMarkdown, toMarkdownCode, toMarkdownUrl } from "./report-escape.js";
import { REPORT_TEXT as T } from "./report-text.js";
import { BOM_TEXT } from "./bom-text.js";
import { buildTopology } from "./topology.js";
import { renderMermaid } from "./topology-mermaid.js";

export function renderMarkdown(design: Design, sources: ReportSources): string {
  const report = composeReport(design, sources);
  const topology = buildTopology(design);
  const H = T.headings;
  const blocks: string[] = [
    `# ${escapeMarkdown(report.title)}`,
    escapeMarkdown(report.intro),
    `## ${H.summary}`,
    formatTable(T.summaryColumns, report.summary.map((s) => [escapeMarkdown(s.label), escapeMarkdown(s.value)])),
    `## ${H.requirements}`,
    escapeMarkdown(T.requirementsNote),
    `### ${H.sites}`,
    formatReportTable(report.sites),
    `### ${H.regions}`,
    formatReportTable(report.regions),
    escapeMarkdown(report.transit),
    `## ${H.answers}`,
    escapeMarkdown(T.answersNote),
    ...report.answerGroups.flatMap((g) => [
      `### ${escapeMarkdown(g.heading)}`,
      ...(g.answers.length > 0 ? [formatTable(T.answerColumns, g.answers.map((a) => [escapeMarkdown(a.label), escapeMarkdown(a.value)]))] : []),
      ...(g.table ? [formatReportTable(g.table)] : []),
    ]),
    `## ${H.siteGroups}`,
    formatReportTable(report.siteGroups),
    formatReportTable(report.siteGroupReasons),
    `## ${H.circuits}`,
    formatReportTable(report.circuits),
    `## ${H.ports}`,
    report.ports ? formatReportTable(report.ports) : escapeMarkdown(T.noPorts),
    `## ${H.gateways}`,
    formatReportTable(report.gateways),
    `## ${H.connections}`,
    escapeMarkdown(T.connectionsNote),
    formatReportTable(report.connections),
    `## ${H.globalReach}`,
    report.globalReach ? formatReportTable(report.globalReach) : escapeMarkdown(T.noGlobalReach),
    ...(report.bom ? [`## ${BOM_TEXT.heading}`, escapeMarkdown(`${BOM_TEXT.intro} ${report.bom.note}`), formatReportTable(report.bom.table)] : []),
    `## ${H.topology}`,
    escapeMarkdown([T.topologyNote, T.mermaidLineStyles(new Set(topology.links.map((l) => l.kind)), topology.links.some((l) => l.standby))].filter(Boolean).join(" ")),
    `\`\`\`mermaid\n${renderMermaid(topology)}\`\`\``,
    `## ${H.decisions}`,
    formatTable(
      T.decisionColumns,
      report.decisions.map((d) => [
        `${escapeMarkdown(d.label)} (${d.paths.map(toMarkdownCode).join(", ")})`,
        escapeMarkdown(d.value),
        escapeMarkdown(d.rationale),
        toMarkdownCode(d.rule),
        formatDocsLink(d.docs),
      ]),
    ),
    `## ${H.findings}`,
  ];
  for (const group of report.findingGroups) {
    blocks.push(`### ${escapeMarkdown(group.heading)}`);
    blocks.push(group.findings.length === 0 ? T.none : group.findings.map(formatFinding).join("\n"));
  }
  return `${blocks.join("\n\n")}\n`;
}

// The item it is about, then the message, so the room reads words; the id after it, for looking the rule up.
function formatFinding(f: FindingItem): string {
  const about = f.aboutLabel === null ? "" : `**${escapeMarkdown(f.aboutLabel)}**: `;
  return `- ${about}${escapeMarkdown(f.message)} (${toMarkdownCode(f.id)}, ${formatDocsLink(f.docs)})`;
}

function formatReportTable(table: ReportTable): string {
  return formatTable(table.columns, table.rows.map((row) => row.map(escapeMarkdown)));
}

function formatTable(columns: readonly string[], rows: string[][]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(" | ")} |`;
  return [line(columns.map(escapeMarkdown)), line(columns.map(() => "---")), ...rows.map(line)].join("\n");
}

function formatDocsLink(url: string): string {
  return url ? `[${T.docsLink}](${toMarkdownUrl(url)})` : "—";
}
