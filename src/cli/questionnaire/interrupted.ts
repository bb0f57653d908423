// Ctrl-C inside a prompt rejects it with inquirer's ExitPromptError, which the top-level handler
// reports as an interruption (exit 130). The questionnaire knows what that leaves behind, so it
// attaches the one line to print: what was kept (the autosave) and what was not written.
import { QUESTIONNAIRE_MESSAGES as M } from "./messages.js";

/** Returns `err`, with the interruption note attached when it is a prompt's Ctrl-C. */
export function markInterrupted(err: unknown, autosave: string | undefined, resumeCommand: string, output: string | undefined): unknown {
  if (err instanceof Error && err.name === "ExitPromptError") Object.assign(err, { note: M.interrupted(autosave, resumeCommand, output) });
  return err;
}
