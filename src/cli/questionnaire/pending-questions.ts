// Which questions are still to ask, and what an answer changes. Pure (no prompts), so the skip
// rules are unit-tested directly.
import type { Catalog } from "../../catalog/catalog.js";
import { hasAnswer, viewAnswers, writeAnswer, type RawAnswers } from "./answer-tree.js";
import { isRelevant, QUESTIONS, type Question } from "./questions.js";

export interface Session {
  answers: RawAnswers;
  /** Optional keys the user chose to leave without a value, so they are not asked again. */
  leftEmpty: Set<string>;
  /** The only questions this run asks (a prefilled run without --ask); undefined asks all. */
  scope?: ReadonlySet<string>;
}

const isSettled = (session: Session, q: Question) => hasAnswer(session.answers, q.path) || session.leftEmpty.has(q.path);

/** Questions that apply given the answers so far (defaults standing in for the rest). */
export function listRelevantQuestions(session: Session, catalog: Catalog): Question[] {
  const view = viewAnswers(session.answers, session.leftEmpty);
  return QUESTIONS.filter((q) => isRelevant(q, view, catalog));
}

/** Questions that apply and have no answer yet. Answering one can make later ones apply. */
export function listPendingQuestions(session: Session, catalog: Catalog): Question[] {
  return listRelevantQuestions(session, catalog).filter((q) => !isSettled(session, q) && (!session.scope || session.scope.has(q.path)));
}

/** The next question to ask, in table order; re-evaluated after each answer. */
export function nextPendingQuestion(session: Session, catalog: Catalog): Question | undefined {
  return listPendingQuestions(session, catalog)[0];
}

/** Records an answer; undefined means "left empty" (the key stays out of the file). */
export function recordAnswer(session: Session, path: string, value: unknown): void {
  writeAnswer(session.answers, path, value);
  if (value === undefined) session.leftEmpty.add(path);
  else session.leftEmpty.delete(path);
}

/**
 * Changes one answer (from the review) and withdraws the answers to questions that applied
 * before and no longer do: a pinned zone kept after zone redundancy is turned back on would
 * still make the gateway zonal, against the latest answer. Returns the withdrawn paths.
 */
export function changeAnswer(session: Session, path: string, value: unknown, catalog: Catalog): string[] {
  const before = new Set(listRelevantQuestions(session, catalog).map((q) => q.path));
  recordAnswer(session, path, value);
  const after = new Set(listRelevantQuestions(session, catalog).map((q) => q.path));
  const withdrawn = [...before].filter((p) => !after.has(p) && (hasAnswer(session.answers, p) || session.leftEmpty.has(p)));
  for (const p of withdrawn) {
    writeAnswer(session.answers, p, undefined);
    session.leftEmpty.delete(p);
  }
  return withdrawn;
}
