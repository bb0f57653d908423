// The single top-level error handler: maps the error taxonomy to messages and exit codes
// (docs/contract.md §1), for every command; commands throw, this prints and picks the exit code.
import { EXIT, ExitError, InputError, RefusalError, UsageError } from "./errors.js";
import { MESSAGES } from "./messages.js";
import { paint, printError, printNote } from "./terminal.js";
import { listWrittenFiles, removeTemporaryFiles } from "./io/write-output.js";
import { guardStandardStreams } from "./io/standard-streams.js";

const COMMANDER_OK = new Set(["commander.helpDisplayed", "commander.version", "commander.help"]);

/** Problems listed before "and N more". */
export const MAX_ISSUES_SHOWN = 20;

/** The command whose --help a usage error points at; the program's until a command runs. */
let helpCommand = "expressroute-advisor";

export function setHelpCommand(path: string): void {
  helpCommand = path;
}

function printHelpHint(command: string): void {
  process.stderr.write(`${MESSAGES.helpHint(command)}\n`);
}

function formatLocation(file: string, line?: number) {
  return line ? `${file}:${line}` : file;
}

export function reportError(err: unknown): number {
  // Commander's errors carry a "commander.*" code (checked by shape: commander may not be loaded).
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code === "string" && code.startsWith("commander.")) {
    if (COMMANDER_OK.has(code)) return EXIT.ok;
    // Commander already printed its message; the hint names the command it came from.
    const from = (err as { helpCommand?: unknown }).helpCommand;
    printHelpHint(typeof from === "string" ? from : helpCommand);
    return EXIT.usage;
  }
  if (err instanceof InputError) {
    // A crafted file can hold 100,000 mistakes; the first few tell the story (issue 11).
    for (const issue of err.issues.slice(0, MAX_ISSUES_SHOWN)) printError(`${formatLocation(issue.file ?? err.file, issue.line)}: ${issue.path ? `${issue.path}: ` : ""}${issue.message}`);
    if (err.issues.length > MAX_ISSUES_SHOWN) printNote(MESSAGES.moreIssues(err.issues.length - MAX_ISSUES_SHOWN));
    if (err.hint) process.stderr.write(`${err.hint}\n`);
    return EXIT.usage;
  }
  if (err instanceof UsageError) {
    printError(err.message);
    printHelpHint(helpCommand);
    return EXIT.usage;
  }
  if (err instanceof RefusalError) {
    printError(err.message);
    return EXIT.usage;
  }
  if (err instanceof Error && err.name === "RuleEvaluationError") {
    printError(`rules: ${err.message}`);
    return EXIT.usage;
  }
  if (err instanceof ExitError) {
    if (err.message) printError(err.message);
    return err.code;
  }
  if (err instanceof Error && err.name === "ExitPromptError") {
    // The questionnaire attaches what it kept and what it did not write (questionnaire/interrupted.ts).
    const note = (err as { note?: unknown }).note;
    printNote(paint().yellow(typeof note === "string" ? note : MESSAGES.interrupted));
    return EXIT.interrupted;
  }
  printNote(`${MESSAGES.internal}\n${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  return EXIT.internal;
}

/** SIGTERM's exit, as a shell reports a process it ended (128 + 15). */
const EXIT_TERMINATED = 143;

function onSignal(signal: NodeJS.Signals) {
  removeTemporaryFiles();
  // Writes are synchronous, so a signal is handled between them: a file is complete or absent.
  // One line, no leading empty one: a pipeline's log shows it as it is (issue 11).
  const written = listWrittenFiles();
  printNote(written.length > 0 ? MESSAGES.interruptedAfter(written) : MESSAGES.interrupted);
  process.exit(signal === "SIGINT" ? EXIT.interrupted : EXIT_TERMINATED);
}

const SIGNALS = ["SIGINT", "SIGTERM"] as const;

function armSignals(): void {
  for (const s of SIGNALS) if (!process.listeners(s).includes(onSignal)) process.on(s, onSignal);
}

function disarmSignals(): void {
  for (const s of SIGNALS) process.off(s, onSignal);
}

/** Nested computeWithDefaultSignals calls: the handlers come back when the outermost ends. */
let computing = 0;
/** Whether the handlers were in place when the outermost began (not in a library caller). */
let rearm = false;

/**
 * Runs CPU-bound work (parsing and compiling thousands of rules, linting them) with the signals'
 * default actions. A JavaScript signal handler runs only when the event loop turns, which it does
 * not during such work, so Ctrl-C or SIGTERM would wait for the work to finish (issue 11); without
 * a handler the process ends at once, as a shell reports it (130, 143). Nothing is written during
 * such work, so nothing is left half-written; the handlers (one line, temporary files removed)
 * are back for the writes and for waits on input.
 */
export async function computeWithDefaultSignals<T>(work: () => T | Promise<T>): Promise<T> {
  // A signal that came during earlier synchronous code is handled now, not lost with its handler.
  await new Promise((resolve) => setImmediate(resolve));
  if (computing++ === 0) rearm = process.listeners("SIGTERM").includes(onSignal);
  disarmSignals();
  try {
    return await work();
  } finally {
    // Only a command run (runGuarded) had them: a library or test caller keeps its own.
    if (--computing === 0 && rearm) armSignals();
  }
}

/** Runs a command body with the signal handlers and the top-level error handler in place. */
export async function runGuarded(body: () => Promise<number | undefined | void>): Promise<void> {
  armSignals();
  guardStandardStreams(removeTemporaryFiles);
  try {
    const code = await body();
    if (typeof code === "number") process.exitCode = code;
  } catch (err) {
    process.exitCode = reportError(err);
  }
}
