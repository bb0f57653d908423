// The single top-level error handler: maps the error taxonomy to messages and exit codes
// (docs/contract.md §1). Shared by the commander path and the fast path, without loading commander.
import { EXIT, ExitError, InputError, RefusalError, UsageError } from "./errors.js";
import { MESSAGES } from "./messages.js";
import { paint, printError } from "./terminal.js";
import { listWrittenFiles, removeTemporaryFiles } from "./io/write-output.js";

const COMMANDER_OK = new Set(["commander.helpDisplayed", "commander.version", "commander.help"]);

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
    for (const issue of err.issues) printError(`${formatLocation(issue.file ?? err.file, issue.line)}: ${issue.path ? `${issue.path}: ` : ""}${issue.message}`);
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
    process.stderr.write(`${paint().yellow(typeof note === "string" ? note : MESSAGES.interrupted)}\n`);
    return EXIT.interrupted;
  }
  process.stderr.write(`${MESSAGES.internal}\n${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  return EXIT.internal;
}

function onSignal(signal: NodeJS.Signals) {
  removeTemporaryFiles();
  // Writes are synchronous, so a signal is handled between them: a file is complete or absent.
  const written = listWrittenFiles();
  process.stderr.write(`\n${written.length > 0 ? MESSAGES.interruptedAfter(written) : MESSAGES.interrupted}\n`);
  process.exit(signal === "SIGINT" ? EXIT.interrupted : 128 + 15);
}

/**
 * Standard output that fails (issue 11): a reader that went away (`| head -1`, EPIPE) ends the
 * run quietly with the code it had, as other command-line tools do; a full disk (`> /dev/full`)
 * or another failure is one line and exit 2, never a stack trace or exit 1 ("different").
 */
function onStdoutError(err: NodeJS.ErrnoException): void {
  removeTemporaryFiles();
  if (err.code === "EPIPE") process.exit(typeof process.exitCode === "number" ? process.exitCode : EXIT.ok);
  printError(MESSAGES.stdoutFailed(err.code === "ENOSPC" ? "no space left on the device" : (err.code ?? err.message)));
  process.exit(EXIT.usage);
}

/** Runs a command body with the signal handlers and the top-level error handler in place. */
export async function runGuarded(body: () => Promise<number | undefined | void>): Promise<void> {
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  process.stdout.on("error", onStdoutError);
  try {
    const code = await body();
    if (typeof code === "number") process.exitCode = code;
  } catch (err) {
    process.exitCode = reportError(err);
  }
}
