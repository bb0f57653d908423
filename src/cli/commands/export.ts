// `export --format arm|terraform (ANSWERS_FILE | --design DESIGN_FILE) [-o OUT] [--force]`: the
// design's infrastructure as code. Answers are planned first, exactly as `plan` would; a design
// file is checked against the design schema and for references that resolve. The generators are
// pure (src/export/); this shell reads, writes (atomically, never clobbering without --force) and
// sets the exit code.
import { extname } from "node:path";
import { adviseDesign } from "../../advise.js";
import { DesignSchema, type Design } from "../../design/schema.js";
import { hasErrorFindings } from "../../engine/plan-design.js";
import { findExportIssues } from "../../export/export-model.js";
import { describeZodIssue, formatZodPath } from "../../rule-tooling/zod-wording.js";
import { EXIT, InputError, UsageError } from "../errors.js";
import { EXPORT_MESSAGES } from "../export-messages.js";
import { locateIssues, readDataFile, type DataFile } from "../io/read-data-file.js";
import { checkOutputs, writeOutput } from "../io/write-output.js";
import { loadBundle } from "../load-bundle.js";
import { MESSAGES } from "../messages.js";
import { paint, printError, printNote } from "../terminal.js";

export type ExportFormat = "arm" | "terraform";

export interface ExportOptions {
  input: string;
  /** --design: the file must be a design document. */
  designOnly: boolean;
  format?: ExportFormat;
  output?: string;
  force?: boolean;
  rulesDir: string[];
}

/** The output file's extension picks the format when --format is not given. */
const FORMAT_BY_EXTENSION: Readonly<Record<string, ExportFormat>> = { ".json": "arm", ".tf": "terraform" };

export function pickExportFormat(format: ExportFormat | undefined, output: string): ExportFormat {
  if (format !== undefined) return format;
  const picked = output === "-" ? undefined : FORMAT_BY_EXTENSION[extname(output).toLowerCase()];
  if (picked === undefined) throw new UsageError(EXPORT_MESSAGES.noFormat(output));
  return picked;
}

const kindOf = (data: unknown) => (data !== null && typeof data === "object" ? (data as { kind?: unknown }).kind : undefined);

function readDesignDocument(file: DataFile): Design {
  const parsed = DesignSchema.safeParse(file.data);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 10).map((i) => ({ path: formatZodPath(i.path), message: describeZodIssue(i, file.data) }));
    throw new InputError(file.name, locateIssues(file, issues), EXPORT_MESSAGES.notADesign);
  }
  // The schema checked every decided field against the decision table; its static type is the table's.
  const design = parsed.data as unknown as Design;
  const issues = findExportIssues(design);
  if (issues.length > 0) throw new InputError(file.name, locateIssues(file, issues.slice(0, 10)), EXPORT_MESSAGES.designCannotExport);
  return design;
}

async function readInput(options: ExportOptions): Promise<Design> {
  const file = await readDataFile(options.input);
  const kind = kindOf(file.data);
  if (options.designOnly || kind === "Design") return readDesignDocument(file);
  if (kind !== "Answers") throw new InputError(file.name, locateIssues(file, [{ path: "kind", message: EXPORT_MESSAGES.notAnswersOrDesign }]));
  const { catalog, ruleSet } = await loadBundle(options.rulesDir);
  const result = adviseDesign(file.data, catalog, ruleSet, { trace: false });
  if (!result.ok) throw new InputError(file.name, locateIssues(file, result.issues), MESSAGES.answersHint);
  return result.design;
}

async function render(design: Design, format: ExportFormat): Promise<string> {
  if (format === "arm") return (await import("../../export/arm-template.js")).renderArmTemplate(design);
  return (await import("../../export/terraform.js")).renderTerraform(design);
}

export async function runExport(options: ExportOptions): Promise<number> {
  const output = options.output ?? "-";
  const format = pickExportFormat(options.format, output);
  // Refuse before anything is read: no output replaces an input, nor an existing file without --force.
  checkOutputs([output], [options.input], Boolean(options.force));
  const design = await readInput(options);
  writeOutput(output, await render(design, format), Boolean(options.force));
  if (output !== "-") printNote(paint().green(MESSAGES.wrote(output)));
  if (hasErrorFindings(design)) {
    printError(EXPORT_MESSAGES.errorFindings(design.summary.error, output));
    for (const f of design.findings) if (f.severity === "error") printNote(MESSAGES.errorFinding(f.id, f.message));
    return EXIT.errorFindings;
  }
  return EXIT.ok;
}
