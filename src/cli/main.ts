// The full command line: registers every command (each loaded lazily) with commander, the one
// argument parser; errors go to the one top-level handler in report-error.ts.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Command, Option } from "commander";
import { MESSAGES } from "./messages.js";
import { PACKAGE_ROOT } from "./package-root.js";
import { runGuarded, setHelpCommand } from "./report-error.js";
import { UsageError } from "./errors.js";
import { configureColour, printError, printNote } from "./terminal.js";
import { suggestNames } from "../text/closest.js";
import { registerPlan } from "./register/plan.js";
import { registerSchema } from "./register/schema.js";
import { registerMigrate } from "./register/migrate.js";
import { registerExplain } from "./register/explain.js";
import { registerDiff } from "./register/diff.js";
import { registerRules } from "./register/rules.js";
import { registerExport } from "./register/export.js";

function readVersion(): string {
  return (JSON.parse(readFileSync(join(PACKAGE_ROOT, "package.json"), "utf8")) as { version: string }).version;
}

/** "expressroute-advisor rules lint": how a user types the command, for help hints. */
function commandPath(command: Command): string {
  const names: string[] = [];
  for (let c: Command | null = command; c; c = c.parent) names.unshift(c.name());
  return names.join(" ");
}

/**
 * Every command, groups (`rules`) included, accepts --no-color and --no-input (docs/contract.md §1), so a
 * pipeline can pass the same switches to any of them; the ones a command does not use are
 * harmless. Commander errors carry the command they came from, for the help hint.
 */
function finishCommands(command: Command, isRoot = true): void {
  command.exitOverride((err) => {
    throw Object.assign(err, { helpCommand: commandPath(command) });
  });
  for (const sub of command.commands) finishCommands(sub, false);
  // The root's own switches would shadow the default command's (plan).
  if (isRoot) return;
  const has = (flag: string) => command.options.some((o) => o.long === flag);
  if (!has("--no-color")) command.addOption(new Option("--no-color", MESSAGES.noColorOption));
  if (!has("--no-input")) command.addOption(new Option("--no-input", MESSAGES.noInputOption));
}

function buildProgram(): Command {
  const program = new Command("expressroute-advisor")
    .description(MESSAGES.programDescription)
    .version(readVersion(), "-V, --version", "print the version")
    .showSuggestionAfterError(true)
    .configureOutput({
      writeErr: (s) => process.stderr.write(s),
      writeOut: (s) => process.stdout.write(s),
      // Commander's messages get the same prefix (and colour) as ours.
      // Its hint ("(Did you mean …?)") comes on a line of its own: a note, not a second error.
      outputError: (s) => {
        const [first = "", ...rest] = s.replace(/^error: /, "").trimEnd().split("\n");
        printError(first);
        for (const line of rest) printNote(line);
      },
    })
    .helpCommand("help [command]", "show the help of a command (the same as COMMAND --help)");

  registerPlan(program);
  registerSchema(program);
  registerMigrate(program);
  registerExplain(program);
  registerDiff(program);
  registerRules(program);
  registerExport(program);
  finishCommands(program);
  // One place sets colour and the help hint for whichever command runs.
  program.hook("preAction", async (_program, action) => {
    setHelpCommand(commandPath(action));
    await configureColour(action.opts());
  });
  return program;
}

/** The command a list of names leads to ("rules", "test"), or undefined with the first unknown name. */
function findCommand(program: Command, names: readonly string[]): { command?: Command; unknown?: string; known: string[] } {
  let command = program;
  for (const name of names) {
    const next = command.commands.find((c) => c.name() === name || c.aliases().includes(name));
    if (!next) return { unknown: name, known: command.commands.map((c) => c.name()) };
    command = next;
  }
  return { command, known: [] };
}

/**
 * `help [COMMAND...]` is `COMMAND... --help` (as `gh help pr create`), nested commands included;
 * an unknown name is an error, not the top-level help.
 */
function rewriteHelp(program: Command, args: readonly string[]): readonly string[] {
  if (args[0] !== "help") return args;
  const names = args.slice(1).filter((a) => !a.startsWith("-"));
  const found = findCommand(program, names);
  if (found.unknown !== undefined) {
    const hint = suggestNames(found.unknown, found.known);
    throw new UsageError(MESSAGES.unknownHelpTopic(found.unknown, hint, found.known));
  }
  return [...names, "--help"];
}

/**
 * `plan` is the default command, so commander would read a mistyped command ("plna") as an
 * argument of plan; say "unknown command" with a suggestion instead. A name with a dot or a slash
 * is a file for plan (`expressroute-advisor answers.yaml`).
 */
function checkCommand(program: Command, args: readonly string[]): void {
  const first = args[0];
  if (first === undefined || first.startsWith("-") || first.includes(".") || first.includes("/")) return;
  const names = [...program.commands.flatMap((c) => [c.name(), ...c.aliases()]), "help"];
  if (names.includes(first)) return;
  const hint = suggestNames(first, names);
  throw new UsageError(MESSAGES.unknownCommand(first, hint, names));
}

export async function main(argv: readonly string[] = process.argv): Promise<void> {
  await runGuarded(async () => {
    const program = buildProgram();
    // Colour for errors commander finds before any command runs (the preAction hook sets it again).
    await configureColour({ color: !argv.includes("--no-color") });
    const args = rewriteHelp(program, argv.slice(2));
    checkCommand(program, args);
    await program.parseAsync([...argv.slice(0, 2), ...args]);
  });
}
