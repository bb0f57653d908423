// The questionnaire's autosave: the answers so far, rewritten atomically after every answer, so
// Ctrl-C or a closed laptop loses nothing. It is a valid (partial) answers file, so it can also
// be passed to --answers as it is; the keys deliberately left empty ride along in a comment.
import { mkdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { stringify } from "yaml";
import { readDataFile } from "../io/read-data-file.js";
import { writeOutput } from "../io/write-output.js";
import { orderAnswers, type RawAnswers } from "./answer-tree.js";

/** Relative to the current folder, so a workshop resumes where it ran (git-ignore it). */
export const AUTOSAVE_FILE = join(".expressroute-advisor", "answers.partial.yaml");

const LEFT_EMPTY = /^# left empty: (.*)$/m;

export interface SavedAnswers {
  answers: RawAnswers;
  leftEmpty: Set<string>;
  savedAt: Date;
}

/** Renders answers as a YAML answers file in documented key order. */
export function renderAnswersFile(answers: RawAnswers, comments: readonly string[] = []): string {
  const header = comments.map((c) => `# ${c}\n`).join("");
  return header + stringify(orderAnswers(answers), { lineWidth: 0, flowCollectionPadding: false });
}

export function saveAutosave(answers: RawAnswers, leftEmpty: ReadonlySet<string>, file = AUTOSAVE_FILE): void {
  const comments = [
    "expressroute-advisor questionnaire answers, saved as you go. Running `expressroute-advisor plan`",
    "in this folder offers to continue from them; `--answers` reads this file as it is.",
  ];
  if (leftEmpty.size > 0) comments.push(`left empty: ${[...leftEmpty].join(", ")}`);
  mkdirSync(dirname(file), { recursive: true });
  writeOutput(file, renderAnswersFile(answers, comments), true);
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
    const listed = LEFT_EMPTY.exec(readFileSync(file, "utf8"))?.[1] ?? "";
    const leftEmpty = new Set(listed.split(",").map((s) => s.trim()).filter(Boolean));
    return { answers: data as RawAnswers, leftEmpty, savedAt };
  } catch {
    return "unreadable";
  }
}

export function discardAutosave(file = AUTOSAVE_FILE): void {
  rmSync(file, { force: true });
}
