// The interactive questionnaire (issue 4): asks, on the terminal, for every answer missing from
// the given ones, section by section, autosaving as it goes; then a review where any answer can
// be changed; returns the completed raw answers, which plan validates exactly like a file.
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { loadPrompts } from "./prompt-library.js";
import { ANSWER_FIELDS } from "../../answers/fields.js";
import type { Bundle } from "../load-bundle.js";
import type { Catalog } from "../../catalog/catalog.js";
import { writeOutput } from "../io/write-output.js";
import { paint, printNote } from "../terminal.js";
import { isMapping } from "../../answers/raw-tree.js";
import { mergeAnswers, readAnswer, readItems, viewAnswers, withHeader, type RawAnswers } from "./answer-tree.js";
import { askQuestion, type PromptContext } from "./ask-question.js";
import { askPending } from "./ask-steps.js";
import {
  autosavePathFor,
  describeOrigin,
  discardAutosave,
  loadAutosave,
  pickFreeAutosavePath,
  renderAnswersFile,
  saveAutosave,
  type AutosaveTarget,
} from "./autosave.js";
import { BACK } from "./back-key.js";
import { editList } from "./edit-list.js";
import { showWhy, type Flow } from "./flow.js";
import { recordEntryAnswer } from "./list-items.js";
import { QUESTIONNAIRE_MESSAGES as M } from "./messages.js";
import { listMissingRequired } from "./missing-required.js";
import { applyChange, listPendingSteps, type Session } from "./pending-questions.js";
import { markInterrupted } from "./interrupted.js";
import { readAsV2 } from "./prefill-v1.js";
import { prepareAnswers, questionPathOf } from "./prepare-answers.js";
import { buildPromptTheme, type PromptTheme } from "./prompt-theme.js";
import { pickAnswerToChange } from "./review.js";
import { isListSection, LIST_SECTION_NAMES, QUESTION_BY_PATH, QUESTIONS, SECTION_NAMES, type ListSectionName } from "./questions.js";
import { say } from "./say.js";

export interface CompleteOptions {
  bundle: Bundle;
  /** The answers file given with --answers, if any: the run's starting point and its autosave's. */
  answersFile?: string;
  /**
   * --ask: every question the answers leave out. Without it, a run prefilled from a file asks
   * only the required answers it lacks (and values it must re-ask); a blank run asks everything.
   */
  ask?: boolean;
  /** -o: named in the interruption message as not written. */
  output?: string;
  /** --save-answers: where to write the final answers file. */
  saveAnswers?: string;
  force?: boolean;
}

/** Runs `f` the first time only (the intro is printed once, whichever path gets there first). */
function once(f: () => void): () => void {
  let done = false;
  return () => {
    if (!done) f();
    done = true;
  };
}

/** Whether this run has saved its answers (then, and only then, an interruption may say so). */
interface AutosaveState {
  wrote: boolean;
}

/** Autosaves after each answer; a failure is reported once, and the workshop goes on. */
function makeAutosaver(session: Session, target: AutosaveTarget, state: AutosaveState): () => void {
  let failed = false;
  return () => {
    if (failed) return;
    try {
      saveAutosave(session.answers, session.leftEmpty, target, session.closedLists);
      state.wrote = true;
    } catch (err) {
      failed = true;
      say(paint().yellow, M.autosaveFailed(target.file, err instanceof Error ? err.message : String(err)));
    }
  };
}

/** How many answers a (v1 or v2) answers file holds: each key of a section or of a list entry, and the name. */
function countAnswers(answers: RawAnswers): number {
  let count = answers.name === undefined ? 0 : 1;
  for (const value of Object.values(answers)) {
    if (isMapping(value)) count += Object.keys(value).length;
    else if (Array.isArray(value)) for (const item of value) count += isMapping(item) ? Object.keys(item).length : 1;
  }
  return count;
}

const formatSavedAt = (date: Date) => date.toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short" });

function saveFinalAnswers(file: string, answers: RawAnswers, force = false): void {
  writeOutput(file, renderAnswersFile(answers), force);
  say(paint().green, M.savedAnswers(file));
}

interface Start {
  start: RawAnswers;
  leftEmpty: Set<string>;
  closedLists: Set<ListSectionName>;
  resumed: boolean;
  /** Where this run autosaves. */
  file: string;
}

