// `--format html`: the Markdown report's content as one self-contained page — inline CSS, the
// topology as inline SVG, no script, font or request to anywhere (a CSP meta tag enforces it),
// so it opens offline and can be mailed or attached. Pure and byte-stable, like the Markdown.
import type { Design } from "../../design/build.js";
import { composeReport, type LabelledValue } from "./report-content.js";
import { escapeHtml } from "./report-escape.js";
import { listRegionZoning, type ReportSources } from "./report-sources.js";
import { REPORT_STYLE } from "./report-style.js";
import { REPORT_TEXT as T } from "./report-text.js";
import { buildTopology } from "./topology.js";
import { renderTopologySvg } from "./topology-svg.js";

export function renderHtml(design: Design, sources: ReportSources): string {
  const report = composeReport(design, sources);
  const e = escapeHtml;
  const lines: string[] = [
    "<!DOCTYPE html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    // Nothing may load: the page is complete as it is.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(report.title)}</title>`,
    `<style>${REPORT_STYLE}</style>`,
    "</head>",
    "<body>",
    "<main>",
    `<h1>${e(report.title)}</h1>`,
    `<p class="intro">${e(report.intro)}</p>`,
    `<section id="summary"><h2>${e(T.headings.summary)}</h2>`,
    renderSummaryTable(report.summary),
    `<h3>${e(T.headings.circuits)}</h3>`,
    renderTable("circuits", T.circuitColumns, report.circuits.map((row) => ({ attrs: "", cells: row.map(e) }))),
    "</section>",
    `<section id="answers"><h2>${e(T.headings.answers)}</h2>`,
    `<p>${e(T.answersNote)}</p>`,
    ...report.answerGroups.flatMap((g) => [
      `<h3>${e(g.heading)}</h3>`,
      renderTable("answers", T.answerColumns, g.answers.map((a) => ({ attrs: "", cells: [e(a.label), e(a.value)] })), true),
    ]),
    "</section>",
    `<section id="topology-section"><h2>${e(T.headings.topology)}</h2>`,
    `<p>${e(T.topologyNote)}</p>`,
    `<figure class="diagram">`,
    renderTopologySvg(buildTopology(design, sources), T.diagram.ariaLabel(design, listRegionZoning(design, sources))).trimEnd(),
    "</figure>",
    "</section>",
    `<section id="decisions"><h2>${e(T.headings.decisions)}</h2>`,
    renderTable(
      "decisions",
      T.decisionColumns,
      report.decisions.map((d) => ({
        attrs: ` data-path="${e(d.path)}"`,
        cells: [
          `${e(d.label)}<br><code>${e(d.path)}</code>`,
          e(d.value),
          e(d.rationale),
          `<code>${e(d.rule)}</code>`,
          renderDocsLink(d.docs),
        ],
      })),
    ),
    "</section>",
    `<section id="findings"><h2>${e(T.headings.findings)}</h2>`,
  ];
  for (const group of report.findingGroups) {
    lines.push(`<h3 class="severity-${group.severity}">${e(group.heading)}</h3>`);
    if (group.findings.length === 0) {
      lines.push(`<p class="none">${e(T.none)}</p>`);
      continue;
    }
    lines.push(`<ul class="findings findings-${group.severity}">`);
    for (const f of group.findings) {
      // The message first, so the room reads words; the id after it, for looking the rule up.
      lines.push(`<li data-id="${e(f.id)}">${e(f.message)} (<code>${e(f.id)}</code>, ${renderDocsLink(f.docs)})</li>`);
    }
    lines.push("</ul>");
  }
  lines.push("</section>", "</main>", "</body>", "</html>");
  return `${lines.join("\n")}\n`;
}

function renderSummaryTable(rows: LabelledValue[]): string {
  return renderTable("summary", T.summaryColumns, rows.map((r) => ({ attrs: "", cells: [escapeHtml(r.label), escapeHtml(r.value)] })), true);
}

/** Cells are already-escaped HTML; with `rowHeaders` the first cell of each row is a <th>. */
function renderTable(id: string, columns: readonly string[], rows: { attrs: string; cells: string[] }[], rowHeaders = false): string {
  const head = `<thead><tr>${columns.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join("")}</tr></thead>`;
  const body = rows.map(({ attrs, cells }) => {
    const tds = cells.map((c, i) => (rowHeaders && i === 0 ? `<th scope="row">${c}</th>` : `<td>${c}</td>`)).join("");
    return `<tr${attrs}>${tds}</tr>`;
  });
  return [`<table class="${id}">`, head, "<tbody>", ...body, "</tbody>", "</table>"].join("\n");
}

function renderDocsLink(url: string): string {
  // Only web links become anchors: a rule set could carry a javascript: URL.
  if (!/^https?:\/\//i.test(url)) return escapeHtml(url || "—");
  return `<a href="${escapeHtml(url)}">${escapeHtml(T.docsLink)}</a>`;
}
