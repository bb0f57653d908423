// Registers `plan`; its module is imported only when the command runs.
import { Option, type Command } from "commander";
import { MESSAGES } from "../messages.js";
import { configureColour } from "../terminal.js";
import { OUTPUT_FORMATS } from "../format/formats.js";

export const collect = (value: string, previous: string[] = []) => [...previous, value];

export function registerPlan(program: Command): void {
  program
    .command("plan", { isDefault: true })
    .description(MESSAGES.planDescription)
    .option("-a, --answers <file>", "answers file (YAML or JSON); - reads standard input")
    .addOption(new Option("-f, --format <format>", "output format").choices(OUTPUT_FORMATS).default("yaml"))
    .option("-o, --output <file>", "write the document to FILE (- = stdout)", "-")
    .option("--force", "replace an existing output file")
    .option("--no-input", "never prompt (implied by CI=true or a non-terminal stdin)")
    .option("--no-color", "no colour on stderr (also NO_COLOR)")
    .option("--set <key=value>", "override one answer, e.g. --set bandwidth.requiredMbps=20000 (repeatable)", collect, [])
    .option("--save-answers <file>", "after the questionnaire, write the final answers file here")
    .option("--rules-dir <dir>", "extra rules folder; its rules add to or replace built-in ones by id (repeatable)", collect, [])
    .addHelpText(
      "after",
      `
Examples:
  expressroute-advisor plan --answers answers.yaml > design.yaml
  expressroute-advisor plan --answers answers.yaml --format json -o design.json
  cat answers.yaml | expressroute-advisor plan --answers - --no-input

Exit codes: 0 design produced; 2 bad usage or invalid answers/rules; 3 design has an error
finding (a requirement cannot be met as stated); 130 interrupted; 1 internal error.`,
    )
    .action(async (options) => {
      configureColour(options);
      const { runPlan } = await import("../commands/plan.js");
      process.exitCode = await runPlan(options);
    });

}
