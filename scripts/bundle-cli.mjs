// Build step: bundles the command line into dist/bin/, so a run reads three files instead of
// ~300 modules and an `npx` install needs almost no dependencies:
// - entry.js (src/cli/entry.ts): answers --version alone, else runs cli.js (src/cli/cli-script.ts);
// - cli.js (src/cli/main.ts and everything it imports: commands, engine, rules, zod, yaml,
//   commander, chalk): one classic script, so that V8's code cache can serve it
//   (scripts/make-code-cache.mjs writes cli.cache after the built-in bundle exists); modules a
//   run does not need are bundled but never initialised;
// - prompts.js (src/cli/questionnaire/prompts-used.ts): the prompt library, an ES module of its
//   own that only the questionnaire loads.
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { createRequire } from "node:module";
import { build } from "esbuild";

const require = createRequire(import.meta.url);

/**
 * @inquirer/prompts re-exports every prompt (the editor prompt drags in iconv-lite's encoding
 * tables, ~600 KB) and declares no "sideEffects": false, so esbuild keeps them all. Its modules
 * have no side effects on import; saying so lets the bundle keep only the prompts we use.
 */
function inquirerWithoutSideEffects() {
  return {
    name: "inquirer-without-side-effects",
    setup(b) {
      b.onResolve({ filter: /^@inquirer\// }, async (args) => {
        if (args.pluginData?.inquirer) return undefined;
        const resolved = await b.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: { inquirer: true } });
        return resolved.errors.length > 0 ? undefined : { ...resolved, sideEffects: false };
      });
    },
  };
}

/**
 * yaml ships the same sources twice: CommonJS for Node (dist/, chosen by its "node" export
 * condition) and ES modules (browser/dist/). The ES build bundles into plain scope-hoisted code,
 * where the CommonJS one runs ~70 module wrappers on every start; the two differ only in how a
 * warning is printed (console.warn instead of process.emitWarning; every parse here sets
 * logLevel "error") and in the YAML 1.1 !!binary tag, which the answers' YAML 1.2 core schema
 * does not read.
 */
function yamlAsEsModules() {
  return {
    name: "yaml-as-es-modules",
    setup(b) {
      b.onResolve({ filter: /^yaml$/ }, () => ({ path: join(dirname(require.resolve("yaml/package.json")), "browser/dist/index.js") }));
    },
  };
}

/**
 * In cli.js, the prompt library is the separate module prompts.js, which cli-script.ts imports for
 * the script (prompt-library.ts); the script's own fallback to it is never reached.
 */
function promptsAsOwnModule() {
  return {
    name: "prompts-as-own-module",
    setup(b) {
      b.onResolve({ filter: /\/prompts-used\.js$/ }, () => ({ path: "./prompts.js", external: true }));
    },
  };
}

const common = {
  bundle: true,
  platform: "node",
  target: "node20",
  minify: process.env.BUNDLE_NO_MINIFY !== "1",
  // No keepNames: it wraps every function in a name-setting call at load, which cost a one-site
  // `plan` about 8 % of its time (issue 14's budget). Error classes set their own names. An
  // internal error's stack then shows minified names: `BUNDLE_SOURCEMAP=1 npm run build` on the
  // same version writes source maps beside the bundles (the build is deterministic), and
  // docs/development.md says how to read a reported stack with them.
  sourcemap: process.env.BUNDLE_SOURCEMAP === "1" ? "linked" : false,
  sourcesContent: false,
  metafile: true,
  logLevel: "warning",
};

// A cache is only for the cli.js it was made from (cli-script.ts checks its CRC-32): a new bundle
// drops the old one, and make-code-cache.mjs writes the new one.
rmSync("dist/bin/cli.cache", { force: true });

const results = await Promise.all([
  build({
    ...common,
    entryPoints: { entry: "src/cli/entry.ts" },
    outdir: "dist/bin",
    format: "esm",
    splitting: true,
    chunkNames: "chunks/[name]-[hash]",
  }),
  build({
    ...common,
    entryPoints: { cli: "src/cli/main.ts" },
    outdir: "dist/bin",
    format: "iife",
    // cli-script.ts wraps the script in a function that is handed `require` and `__cliUrl`, and returns `__cli`.
    globalName: "__cli",
    define: { "import.meta.url": "__cliUrl" },
    // No import() in the script: on Node 20 a script compiled with a code cache loses its import
    // callback, so a `node:` module loaded lazily is required instead, and the prompt library is
    // imported by cli-script.ts for the script (questionnaire/prompt-library.ts).
    supported: { "dynamic-import": false },
    plugins: [yamlAsEsModules(), promptsAsOwnModule()],
  }),
  build({
    ...common,
    entryPoints: { prompts: "src/cli/questionnaire/prompts-used.ts" },
    outdir: "dist/bin",
    format: "esm",
    // Some of the prompt library's dependencies are CommonJS and call require(); give the ES module one.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    plugins: [inquirerWithoutSideEffects()],
  }),
]);

// The licences of every bundled package, as their MIT/ISC terms require.
const packages = new Set();
for (const result of results) {
  for (const input of Object.keys(result.metafile.inputs)) {
    const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (m) packages.add(m[1]);
  }
}
const notices = [...packages].sort().map((name) => {
  const dir = join("node_modules", name);
  const { version, license } = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
  const file = readdirSync(dir).find((f) => /^licen[cs]e/i.test(f));
  const text = file ? readFileSync(join(dir, file), "utf8").trim() : `License: ${license}`;
  return `${name}@${version} (${license})\n\n${text}\n`;
});
writeFileSync("dist/bin/THIRD-PARTY-LICENSES.txt", `Packages bundled into dist/bin:\n\n${notices.join(`\n${"-".repeat(72)}\n\n`)}`);
