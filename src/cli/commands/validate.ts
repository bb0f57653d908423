// `validate FILE`: checks an answers file (schema and catalog names) without producing a design.
import { checkAnswers } from "../../answers/check-answers.js";
import { EXIT, InputError } from "../errors.js";
import { loadCatalog } from "../load-bundle.js";
import { MESSAGES } from "../messages.js";
import { MIGRATE_MESSAGES } from "../answers-messages.js";
import { locateIssues, readDataFile } from "../io/read-data-file.js";
import { paint, printNote } from "../terminal.js";

export async function runValidate(file: string): Promise<number> {
  const [data, catalog] = await Promise.all([readDataFile(file), loadCatalog()]);
  const result = checkAnswers(data.data, catalog);
  if (!result.ok) throw new InputError(data.name, locateIssues(data, result.issues), MESSAGES.answersHint);
  printNote(paint().green(MESSAGES.valid(data.name)));
  if (result.migration) printNote(MIGRATE_MESSAGES.validV1(data.name));
  return EXIT.ok;
}
