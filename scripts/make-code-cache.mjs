// Build step, after the bundles and dist/builtin.json: writes dist/bin/cli.cache, V8's code cache
// for dist/bin/cli.js (src/cli/cli-script.ts says why). The script is compiled exactly as a run
// compiles it, then plans a one-site v1 file and a multi-site v2 file (JSON and YAML out), so the
// cache holds what a plan compiles — the engine, the rules' facts, the YAML parser, the command
// line — and not only the script's top level. The cache fits the Node version that built it;
// another one compiles from the source instead.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CODE_CACHE_FILE, compileCliScript, createCodeCache, runCliScript } from "../dist/cli/cli-script.js";

const compiled = compileCliScript(false);
const { main } = runCliScript(compiled);
const work = mkdtempSync(join(tmpdir(), "era-code-cache-"));
const runs = [
  ["plan", "--answers", "fixtures/answers/contoso-bank-direct.yaml", "--format", "json"],
  ["plan", "--answers", "fixtures/answers/v2-relecloud-three-hubs.yaml", "--format", "yaml"],
];
// The runs' notes ("wrote …", the v1 note) are the build's business only when a run fails.
const said = [];
const write = process.stderr.write.bind(process.stderr);
process.stderr.write = (chunk, encoding, callback) => {
  said.push(String(chunk));
  (typeof encoding === "function" ? encoding : callback)?.();
  return true;
};
try {
  for (const [i, args] of runs.entries()) {
    await main([process.execPath, "expressroute-advisor", ...args, "--no-input", "-o", join(work, `design-${i}.out`), "--force"]);
    if (process.exitCode) throw new Error(`expressroute-advisor ${args.join(" ")} exited ${process.exitCode}:\n${said.join("")}`);
  }
} finally {
  process.stderr.write = write;
  rmSync(work, { recursive: true, force: true });
}
const cache = createCodeCache(compiled);
writeFileSync(CODE_CACHE_FILE, cache);
console.error(`code cache: dist/bin/cli.cache, ${Math.round(cache.length / 1024)} KB`);
