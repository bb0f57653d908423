// The built-in rules and catalog, validated once at build time into dist/builtin.json, so a run
// reads one JSON file instead of parsing and validating ~20 YAML files (the YAML parser alone
// takes hundreds of milliseconds). In a development checkout (src/ present) a fingerprint of the
// source files guards against a stale bundle: if a rule or catalog file changed since the build,
// the YAML files are read instead. An installed package cannot change, so it is trusted as built
// (and npm rewrites file times on install, so times could not be compared there anyway).
import { existsSync, readFileSync, readdirSync, realpathSync, statSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import type { CatalogFiles } from "../catalog/catalog.js";
import type { LoadedConstraint, LoadedRule } from "../rules/rule-set.js";
import type { DecisionScope } from "../rules/decisions.js";
import type { FieldTable } from "../answers/fast-validate.js";
import { PACKAGE_ROOT } from "./package-root.js";

export const BUILTIN_BUNDLE_FILE = join(PACKAGE_ROOT, "dist", "builtin.json");
export const BUILTIN_RULES_DIR = join(PACKAGE_ROOT, "rules");
export const CATALOG_DIR = join(PACKAGE_ROOT, "catalog");

export interface BuiltinBundle {
  fingerprint: Fingerprint;
  catalog: CatalogFiles;
  rules: LoadedRule[];
  constraints: LoadedConstraint[];
  /** The answers field table (derived from the zod schema at build time), for the fast check. */
  answerFields: FieldTable;
  /** Each finding rule's scope (findingScopes at build time): a run need not read every template again. */
  scopes: [string, DecisionScope][];
}

/**
 * The *.yaml files of DIR itself, sorted: subfolders are not read, and a link counts only when it
 * leads to a regular file inside DIR, so a loop (`a -> .`) or a link to `/` walks nothing (issue
 * 11). Anything else named *.yaml (a FIFO, a device, a folder) is an error rather than a read that
 * could wait forever. The error carries a code and the entry; load-sources.ts words it.
 */
const badEntry = (code: string, file: string) => Object.assign(new Error(code), { code, file });

export function listYamlFiles(dir: string): string[] {
  const root = realpathSync(dir);
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!/\.ya?ml$/.test(entry.name) || entry.name.startsWith("_") || entry.name.startsWith(".")) continue;
    const path = join(dir, entry.name);
    if (entry.isSymbolicLink()) {
      let target: string;
      try {
        target = realpathSync(path);
      } catch {
        throw badEntry("EBADLINK", path);
      }
      if (dirname(target) !== root && !target.startsWith(`${root}${sep}`)) throw badEntry("EOUTSIDE", path);
      if (!statSync(target).isFile()) throw badEntry("ENOTREG", path);
    } else if (!entry.isFile()) throw badEntry("ENOTREG", path);
    files.push(path);
  }
  return files.sort();
}

export interface Fingerprint {
  /** Names, sizes and modification times: a few stat calls, enough when nothing was touched. */
  stats: string;
  /** CRC-32 of names and contents, consulted when the times differ (a checkout, a touch). */
  contents: number;
}

const sourceFiles = () => [...listYamlFiles(BUILTIN_RULES_DIR), ...listYamlFiles(CATALOG_DIR)];

function statSignature(files: readonly string[]): string {
  return files
    .map((file) => {
      const { size, mtimeMs } = statSync(file);
      return `${relative(PACKAGE_ROOT, file)}:${size}:${Math.trunc(mtimeMs)}`;
    })
    .join("\n");
}

async function contentSignature(files: readonly string[]): Promise<number> {
  const { crc32 } = await import("node:zlib");
  let crc = 0;
  for (const file of files) crc = crc32(readFileSync(file), crc32(relative(PACKAGE_ROOT, file), crc));
  return crc;
}

export async function fingerprintSources(): Promise<Fingerprint> {
  const files = sourceFiles();
  return { stats: statSignature(files), contents: await contentSignature(files) };
}

/** Whether the sources still match the bundle: times first, contents only when they differ. */
async function isFresh(fingerprint: Fingerprint): Promise<boolean> {
  const files = sourceFiles();
  if (statSignature(files) === fingerprint.stats) return true;
  return (await contentSignature(files)) === fingerprint.contents;
}

const IS_CHECKOUT = existsSync(join(PACKAGE_ROOT, "src"));

/** The prebuilt bundle when it exists and matches the source files, else undefined. */
export async function readBuiltinBundle(): Promise<BuiltinBundle | undefined> {
  let bundle: BuiltinBundle;
  try {
    bundle = JSON.parse(readFileSync(BUILTIN_BUNDLE_FILE, "utf8")) as BuiltinBundle;
  } catch {
    return undefined;
  }
  if (!IS_CHECKOUT) return bundle;
  return (await isFresh(bundle.fingerprint)) ? bundle : undefined;
}
