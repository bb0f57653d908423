// Runs the command line (dist/bin/cli.js, one script bundled by scripts/bundle-cli.mjs) with V8's
// code cache (dist/bin/cli.cache, written at build time by scripts/make-code-cache.mjs after a
// few representative plans). Node 20 keeps no compiled code between runs of ES modules; a classic
// script compiled through node:vm can be handed the cache, so a run skips parsing and compiling
// what the cache holds (the engine, the facts, the YAML parser): about a quarter of a one-site
// plan's time. V8 checks the cache against its own version and flags, and compiles from source
// when it does not fit (another Node version): slower, never different. Of the source V8 checks
// only the length, so the cache starts with the CRC-32 of the cli.js it was made from, and is used
// only for that content (an edited or patched cli.js compiles from source).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import vm from "node:vm";
import { crc32 } from "node:zlib";
import { PACKAGE_ROOT } from "./package-root.js";

export const CLI_SCRIPT_FILE = join(PACKAGE_ROOT, "dist", "bin", "cli.js");
export const CODE_CACHE_FILE = join(PACKAGE_ROOT, "dist", "bin", "cli.cache");
const PROMPTS_URL = pathToFileURL(join(PACKAGE_ROOT, "dist", "bin", "prompts.js")).href;

/** What dist/bin/cli.js returns: src/cli/main.ts's exports. */
export interface CliModule {
  main(argv?: readonly string[]): Promise<void>;
}

export interface CompiledCli {
  script: vm.Script;
  /** CRC-32 of the cli.js compiled: a cache is only for this content. */
  sourceCrc: number;
}

/**
 * The bundle is an IIFE assigned to `__cli`; wrapped in a function, it is handed the `require` a
 * bundled CommonJS dependency calls, the URL `import.meta.url` stands for (the bundle defines it
 * as `__cliUrl`) and the import of the prompt library (questionnaire/prompt-library.ts), and
 * returns the module. The wrapper has a line of its own (lineOffset -1), so the positions in a
 * stack are the file's own.
 */
const wrap = (source: string) => `(function (require, __cliUrl, __importPrompts) {\n${source}\nreturn __cli;\n})`;

/** The compiled script, with the code cache when there is one made from this very cli.js (else `cachedData` is not given). */
export function compileCliScript(useCache = true): CompiledCli {
  const source = readFileSync(CLI_SCRIPT_FILE);
  const sourceCrc = crc32(source);
  const script = new vm.Script(wrap(source.toString("utf8")), {
    filename: CLI_SCRIPT_FILE,
    lineOffset: -1,
    cachedData: useCache ? readCodeCache(sourceCrc) : undefined,
  });
  return { script, sourceCrc };
}

export function runCliScript({ script }: CompiledCli): CliModule {
  const factory = script.runInThisContext() as (require: NodeJS.Require, url: string, importPrompts: () => Promise<unknown>) => CliModule;
  return factory(createRequire(CLI_SCRIPT_FILE), pathToFileURL(CLI_SCRIPT_FILE).href, () => import(PROMPTS_URL));
}

/** The cache file's bytes: the source's CRC-32 (4 bytes, little-endian), then V8's code cache. */
export function createCodeCache({ script, sourceCrc }: CompiledCli): Buffer {
  const header = Buffer.alloc(4);
  header.writeUInt32LE(sourceCrc >>> 0);
  return Buffer.concat([header, script.createCachedData()]);
}

function readCodeCache(sourceCrc: number): Buffer | undefined {
  let file: Buffer;
  try {
    file = readFileSync(CODE_CACHE_FILE);
  } catch {
    // No cache (a build without one): V8 compiles from the source.
    return undefined;
  }
  return file.length > 4 && file.readUInt32LE(0) === sourceCrc >>> 0 ? file.subarray(4) : undefined;
}
