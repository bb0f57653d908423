// Golden bills of materials (--format bom) for fixtures that cover provider circuits with Global
// Reach, ExpressRoute Direct with MACsec, Virtual WAN hubs, and VPN failover with dual stack, each
// without prices and with the hand-built prices fixture. Regenerate with `npm run update-goldens`.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { adviseDesign } from "../src/advise.js";
import { buildBillOfMaterials } from "../src/bom/build-bom.js";
import { renderBom } from "../src/cli/format/bom.js";
import { getBundle } from "./helpers/bundle.js";
import { expectGolden } from "./helpers/golden.js";
import { loadPricesFixture } from "./helpers/prices.js";
import { ROOT } from "./helpers/run-cli.js";

const BOM_FIXTURES = ["v2-germany-two-dc-transit", "margie-bank-macsec-london", "v2-virtual-wan-four-hubs", "wingtip-retail-mpls-vpn-dualstack"];

async function renderFixture(name: string, priced: boolean): Promise<string> {
  const { catalog, ruleSet } = await getBundle();
  const prices = priced ? loadPricesFixture() : undefined;
  const raw = parse(readFileSync(join(ROOT, "fixtures/answers", `${name}.yaml`), "utf8"));
  const advice = adviseDesign(raw, catalog, ruleSet, prices ? { prices } : {});
  if (!advice.ok) throw new Error(JSON.stringify(advice.issues));
  return renderBom(buildBillOfMaterials({ design: advice.design, answers: advice.answers, catalog, prices }));
}

describe("golden bills of materials", () => {
  it.each(BOM_FIXTURES)("%s", async (name) => {
    const text = await renderFixture(name, false);
    expect(await renderFixture(name, false)).toBe(text);
    expectGolden(text, join(ROOT, "fixtures/bom", `${name}.bom`));
  });

  it.each(BOM_FIXTURES)("%s, priced", async (name) => {
    const text = await renderFixture(name, true);
    expect(await renderFixture(name, true)).toBe(text);
    expectGolden(text, join(ROOT, "fixtures/bom", `${name}.priced.bom`));
  });
});
