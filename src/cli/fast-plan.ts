// The fast path's one lazy import: a plain `plan` run whose options parseArgs accepts, without
// the command parser. Returns false when the arguments need commander (help, another command,
// an option parseArgs rejects), which then explains them.
import { runGuarded } from "./report-error.js";
import { configureColour } from "./terminal.js";
import { runPlan } from "./commands/plan.js";
import { parsePlanArgs } from "./options/parse-plan-args.js";

export async function runFastPlan(args: readonly string[]): Promise<boolean> {
  const options = args.includes("-h") || args.includes("--help") ? undefined : parsePlanArgs(args);
  if (!options) return false;
  await runGuarded(async () => {
    await configureColour(options);
    return runPlan(options);
  });
  return true;
}
