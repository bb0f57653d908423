// Registers `explain`; its module loads only when it runs.
import type { Command } from "commander";
import { UsageError } from "../errors.js";
import { MESSAGES } from "../messages.js";
import { OVERRIDE_MESSAGES } from "../answers-messages.js";
import { choiceOption } from "../options/choice-option.js";
import { collect } from "./plan.js";

/**
 * `explain FILE [PATH]`, as validate and diff take their files; `explain --answers FILE [PATH]`
 * keeps working, and then the one argument is the path.
 */
function splitArguments(args: readonly string[], answers: string | undefined): { file: string; path?: string } {
  if (answers !== undefined) {
    if (args.length > 1) throw new UsageError(MESSAGES.explainTooMany);
    return { file: answers, path: args[0] };
  }
  if (args.length === 0) throw new UsageError(MESSAGES.explainNoFile);
  return { file: args[0]!, path: args[1] };
}

export function registerExplain(program: Command): void {
  program
    .command("explain")
    .description("show why each decision was made: the winning rule, its conditions, and why every other rule lost")
    .argument("[file]", "answers file (YAML or JSON); - reads standard input")
    .argument("[path]", "one decision (e.g. gateways[westeurope].sku, circuits[].sku.tier, or a rule's name for it such as gateway.sku), a prefix (circuits[ams-dc-1]) or a finding id (e.g. ER-VPN-F02)")
    .option("-a, --answers <file>", "answers file, instead of the argument")
    .addOption(choiceOption("-f, --format <format>", "output format", ["text", "json"] as const, "text"))
    .option("--set <key=value>", OVERRIDE_MESSAGES.help, collect, [])
    .option("--rules-dir <dir>", "extra rules folder (repeatable)", collect, [])
    .addHelpText("after", "\nExamples:\n  expressroute-advisor explain answers.yaml 'circuits[].sku.tier'\n  expressroute-advisor explain answers.yaml 'gateways[westeurope].sku'\n  expressroute-advisor explain answers.yaml ER-VPN-F02")
    .action(async (first: string | undefined, second: string | undefined, options) => {
      const { file, path } = splitArguments([first, second].filter((a): a is string => a !== undefined), options.answers);
      const { runExplain } = await import("../commands/explain.js");
      process.exitCode = await runExplain(path, { ...options, answers: file });
    });
}
