// Golden files, compared byte for byte. A missing golden fails (locally and in CI alike): goldens
// are written only by `npm run update-goldens` (UPDATE_GOLDENS=1), never as a side effect of a
// test run, so a fixture added without its golden cannot pass by writing what it produced.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { relative } from "node:path";
import { expect } from "vitest";
import { ROOT } from "./run-cli.js";

export const UPDATING_GOLDENS = process.env.UPDATE_GOLDENS === "1";

export function expectGolden(actual: string, file: string): void {
  const name = relative(ROOT, file);
  if (UPDATING_GOLDENS) {
    if (!existsSync(file) || readFileSync(file, "utf8") !== actual) writeFileSync(file, actual);
    return;
  }
  if (!existsSync(file)) throw new Error(`golden file ${name} is missing; write it with \`npm run update-goldens\` and review it`);
  expect(actual, `${name} differs; if the change is intended, run \`npm run update-goldens\` and review the diff`).toBe(readFileSync(file, "utf8"));
}
