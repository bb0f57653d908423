// The built entry the bin imports. The two commonest runs skip the command parser: `--version`
// (CONTRACT §1: the version alone), answered before anything else loads, and a plain `plan`
// whose options parseArgs accepts (fast-plan.ts). Everything else, help and errors included,
// goes through commander in main.ts.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PACKAGE_ROOT } from "./package-root.js";

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === "--version" || args[0] === "-V")) {
  const { version } = JSON.parse(readFileSync(join(PACKAGE_ROOT, "package.json"), "utf8")) as { version: string };
  process.stdout.write(`${version}\n`);
} else {
  const { runFastPlan } = await import("./fast-plan.js");
  if (!(await runFastPlan(args))) {
    const { main } = await import("./main.js");
    await main();
  }
}
