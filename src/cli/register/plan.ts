// Registers `plan` from its option table; its module is imported only when the command runs.
import { Option, type Command } from "commander";
import { MESSAGES } from "../messages.js";
import { UsageError } from "../errors.js";
import { parseChoice } from "../options/choice-option.js";
import { PLAN_HELP_AFTER, PLAN_OPTIONS } from "../options/plan-options.js";

export const collect = (value: string, previous: string[] = []) => [...previous, value];

export function registerPlan(program: Command): void {
  const command = program
    .command("plan", { isDefault: true })
    .description(MESSAGES.planDescription)
    .argument("[file]", "answers file (YAML or JSON); - reads standard input");
  for (const spec of Object.values(PLAN_OPTIONS)) {
    const flags = `${"short" in spec ? `-${spec.short}, ` : ""}--${spec.long}${"value" in spec ? ` <${spec.value}>` : ""}`;
    const option = new Option(flags, spec.description);
    if ("choices" in spec) option.choices(spec.choices).argParser(parseChoice(spec.choices, spec.aliases));
    if ("multiple" in spec) option.argParser(collect).default([]);
    command.addOption(option);
  }
  command.addHelpText("after", PLAN_HELP_AFTER).action(async (file: string | undefined, options) => {
    // The file as an argument (as validate and diff take it) or with --answers, not both.
    if (file !== undefined && options.answers !== undefined) throw new UsageError(MESSAGES.answersTwice(file, options.answers));
    const { runPlan } = await import("../commands/plan.js");
    process.exitCode = await runPlan({ ...options, answers: options.answers ?? file });
  });
}
