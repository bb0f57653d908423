// Registers `explain`; its module loads only when it runs.
import { Option, type Command } from "commander";
import { collect } from "./plan.js";

export function registerExplain(program: Command): void {
  program
    .command("explain")
    .description("show why each decision was made: the winning rule, its conditions, and why every other rule lost")
    .argument("[path]", "one decision (e.g. circuits[].sku.tier, gateway.sku) or a finding id (e.g. ER-VPN-F02)")
    .requiredOption("-a, --answers <file>", "answers file (YAML or JSON); - reads standard input")
    .addOption(new Option("-f, --format <format>", "output format").choices(["text", "json"]).default("text"))
    .option("--set <key=value>", "override one answer (repeatable)", collect, [])
    .option("--rules-dir <dir>", "extra rules folder (repeatable)", collect, [])
    .addHelpText("after", "\nExample: expressroute-advisor explain --answers a.yaml circuits[].sku.tier")
    .action(async (path: string | undefined, options) => {
      const { runExplain } = await import("../commands/explain.js");
      process.exitCode = await runExplain(path, options);
    });
}
