// `--format markdown`: a report for a workshop or a wiki page (GitHub, Azure DevOps), with the
// topology as a Mermaid diagram. Pure: design in, text out; no dates, so it is byte-stable.
import type { Design } from "../../design/build.js";
import { composeReport } from "./report-content.js";
import type { ReportSources } from "./report-sources.js";
import { escapeMarkdown, toMarkdownCode, toMarkdownUrl } from "./report-escape.js";
import { REPORT_TEXT as T } from "./report-text.js";
import { buildTopology } from "./topology.js";
import { renderMermaid } from "./topology-mermaid.js";

export function renderMarkdown(design: Design, sources: ReportSources): string {
  const report = composeReport(design, sources);
  const topology = buildTopology(design, sources);
  const blocks: string[] = [
    `# ${escapeMarkdown(report.title)}`,
    escapeMarkdown(report.intro),
    `## ${T.headings.summary}`,
    formatTable(T.summaryColumns, report.summary.map((s) => [escapeMarkdown(s.label), escapeMarkdown(s.value)])),
    `### ${T.headings.circuits}`,
    formatTable(T.circuitColumns, report.circuits.map((row) => row.map(escapeMarkdown))),
    `## ${T.headings.answers}`,
    escapeMarkdown(T.answersNote),
    ...report.answerGroups.flatMap((g) => [
      `### ${escapeMarkdown(g.heading)}`,
      formatTable(T.answerColumns, g.answers.map((a) => [escapeMarkdown(a.label), escapeMarkdown(a.value)])),
    ]),
    `## ${T.headings.topology}`,
    escapeMarkdown([T.topologyNote, T.mermaidLineStyles(new Set(topology.links.map((l) => l.kind)))].filter(Boolean).join(" ")),
    `\`\`\`mermaid\n${renderMermaid(topology)}\`\`\``,
    `## ${T.headings.decisions}`,
    formatTable(
      T.decisionColumns,
      report.decisions.map((d) => [
        `${escapeMarkdown(d.label)} (${toMarkdownCode(d.path)})`,
        escapeMarkdown(d.value),
        escapeMarkdown(d.rationale),
        toMarkdownCode(d.rule),
        formatDocsLink(d.docs),
      ]),
    ),
    `## ${T.headings.findings}`,
  ];
  for (const group of report.findingGroups) {
    blocks.push(`### ${escapeMarkdown(group.heading)}`);
    blocks.push(
      group.findings.length === 0
        ? T.none
        : // The message first, so the room reads words; the id after it, for looking the rule up.
          group.findings.map((f) => `- ${escapeMarkdown(f.message)} (${toMarkdownCode(f.id)}, ${formatDocsLink(f.docs)})`).join("\n"),
    );
  }
  return `${blocks.join("\n\n")}\n`;
}

function formatTable(columns: readonly string[], rows: string[][]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(" | ")} |`;
  return [line(columns.map(escapeMarkdown)), line(columns.map(() => "---")), ...rows.map(line)].join("\n");
}

function formatDocsLink(url: string): string {
  return url ? `[${T.docsLink}](${toMarkdownUrl(url)})` : "—";
}
