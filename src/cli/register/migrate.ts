// Registers `migrate`; its module loads only when it runs.
import type { Command } from "commander";
import { MESSAGES } from "../messages.js";
import { MIGRATE_MESSAGES } from "../answers-messages.js";
import { UsageError } from "../errors.js";

export function registerMigrate(program: Command): void {
  program
    .command("migrate")
    .description(MIGRATE_MESSAGES.description)
    .argument("<file>", "answers file (v1, or v2 to normalise); - reads standard input")
    .option("-o, --output <file>", "write the v2 answers to FILE (- = stdout, the default)")
    .option("--force", "replace an existing output file")
    .addHelpText("after", "\nExample: expressroute-advisor migrate answers-v1.yaml -o answers.yaml")
    .action(async (file: string, options: { output?: string; force?: boolean }) => {
      if (options.output === "") throw new UsageError(MESSAGES.emptyOption("-o, --output"));
      const { runMigrate } = await import("../commands/migrate.js");
      process.exitCode = await runMigrate(file, options);
    });
}
