// Runs the command line (dist/bin/cli.js, one script bundled by scripts/bundle-cli.mjs) with V8's
// code cache (dist/bin/cli.cache, written at build time by scripts/make-code-cache.mjs after a
// few representative plans). Node 20 keeps no compiled code between runs of ES modules; a classic
// script compiled through node:vm can be handed the cache, so a run skips parsing and compiling
// what the cache holds (the engine, the facts, the YAML parser): about a quarter of a one-site
// plan's time. V8 checks the cache against its own version, its flags and the source's length,
// and compiles from source when it does not fit (another Node version): slower, never different.
// A new bundle deletes the old cache (scripts/bundle-cli.mjs), so a cache never meets a script
// it was not made from.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import vm from "node:vm";
import { PACKAGE_ROOT } from "./package-root.js";

export const CLI_SCRIPT_FILE = join(PACKAGE_ROOT, "dist", "bin", "cli.js");
export const CODE_CACHE_FILE = join(PACKAGE_ROOT, "dist", "bin", "cli.cache");

/** What dist/bin/cli.js returns: src/cli/main.ts's exports. */
export interface CliModule {
  main(argv?: readonly string[]): Promise<void>;
}

/**
 * The bundle is an IIFE assigned to `__cli`; wrapped in a function, it is handed the `require` a
 * bundled CommonJS dependency calls, the URL `import.meta.url` stands for (the bundle defines it
 * as `__cliUrl`) and the import of the prompt library (questionnaire/prompt-library.ts), and
 * returns the module.
 */
const wrap = (source: string) => `(function (require, __cliUrl, __importPrompts) {${source}\nreturn __cli;\n})`;

const PROMPTS_URL = pathToFileURL(join(PACKAGE_ROOT, "dist", "bin", "prompts.js")).href;

/** The compiled script, with the code cache when there is one (check `cachedDataRejected`). */
export function compileCliScript(cachedData: Buffer | undefined = readCodeCache()): vm.Script {
  return new vm.Script(wrap(readFileSync(CLI_SCRIPT_FILE, "utf8")), {
    filename: CLI_SCRIPT_FILE,
    cachedData,
  });
}

export function runCliScript(script: vm.Script): CliModule {
  const factory = script.runInThisContext() as (require: NodeJS.Require, url: string, importPrompts: () => Promise<unknown>) => CliModule;
  return factory(createRequire(CLI_SCRIPT_FILE), pathToFileURL(CLI_SCRIPT_FILE).href, () => import(PROMPTS_URL));
}

function readCodeCache(): Buffer | undefined {
  try {
    return readFileSync(CODE_CACHE_FILE);
  } catch {
    // No cache (a build without one): V8 compiles from the source.
    return undefined;
  }
}
