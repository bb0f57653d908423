// The source's layering, checked from its import statements: each folder imports only its own
// layer or lower ones (the rule tooling sits above the rule model and the engine, which never
// import it), the pure core never imports the CLI, Node built-ins or terminal libraries, and no
// file imports itself round a cycle.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/run-cli.js";

/** Layers, lowest first; a file may import from its own layer or a lower one. */
const LAYERS: [string, number][] = [
  ["src/text/", 0],
  ["src/answers/", 1],
  ["src/catalog/", 1],
  ["src/prices/", 1], // the Retail Prices API's items as a price book, and which meter prices what
  ["src/rules/", 2], // the rule model the engine runs: decision slots, derived facts, rule types
  ["src/engine/", 3],
  ["src/design/", 3], // the design document is built from an evaluation, and is what the engine returns
  ["src/explain/", 4],
  ["src/diff/", 4],
  ["src/bom/", 4], // the bill of materials: a design, its answers and prices → what to order, priced
  ["src/rule-tooling/", 4], // schema, compile, lint, doc, cases: what authors and the build use
  ["src/export/", 4], // infrastructure as code from a design: ARM template, Terraform
  ["src/advise.ts", 5],
  ["src/index.ts", 6],
  ["src/cli/", 7],
];
const TERMINAL_PACKAGES = ["chalk", "commander", "@inquirer/prompts", "yaml"];

const SRC = join(ROOT, "src");
const files = (readdirSync(SRC, { recursive: true }) as string[]).filter((f) => f.endsWith(".ts")).map((f) => `src/${f.split("\\").join("/")}`);

interface Edge {
  from: string;
  to: string;
  typeOnly: boolean;
}

function importsOf(file: string): { specifier: string; typeOnly: boolean }[] {
  const text = readFileSync(join(ROOT, file), "utf8");
  const found: { specifier: string; typeOnly: boolean }[] = [];
  for (const m of text.matchAll(/^\s*(import|export)\s+(type\s+)?[^;]*?\sfrom\s+"([^"]+)"/gms)) found.push({ specifier: m[3]!, typeOnly: Boolean(m[2]) });
  for (const m of text.matchAll(/^\s*import\s+"([^"]+)"/gm)) found.push({ specifier: m[1]!, typeOnly: false });
  for (const m of text.matchAll(/import\(\s*"([^"]+)"\s*\)/g)) found.push({ specifier: m[1]!, typeOnly: false });
  return found;
}

const edges: Edge[] = [];
const packages: { from: string; name: string }[] = [];
for (const file of files) {
  for (const { specifier, typeOnly } of importsOf(file)) {
    if (!specifier.startsWith(".")) {
      packages.push({ from: file, name: specifier });
      continue;
    }
    const to = relative(ROOT, join(ROOT, dirname(file), specifier)).split("\\").join("/").replace(/\.js$/, ".ts");
    edges.push({ from: file, to, typeOnly });
  }
}

const layerOf = (file: string) => LAYERS.find(([prefix]) => file.startsWith(prefix))?.[1];

describe("layering", () => {
  it("reads the imports (the parser finds the known ones)", () => {
    expect(edges).toContainEqual({ from: "src/rule-tooling/cases.ts", to: "src/engine/plan-design.ts", typeOnly: false });
    expect(edges).toContainEqual({ from: "src/engine/conditions.ts", to: "src/rules/rule-types.ts", typeOnly: true });
    expect(edges.every((e) => files.includes(e.to)), JSON.stringify(edges.filter((e) => !files.includes(e.to)))).toBe(true);
  });

  it("places every source file in a layer", () => {
    expect(files.filter((f) => layerOf(f) === undefined)).toEqual([]);
  });

  it("has no upward import", () => {
    const upward = edges.filter((e) => layerOf(e.to)! > layerOf(e.from)!).map((e) => `${e.from} -> ${e.to}`);
    expect(upward).toEqual([]);
  });

  it("keeps the core free of Node built-ins and terminal libraries", () => {
    const core = packages.filter((p) => !p.from.startsWith("src/cli/") && (p.name.startsWith("node:") || TERMINAL_PACKAGES.includes(p.name)));
    expect(core.map((p) => `${p.from} -> ${p.name}`)).toEqual([]);
  });

  it("has no import cycles", () => {
    const next = new Map<string, string[]>();
    for (const e of edges) next.set(e.from, [...(next.get(e.from) ?? []), e.to]);
    const cycles: string[] = [];
    const state = new Map<string, "visiting" | "done">();
    const visit = (file: string, path: string[]) => {
      if (state.get(file) === "done") return;
      if (state.get(file) === "visiting") {
        cycles.push([...path.slice(path.indexOf(file)), file].join(" -> "));
        return;
      }
      state.set(file, "visiting");
      for (const to of next.get(file) ?? []) visit(to, [...path, file]);
      state.set(file, "done");
    };
    for (const file of files) visit(file, []);
    expect(cycles).toEqual([]);
  });
});
