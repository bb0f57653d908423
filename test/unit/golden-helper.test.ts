// The golden check itself: a missing golden fails and is not written; a different one fails.
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { expectGolden, UPDATING_GOLDENS } from "../helpers/golden.js";

describe.skipIf(UPDATING_GOLDENS)("expectGolden", () => {
  const dir = mkdtempSync(join(tmpdir(), "golden-"));

  it("fails on a missing golden and does not write it", () => {
    const file = join(dir, "missing.yaml");
    expect(() => expectGolden("text\n", file)).toThrow(/golden file .*missing\.yaml is missing; write it with `npm run update-goldens`/);
    expect(existsSync(file)).toBe(false);
  });

  it("fails on a golden that differs by one byte, passes on the same bytes", () => {
    const file = join(dir, "present.yaml");
    writeFileSync(file, "a: 1\n");
    expect(() => expectGolden("a: 1", file)).toThrow(/differs/);
    expect(() => expectGolden("a: 1\n", file)).not.toThrow();
  });
});
