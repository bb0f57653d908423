// Sorts the problems of prefilled answers (a partial file, resumed answers, --set) before any
// question: a bad value of a known key is dropped and asked again, with the reason shown; any
// other problem (unknown key, wrong apiVersion, a section that is not a mapping) cannot be fixed
// by asking, so the questionnaire steps aside and the plan reports it as for a pipeline.
import { checkAnswers } from "../../advise.js";
import type { InputIssue } from "../../answers/validate.js";
import { ANSWER_SECTIONS } from "../../answers/schema.js";
import type { Catalog } from "../../catalog/catalog.js";
import { readAnswer, writeAnswer, type RawAnswers } from "./answer-tree.js";
import { QUESTION_BY_PATH, QUESTIONS } from "./questions.js";

export type Prepared = { ok: true; answers: RawAnswers; reasked: InputIssue[] } | { ok: false };

/** "azure.regions[2]" → "azure.regions": an element's problem re-asks the whole list. */
const questionPathOf = (issuePath: string) => issuePath.replace(/\[\d+\]$/, "");

export function prepareAnswers(raw: RawAnswers, catalog: Catalog): Prepared {
  const checked = checkAnswers(raw, catalog);
  const issues = checked.ok ? [] : checked.issues;
  const answers = structuredClone(raw);
  const reasked: InputIssue[] = [];
  for (const issue of issues) {
    const path = questionPathOf(issue.path);
    const present = readAnswer(raw, path) !== undefined;
    // Missing answers are simply asked.
    if (!present && (QUESTION_BY_PATH.has(path) || path in ANSWER_SECTIONS)) continue;
    if (!present || !QUESTION_BY_PATH.has(path)) return { ok: false };
    if (readAnswer(answers, path) !== undefined) writeAnswer(answers, path, undefined);
    reasked.push(issue);
  }
  // Notes in asking order.
  const order = (i: InputIssue) => QUESTIONS.findIndex((q) => q.path === questionPathOf(i.path));
  return { ok: true, answers, reasked: reasked.sort((a, b) => order(a) - order(b)) };
}
