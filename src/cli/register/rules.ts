// Registers `rules list | lint | test | doc`; the module loads only when one runs.
import type { Command } from "commander";
import { collect } from "./plan.js";

export function registerRules(program: Command): void {
  const rules = program.command("rules").description("list, lint, test and document the rule set (built-in plus --rules-dir folders)");
  const load = () => import("../commands/rules.js");
  rules
    .command("list")
    .description("list every rule: id, priority, what it decides, title, file")
    .option("--rules-dir <dir>", "extra rules folder (repeatable)", collect, [])
    .action(async (o) => {
      process.exitCode = await (await load()).runRulesList(o.rulesDir);
    });
  rules
    .command("lint")
    .description("check rules: schema, unknown facts or decisions, type mismatches, missing defaults, equal-priority overlaps, rules that can never fire (exit 2 on problems)")
    .argument("[dir]", "rules folder to lint on top of the built-in rules")
    .option("--rules-dir <dir>", "extra rules folder loaded before DIR (repeatable)", collect, [])
    .action(async (dir, o) => {
      process.exitCode = await (await load()).runRulesLint(dir, o.rulesDir);
    });
  rules
    .command("test")
    .description("run the example cases (valid/invalid answers) of the rules in DIR, or of the built-in rules (exit 1 on failures, 2 on bad rules)")
    .argument("[dir]", "rules folder whose cases to run, on top of the built-in rules")
    .option("--rules-dir <dir>", "extra rules folder loaded before DIR (repeatable)", collect, [])
    .action(async (dir, o) => {
      process.exitCode = await (await load()).runRulesTest(dir, o.rulesDir);
    });
  rules
    .command("doc")
    .description("write one Markdown page per rule and an index")
    .option("--out <dir>", "output folder", "docs/rules")
    .option("--force", "write into a folder that already holds files (replacing the rule pages and README.md in it)")
    .option("--rules-dir <dir>", "extra rules folder (repeatable)", collect, [])
    .action(async (o) => {
      process.exitCode = await (await load()).runRulesDoc(o.out, o.rulesDir, o.force === true);
    });
}
