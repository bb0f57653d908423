// The prompt library (@inquirer/prompts), loaded when a question is first asked: `plan --answers`
// never loads it. The command line's bundle keeps it in a module of its own (dist/bin/prompts.js,
// built from prompts-used.ts by scripts/bundle-cli.mjs).
type Prompts = typeof import("./prompts-used.js");

/**
 * Given by the command line's loader (cli-script.ts) to the bundle it runs: a script compiled with
 * a code cache cannot `import()` on Node 20 (the cache loses its import callback), so the loader,
 * an ES module, imports prompts.js for it. Unbundled (tests, the library) there is none.
 */
declare const __importPrompts: (() => Promise<Prompts>) | undefined;

let loading: Promise<Prompts> | undefined;

export function loadPrompts(): Promise<Prompts> {
  return (loading ??= typeof __importPrompts === "function" ? __importPrompts() : import("./prompts-used.js"));
}
