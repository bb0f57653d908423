// Whether the questionnaire is needed at all: a run on a terminal asks only when the answers
// (file plus --set) lack a required answer, or with --ask. Kept apart from the prompts so that
// `plan --answers complete.yaml` on a terminal decides without loading them.
import type { AnswerField } from "../../answers/fields.js";
import { isMapping } from "../../answers/raw-tree.js";
import { V1_API_VERSION } from "../../answers/version.js";

/**
 * Paths of the required answers that `raw` does not hold (its values are checked later, as for
 * any file): a required key of a section (`bandwidth.requiredMbps`), a list with no entry
 * (`sites`), a required key of an entry (`sites[1].requiredMbps`). A list whose entries have a
 * required key is itself required (sites, regions: the schema wants at least one entry).
 * A v1 file is judged by the v1 field table when the caller has it; without it (the run's
 * prebuilt table is v2 only, and the v1 one would load zod) it cannot be told here, so it is
 * reported as `apiVersion`: the questionnaire reads it as v2 and asks what it lacks, if anything.
 */
export function listMissingRequired(raw: unknown, fields: readonly AnswerField[], v1Fields?: readonly AnswerField[]): string[] {
  // Not answers at all: planning reports that as for a pipeline; asking cannot fix it.
  if (!isMapping(raw)) return [];
  const v1 = raw.apiVersion === V1_API_VERSION;
  if (v1 && !v1Fields) return ["apiVersion"];
  const table = v1 ? v1Fields! : fields;
  const missing: string[] = [];
  const listsSeen = new Set<string>();
  for (const f of table) {
    if (!f.required) continue;
    const section = raw[f.section];
    if (!f.item) {
      if (!isMapping(section) || section[f.key] === undefined) missing.push(f.path);
      continue;
    }
    if (!Array.isArray(section) || section.length === 0) {
      if (!listsSeen.has(f.section)) missing.push(f.section);
      listsSeen.add(f.section);
      continue;
    }
    section.forEach((item, i) => {
      if (isMapping(item) && item[f.key] === undefined) missing.push(`${f.section}[${i}].${f.key}`);
    });
  }
  return missing;
}
