// The full command line: registers every command (each loaded lazily) with commander, the one
// argument parser; errors go to the one top-level handler in report-error.ts.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Command, Option } from "commander";
import { MESSAGES } from "./messages.js";
import { PACKAGE_ROOT } from "./package-root.js";
import { runGuarded, setHelpCommand } from "./report-error.js";
import { UsageError } from "./errors.js";
import { configureColour, printError } from "./terminal.js";
import { suggestNames } from "../text/closest.js";
import { registerPlan } from "./register/plan.js";
import { registerSchema } from "./register/schema.js";
import { registerExplain } from "./register/explain.js";
import { registerDiff } from "./register/diff.js";
import { registerRules } from "./register/rules.js";

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
 * Every command that runs (the leaves) accepts --no-color and --no-input (docs/contract.md §1), so a
 * pipeline can pass the same switches to any of them; the ones a command does not use are
 * harmless. Commander errors carry the command they came from, for the help hint.
 */
function finishCommands(command: Command): void {
  command.exitOverride((err) => {
    throw Object.assign(err, { helpCommand: commandPath(command) });
  });
  if (command.commands.length > 0) {
    for (const sub of command.commands) finishCommands(sub);
    return;
  }
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
      outputError: (s) => printError(s.replace(/^error: /, "").trimEnd()),
    })
    .helpCommand("help [command]", "show the help of a command (the same as COMMAND --help)");

  registerPlan(program);
  registerSchema(program);
  registerExplain(program);
  registerDiff(program);
  registerRules(program);
  finishCommands(program);
  // One place sets colour and the help hint for whichever command runs.
  program.hook("preAction", async (_program, action) => {
    setHelpCommand(commandPath(action));
    await configureColour(action.opts());
  });
  return program;
}

/**
 * `plan` is the default command, so commander would read a mistyped command ("plna") as an
 * argument of plan; say "unknown command" with a suggestion instead. An existing file is an
 * answers file for plan (`expressroute-advisor answers.yaml`).
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
    checkCommand(program, argv.slice(2));
    await program.parseAsync(argv as string[]);
  });
}
