// The workshop's result is kept: a questionnaire run without -o whose stdout is the terminal
// saves the design to a file named after it (never over an existing one) instead of scrolling
// the document past the room, says where, and offers the HTML report beside it.
import { existsSync } from "node:fs";
import { loadPrompts } from "./prompt-library.js";
import type { Design } from "../../design/build.js";
import type { OutputFormat } from "../format/formats.js";
import { renderOutput } from "../format/render.js";
import type { ReportSources } from "../format/report-sources.js";
import { writeOutput } from "../io/write-output.js";
import { paint, printNote } from "../terminal.js";
import { MESSAGES } from "../messages.js";
import { QUESTIONNAIRE_MESSAGES as M } from "./messages.js";
import { buildPromptTheme } from "./prompt-theme.js";

const EXTENSIONS: Readonly<Record<OutputFormat, string>> = { yaml: "yaml", json: "json", markdown: "md", html: "html", bom: "bom" };

/** "Contoso Bank (EU)" → "contoso-bank-eu"; empty when nothing usable is left. */
export function slugify(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
}

/** "<name>-<kind>.<ext>" in the current folder, or the first free "<name>-<kind>-2.<ext>"… */
export function pickFreeFileName(designName: string | null | undefined, kind: "design" | "report", ext: string): string {
  const slug = designName ? slugify(designName) : "";
  const stem = slug ? `${slug}-${kind}` : kind;
  let name = `${stem}.${ext}`;
  for (let n = 2; existsSync(name); n++) name = `${stem}-${n}.${ext}`;
  return name;
}

/** Writes the design (and, if wanted, the HTML report) to free files; returns their names. */
export async function keepWorkshopResult(design: Design, format: OutputFormat, rendered: string, sources: ReportSources): Promise<string[]> {
  const { confirm } = await loadPrompts();
  const c = paint();
  const file = pickFreeFileName(design.name, "design", EXTENSIONS[format]);
  writeOutput(file, rendered, false);
  printNote(c.green(M.savedDesign(file)));
  if (format === "html") return [file];
  const report = pickFreeFileName(design.name, "report", EXTENSIONS.html);
  let wanted: boolean;
  try {
    wanted = await confirm({ message: M.offerReport(report), default: true, theme: buildPromptTheme(c) }, { output: process.stderr });
  } catch (err) {
    // Ctrl-C here leaves the design written; the report is simply not made.
    if (err instanceof Error && err.name === "ExitPromptError") Object.assign(err, { note: M.interruptedAfterDesign(file) });
    throw err;
  }
  if (!wanted) return [file];
  writeOutput(report, await renderOutput(design, "html", sources), false);
  printNote(c.green(MESSAGES.wrote(report)));
  return [file, report];
}
