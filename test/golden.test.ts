// Golden designs: every fixture answers file must produce its committed design byte for byte.
// Regenerate after an intended change with `npm run update-goldens` and review the diff; a missing
// golden fails the run (see helpers/golden.ts).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { adviseDesign } from "../src/advise.js";
import { renderDesign } from "../src/cli/format/render.js";
import { getBundle } from "./helpers/bundle.js";
import { expectGolden } from "./helpers/golden.js";
import { ROOT } from "./helpers/run-cli.js";

const answersDir = join(ROOT, "fixtures/answers");
const fixtures = readdirSync(answersDir).filter((f) => f.endsWith(".yaml")).sort();

describe("golden designs", () => {
  it("has at least 20 fixture organisations", () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(20);
  });

  it.each(fixtures)("%s", async (file) => {
    const { catalog, ruleSet } = await getBundle();
    const raw = parse(readFileSync(join(answersDir, file), "utf8"));
    const first = adviseDesign(raw, catalog, ruleSet);
    expect(first.ok, JSON.stringify(!first.ok && first.issues)).toBe(true);
    if (!first.ok) return;
    const yaml = renderDesign(first.design, "yaml");
    // Determinism: a second evaluation gives the same bytes.
    const second = adviseDesign(raw, catalog, ruleSet);
    expect(second.ok && renderDesign(second.design, "yaml")).toBe(yaml);
    expectGolden(yaml, join(ROOT, "fixtures/designs", file));
  });

  it("has no golden design without its answers file", () => {
    expect(readdirSync(join(ROOT, "fixtures/designs")).filter((f) => !fixtures.includes(f))).toEqual([]);
  });
});
