// `plan`: answers in (file, stdin, --set overrides and, on a terminal, the questionnaire),
// design document out.
import type { AdviceResult } from "../../advise.js";
import { checkAnswersAgainstCatalog } from "../../answers/catalog-names.js";
import { fastValidateAnswers } from "../../answers/fast-validate.js";
import { API_VERSION, isV1Answers } from "../../answers/version.js";
import { hasErrorFindings, planDesign } from "../../engine/plan-design.js";
import type { Bundle } from "../load-bundle.js";
import type { PriceBook } from "../../prices/price-book.js";
import { EXIT, InputError, UsageError } from "../errors.js";
import { loadBundle } from "../load-bundle.js";
import { MESSAGES } from "../messages.js";
import { locateIssues, readDataFile, type DataFile } from "../io/read-data-file.js";
import { checkOutputs, writeOutput } from "../io/write-output.js";
import { renderOutput } from "../format/render.js";
import { renderTerminalSummary } from "../format/terminal-summary.js";
import { collectReportSources } from "../format/report-sources.js";
import { pickOutputFormat, type OutputFormat } from "../format/formats.js";
import { applyOverrides, attributeOverrides } from "../overrides.js";
import { MIGRATE_MESSAGES } from "../answers-messages.js";
import { canPrompt, paint, printError, printNote } from "../terminal.js";
import { listMissingRequired } from "../questionnaire/missing-required.js";

export interface PlanOptions {
  answers?: string;
  /** Absent: from the output file's extension (pickOutputFormat). */
  format?: OutputFormat;
  /** Absent: stdout, or a file named after the design after a workshop on a terminal. */
  output?: string;
  force?: boolean;
  /** --ask: on a terminal, walk the optional questions too (prefilled from the answers). */
  ask?: boolean;
  input: boolean;
  color: boolean;
  rulesDir: string[];
  set: string[];
  /** --prices FILE: the Azure Retail Prices API's JSON. */
  prices?: string;
  saveAnswers?: string;
}

/**
 * Plainly valid answers take the zod-free path; anything else goes through the zod schema, which
 * decides (the fast check only ever accepts what zod accepts) and words the messages.
 */
async function advise(raw: unknown, bundle: Bundle, prices: PriceBook | undefined): Promise<AdviceResult> {
  // A plan never shows why rules lost (explain does): no trace to record.
  const options = { trace: false, ...(prices ? { prices } : {}) };
  const answers = bundle.answerFields ? fastValidateAnswers(raw, bundle.answerFields) : undefined;
  if (answers && checkAnswersAgainstCatalog(answers, bundle.catalog).length === 0) {
    return { ok: true, ...planDesign(answers, bundle.catalog, bundle.ruleSet, options) };
  }
  const { adviseDesign } = await import("../../advise.js");
  return adviseDesign(raw, bundle.catalog, bundle.ruleSet, options);
}

/** The questionnaire runs on a terminal when required answers are missing, or with --ask. */
async function needsQuestionnaire(raw: unknown, bundle: Bundle, ask: boolean): Promise<boolean> {
  if (ask) return true;
  // The prebuilt bundle carries both field tables; without it, the source tables (same content).
  const table = bundle.answerFields ?? (await import("../../answers/fields.js")).FIELD_TABLE;
  return listMissingRequired(raw, table.fields, table.v1.fields).length > 0;
}

async function listAllRuleFiles(dirs: readonly string[]): Promise<string[]> {
  const { listRuleFiles } = await import("../load-sources.js");
  return dirs.flatMap((dir) => listRuleFiles(dir));
}

