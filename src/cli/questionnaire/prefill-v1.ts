// A v1 answers file as the questionnaire's starting point: read as v2 through the answers
// module's own migration (docs/contract.md §2), so the questionnaire only ever edits v2. The
// migration answers every key (defaults included); the questionnaire keeps only the answers the
// v1 file gave, so what the file left out is still asked (with --ask, or when resuming a workshop
// saved by a v1 release), exactly as for a v2 file. A v1 file that lacks required answers is
// migrated with stand-ins for them, taken out again in the same way. A v1 file with bad values
// cannot be migrated: the plan reports them, in the file's own terms.
import { checkAnswers } from "../../advise.js";
import { ANSWER_FIELDS, V1_ANSWER_FIELD_BY_PATH, V1_ANSWER_FIELDS, type AnswerField } from "../../answers/fields.js";
import type { MigrationNote } from "../../answers/migrate.js";
import { V1_API_VERSION } from "../../answers/version.js";
import type { Catalog } from "../../catalog/catalog.js";
import { readAnswer, readItems, writeAnswer, type RawAnswers } from "./answer-tree.js";
import { listMissingRequired } from "./missing-required.js";
import { isListSection, LIST_SECTION_NAMES } from "./questions.js";

/**
 * The v1 answer each v2 answer is made from (contract §2), where the path differs; null where v1
 * had no such answer (the v2 answer is then always left to ask). Other v2 keys have the same path
 * in v1 (bandwidth.growthPercentPerYear, resilience.level…). A site's name is made by the
 * migration itself, and kept.
 */
const V1_SOURCE: Readonly<Record<string, string | null>> = {
  "sites[].requiredMbps": "bandwidth.requiredMbps",
  "sites[].peeringLocation": "sites.peeringLocation",
  "sites[].count": "sites.count",
  "sites[].monthlyEgressGB": "bandwidth.monthlyEgressGB",
  "sites[].wan": "sites.wan",
  "sites[].colocation": "sites.colocation",
  "sites[].ownEdgeAtPeeringLocation": "sites.ownEdgeAtPeeringLocation",
  "sites[].businessUnit": "compliance.businessUnits",
  "regions[].name": "azure.regions",
  "regions[].vnetCount": "azure.vnetCount",
  "regions[].vmCount": "azure.vmCount",
  "regions[].vnetPrefixes": "azure.vnetPrefixes",
  "regions[].requiredMbps": null,
  "regions[].sites": null,
  "transit.betweenSites": "sites.interSiteTransit",
  "azure.network": null,
};

const KEPT = new Set(["sites[].name"]);

export type Prefill = { ok: true; answers: RawAnswers; migration?: MigrationNote[] } | { ok: false };

/** Any valid value of a required v1 key; it never reaches the answers. */
function standIn(field: AnswerField, catalog: Catalog): unknown {
  if (field.kind === "number") return field.min ?? 1;
  if (field.kind === "string[]") return [catalog.regions.regions[0]!.name];
  return undefined;
}

/** Takes out of the migrated answers every answer whose v1 source the v1 file did not give. */
function keepGiven(answers: RawAnswers, v1: RawAnswers): void {
  const given = (field: AnswerField) => {
    if (KEPT.has(field.path)) return true;
    const source = field.path in V1_SOURCE ? V1_SOURCE[field.path] : field.path;
    return typeof source === "string" && readAnswer(v1, source) !== undefined;
  };
  for (const field of ANSWER_FIELDS) {
    if (given(field)) continue;
    if (!field.item) writeAnswer(answers, field.path, undefined);
    else if (isListSection(field.section)) for (const item of readItems(answers, field.section)) delete item[field.key];
  }
  // A list whose entries lost every key (the regions, when v1 gave none) is asked for afresh.
  for (const section of LIST_SECTION_NAMES) {
    if (readItems(answers, section).every((item) => Object.keys(item).length === 0)) delete answers[section];
  }
}

/** v2 answers as they are; v1 answers migrated to v2 (with the migration's notes), or not ok. */
export function readAsV2(raw: RawAnswers, catalog: Catalog): Prefill {
  if (raw.apiVersion !== V1_API_VERSION) return { ok: true, answers: raw };
  const missing = listMissingRequired(raw, [], V1_ANSWER_FIELDS);
  const filled = structuredClone(raw);
  for (const path of missing) {
    const field = V1_ANSWER_FIELD_BY_PATH.get(path);
    const value = field ? standIn(field, catalog) : undefined;
    if (value === undefined) return { ok: false };
    writeAnswer(filled, path, value);
  }
  const checked = checkAnswers(filled, catalog);
  if (!checked.ok) return { ok: false };
  const answers = structuredClone(checked.answers) as unknown as RawAnswers;
  keepGiven(answers, raw);
  return { ok: true, answers, migration: checked.migration ?? [] };
}
