// Registers `plan` from its option table; its module is imported only when the command runs.
import { Option, type Command } from "commander";
import { MESSAGES } from "../messages.js";
import { configureColour } from "../terminal.js";
import { PLAN_HELP_AFTER, PLAN_OPTIONS } from "../options/plan-options.js";

export const collect = (value: string, previous: string[] = []) => [...previous, value];

export function registerPlan(program: Command): void {
  const command = program.command("plan", { isDefault: true }).description(MESSAGES.planDescription);
  for (const spec of Object.values(PLAN_OPTIONS)) {
    const flags = `${"short" in spec ? `-${spec.short}, ` : ""}--${spec.long}${"value" in spec ? ` <${spec.value}>` : ""}`;
    const option = new Option(flags, spec.description);
    if ("choices" in spec) option.choices(spec.choices);
    if ("multiple" in spec) option.argParser(collect).default([]);
    else if ("defaultValue" in spec) option.default(spec.defaultValue);
    command.addOption(option);
  }
  command.addHelpText("after", PLAN_HELP_AFTER).action(async (options) => {
    await configureColour(options);
    const { runPlan } = await import("../commands/plan.js");
    process.exitCode = await runPlan(options);
  });
}
