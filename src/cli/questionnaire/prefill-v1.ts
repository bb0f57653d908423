// A v1 answers file as the questionnaire's starting point: read as v2 through the answers
// module's own migration (docs/contract.md §2), so the questionnaire only ever edits v2. A v1
// file that lacks required answers is migrated with stand-ins for them, which are then taken out
// of the v2 answers again, so the questionnaire asks for them where v2 keeps them. A v1 file
// with bad values cannot be migrated: the plan reports them, in the file's own terms.
import { checkAnswers } from "../../advise.js";
import { V1_ANSWER_FIELD_BY_PATH, V1_ANSWER_FIELDS, type AnswerField } from "../../answers/fields.js";
import type { MigrationNote } from "../../answers/migrate.js";
import { V1_API_VERSION } from "../../answers/version.js";
import type { Catalog } from "../../catalog/catalog.js";
import { readItems, writeAnswer, type RawAnswers } from "./answer-tree.js";
import { listMissingRequired } from "./missing-required.js";

/** Where each required v1 answer lands in v2 (contract §2): taken out there when the v1 file lacks it. */
const WITHDRAW_IN_V2: Readonly<Record<string, (answers: RawAnswers) => void>> = {
  "bandwidth.requiredMbps": (answers) => {
    for (const site of readItems(answers, "sites")) delete site.requiredMbps;
  },
  "azure.regions": (answers) => {
    delete answers.regions;
  },
};

export type Prefill = { ok: true; answers: RawAnswers; migration?: MigrationNote[] } | { ok: false };

/** Any valid value of a required v1 key; it never reaches the answers. */
function standIn(field: AnswerField, catalog: Catalog): unknown {
  if (field.kind === "number") return field.min ?? 1;
  if (field.kind === "string[]") return [catalog.regions.regions[0]!.name];
  return undefined;
}

/** v2 answers as they are; v1 answers migrated to v2 (with the migration's notes), or not ok. */
export function readAsV2(raw: RawAnswers, catalog: Catalog): Prefill {
  if (raw.apiVersion !== V1_API_VERSION) return { ok: true, answers: raw };
  const missing = listMissingRequired(raw, [], V1_ANSWER_FIELDS);
  const filled = structuredClone(raw);
  for (const path of missing) {
    const field = V1_ANSWER_FIELD_BY_PATH.get(path);
    const value = field && WITHDRAW_IN_V2[path] ? standIn(field, catalog) : undefined;
    if (value === undefined) return { ok: false };
    writeAnswer(filled, path, value);
  }
  const checked = checkAnswers(filled, catalog);
  if (!checked.ok) return { ok: false };
  const answers = structuredClone(checked.answers) as unknown as RawAnswers;
  for (const path of missing) WITHDRAW_IN_V2[path]!(answers);
  return { ok: true, answers, migration: checked.migration ?? [] };
}
