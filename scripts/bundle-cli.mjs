// Build step: bundles the command line (src/cli/entry.ts and everything it imports, zod, yaml,
// commander and chalk included) into dist/bin/, so a run loads a handful of files instead of
// ~300 modules and an `npx` install needs almost no dependencies. Commands and the prompt
// library stay in separate chunks that load only when used.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
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

const result = await build({
  entryPoints: { entry: "src/cli/entry.ts" },
  outdir: "dist/bin",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  minify: process.env.BUNDLE_NO_MINIFY !== "1",
  // Keeps stack traces of internal errors readable enough to report.
  keepNames: true,
  chunkNames: "chunks/[name]-[hash]",
  metafile: true,
  // Some dependencies are CommonJS and call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  logLevel: "warning",
  plugins: [inquirerWithoutSideEffects()],
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