export async function runPlan(options: PlanOptions): Promise<number> {
  const terminal = canPrompt(options.input) && options.answers !== "-";
  if (!options.answers && !terminal && options.set.length === 0) throw new UsageError(MESSAGES.noAnswersNoTerminal);
  if (options.ask && !terminal) throw new UsageError(MESSAGES.askNeedsTerminal);
  // An empty name would mean the current folder, or nothing at all: a mistake, never a choice.
  if (options.output === "") throw new UsageError(MESSAGES.emptyOption("-o, --output"));
  if (options.saveAnswers === "") throw new UsageError(MESSAGES.emptyOption("--save-answers"));
  if (options.prices === "") throw new UsageError(MESSAGES.emptyOption("--prices"));
  if (options.prices === "-" && options.answers === "-") throw new UsageError(MESSAGES.pricesAndAnswersFromStdin);
  // Refuse before anything is read or asked, rather than after the first file is written. Every
  // file read is an input that no output may replace: the answers and each rules file.
  const output = options.output ?? "-";
  // load-sources (YAML, zod) is loaded only for --rules-dir, as loadBundle does.
  const ruleFiles = options.rulesDir.length === 0 ? [] : await listAllRuleFiles(options.rulesDir);
  checkOutputs([output, options.saveAnswers], [options.answers, options.prices, ...ruleFiles], Boolean(options.force));
  const bundlePromise = loadBundle(options.rulesDir);
  // Keep the bundle's rejection from going unhandled while the answers are read.
  bundlePromise.catch(() => undefined);
  const file: DataFile | undefined = options.answers ? await readDataFile(options.answers) : undefined;
  // Read before any question is asked: a bad prices file fails at once, not after a workshop.
  const prices = options.prices === undefined ? undefined : await (await import("./read-prices.js")).readPricesFile(options.prices);
  let raw = applyOverrides(file?.data ?? { apiVersion: API_VERSION, kind: "Answers" }, options.set);
  const bundle = await bundlePromise;
  // A file holding every required answer plans at once, on a terminal exactly as in a pipeline.
  const interactive = terminal && (await needsQuestionnaire(raw, bundle, options.ask === true));
  if (interactive) {
    // Loaded only here: `plan --answers` in a pipeline never loads the prompt library.
    const { completeAnswers } = await import("../questionnaire/complete.js");
    raw = await completeAnswers(raw, {
      bundle,
      answersFile: options.answers,
      ask: options.ask,
      output: options.output,
      saveAnswers: options.saveAnswers,
      force: options.force,
    });
  }
  const result = await advise(raw, bundle, prices);
  if (!result.ok) {
    const name = file?.name ?? "answers";
    const located = file ? locateIssues(file, result.issues) : result.issues;
    throw new InputError(name, attributeOverrides(located, options.set, file?.data), MESSAGES.answersHint);
  }
  // A v1 file is read as v2 (contract §2): said once. Answers the questionnaire asked for are v2
  // already, and it said so itself.
  if (file && isV1Answers(raw)) printNote(MIGRATE_MESSAGES.readAsV2(file.name, options.answers!));
  const format = pickOutputFormat(options.format, output);
  // The bill of materials: --format bom, and a section of the reports (a workshop's kept HTML too).
  // Loaded and built only for those: a pipeline's YAML or JSON design does not pay for it.
  const keepsReport = interactive && options.output === undefined && Boolean(process.stdout.isTTY);
  const bom = format === "bom" || format === "markdown" || format === "html" || keepsReport
    ? (await import("../../bom/build-bom.js")).buildBillOfMaterials({ design: result.design, answers: result.answers, catalog: bundle.catalog, prices })
    : undefined;
  const sources = collectReportSources(result.answers, raw, bom);
  const rendered = await renderOutput(result.design, format, sources);
  // A workshop's design is kept in a file rather than scrolled past the room; a pipe still gets it.
  // An explicit `-o -` still means stdout.
  const keep = keepsReport;
  // Without the questionnaire, --save-answers keeps the answers as used (file plus --set), so a
  // what-if can be replayed; the questionnaire saves its own. It is written before the design,
  // so a failure never follows a design already on stdout.
  if (options.saveAnswers && !interactive) {
    const { renderAnswersFile } = await import("../questionnaire/autosave.js");
    writeOutput(options.saveAnswers, renderAnswersFile(raw as Record<string, unknown>), Boolean(options.force));
    if (options.saveAnswers !== "-") printNote(paint().green(MESSAGES.wrote(options.saveAnswers)));
  }
  if (!keep) writeOutput(output, rendered, Boolean(options.force));
  if (interactive) printNote(renderTerminalSummary(result.design, paint(), Math.min(process.stderr.columns || 100, 120)).trimEnd());
  if (output !== "-") printNote(paint().green(MESSAGES.wrote(output)));
  // Where the design went: the -o file, stdout, or the file a workshop's result was kept in.
  let writtenTo = output;
  if (keep) {
    const { keepWorkshopResult } = await import("../questionnaire/keep-result.js");
    [writtenTo = output] = await keepWorkshopResult(result.design, format, rendered, sources);
  }
  if (hasErrorFindings(result.design)) {
    // Exit 3 explains itself (docs/contract.md §1): a failed pipeline step shows which requirement failed.
    printError(MESSAGES.errorFindings(result.design.summary.error, writtenTo));
    for (const f of result.design.findings) if (f.severity === "error") printNote(MESSAGES.errorFinding(f.id, f.message));
    return EXIT.errorFindings;
  }
  return EXIT.ok;
}
