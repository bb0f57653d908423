// `validate FILE`: checks an answers file (schema and catalog names) without producing a design.
import { validateAnswers, checkAnswersAgainstCatalog } from "../../answers/validate.js";
import { EXIT, InputError } from "../errors.js";
import { loadCatalog } from "../load-bundle.js";
import { MESSAGES } from "../messages.js";
import { locateIssues, readDataFile } from "../io/read-data-file.js";
import { paint, printNote } from "../terminal.js";

export async function runValidate(file: string): Promise<number> {
  const [data, catalog] = await Promise.all([readDataFile(file), loadCatalog()]);
  const result = validateAnswers(data.data);
  const catalogIssues = data.data !== null && typeof data.data === "object" ? checkAnswersAgainstCatalog(data.data, catalog) : [];
  const issues = [...(result.ok ? [] : result.issues), ...catalogIssues];
  if (issues.length > 0) throw new InputError(data.name, locateIssues(data, issues), MESSAGES.answersHint);
  printNote(paint().green(MESSAGES.valid(data.name)));
  return EXIT.ok;
}
