// `plan` evaluates without the trace (a slot stops at its winner, a condition at its first failing
// leaf); explain evaluates with it. The engine promises the same design either way: this holds it
// to that for every fixture (with and without prices) and the 50-site organisation; the property
// test in test/properties.test.ts does the same for generated answers.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { adviseDesign } from "../../src/advise.js";
import { renderDesign } from "../../src/cli/format/render.js";
import type { Evaluation, EvaluateOptions } from "../../src/engine/evaluate.js";
import { getBundle } from "../helpers/bundle.js";
import { loadPricesFixture } from "../helpers/prices.js";
import { ROOT } from "../helpers/run-cli.js";

const files = [
  ...readdirSync(join(ROOT, "fixtures/answers")).map((f) => join("fixtures/answers", f)),
  "fixtures/bench/large-50-sites-20-regions.yaml",
];

/** What an evaluation decides, leaving out what only the trace records. */
const outcome = (e: Evaluation) => ({
  decided: e.decided,
  decisions: e.decisions.map(({ candidates: _, ...d }) => d),
  findings: e.findings.map(({ leaves: _, ...f }) => f),
  values: [...e.values],
  groups: e.groups.map((g) => [...g.values]),
  regions: e.regions.map((r) => [...r.values]),
});

describe("with and without the trace", async () => {
  const { catalog, ruleSet } = await getBundle();
  const prices = loadPricesFixture();
  const advise = (raw: unknown, options: EvaluateOptions) => {
    const r = adviseDesign(raw, catalog, ruleSet, options);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    return r;
  };

  it.each(files)("%s plans the same design, decisions and findings", (file) => {
    const raw = parse(readFileSync(join(ROOT, file), "utf8"));
    for (const priced of [{}, { prices }]) {
      const traced = advise(raw, { ...priced });
      const quick = advise(raw, { ...priced, trace: false });
      expect(traced.evaluation.traced).toBe(true);
      expect(quick.evaluation.traced).toBe(false);
      expect(renderDesign(quick.design, "yaml")).toBe(renderDesign(traced.design, "yaml"));
      expect(outcome(quick.evaluation)).toEqual(outcome(traced.evaluation));
      // Without the trace nothing pretends to explain: no candidates, leaves or unfired rules.
      expect(quick.evaluation.unfired).toBeUndefined();
      expect(quick.evaluation.decisions.every((d) => d.candidates === undefined)).toBe(true);
      expect(quick.evaluation.findings.every((f) => f.leaves === undefined)).toBe(true);
    }
  });
});
