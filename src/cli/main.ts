// The full command line: registers every command (each loaded lazily) with commander; errors go
// to the one top-level handler in report-error.ts.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Command } from "commander";
import { MESSAGES } from "./messages.js";
import { PACKAGE_ROOT } from "./package-root.js";
import { runGuarded } from "./report-error.js";
import { UsageError } from "./errors.js";
import { suggestNames } from "../text/closest.js";
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

/**
 * `plan` is the default command, so commander would read a mistyped command ("plna") as an
 * argument of plan; say "unknown command" with a suggestion instead.
 */
function checkCommand(program: Command, args: readonly string[]): void {
  const first = args[0];
  if (first === undefined || first.startsWith("-")) return;
  const names = program.commands.flatMap((c) => [c.name(), ...c.aliases()]);
  if (names.includes(first)) return;
  const hint = suggestNames(first, names);
  throw new UsageError(`unknown command "${first}"${hint ? `; ${hint}` : ""} (commands: ${names.join(", ")})`);
}

export async function main(argv: readonly string[] = process.argv): Promise<void> {
  await runGuarded(async () => {
    const program = buildProgram();
    checkCommand(program, argv.slice(2));
    await program.parseAsync(argv as string[]);
  });
}
