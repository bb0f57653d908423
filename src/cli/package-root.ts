// Where the package lives (rules/, catalog/, package.json), without loading anything else:
// `--version` must not pay for the rule engine.
import { fileURLToPath } from "node:url";

/** dist/cli/ (or src/cli/ under the test runner) is two levels below the package root. */
export const PACKAGE_ROOT = fileURLToPath(new URL("../../", import.meta.url));
