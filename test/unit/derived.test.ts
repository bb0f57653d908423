// Derived facts declare the latest decision they read (`after`), and rule loading relies on it
// to reject rules that would read a fact before its inputs are decided. This checks every
// declaration against the real computations, on every fixture.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { adviseDesign } from "../../src/advise.js";
import { DECISION_SLOTS } from "../../src/rules/decisions.js";
import { DERIVED_FACTS, type FactContext } from "../../src/rules/derived.js";
import type { RegionPlan, SiteGroup } from "../../src/rules/site-groups.js";
import { compileRules } from "../../src/rule-tooling/compile.js";
import { getBundle } from "../helpers/bundle.js";
import { ROOT } from "../helpers/run-cli.js";

const slotIndex = (path: string) => DECISION_SLOTS.findIndex((s) => s.path === path);

describe("derived facts", () => {
  it("read no decision later than the one they declare, for every item of their scope", async () => {
    const { catalog, ruleSet } = await getBundle();
    const dir = join(ROOT, "fixtures/answers");
    for (const file of readdirSync(dir)) {
      const result = adviseDesign(parse(readFileSync(join(dir, file), "utf8")), catalog, ruleSet);
      if (!result.ok) throw new Error(file);
      const e = result.evaluation;
      const groupValues = new Map(e.groups.map((g) => [g.item.id, g.values]));
      const regionValues = new Map(e.regions.map((r) => [r.item.answer.name, r.values]));
      for (const [name, def] of Object.entries(DERIVED_FACTS)) {
        const limit = def.after ? slotIndex(def.after) : -1;
        const read = (values: ReadonlyMap<string, unknown> | undefined, path: string) => {
          if (slotIndex(path) > limit) throw new Error(`${name} reads ${path}, later than its declared "after" (${def.after ?? "none"})`);
          return values?.get(path) ?? e.values.get(path);
        };
        const items: { group?: SiteGroup; region?: RegionPlan }[] =
          def.scope === "group" ? e.groups.map((g) => ({ group: g.item })) : def.scope === "region" ? e.regions.map((r) => ({ region: r.item })) : [{}];
        for (const item of items) {
          const memo = new Map<string, unknown>();
          const ctx: FactContext = {
            answers: result.answers,
            catalog,
            topology: e.topology,
            ...item,
            decision: (path) => read(item.group ? groupValues.get(item.group.id) : item.region ? regionValues.get(item.region.answer.name) : undefined, path),
            // Other facts as the engine computed them (their own declarations are checked in their own turn).
            fact: (other) => {
              if (!memo.has(other)) memo.set(other, e.readFact(other, item.group ? { group: item.group.id } : item.region ? { region: item.region.answer.name } : undefined));
              return memo.get(other);
            },
            groupDecision: (id, path) => read(groupValues.get(id), path),
            groupFact: (id, other) => e.readFact(other, { group: id }),
            regionDecision: (region, path) => read(regionValues.get(region), path),
            regionFact: (region, other) => e.readFact(other, { region }),
          };
          expect(() => def.compute(ctx), `${file}: ${name}`).not.toThrow();
        }
      }
    }
  });

  it("make loading reject a rule that reads them too early, in conditions and in text", () => {
    const docs = "https://learn.microsoft.com/azure/expressroute/expressroute-faqs";
    const r = compileRules([
      {
        file: "x.yaml",
        data: {
          rules: [
            { id: "T-001", title: "t", docs, decision: "connection.type", set: "direct", rationale: "r", when: { fact: "derived.directCircuitMbps", gt: 1 } },
            { id: "T-002", title: "t", docs, decision: "connection.type", set: "direct", rationale: "needs {derived.parallelCircuitsNeeded}", priority: 1 },
            { id: "T-003", title: "t", docs, severity: "info", message: "{answers.bandwith.horizonYears}" },
          ],
        },
      },
    ]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => i.path)).toEqual([
      "rules[0] (T-001).when.fact",
      "rules[1] (T-002).rationale {derived.parallelCircuitsNeeded}",
      "rules[2] (T-003).message {answers.bandwith.horizonYears}",
    ]);
    expect(r.issues[0]!.message).toContain("depends on a decision made at or after this rule's decision");
    expect(r.issues[2]!.message).toContain('did you mean "answers.bandwidth.horizonYears"?');
  });
});
