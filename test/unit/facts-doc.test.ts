// docs/facts.md is generated from the fact and decision registries; it must match them.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DECISION_SLOTS } from "../../src/rules/decisions.js";
import { FACT_NAMES } from "../../src/rule-tooling/facts.js";
import { renderFactsPage } from "../../src/rule-tooling/facts-doc.js";
import { ROOT } from "../helpers/run-cli.js";

const PAGE = join(ROOT, "docs/facts.md");

describe("docs/facts.md", () => {
  const page = renderFactsPage();

  it("is current (regenerate with `npm run docs`)", () => {
    expect(existsSync(PAGE), "docs/facts.md is missing; run `npm run docs`").toBe(true);
    expect(readFileSync(PAGE, "utf8"), "docs/facts.md is out of date; run `npm run docs`").toBe(page);
  });

  it("names every fact a rule may read, and every decision in order", () => {
    for (const fact of FACT_NAMES) expect(page).toContain(`| \`${fact}\` |`);
    const rows = page.split("\n").filter((l) => /^\| \d+ \| `design\./.test(l));
    expect(rows.map((l) => l.split("`")[1])).toEqual(DECISION_SLOTS.map((s) => `design.${s.path}`));
  });

  it("lists each decision's scope, design field and allowed values, and each fact's scope and what it reads", () => {
    expect(page).toContain("| `design.circuits[].sku.tier` | group | `circuits[].sku.tier` | `Local` \\| `Standard` \\| `Premium` |");
    expect(page).toContain("| `design.circuits[1].peeringLocation` | group | `circuits[].peeringLocation` (location 2) |");
    expect(page).toContain("| `design.gateway.zoning` | region | `gateways[].zoning` |");
    expect(page).toMatch(/\| `derived\.perCircuitNeedMbps` \| group \| number \| `siteGroup\.parallel` \(#7\) \|/);
  });
});
