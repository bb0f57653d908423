// `npm run update-goldens`: rebuilds, then rewrites the golden designs, reports and exports from what the
// code now produces. The only way goldens are written; review the diff before committing.
import { spawnSync } from "node:child_process";

const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const npx = process.platform === "win32" ? "npx.cmd" : "npx";
const run = (cmd, args, env = process.env) => {
  // npm.cmd is a batch file: Node runs those only through a shell (Node 20.12+).
  const r = spawnSync(cmd, args, { stdio: "inherit", env, shell: process.platform === "win32" });
  if (r.error) console.error(`${cmd} ${args.join(" ")}: ${r.error.message}`);
  if (r.status !== 0) process.exit(r.status ?? 1);
};
run(npm, ["run", "build"]);
run(npx, ["vitest", "run", "test/golden.test.ts", "test/unit/report-golden.test.ts", "test/cli/report.test.ts", "test/export-golden.test.ts", "test/bom-golden.test.ts"], { ...process.env, UPDATE_GOLDENS: "1" });
