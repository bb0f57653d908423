// The questionnaire's autosave: the answers so far, rewritten atomically after every answer, so
// Ctrl-C or a closed laptop loses nothing. It is a valid (partial) answers file, so it can also
// be passed to --answers as it is; what it came from, when it started and the keys deliberately
// left empty ride along in comments.
//
// Each starting point has its own file (a blank questionnaire, or --answers FILE), so a run
// prefilled from a file never touches a workshop's autosave; the origin comment catches the rest
// (two files of one name in different folders, a file from an older version).
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { basename, dirname, extname, join, relative, resolve } from "node:path";
import { stringify } from "yaml";
import { readDataFile } from "../io/read-data-file.js";
import { writeOutput } from "../io/write-output.js";
import { orderAnswers, type RawAnswers } from "./answer-tree.js";
import { QUESTIONNAIRE_MESSAGES as M } from "./messages.js";

/** Relative to the current folder, so a workshop resumes where it ran (git-ignore it). */
export const AUTOSAVE_DIR = ".expressroute-advisor";
export const AUTOSAVE_FILE = join(AUTOSAVE_DIR, "answers.partial.yaml");

const LEFT_EMPTY = /^# left empty: (.*)$/m;
const LISTS_DONE = /^# lists done: (.*)$/m;
const FROM = /^# from: (.*)$/m;

export interface SavedAnswers {
  answers: RawAnswers;
  leftEmpty: Set<string>;
  /** The lists (sites, regions) the user said were complete. */
  closedLists: Set<string>;
  /** What the run started from (describeOrigin), or undefined for an autosave without the comment. */
  from?: string;
  savedAt: Date;
}

/** What a run starts from, as the autosave records and the resume prompt shows it. */
export function describeOrigin(answersFile: string | undefined): string {
  return answersFile === undefined ? M.blankOrigin : M.fileOrigin(relative(process.cwd(), resolve(answersFile)) || answersFile);
}

/** The autosave of a starting point: the workshop's own file, or one named after the answers file. */
export function autosavePathFor(answersFile: string | undefined): string {
  if (answersFile === undefined) return AUTOSAVE_FILE;
  const stem = basename(answersFile, extname(answersFile)).replace(/[^A-Za-z0-9._-]+/g, "-") || "answers";
  return join(AUTOSAVE_DIR, `answers.${stem}.partial.yaml`);
}

/** `file` if free, else the first free "name-2.partial.yaml", "name-3…" beside it. */
export function pickFreeAutosavePath(file: string): string {
  const base = file.replace(/\.partial\.yaml$/, "");
  let candidate = file;
  for (let n = 2; existsSync(candidate); n++) candidate = `${base}-${n}.partial.yaml`;
  return candidate;
}

/** Renders answers as a YAML answers file in documented key order. */
export function renderAnswersFile(answers: RawAnswers, comments: readonly string[] = []): string {
  const header = comments.map((c) => `# ${c}\n`).join("");
  return header + stringify(orderAnswers(answers), { lineWidth: 0, flowCollectionPadding: false });
}

export interface AutosaveTarget {
  file: string;
  /** describeOrigin of the run. */
  from: string;
  startedAt: Date;
}

export function saveAutosave(answers: RawAnswers, leftEmpty: ReadonlySet<string>, target: AutosaveTarget, closedLists: ReadonlySet<string> = new Set()): void {
  const comments = [
    "expressroute-advisor questionnaire answers, saved as you go. Running the same `expressroute-advisor plan`",
    "in this folder offers to continue from them; `--answers` reads this file as it is.",
    `from: ${target.from}`,
    `started: ${target.startedAt.toISOString()}`,
  ];
  if (leftEmpty.size > 0) comments.push(`left empty: ${[...leftEmpty].join(", ")}`);
  if (closedLists.size > 0) comments.push(`lists done: ${[...closedLists].join(", ")}`);
  ensureAutosaveFolder(dirname(target.file));
  writeOutput(target.file, renderAnswersFile(answers, comments), true);
}

/**
 * The folder holds work in progress, not something to commit: like other tools' working folders
 * (.terraform, .pytest_cache), it ignores itself with a .gitignore of its own (issue 10).
 */
function ensureAutosaveFolder(folder: string): void {
  mkdirSync(folder, { recursive: true });
  const ignore = join(folder, ".gitignore");
  if (!existsSync(ignore)) writeOutput(ignore, "# Written by expressroute-advisor: questionnaire autosaves, not for version control.\n*\n", false);
}

/** The saved answers, undefined when there are none, or "unreadable" when the file is not answers. */
export async function loadAutosave(file = AUTOSAVE_FILE): Promise<SavedAnswers | "unreadable" | undefined> {
  let savedAt: Date;
  try {
    savedAt = statSync(file).mtime;
  } catch {
    return undefined;
  }
  try {
    const { data } = await readDataFile(file);
    if (data === null || typeof data !== "object" || Array.isArray(data)) return "unreadable";
    const text = readFileSync(file, "utf8");
    const readList = (pattern: RegExp) => new Set((pattern.exec(text)?.[1] ?? "").split(",").map((s) => s.trim()).filter(Boolean));
    return { answers: data as RawAnswers, leftEmpty: readList(LEFT_EMPTY), closedLists: readList(LISTS_DONE), from: FROM.exec(text)?.[1]?.trim(), savedAt };
  } catch {
    return "unreadable";
  }
}

export function discardAutosave(file = AUTOSAVE_FILE): void {
  rmSync(file, { force: true });
}
