// Sorts the problems of prefilled answers (a partial file, resumed answers, --set) before any
// question: a bad value of a known key is dropped and asked again, with the reason shown; any
// other problem (unknown key, wrong apiVersion, a section that is not a mapping) cannot be fixed
// by asking, so the questionnaire steps aside and the plan reports it as for a pipeline.
import { checkAnswers } from "../../advise.js";
import { toFieldPath } from "../../answers/fields.js";
import type { InputIssue } from "../../answers/validate.js";
import { ANSWER_SECTIONS } from "../../answers/schema.js";
import type { Catalog } from "../../catalog/catalog.js";
import { readAnswer, writeAnswer, type RawAnswers } from "./answer-tree.js";
import { isListSection, QUESTION_BY_PATH, QUESTIONS, SECTION_NAMES } from "./questions.js";

export type Prepared = { ok: true; answers: RawAnswers; reasked: InputIssue[] } | { ok: false };

/**
 * The answer an issue is about: "transit.betweenSites[0][1]" → "transit.betweenSites" and
 * "regions[2].sites[0]" → "regions[2].sites" (a name in a list re-asks the whole list), while
 * "sites[1].requiredMbps" stays (one entry's key).
 */
export const questionPathOf = (issuePath: string) => issuePath.replace(/(\[\d+\])+$/, "");

export function prepareAnswers(raw: RawAnswers, catalog: Catalog): Prepared {
  const checked = checkAnswers(raw, catalog);
  const issues = checked.ok ? [] : checked.issues;
  const answers = structuredClone(raw);
  const reasked: InputIssue[] = [];
  for (const issue of issues) {
    const path = questionPathOf(issue.path);
    const value = readAnswer(raw, path);
    const known = QUESTION_BY_PATH.has(toFieldPath(path));
    // Missing answers are simply asked; so is a list with no entry.
    if (value === undefined && (known || path in ANSWER_SECTIONS)) continue;
    if (isListSection(path) && Array.isArray(value) && value.length === 0) {
      delete answers[path];
      continue;
    }
    if (value === undefined || !known) return { ok: false };
    if (readAnswer(answers, path) !== undefined) writeAnswer(answers, path, undefined);
    reasked.push(issue);
  }
  return { ok: true, answers, reasked: reasked.sort(compareAskingOrder) };
}

/** Notes in asking order: by section, then entry by entry, then question by question. */
function compareAskingOrder(a: InputIssue, b: InputIssue): number {
  const rank = (issue: InputIssue) => {
    const path = questionPathOf(issue.path);
    const q = QUESTION_BY_PATH.get(toFieldPath(path))!;
    return [SECTION_NAMES.indexOf(q.section), Number(/^\w+\[(\d+)\]/.exec(path)?.[1] ?? 0), QUESTIONS.indexOf(q)];
  };
  const [x, y] = [rank(a), rank(b)];
  return x[0]! - y[0]! || x[1]! - y[1]! || x[2]! - y[2]! || (a.path < b.path ? -1 : 1);
}