const CONTINUE = "continue";
const KEEP = "keep";
const REPLACE = "replace";

/**
 * Settles this run's autosave file. An autosave of the same starting point is offered to continue
 * from (--set answers still win); any existing answers are replaced only when the user says so,
 * otherwise this run saves beside them under a free name.
 */
async function settleAutosave(start: RawAnswers, origin: string, file: string, theme: PromptTheme, intro: () => void, catalog: Catalog): Promise<Start> {
  const { select } = await loadPrompts();
  const fresh = (at: string): Start => ({ start, leftEmpty: new Set<string>(), closedLists: new Set(), resumed: false, file: at });
  const loaded = await loadAutosave(file);
  if (loaded === undefined) return fresh(file);
  intro();
  if (loaded === "unreadable") {
    const beside = pickFreeAutosavePath(file);
    say(paint().yellow, M.resumeUnreadable(file, beside));
    return fresh(beside);
  }
  const count = countAnswers(loaded.answers);
  // An autosave with nothing in it is not worth a question, nor worth keeping.
  if (count + loaded.leftEmpty.size === 0) return fresh(file);
  const beside = pickFreeAutosavePath(file);
  const savedOn = formatSavedAt(loaded.savedAt);
  // An autosave without the origin comment predates it; only blank runs wrote those.
  const from = loaded.from ?? M.unknownOrigin;
  const sameRun = loaded.from === origin || (loaded.from === undefined && origin === M.blankOrigin);
  const choices = sameRun
    ? [
        { value: CONTINUE, name: M.continueChoice },
        { value: KEEP, name: M.freshBeside(beside) },
        { value: REPLACE, name: M.freshReplacing(file) },
      ]
    : [
        { value: KEEP, name: M.keepOther(beside) },
        { value: REPLACE, name: M.replaceOther },
      ];
  const message = sameRun ? M.resume(count, savedOn, from) : M.otherRun(file, count, savedOn, from);
  const picked = await select<string>({ message, choices, default: choices[0]!.value, theme }, { output: process.stderr });
  if (picked === KEEP) return fresh(beside);
  if (picked === REPLACE) return fresh(file);
  // A workshop saved by a v1 release goes on in v2 terms (what cannot be read so is caught below).
  const saved = readAsV2(withHeader(loaded.answers), catalog);
  const merged = mergeAnswers(saved.ok ? saved.answers : withHeader(loaded.answers), start);
  return {
    start: merged,
    leftEmpty: new Set([...loaded.leftEmpty].filter((p) => readAnswer(merged, p) === undefined)),
    closedLists: new Set([...loaded.closedLists].filter(isListSection)),
    resumed: true,
    file,
  };
}

/** The review: change any answer (and answer what the change brings up) until "Generate". */
async function review(flow: Flow): Promise<void> {
  const { session, ctx } = flow;
  for (;;) {
    printNote("");
    const picked = await pickAnswerToChange(session, ctx.catalog, ctx);
    if (picked === undefined) return;
    if (picked.kind === "list") {
      if ((await editList(flow, picked.section, (item) => askPending(flow, item))) !== BACK) session.closedLists.add(picked.section);
    } else {
      const q = QUESTION_BY_PATH.get(picked.path)!;
      showWhy(q, ctx);
      const value = await askQuestion(q, readAnswer(session.answers, picked.path), ctx);
      applyChange(session, ctx.catalog, () => recordEntryAnswer(session, picked.path, q, value));
    }
    flow.autosave();
    await askPending(flow);
  }
}

/**
 * What a run prefilled from a file asks without --ask: the required answers it lacks (for every
 * entry of a list, and the list itself when it has none) and the values it must ask again.
 */
function scopeOf(answers: RawAnswers, reasked: readonly { path: string }[]): Set<string> {
  return new Set([
    ...QUESTIONS.filter((q) => q.field.required).map((q) => q.path),
    ...listMissingRequired(answers, ANSWER_FIELDS).filter(isListSection),
    ...reasked.map((i) => questionPathOf(i.path)),
  ]);
}

