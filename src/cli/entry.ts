// The built entry the bin imports. `--version` (docs/contract.md §1: the version alone) is answered
// before anything else loads; every other run, help and errors included, goes through commander
// in main.ts, the one argument parser (issue 13: a second parser drifted from it), which runs from
// dist/bin/cli.js with its code cache (cli-script.ts).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PACKAGE_ROOT } from "./package-root.js";

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === "--version" || args[0] === "-V")) {
  const { version } = JSON.parse(readFileSync(join(PACKAGE_ROOT, "package.json"), "utf8")) as { version: string };
  // The words for a failed stdout load only when it fails: --version stays one small module.
  process.stdout.on("error", (err) => void import("./io/standard-streams.js").then(({ reportStdoutError }) => reportStdoutError(err)));
  process.stderr.on("error", () => undefined);
  process.stdout.write(`${version}\n`);
} else {
  // The rest of the command line is one script run with V8's code cache (cli-script.ts).
  const { compileCliScript, runCliScript } = await import("./cli-script.js");
  await runCliScript(compileCliScript()).main();
}
