// Golden exports: for several fixture organisations (Direct with MACsec, maximum resiliency,
// Global Reach, Virtual WAN, ErGwScale on port pairs, a location left open), the ARM template and
// the Terraform configuration must match their committed files byte for byte, and the Terraform
// must parse with HashiCorp's HCL parser. Regenerate with `npm run update-goldens`.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { parse as parseHcl } from "@cdktn/hcl2json";
import { adviseDesign } from "../src/advise.js";
import { renderArmTemplate } from "../src/export/arm-template.js";
import { renderTerraform } from "../src/export/terraform.js";
import { getBundle } from "./helpers/bundle.js";
import { expectGolden } from "./helpers/golden.js";
import { ROOT } from "./helpers/run-cli.js";

/** The fixtures exported, each for what it exercises. */
const EXPORT_FIXTURES = [
  "margie-bank-macsec-london", // Direct port pairs with MACsec (Key Vault secrets), maximum resiliency
  "v2-bank-two-dc-maximum", // maximum resiliency: two locations per site, weights per region
  "v2-australia-two-dc", // Global Reach between two sites' circuits
  "relecloud-multinational", // Global Reach across three regions, Premium circuits
  "v2-virtual-wan-four-hubs", // Virtual WAN hubs with ExpressRoute gateways in scale units
  "v2-hpc-450g-port-pairs", // 400G port pairs and an ErGwScale gateway
  "no-location-australia-central", // a peering location the design could not choose: a parameter
] as const;

async function planFixture(name: string) {
  const { catalog, ruleSet } = await getBundle();
  const raw = parseYaml(readFileSync(join(ROOT, "fixtures/answers", `${name}.yaml`), "utf8"));
  const result = adviseDesign(raw, catalog, ruleSet);
  if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.issues)}`);
  return result.design;
}

describe("golden exports", () => {
  it.each(EXPORT_FIXTURES)("%s: ARM template", async (name) => {
    const design = await planFixture(name);
    const text = renderArmTemplate(design);
    expect(renderArmTemplate(design)).toBe(text);
    expect(() => JSON.parse(text)).not.toThrow();
    expectGolden(text, join(ROOT, "fixtures/exports", `${name}.json`));
  });

  it.each(EXPORT_FIXTURES)("%s: Terraform", async (name) => {
    const design = await planFixture(name);
    const text = renderTerraform(design);
    expect(renderTerraform(design)).toBe(text);
    const parsed = (await parseHcl(`${name}.tf`, text)) as { resource?: Record<string, unknown> };
    expect(Object.keys(parsed.resource ?? {})).toContain("azurerm_express_route_circuit");
    expectGolden(text, join(ROOT, "fixtures/exports", `${name}.tf`));
  });

  it("has no golden export without its fixture", () => {
    const expected = EXPORT_FIXTURES.flatMap((n) => [`${n}.json`, `${n}.tf`]).sort();
    expect(readdirSync(join(ROOT, "fixtures/exports")).sort()).toEqual(expected);
  });
});
