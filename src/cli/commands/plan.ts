// `plan`: answers in, design document out.
import { adviseDesign, hasErrorFindings } from "../../advise.js";
import { EXIT, InputError, UsageError } from "../errors.js";
import { loadBundle } from "../load-bundle.js";
import { MESSAGES } from "../messages.js";
import { locateIssues, readDataFile } from "../io/read-data-file.js";
import { writeOutput } from "../io/write-output.js";
import { renderDesign } from "../format/render.js";
import { canPrompt, paint, printNote } from "../terminal.js";

export interface PlanOptions {
  answers?: string;
  format: string;
  output: string;
  force?: boolean;
  input: boolean;
  color: boolean;
  rulesDir: string[];
}

export async function runPlan(options: PlanOptions): Promise<number> {
  if (!options.answers) {
    if (!canPrompt(options.input)) throw new UsageError(MESSAGES.noAnswersNoTerminal);
    throw new UsageError("the interactive questionnaire is not available yet; pass --answers FILE");
  }
  const [file, bundle] = await Promise.all([readDataFile(options.answers), loadBundle(options.rulesDir)]);
  const result = adviseDesign(file.data, bundle.catalog, bundle.ruleSet);
  if (!result.ok) throw new InputError(file.name, locateIssues(file, result.issues), MESSAGES.answersHint);
  writeOutput(options.output, renderDesign(result.design, options.format), Boolean(options.force));
  if (options.output !== "-") printNote(paint().green(MESSAGES.wrote(options.output)));
  if (hasErrorFindings(result.design)) {
    printNote(paint().red(MESSAGES.errorFindings(result.design.summary.error)));
    return EXIT.errorFindings;
  }
  return EXIT.ok;
}