/** Asks, on the terminal, for every answer missing from `raw`; returns the completed raw answers. */
export async function completeAnswers(raw: unknown, options: CompleteOptions): Promise<unknown> {
  const { catalog } = options.bundle;
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) return raw;
  const c = paint();
  const base = { catalog, paint: c, theme: buildPromptTheme(c), output: process.stderr };
  const origin = describeOrigin(options.answersFile);
  let autosaveFile = autosavePathFor(options.answersFile);
  // The autosave line waits until the file is settled (the user may keep another run's).
  const intro = once(() => say(c.bold, M.intro(SECTION_NAMES.length)));
  const autosaveState: AutosaveState = { wrote: false };
  let resumedFrom: string | undefined;
  try {
    // A v1 file is read as v2 (contract §2); one that cannot be migrated is reported as for a pipeline.
    const given = readAsV2(withHeader(raw), catalog);
    if (!given.ok) return raw;
    const settled = await settleAutosave(given.answers, origin, autosaveFile, base.theme, intro, catalog);
    let { start, leftEmpty, closedLists, resumed } = settled;
    autosaveFile = settled.file;
    if (resumed) resumedFrom = autosaveFile;
    let prepared = prepareAnswers(start, catalog);
    // A saved file that asking cannot repair (edited by hand, an older version): start afresh,
    // saving beside it rather than over it.
    if (!prepared.ok && resumed) {
      const beside = pickFreeAutosavePath(autosaveFile);
      say(c.yellow, M.resumeUnreadable(autosaveFile, beside));
      ({ start, leftEmpty, closedLists, resumed } = { start: given.answers, leftEmpty: new Set<string>(), closedLists: new Set<ListSectionName>(), resumed: false });
      autosaveFile = beside;
      prepared = prepareAnswers(start, catalog);
    }
    // Problems that asking cannot fix (unknown keys, a wrong apiVersion) are reported as for a file.
    if (!prepared.ok) return raw;
    // A file's run asks what it must (required answers, bad values) unless --ask says everything;
    // the lists it gives are complete as given (entries can still be added in the review).
    const fromFile = options.answersFile !== undefined;
    const scope = fromFile && !options.ask ? scopeOf(prepared.answers, prepared.reasked) : undefined;
    if (fromFile) for (const list of LIST_SECTION_NAMES) if (readItems(given.answers, list).length > 0) closedLists.add(list);
    const session: Session = { answers: prepared.answers, leftEmpty, closedLists, scope };
    // Nothing to ask: the given answers are complete.
    if (listPendingSteps(session, catalog).length === 0 && !resumed) {
      if (options.saveAnswers) saveFinalAnswers(options.saveAnswers, given.answers, options.force);
      return raw;
    }
    intro();
    say(c.dim, M.autosave(autosaveFile, resumeCommand(options.answersFile)));
    if (options.answersFile) say(c.dim, M.prefilled(options.answersFile, countAnswers(raw as RawAnswers), options.ask === true));
    if (options.answersFile && given.migration) {
      say(c.dim, M.migratedV1(options.answersFile));
      for (const note of given.migration) say(c.dim, M.migrationNote(note.path, note.note), "    ");
    }
    for (const issue of prepared.reasked) say(c.yellow, M.reasked(options.answersFile ?? autosaveFile, issue.path, issue.message));
    const autosave = makeAutosaver(session, { file: autosaveFile, from: origin, startedAt: new Date() }, autosaveState);
    if (countAnswers(session.answers) > 0) autosave();
    // The view reads the live session, so choices follow the answers as they change.
    const flow: Flow = { session, ctx: { ...base, answers: viewAnswers(session.answers, session.leftEmpty) }, autosave };
    await askPending(flow);
    await review(flow);
    if (options.saveAnswers) {
      saveFinalAnswers(options.saveAnswers, session.answers, options.force);
      // The final answers file replaces the autosave (unless it is the autosave itself).
      if (resolve(options.saveAnswers) !== resolve(autosaveFile)) discardAutosave(autosaveFile);
    } else say(c.dim, M.keptAutosave(autosaveFile, resumeCommand(options.answersFile)));
    return session.answers;
  } catch (err) {
    // Ctrl-C in a prompt: say what is kept (the autosave) and what was not written.
    // Only answers this run saved (or continued) are its own: another run's autosave is not.
    const kept = (autosaveState.wrote || resumedFrom === autosaveFile) && existsSync(autosaveFile);
    throw markInterrupted(err, kept ? autosaveFile : undefined, resumeCommand(options.answersFile), options.output);
  }
}

/** The command that offers to continue a run with this starting point. */
const resumeCommand = (answersFile: string | undefined) => M.resumeCommand(answersFile);
