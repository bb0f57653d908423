// Where the package lives (rules/, catalog/, package.json), without loading anything else:
// `--version` must not pay for the rule engine.
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The nearest folder above this module with a package.json: the package root, whether this
 * code runs from src/cli (tests), dist/cli (library build) or a bundle chunk in dist/bin/chunks.
 */
function findPackageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "package.json"))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error("expressroute-advisor: cannot find its package.json");
    dir = parent;
  }
  return `${dir}/`;
}

export const PACKAGE_ROOT = findPackageRoot();
