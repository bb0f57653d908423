// Registers `export`; its module (and the generators) load only when it runs.
import type { Command } from "commander";
import { MESSAGES } from "../messages.js";
import { EXPORT_MESSAGES } from "../export-messages.js";
import { UsageError } from "../errors.js";
import { choiceOption } from "../options/choice-option.js";
import { collect } from "./plan.js";

export function registerExport(program: Command): void {
  program
    .command("export")
    .description(EXPORT_MESSAGES.description)
    .argument("[file]", EXPORT_MESSAGES.fileArgument)
    .option("-d, --design <file>", EXPORT_MESSAGES.designOption)
    .addOption(choiceOption("-f, --format <format>", EXPORT_MESSAGES.formatOption, ["arm", "terraform"] as const))
    .option("-o, --output <file>", EXPORT_MESSAGES.outputOption)
    .option("--force", EXPORT_MESSAGES.forceOption)
    .option("--rules-dir <dir>", EXPORT_MESSAGES.rulesDirOption, collect, [])
    .addHelpText("after", EXPORT_MESSAGES.helpAfter)
    .action(async (file: string | undefined, options: { design?: string; format?: "arm" | "terraform"; output?: string; force?: boolean; rulesDir: string[] }) => {
      if (file !== undefined && options.design !== undefined) throw new UsageError(EXPORT_MESSAGES.twoFiles(file, options.design));
      if (file === undefined && options.design === undefined) throw new UsageError(EXPORT_MESSAGES.noInput);
      if (options.output === "") throw new UsageError(MESSAGES.emptyOption("-o, --output"));
      const { runExport } = await import("../commands/export.js");
      process.exitCode = await runExport({ ...options, input: (options.design ?? file)!, designOnly: options.design !== undefined });
    });
}
