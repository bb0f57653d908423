// Registers `diff`; its module loads only when it runs.
import type { Command } from "commander";
import { choiceOption } from "../options/choice-option.js";
import { collect } from "./plan.js";

export function registerDiff(program: Command): void {
  program
    .command("diff")
    .description("compare two designs or two answers files: decisions and findings that changed (exit 0 equal, 1 different)")
    .argument("<old>", "design or answers file")
    .argument("<new>", "design or answers file")
    .addOption(choiceOption("-f, --format <format>", "output format", ["text", "json"] as const, "text"))
    .option("--rules-dir <dir>", "extra rules folder, for answers files (repeatable)", collect, [])
    .addHelpText("after", "\nExit codes: 0 equal; 1 different; 2 bad usage or invalid input; 70 internal error (a bug).")
    .action(async (oldPath: string, newPath: string, options) => {
      const { runDiff } = await import("../commands/diff.js");
      process.exitCode = await runDiff(oldPath, newPath, options);
    });
}
