// The HTML report's inline style sheet. System fonts only: the page must not fetch anything.
export const REPORT_STYLE = `
:root { color-scheme: light; --ink: #201f1e; --muted: #605e5c; --line: #e1dfdd; --azure: #0f6cbd; }
* { box-sizing: border-box; }
body { margin: 0; background: #faf9f8; color: var(--ink); font: 15px/1.5 "Segoe UI", system-ui, -apple-system, Roboto, "Helvetica Neue", Arial, sans-serif; }
main { max-width: 1500px; margin: 0 auto; padding: 24px 32px 48px; background: #ffffff; }
h1 { font-size: 28px; margin: 0 0 8px; color: var(--azure); }
h2 { font-size: 21px; margin: 32px 0 12px; padding-bottom: 4px; border-bottom: 2px solid var(--line); }
h3 { font-size: 17px; margin: 20px 0 8px; }
.intro { color: var(--muted); margin-top: 0; }
table { border-collapse: collapse; width: 100%; margin: 8px 0 16px; font-size: 14px; }
th, td { border: 1px solid var(--line); padding: 6px 10px; text-align: left; vertical-align: top; }
thead th { background: #f3f2f1; }
tbody th { background: #faf9f8; font-weight: 600; white-space: nowrap; }
table.summary, table.answers { width: auto; min-width: 60%; }
.table-wrap { overflow-x: auto; }
table.connections td { text-align: center; white-space: nowrap; }
/* Lists (sites, regions, circuits) wrap at their commas so a 6-site, 5-region table fits 1400 px without scrolling. */
table.circuits td, table.gateways td { white-space: normal; overflow-wrap: anywhere; }
table.site-group-reasons tbody th { white-space: normal; min-width: 160px; }
table.decisions td:nth-child(1) { min-width: 180px; }
table.decisions td:nth-child(4), table.decisions td:nth-child(5) { white-space: nowrap; }
code { font-family: Consolas, "Cascadia Mono", Menlo, monospace; font-size: 12.5px; background: #f3f2f1; padding: 1px 4px; border-radius: 3px; }
a { color: var(--azure); }
figure.diagram { margin: 12px 0; overflow-x: auto; }
svg.topology { display: block; max-width: 100%; height: auto; }
ul.findings { padding-left: 22px; }
ul.findings li { margin: 4px 0; }
h3.severity-error { color: #a4262c; }
h3.severity-warning { color: #8a5300; }
h3.severity-info { color: var(--muted); }
.none { color: var(--muted); }
@media print { body { background: #ffffff; } main { padding: 0; max-width: none; } figure.diagram { overflow: visible; } }
`;
