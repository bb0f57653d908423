// Build step: bundles the command line (src/cli/entry.ts and everything it imports, zod, yaml,
// commander and chalk included) into dist/bin/, so a run loads a handful of files instead of
// ~300 modules and an `npx` install needs almost no dependencies. Commands and the prompt
// library stay in separate chunks that load only when used.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

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
      b.onResolve({ filter: /^yaml$/ }, () => ({ path: fileURLToPath(new URL("../node_modules/yaml/browser/dist/index.js", import.meta.url)) }));
    },
  };
}

const result = await build({
  entryPoints: { entry: "src/cli/entry.ts" },
  outdir: "dist/bin",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  minify: process.env.BUNDLE_NO_MINIFY !== "1",
  // No keepNames: it wraps every function in a name-setting call at load, which cost a one-site
  // `plan` about 8 % of its time (issue 14's budget). Error classes set their own names. An
  // internal error's stack then shows minified names: `BUNDLE_SOURCEMAP=1 npm run build` on the
  // same version writes source maps beside the chunks (the build is deterministic), and
  // `NODE_OPTIONS=--enable-source-maps` maps a rerun's stack onto src/ (docs/development.md).
  sourcemap: process.env.BUNDLE_SOURCEMAP === "1" ? "linked" : false,
  sourcesContent: false,
  chunkNames: "chunks/[name]-[hash]",
  metafile: true,
  // Some dependencies are CommonJS and call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  logLevel: "warning",
  plugins: [inquirerWithoutSideEffects(), yamlAsEsModules()],
});

// The licences of every bundled package, as their MIT/ISC terms require.
const packages = new Set();
for (const input of Object.keys(result.metafile.inputs)) {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
  if (m) packages.add(m[1]);
}
const notices = [...packages].sort().map((name) => {
  const dir = join("node_modules", name);
  const { version, license } = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
  const file = readdirSync(dir).find((f) => /^licen[cs]e/i.test(f));
  const text = file ? readFileSync(join(dir, file), "utf8").trim() : `License: ${license}`;
  return `${name}@${version} (${license})\n\n${text}\n`;
});
writeFileSync("dist/bin/THIRD-PARTY-LICENSES.txt", `Packages bundled into dist/bin:\n\n${notices.join(`\n${"-".repeat(72)}\n\n`)}`);
