// Renderings of a design. YAML (default) and JSON carry the same document; the human reports
// (Markdown, HTML) are loaded only when asked for, to keep start-up fast.
import { stringify } from "yaml";
import type { Design } from "./design-v2-shape.js";

import type { OutputFormat } from "./formats.js";
import type { ReportSources } from "./report-sources.js";

export function renderYaml(doc: unknown): string {
  // lineWidth 0: no folding, so a message is one line and diffs stay readable.
  return stringify(doc, { lineWidth: 0, aliasDuplicateObjects: false });
}

export function renderJson(doc: unknown): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** The machine formats, synchronously (tests and library users). */
export function renderDesign(design: Design, format: "yaml" | "json"): string {
  return format === "json" ? renderJson(design) : renderYaml(design);
}

/** `sources` feed the human reports only (the answers, zones per region); YAML and JSON are the document alone. */
export async function renderOutput(design: Design, format: OutputFormat, sources: ReportSources): Promise<string> {
  if (format === "markdown") return (await import("./markdown.js")).renderMarkdown(design, sources);
  if (format === "html") return (await import("./html.js")).renderHtml(design, sources);
  if (format === "bom") {
    if (!sources.bom) throw new Error("the bill of materials was not built");
    return (await import("./bom.js")).renderBom(sources.bom);
  }
  return renderDesign(design, format);
}
