// Command-line entry: registers commands (each loaded lazily), and holds the only top-level
// error handler, which maps the error taxonomy to exit codes (CONTRACT §1).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Command, CommanderError } from "commander";
import { EXIT, ExitError, InputError, UsageError } from "./errors.js";
import { MESSAGES } from "./messages.js";
import { PACKAGE_ROOT } from "./package-root.js";
import { paint, printError } from "./terminal.js";
import { removeTemporaryFiles } from "./io/write-output.js";
import { registerPlan } from "./register/plan.js";
import { registerSchema } from "./register/schema.js";
import { registerExplain } from "./register/explain.js";
import { registerDiff } from "./register/diff.js";
import { registerRules } from "./register/rules.js";

function readVersion(): string {
  return (JSON.parse(readFileSync(join(PACKAGE_ROOT, "package.json"), "utf8")) as { version: string }).version;
}

function buildProgram(): Command {
  const program = new Command("expressroute-advisor")
    .description(MESSAGES.programDescription)
    .version(readVersion(), "-V, --version", "print the version")
    .showSuggestionAfterError(true)
    .configureOutput({ writeErr: (s) => process.stderr.write(s), writeOut: (s) => process.stdout.write(s) })
    .exitOverride();

  registerPlan(program);
  registerSchema(program);
  registerExplain(program);
  registerDiff(program);
  registerRules(program);

  return program;
}

function formatLocation(file: string, line?: number) {
  return line ? `${file}:${line}` : file;
}

function report(err: unknown): number {
  if (err instanceof CommanderError) {
    if (err.code === "commander.helpDisplayed" || err.code === "commander.version" || err.code === "commander.help") return EXIT.ok;
    // Commander already printed its message.
    process.stderr.write(`${MESSAGES.helpHint}\n`);
    return EXIT.usage;
  }
  if (err instanceof InputError) {
    for (const issue of err.issues) {
      const where = formatLocation(err.file, issue.line);
      printError(`${where}: ${issue.path ? `${issue.path}: ` : ""}${issue.message}`);
    }
    if (err.hint) process.stderr.write(`${err.hint}\n`);
    return EXIT.usage;
  }
  if (err instanceof UsageError) {
    printError(err.message);
    process.stderr.write(`${MESSAGES.helpHint}\n`);
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
    process.stderr.write(`${paint().yellow(MESSAGES.interrupted)}\n`);
    return EXIT.interrupted;
  }
  process.stderr.write(`${MESSAGES.internal}\n${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  return EXIT.internal;
}

function onSignal(signal: NodeJS.Signals) {
  removeTemporaryFiles();
  process.stderr.write(`\n${MESSAGES.interrupted}\n`);
  process.exit(signal === "SIGINT" ? EXIT.interrupted : 128 + 15);
}

export async function main(argv: readonly string[] = process.argv): Promise<void> {
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  try {
    await buildProgram().parseAsync(argv as string[]);
  } catch (err) {
    process.exitCode = report(err);
  }
}
