// The built-in rules and catalog, validated once at build time into dist/builtin.json, so a run
// reads one JSON file instead of parsing and validating ~20 YAML files (the YAML parser alone
// takes hundreds of milliseconds). A fingerprint of the source files guards against a stale
// bundle: if a file in rules/ or catalog/ changed since the build, the YAML files are read instead.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import type { CatalogFiles } from "../catalog/catalog.js";
import type { LoadedRule } from "../rules/rule-set.js";
import type { FieldTable } from "../answers/fast-validate.js";
import { PACKAGE_ROOT } from "./package-root.js";

export const BUILTIN_BUNDLE_FILE = join(PACKAGE_ROOT, "dist", "builtin.json");
export const BUILTIN_RULES_DIR = join(PACKAGE_ROOT, "rules");
export const CATALOG_DIR = join(PACKAGE_ROOT, "catalog");

export interface BuiltinBundle {
  fingerprint: string;
  catalog: CatalogFiles;
  rules: LoadedRule[];
  /** The answers field table (derived from the zod schema at build time), for the fast check. */
  answerFields: FieldTable;
}

/** YAML files of a folder (recursively), sorted so the order never depends on the file system. */
export function listYamlFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => /\.ya?ml$/.test(f) && !f.split(/[\\/]/).some((part) => part.startsWith("_") || part.startsWith(".")))
    .sort()
    .map((f) => join(dir, f));
}

/**
 * Names, sizes and modification times of every built-in rule and catalog file: enough to notice
 * an edit since the build (then the YAML is read instead), at the cost of a few stat calls.
 */
export function fingerprintSources(): string {
  return [...listYamlFiles(BUILTIN_RULES_DIR), ...listYamlFiles(CATALOG_DIR)]
    .map((file) => {
      const { size, mtimeMs } = statSync(file);
      return `${relative(PACKAGE_ROOT, file)}:${size}:${Math.trunc(mtimeMs)}`;
    })
    .join("\n");
}

/** The prebuilt bundle when it exists and matches the source files, else undefined. */
export function readBuiltinBundle(): BuiltinBundle | undefined {
  let bundle: BuiltinBundle;
  try {
    bundle = JSON.parse(readFileSync(BUILTIN_BUNDLE_FILE, "utf8")) as BuiltinBundle;
  } catch {
    return undefined;
  }
  return bundle.fingerprint === fingerprintSources() ? bundle : undefined;
}
