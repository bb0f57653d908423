// Registers `schema` and `validate`; their modules load only when they run.
import type { Command } from "commander";

export function registerSchema(program: Command): void {
  program
    .command("schema")
    .description("print the JSON Schema of the answers file or the design document")
    .argument("<name>", "answers | design")
    .addHelpText("after", "\nExample (editor validation): expressroute-advisor schema answers > answers.schema.json")
    .action(async (name: string) => {
      const { runSchema } = await import("../commands/schema.js");
      process.exitCode = await runSchema(name);
    });

  program
    .command("validate")
    .description("check an answers file (exit 0 valid, 2 invalid) without producing a design")
    .argument("<file>", "answers file; - reads standard input")
    .action(async (file: string) => {
      const { runValidate } = await import("../commands/validate.js");
      process.exitCode = await runValidate(file);
    });
}
