// Which questions are still to ask, and what an answer changes. Pure (no prompts), so the skip
// rules are unit-tested directly. A step is one question about one key (a list entry's keys
// have their index: `sites[1].wan`), or a list as a whole (add, edit, remove entries, done).
import type { Catalog } from "../../catalog/catalog.js";
import { toFieldPath } from "../../answers/fields.js";
import { hasAnswer, itemPath, readItems, viewAnswers, writeAnswer, type ItemRef, type RawAnswers } from "./answer-tree.js";
import { isListSection, isRelevant, QUESTIONS, SECTION_NAMES, type ListSectionName, type Question } from "./questions.js";

export interface Session {
  answers: RawAnswers;
  /** Optional keys the user chose to leave without a value, so they are not asked again. */
  leftEmpty: Set<string>;
  /** Lists the user has said are complete ("Done"), so their menu is not offered again. */
  closedLists: Set<ListSectionName>;
  /**
   * The only steps this run asks (a prefilled run without --ask): field paths (`sites[].name`,
   * for every entry), key paths (`sites[1].requiredMbps`) and list names; undefined asks all.
   */
  scope?: ReadonlySet<string>;
}

export type Step =
  | { kind: "question"; question: Question; path: string; item?: ItemRef }
  | { kind: "list"; section: ListSectionName };

const QUESTIONS_BY_SECTION = new Map(SECTION_NAMES.map((s) => [s, QUESTIONS.filter((q) => q.section === s)]));

/** Every step that applies given the answers so far (defaults standing in for the rest), in asking order. */
export function listRelevantSteps(session: Session, catalog: Catalog, only?: ItemRef): Step[] {
  const view = viewAnswers(session.answers, session.leftEmpty);
  const steps: Step[] = [];
  for (const section of SECTION_NAMES) {
    const questions = QUESTIONS_BY_SECTION.get(section)!;
    if (!only) for (const q of questions) if (!q.list && isRelevant(q, view, catalog)) steps.push({ kind: "question", question: q, path: q.path });
    if (!isListSection(section) || (only && only.section !== section)) continue;
    readItems(session.answers, section).forEach((_, index) => {
      if (only && only.index !== index) return;
      const item = { section, index };
      const itemView = viewAnswers(session.answers, session.leftEmpty, item);
      for (const q of questions) {
        if (q.list && isRelevant(q, itemView, catalog)) steps.push({ kind: "question", question: q, path: itemPath(section, index, q.field.key), item });
      }
    });
    if (!only) steps.push({ kind: "list", section });
  }
  return steps;
}

/** The paths of the questions that apply (for the review and for withdrawing answers). */
const listRelevantPaths = (session: Session, catalog: Catalog) =>
  new Set(listRelevantSteps(session, catalog).flatMap((s) => (s.kind === "question" ? [s.path] : [])));

const inScope = (session: Session, step: Step) =>
  !session.scope || (step.kind === "list" ? session.scope.has(step.section) : session.scope.has(step.path) || session.scope.has(toFieldPath(step.path)));

function isSettled(session: Session, step: Step): boolean {
  // A list needs at least one entry, whatever was said of it before.
  if (step.kind === "list") return session.closedLists.has(step.section) && readItems(session.answers, step.section).length > 0;
  return hasAnswer(session.answers, step.path) || session.leftEmpty.has(step.path);
}

/** Steps that apply and are not settled yet. Answering one can make later ones apply. `only` keeps one list entry's. */
export function listPendingSteps(session: Session, catalog: Catalog, only?: ItemRef): Step[] {
  // One entry's questions are all asked when it is added or edited, whatever the run's scope.
  return listRelevantSteps(session, catalog, only).filter((s) => !isSettled(session, s) && (only !== undefined || inScope(session, s)));
}

/** The next step, in table order; re-evaluated after each answer. */
export function nextPendingStep(session: Session, catalog: Catalog, only?: ItemRef): Step | undefined {
  return listPendingSteps(session, catalog, only)[0];
}

/** Records an answer; undefined means "left empty" (the key stays out of the file). */
export function recordAnswer(session: Session, path: string, value: unknown): void {
  writeAnswer(session.answers, path, value);
  if (value === undefined) session.leftEmpty.add(path);
  else session.leftEmpty.delete(path);
}

/** Withdraws an answer (or a "left empty"), so its question is pending again. */
export function withdrawAnswer(session: Session, path: string): void {
  writeAnswer(session.answers, path, undefined);
  session.leftEmpty.delete(path);
}

/**
 * Applies a change and withdraws the answers to questions that applied before and no longer do:
 * a pinned zone kept after zone redundancy is turned back on would still make the gateway zonal,
 * against the latest answer; transit pairs mean nothing once one site is left. Returns the
 * withdrawn paths.
 */
export function applyChange(session: Session, catalog: Catalog, change: () => void): string[] {
  const before = listRelevantPaths(session, catalog);
  change();
  const after = listRelevantPaths(session, catalog);
  const withdrawn = [...before].filter((p) => !after.has(p) && (hasAnswer(session.answers, p) || session.leftEmpty.has(p)));
  for (const p of withdrawn) withdrawAnswer(session, p);
  return withdrawn;
}

/** Changes one answer (from the review) and withdraws what stops applying; returns the withdrawn paths. */
export function changeAnswer(session: Session, path: string, value: unknown, catalog: Catalog): string[] {
  return applyChange(session, catalog, () => recordAnswer(session, path, value));
}
