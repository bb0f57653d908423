// The built entry the bin imports. The two commonest runs skip the command parser: `--version`
// (CONTRACT §1: the version alone), answered before anything else loads, and a plain `plan`
// whose options parseArgs accepts. Everything else, help and errors included, goes through
// commander in main.ts.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PACKAGE_ROOT } from "./package-root.js";

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === "--version" || args[0] === "-V")) {
  const { version } = JSON.parse(readFileSync(join(PACKAGE_ROOT, "package.json"), "utf8")) as { version: string };
  process.stdout.write(`${version}\n`);
} else {
  const { parsePlanArgs } = await import("./options/parse-plan-args.js");
  const planOptions = args.includes("-h") || args.includes("--help") ? undefined : parsePlanArgs(args);
  if (planOptions) {
    // One round of loading: the three imports resolve in parallel.
    const [{ runGuarded }, { configureColour }, { runPlan }] = await Promise.all([
      import("./report-error.js"),
      import("./terminal.js"),
      import("./commands/plan.js"),
    ]);
    await runGuarded(async () => {
      await configureColour(planOptions);
      return runPlan(planOptions);
    });
  } else {
    const { main } = await import("./main.js");
    await main();
  }
}
