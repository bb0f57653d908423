// Whether the questionnaire is needed at all: a run on a terminal asks only when the answers
// (file plus --set) lack a required answer, or with --ask. Kept apart from the prompts so that
// `plan --answers complete.yaml` on a terminal decides without loading them.
import type { AnswerField } from "../../answers/fields.js";
import { isMapping } from "../../answers/raw-tree.js";

/** Paths of the required answers that `raw` does not hold (its values are checked later, as for any file). */
export function listMissingRequired(raw: unknown, fields: readonly AnswerField[]): string[] {
  // Not answers at all: planning reports that as for a pipeline; asking cannot fix it.
  if (!isMapping(raw)) return [];
  return fields.filter((f) => f.required && (!isMapping(raw[f.section]) || (raw[f.section] as Record<string, unknown>)[f.key] === undefined)).map((f) => f.path);
}
