// The interactive questionnaire (issue 4): asks, on the terminal, for every answer missing from
// the given ones, section by section, autosaving as it goes; then a review where any answer can
// be changed; returns the completed raw answers, which plan validates exactly like a file.
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { confirm } from "@inquirer/prompts";
import type { Bundle } from "../load-bundle.js";
import { UsageError } from "../errors.js";
import { MESSAGES } from "../messages.js";
import { writeOutput } from "../io/write-output.js";
import { wrapText } from "../format/terminal-summary.js";
import { paint, printNote } from "../terminal.js";
import { mergeAnswers, readAnswer, viewAnswers, withHeader, type RawAnswers } from "./answer-tree.js";
import { askQuestion, type PromptContext } from "./ask-question.js";
import { AUTOSAVE_FILE, discardAutosave, loadAutosave, renderAnswersFile, saveAutosave } from "./autosave.js";
import { QUESTIONNAIRE_MESSAGES as M } from "./messages.js";
import { changeAnswer, listPendingQuestions, nextPendingQuestion, recordAnswer, type Session } from "./pending-questions.js";
import { prepareAnswers } from "./prepare-answers.js";
import { buildPromptTheme, type PromptTheme } from "./prompt-theme.js";
import { pickAnswerToChange } from "./review.js";
import { QUESTION_BY_PATH, QUESTIONS, SECTION_NAMES, SECTION_TITLES, type Question } from "./questions.js";

export interface CompleteOptions {
  bundle: Bundle;
  /** The answers file given with --answers, if any (then no autosave is offered for resuming). */
  answersFile?: string;
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

/** Autosaves after each answer; a failure is reported once, and the workshop goes on. */
function makeAutosaver(session: Session): () => void {
  let failed = false;
  return () => {
    if (failed) return;
    try {
      saveAutosave(session.answers, session.leftEmpty);
    } catch (err) {
      failed = true;
      say(paint().yellow, M.autosaveFailed(AUTOSAVE_FILE, err instanceof Error ? err.message : String(err)));
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

/** Offers to continue from the autosave of an interrupted run; --set answers still win. */
async function offerResume(start: RawAnswers, theme: PromptTheme, intro: () => void) {
  const loaded = await loadAutosave();
  // An autosave with nothing in it is not worth a question.
  const saved = loaded !== "unreadable" && loaded && countAnswers(loaded.answers) + loaded.leftEmpty.size === 0 ? undefined : loaded;
  if (saved) intro();
  if (saved === "unreadable") say(paint().yellow, M.resumeUnreadable(AUTOSAVE_FILE));
  if (!saved || saved === "unreadable") return { start, leftEmpty: new Set<string>(), resumed: false };
  const resume = await confirm({ message: M.resume(countAnswers(saved.answers), formatSavedAt(saved.savedAt)), default: true, theme }, { output: process.stderr });
  if (!resume) return { start, leftEmpty: new Set<string>(), resumed: false };
  const merged = mergeAnswers(withHeader(saved.answers), start);
  return { start: merged, leftEmpty: new Set([...saved.leftEmpty].filter((p) => readAnswer(merged, p) === undefined)), resumed: true };
}

/** Asks every pending question in table order, announcing each new section. */
async function askPending(session: Session, ctx: PromptContext, autosave: () => void): Promise<void> {
  let section: string | undefined;
  for (let q = nextPendingQuestion(session, ctx.catalog); q; q = nextPendingQuestion(session, ctx.catalog)) {
    if (q.section !== section) {
      section = q.section;
      printNote("");
      printNote(ctx.paint.bold.underline(M.section(SECTION_NAMES.indexOf(q.section) + 1, SECTION_NAMES.length, SECTION_TITLES[q.section])));
    }
    showWhy(q, ctx);
    recordAnswer(session, q.path, await askQuestion(q, undefined, ctx));
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
  // Refuse before the workshop rather than after it.
  if (options.saveAnswers && !options.force && existsSync(options.saveAnswers)) throw new UsageError(MESSAGES.outputExists(options.saveAnswers));
  const c = paint();
  const base = { catalog, paint: c, theme: buildPromptTheme(c), output: process.stderr };
  const intro = once(() => {
    say(c.bold, M.intro(SECTION_NAMES.length));
    say(c.dim, M.autosave(AUTOSAVE_FILE));
  });
  // A given answers file is the starting point; without one, an interrupted run can resume.
  let { start, leftEmpty, resumed } = options.answersFile
    ? { start: withHeader(raw), leftEmpty: new Set<string>(), resumed: false }
    : await offerResume(withHeader(raw), base.theme, intro);
  let prepared = prepareAnswers(start, catalog);
  // A saved file that asking cannot repair (edited by hand, an older version): start afresh.
  if (!prepared.ok && resumed) {
    say(c.yellow, M.resumeUnreadable(AUTOSAVE_FILE));
    ({ start, leftEmpty, resumed } = { start: withHeader(raw), leftEmpty: new Set<string>(), resumed: false });
    prepared = prepareAnswers(start, catalog);
  }
  // Problems that asking cannot fix (unknown keys, a wrong apiVersion) are reported as for a file.
  if (!prepared.ok) return raw;
  const session: Session = { answers: prepared.answers, leftEmpty };
  // Nothing to ask: the given answers are complete.
  if (listPendingQuestions(session, catalog).length === 0 && !resumed) {
    if (options.saveAnswers) saveFinalAnswers(options.saveAnswers, raw as RawAnswers, options.force);
    return raw;
  }
  intro();
  if (options.answersFile) say(c.dim, M.prefilled(options.answersFile, countAnswers(raw as RawAnswers)));
  for (const issue of prepared.reasked) say(c.yellow, M.reasked(options.answersFile ?? AUTOSAVE_FILE, issue.path, issue.message));
  const autosave = makeAutosaver(session);
  if (countAnswers(session.answers) > 0) autosave();
  // The view reads the live session, so choices follow the answers as they change.
  const ctx: PromptContext = { ...base, answers: viewAnswers(session.answers, session.leftEmpty) };
  await askPending(session, ctx, autosave);
  await review(session, ctx, autosave);
  if (options.saveAnswers) {
    saveFinalAnswers(options.saveAnswers, session.answers, options.force);
    // The final answers file replaces the autosave (unless it is the autosave itself).
    if (resolve(options.saveAnswers) !== resolve(AUTOSAVE_FILE)) discardAutosave();
  } else say(c.dim, M.keptAutosave(AUTOSAVE_FILE));
  return session.answers;
}
