// One path: what the binary prints is what the library returns, byte for byte, for every fixture
// (the binary reads the prebuilt rules bundle, the library here the YAML sources); explain gives
// the same decisions; and diff, which re-plans an answers file, finds no difference from the
// committed golden design.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { adviseDesign } from "../../src/advise.js";
import { renderDesign } from "../../src/cli/format/render.js";
import { getBundle } from "../helpers/bundle.js";
import { ROOT, runCli } from "../helpers/run-cli.js";

const fixtures = readdirSync(join(ROOT, "fixtures/answers")).filter((f) => f.endsWith(".yaml")).sort();

describe("the binary and the library agree", () => {
  it.each(fixtures)("%s", async (file) => {
    const path = join("fixtures/answers", file);
    const { catalog, ruleSet } = await getBundle();
    const library = adviseDesign(parse(readFileSync(join(ROOT, path), "utf8")), catalog, ruleSet);
    if (!library.ok) throw new Error(JSON.stringify(library.issues));
    for (const format of ["yaml", "json"] as const) {
      const binary = runCli(["plan", path, "--format", format]);
      expect([0, 3]).toContain(binary.code);
      expect(binary.code).toBe(library.design.summary.error > 0 ? 3 : 0);
      expect(binary.stdout).toBe(renderDesign(library.design, format));
    }
    // explain walks the same evaluation: each decision's value, winning rule and rationale.
    const explained = JSON.parse(runCli(["explain", path, "--format", "json"]).stdout) as { path: string; value: unknown; winner: { rule: string }; rationale: string }[];
    expect(explained.map((e) => ({ path: e.path, value: e.value, rule: e.winner.rule, rationale: e.rationale }))).toEqual(
      library.design.decisions.map(({ path, value, rule, rationale }) => ({ path, value, rule, rationale })),
    );
    const diff = runCli(["diff", join("fixtures/designs", file), path]);
    expect(diff.stdout).toMatch(/^no differences between/);
    expect(diff.code).toBe(0);
  });
});
