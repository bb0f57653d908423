// Build step: bundles the command line (src/cli/entry.ts and everything it imports, zod and
// yaml included) into dist/bin/, so a run loads a handful of files instead of ~300 modules.
// Commands and the prompt library stay in separate chunks that load only when used.
import { build } from "esbuild";

await build({
  entryPoints: { entry: "src/cli/entry.ts" },
  outdir: "dist/bin",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  minify: true,
  // Keeps stack traces of internal errors readable enough to report.
  keepNames: true,
  chunkNames: "chunks/[name]-[hash]",
  legalComments: "none",
  // Some dependencies are CommonJS and call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  logLevel: "warning",
});
