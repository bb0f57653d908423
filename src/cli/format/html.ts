// `--format html`: the Markdown report's content as one self-contained page — inline CSS, the
// topology as inline SVG, no script, font or request to anywhere (a CSP meta tag enforces it),
// so it opens offline and can be mailed or attached. Pure and byte-stable, like the Markdown.
import type { Design } from "./design-v2-shape.js";
import { composeReport, type FindingItem, type LabelledValue, type ReportTable } from "./report-content.js";
import { escapeHtml } from "./report-escape.js";
import type { ReportSources } from "./report-sources.js";
import { REPORT_STYLE } from "./report-style.js";
import { REPORT_TEXT as T } from "./report-text.js";
import { BOM_TEXT } from "./bom-text.js";
import { buildTopology } from "./topology.js";
import { renderTopologySvg } from "./topology-svg.js";

export function renderHtml(design: Design, sources: ReportSources): string {
  const report = composeReport(design, sources);
  const e = escapeHtml;
  const H = T.headings;
  const section = (id: string, heading: string, ...body: string[]) => [`<section id="${id}"><h2>${e(heading)}</h2>`, ...body, "</section>"];
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
    ...section("summary", H.summary, renderLabelledTable("summary", T.summaryColumns, report.summary)),
    ...section(
      "requirements",
      H.requirements,
      `<p>${e(T.requirementsNote)}</p>`,
      `<h3>${e(H.sites)}</h3>`,
      renderReportTable(report.sites),
      `<h3>${e(H.regions)}</h3>`,
      renderReportTable(report.regions),
      `<p>${e(report.transit)}</p>`,
    ),
    ...section(
      "answers",
      H.answers,
      `<p>${e(T.answersNote)}</p>`,
      ...report.answerGroups.flatMap((g) => [
        `<h3>${e(g.heading)}</h3>`,
        ...(g.answers.length > 0 ? [renderLabelledTable("answers", T.answerColumns, g.answers)] : []),
        ...(g.table ? [renderReportTable(g.table)] : []),
      ]),
    ),
    ...section("site-groups", H.siteGroups, renderReportTable(report.siteGroups), renderReportTable(report.siteGroupReasons)),
    ...section("circuits", H.circuits, renderReportTable(report.circuits)),
    ...section("ports", H.ports, report.ports ? renderReportTable(report.ports) : `<p class="none">${e(T.noPorts)}</p>`),
    ...section("gateways", H.gateways, renderReportTable(report.gateways)),
    ...section("connections", H.connections, `<p>${e(T.connectionsNote)}</p>`, renderReportTable(report.connections)),
    ...section("global-reach", H.globalReach, report.globalReach ? renderReportTable(report.globalReach) : `<p class="none">${e(T.noGlobalReach)}</p>`),
    ...(report.bom ? section("bom", BOM_TEXT.heading, `<p>${e(`${BOM_TEXT.intro} ${report.bom.note}`)}</p>`, renderReportTable(report.bom.table)) : []),
    ...section(
      "topology-section",
      H.topology,
      `<p>${e(T.topologyNote)}</p>`,
      `<figure class="diagram">`,
      renderTopologySvg(buildTopology(design), T.diagram.ariaLabel(design)).trimEnd(),
      "</figure>",
    ),
    ...section(
      "decisions",
      H.decisions,
      renderTable(
        "decisions",
        T.decisionColumns,
        report.decisions.map((d) => ({
          // Paths have no spaces (ids are letters, digits, - and _): a row's paths, space-separated.
          attrs: ` data-path="${e(d.paths.join(" "))}"`,
          cells: [`${e(d.label)}<br>${d.paths.map((path) => `<code>${e(path)}</code>`).join(" ")}`, e(d.value), e(d.rationale), `<code>${e(d.rule)}</code>`, renderDocsLink(d.docs)],
        })),
      ),
    ),
    `<section id="findings"><h2>${e(H.findings)}</h2>`,
  ];
  for (const group of report.findingGroups) {
    lines.push(`<h3 class="severity-${group.severity}">${e(group.heading)}</h3>`);
    if (group.findings.length === 0) {
      lines.push(`<p class="none">${e(T.none)}</p>`);
      continue;
    }
    lines.push(`<ul class="findings findings-${group.severity}">`, ...group.findings.map(renderFinding), "</ul>");
  }
  lines.push("</section>", "</main>", "</body>", "</html>");
  return `${lines.join("\n")}\n`;
}

// The item it is about, then the message, so the room reads words; the id after it, for looking the rule up.
function renderFinding(f: FindingItem): string {
  const about = f.about === undefined ? "" : ` data-about="${escapeHtml(f.about.join(" "))}"`;
  const label = f.aboutLabel === null ? "" : `<strong>${escapeHtml(f.aboutLabel)}</strong>: `;
  return `<li data-id="${escapeHtml(f.id)}"${about}>${label}${escapeHtml(f.message)} (<code>${escapeHtml(f.id)}</code>, ${renderDocsLink(f.docs)})</li>`;
}

function renderLabelledTable(id: string, columns: readonly string[], rows: LabelledValue[]): string {
  return renderTable(id, columns, rows.map((r) => ({ attrs: "", cells: [escapeHtml(r.label), escapeHtml(r.value)] })), true);
}

/** A list's table: each row's first cell (its id or name) is its row header and `data-key`. */
function renderReportTable(table: ReportTable): string {
  return renderTable(
    table.id,
    table.columns,
    table.rows.map((row) => ({ attrs: ` data-key="${escapeHtml(row[0] ?? "")}"`, cells: row.map(escapeHtml) })),
    true,
  );
}

/** Cells are already-escaped HTML; with `rowHeaders` the first cell of each row is a <th>. */
function renderTable(id: string, columns: readonly string[], rows: { attrs: string; cells: string[] }[], rowHeaders = false): string {
  const head = `<thead><tr>${columns.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join("")}</tr></thead>`;
  const body = rows.map(({ attrs, cells }) => {
    const tds = cells.map((c, i) => (rowHeaders && i === 0 ? `<th scope="row">${c}</th>` : `<td>${c}</td>`)).join("");
    return `<tr${attrs}>${tds}</tr>`;
  });
  return [`<div class="table-wrap"><table class="${id}">`, head, "<tbody>", ...body, "</tbody>", "</table></div>"].join("\n");
}

function renderDocsLink(url: string): string {
  // Only web links become anchors: a rule set could carry a javascript: URL.
  if (!/^https?:\/\//i.test(url)) return escapeHtml(url || "—");
  return `<a href="${escapeHtml(url)}">${escapeHtml(T.docsLink)}</a>`;
}
