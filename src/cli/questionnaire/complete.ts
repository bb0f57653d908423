// The interactive questionnaire (issue 4): asks, on the terminal, for every answer missing from
// the given ones, section by section, autosaving as it goes; then a review where any answer can
// be changed; returns the completed raw answers, which plan validates exactly like a file.
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { select } from "@inquirer/prompts";
import type { Bundle } from "../load-bundle.js";
import { MESSAGES } from "../messages.js";
import { writeOutput } from "../io/write-output.js";
import { wrapText } from "../format/terminal-summary.js";
import { paint, printNote } from "../terminal.js";
import { mergeAnswers, readAnswer, viewAnswers, withHeader, writeAnswer, type RawAnswers } from "./answer-tree.js";
import { askOrGoBack, BACK } from "./back-key.js";
import { askQuestion, type PromptContext } from "./ask-question.js";
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
import { QUESTIONNAIRE_MESSAGES as M } from "./messages.js";
import { changeAnswer, listPendingQuestions, nextPendingQuestion, recordAnswer, type Session } from "./pending-questions.js";
import { markInterrupted } from "./interrupted.js";
import { prepareAnswers } from "./prepare-answers.js";
import { buildPromptTheme, type PromptTheme } from "./prompt-theme.js";
import { pickAnswerToChange } from "./review.js";
import { QUESTION_BY_PATH, QUESTIONS, SECTION_NAMES, SECTION_TITLES, type Question } from "./questions.js";

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

/** Prints `text` to stderr wrapped to the terminal, each line painted with `colour`. */
function say(colour: (s: string) => string, text: string, indent = ""): void {
  const width = Math.min(process.stderr.columns || 100, 120) - 1;
  for (const line of wrapText(text, width, indent)) printNote(colour(line));
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
      saveAutosave(session.answers, session.leftEmpty, target);
      state.wrote = true;
    } catch (err) {
      failed = true;
      say(paint().yellow, M.autosaveFailed(target.file, err instanceof Error ? err.message : String(err)));
    }
  };
}

const countAnswers = (answers: RawAnswers) => QUESTIONS.filter((q) => readAnswer(answers, q.path) !== undefined).length;

const formatSavedAt = (date: Date) => date.toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short" });

function showWhy(q: Question, ctx: PromptContext): void {
  say(ctx.paint.dim, M.why(q.why), "  ");
}

function saveFinalAnswers(file: string, answers: RawAnswers, force = false): void {
  writeOutput(file, renderAnswersFile(answers), force);
  say(paint().green, M.savedAnswers(file));
}

interface Start {
  start: RawAnswers;
  leftEmpty: Set<string>;
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
async function settleAutosave(start: RawAnswers, origin: string, file: string, theme: PromptTheme, intro: () => void): Promise<Start> {
  const fresh = (at: string): Start => ({ start, leftEmpty: new Set<string>(), resumed: false, file: at });
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
  const merged = mergeAnswers(withHeader(loaded.answers), start);
  return { start: merged, leftEmpty: new Set([...loaded.leftEmpty].filter((p) => readAnswer(merged, p) === undefined)), resumed: true, file };
}

/** Asks every pending question in table order, announcing each new section; Esc goes back one. */
async function askPending(session: Session, ctx: PromptContext, autosave: () => void): Promise<void> {
  let section: string | undefined;
  // The questions asked in this pass, with their answers: Esc withdraws the last one and asks it
  // again with that answer as the default. Prefilled answers are never withdrawn.
  const asked: { path: string; value: unknown }[] = [];
  let again: { path: string; value: unknown } | undefined;
  for (let q = nextPendingQuestion(session, ctx.catalog); q; q = nextPendingQuestion(session, ctx.catalog)) {
    if (q.section !== section) {
      section = q.section;
      printNote("");
      printNote(ctx.paint.bold.underline(M.section(SECTION_NAMES.indexOf(q.section) + 1, SECTION_NAMES.length, SECTION_TITLES[q.section])));
    }
    showWhy(q, ctx);
    const current = again?.path === q.path ? again.value : undefined;
    const question = q;
    const value = await askOrGoBack((signal) => askQuestion(question, current, { ...ctx, signal }));
    again = undefined;
    if (value === BACK) {
      const previous = asked.pop();
      if (!previous) {
        say(ctx.paint.dim, M.noEarlierQuestion);
        continue;
      }
      // Withdrawn, so it is the first pending question again (everything before it is settled).
      writeAnswer(session.answers, previous.path, undefined);
      session.leftEmpty.delete(previous.path);
      again = previous;
      autosave();
      continue;
    }
    recordAnswer(session, q.path, value);
    asked.push({ path: q.path, value });
    autosave();
  }
}

/** The review: change any answer (and answer what the change brings up) until "Generate". */
async function review(session: Session, ctx: PromptContext, autosave: () => void): Promise<void> {
  for (;;) {
    printNote("");
    const path = await pickAnswerToChange(session, ctx.catalog, ctx);
    if (path === undefined) return;
    const q = QUESTION_BY_PATH.get(path)!;
    showWhy(q, ctx);
    changeAnswer(session, path, await askQuestion(q, readAnswer(session.answers, path), ctx), ctx.catalog);
    autosave();
    await askPending(session, ctx, autosave);
  }
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
    const settled = await settleAutosave(withHeader(raw), origin, autosaveFile, base.theme, intro);
    let { start, leftEmpty, resumed } = settled;
    autosaveFile = settled.file;
    if (resumed) resumedFrom = autosaveFile;
    let prepared = prepareAnswers(start, catalog);
    // A saved file that asking cannot repair (edited by hand, an older version): start afresh,
    // saving beside it rather than over it.
    if (!prepared.ok && resumed) {
      const beside = pickFreeAutosavePath(autosaveFile);
      say(c.yellow, M.resumeUnreadable(autosaveFile, beside));
      ({ start, leftEmpty, resumed } = { start: withHeader(raw), leftEmpty: new Set<string>(), resumed: false });
      autosaveFile = beside;
      prepared = prepareAnswers(start, catalog);
    }
    // Problems that asking cannot fix (unknown keys, a wrong apiVersion) are reported as for a file.
    if (!prepared.ok) return raw;
    // A file's run asks what it must (required answers, bad values) unless --ask says everything.
    const scope =
      options.answersFile && !options.ask
        ? new Set([...QUESTIONS.filter((q) => q.field.required).map((q) => q.path), ...prepared.reasked.map((i) => i.path.replace(/\[\d+\]$/, ""))])
        : undefined;
    const session: Session = { answers: prepared.answers, leftEmpty, scope };
    // Nothing to ask: the given answers are complete.
    if (listPendingQuestions(session, catalog).length === 0 && !resumed) {
      if (options.saveAnswers) saveFinalAnswers(options.saveAnswers, raw as RawAnswers, options.force);
      return raw;
    }
    intro();
    say(c.dim, M.autosave(autosaveFile, resumeCommand(options.answersFile)));
    if (options.answersFile) say(c.dim, M.prefilled(options.answersFile, countAnswers(raw as RawAnswers), options.ask === true));
    for (const issue of prepared.reasked) say(c.yellow, M.reasked(options.answersFile ?? autosaveFile, issue.path, issue.message));
    const autosave = makeAutosaver(session, { file: autosaveFile, from: origin, startedAt: new Date() }, autosaveState);
    if (countAnswers(session.answers) > 0) autosave();
    // The view reads the live session, so choices follow the answers as they change.
    const ctx: PromptContext = { ...base, answers: viewAnswers(session.answers, session.leftEmpty) };
    await askPending(session, ctx, autosave);
    await review(session, ctx, autosave);
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
