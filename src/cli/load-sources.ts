// Reads and validates rule and catalog YAML files: the slow path, for --rules-dir folders, a
// stale or missing prebuilt bundle, and the build step that makes the bundle.
import { join, relative } from "node:path";
import { CATALOG_FILES, type CatalogFileName } from "../catalog/schema.js";
import type { CatalogFiles } from "../catalog/catalog.js";
import { describeZodIssue, formatZodPath } from "../rule-tooling/zod-wording.js";
import { compileRules, type RuleIssue, type RuleSet, type RuleSource } from "../rule-tooling/compile.js";
import { BUILTIN_RULES_DIR, CATALOG_DIR, listYamlFiles } from "./builtin-bundle.js";
import { InputError, type LocatedIssue } from "./errors.js";
import { readDataFile } from "./io/read-data-file.js";
import { PACKAGE_ROOT } from "./package-root.js";
import { MESSAGES } from "./messages.js";
import { computeWithDefaultSignals } from "./report-error.js";

export { PACKAGE_ROOT, BUILTIN_RULES_DIR, CATALOG_DIR };

/** Built-in files are named from the package root, custom ones from the working folder. */
const displayName = (file: string) => {
  const builtin = relative(PACKAGE_ROOT, file);
  if (!builtin.startsWith("..") && (builtin.startsWith("rules") || builtin.startsWith("catalog"))) return builtin;
  const rel = relative(process.cwd(), file);
  return rel.startsWith("..") ? file : rel;
};

/** Reads and validates the catalog YAML files. */
export async function readCatalogFiles(dir = CATALOG_DIR): Promise<CatalogFiles> {
  const files: Partial<CatalogFiles> = {};
  for (const name of Object.keys(CATALOG_FILES) as CatalogFileName[]) {
    const file = await readDataFile(join(dir, `${name}.yaml`));
    const result = CATALOG_FILES[name].safeParse(file.data);
    if (!result.success) {
      throw new InputError(
        file.name,
        result.error.issues.slice(0, 10).map((i) => {
          const path = formatZodPath(i.path);
          return { path, message: describeZodIssue(i, file.data), line: file.lineOf(path) };
        }),
      );
    }
    (files as Record<string, unknown>)[name] = result.data;
  }
  return files as CatalogFiles;
}

/** YAML files of a rules folder, sorted so that loading order never depends on the file system. */
export function listRuleFiles(dir: string): string[] {
  try {
    return listYamlFiles(dir);
  } catch (err) {
    const { code, file } = err as NodeJS.ErrnoException & { file?: string };
    // A bad entry names itself (a FIFO, a link out of the folder); a bad folder names the folder.
    if (file) throw new InputError(displayName(file), [{ path: "", message: MESSAGES.badRuleEntry(code) }]);
    throw new InputError(dir, [{ path: "", message: code === "ENOENT" ? "no such rules folder" : code === "ENOTDIR" ? "not a folder" : String(code) }]);
  }
}

export async function readRuleSources(dirs: readonly string[]): Promise<{ sources: RuleSource[]; lineOf: Map<string, (p: string) => number | undefined> }> {
  const sources: RuleSource[] = [];
  const lineOf = new Map<string, (p: string) => number | undefined>();
  for (const [layer, dir] of dirs.entries()) {
    const files = listRuleFiles(dir);
    if (files.length === 0) throw new InputError(displayName(dir), [{ path: "", message: "no rule files (*.yaml) in this folder" }]);
    for (const path of files) {
      const file = await readDataFile(path);
      const name = displayName(path);
      sources.push({ file: name, data: file.data, layer });
      lineOf.set(name, file.lineOf);
    }
  }
  return { sources, lineOf };
}

/** Rule-issue paths look like "rules[3] (ER-X-001).when.all[0]"; strip the label for line lookup. */
const toKeyPath = (path: string) => path.replace(/ \([^)]*\)/, "");

/** Rule issues with their own file and, where the key path is found, their line. */
export function locateRuleIssues(issues: readonly RuleIssue[], lineOf: ReadonlyMap<string, (p: string) => number | undefined>): LocatedIssue[] {
  return issues.map((i) => ({ file: i.file, path: i.path, message: i.message, line: lineOf.get(i.file)?.(toKeyPath(i.path)) }));
}

/** Reads and compiles the rule folders; parsing and compiling are CPU work a signal ends at once. */
export async function compileRuleLayers(extraDirs: readonly string[] = []) {
  return computeWithDefaultSignals(async () => {
    const { sources, lineOf } = await readRuleSources([BUILTIN_RULES_DIR, ...extraDirs]);
    return { result: compileRules(sources), lineOf, customFiles: new Set(sources.filter((s) => (s.layer ?? 0) > 0).map((s) => s.file)) };
  });
}

export async function loadRuleSet(extraDirs: readonly string[] = []): Promise<RuleSet> {
  const { result, lineOf } = await compileRuleLayers(extraDirs);
  if (result.ok) return result.ruleSet;
  throw new InputError(result.issues[0]!.file, locateRuleIssues(result.issues, lineOf));
}
