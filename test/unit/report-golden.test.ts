// Golden reports: the Markdown and HTML of a few fixture designs, byte for byte. Regenerate after
// an intended change (or after fixtures/designs change) with `npm run update-goldens` and review
// the diff; a missing golden fails the run (see helpers/golden.ts).
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderHtml } from "../../src/cli/format/html.js";
import { renderMarkdown } from "../../src/cli/format/markdown.js";
import { expectGolden } from "../helpers/golden.js";
import { loadReportFixture } from "../helpers/report-sources.js";
import { ROOT } from "../helpers/run-cli.js";

/** Each covers a different drawing: see the comment beside it. */
const REPORT_FIXTURES = [
  "woodgrove-mission-critical-frankfurt", // maximum resiliency: two provider circuits, two locations
  "alpine-paas-vpn", // VPN failover and Microsoft peering
  "contoso-bank-direct", // ExpressRoute Direct, Metro circuit
  "margie-bank-macsec-london", // Direct at two locations with MACsec
  "relecloud-multinational", // one circuit, three Azure regions
  "policy-vpn-small-subnet", // error findings, VPN failover
  "consolidated-zone2", // zonal gateway
  "uk-two-regions-zones", // zone-redundant where there are zones, regional in the region without
  "gov-agency-ipsec", // IPsec tunnels from the on-premises VPN device to the VPN gateway
] as const;

describe("golden reports", () => {
  it.each(REPORT_FIXTURES)("%s.md", async (name) => {
    const { design, sources } = await loadReportFixture(name);
    const markdown = renderMarkdown(design, sources);
    expect(renderMarkdown(structuredClone(design), sources)).toBe(markdown);
    expectGolden(markdown, join(ROOT, "fixtures/reports", `${name}.md`));
  });

  it.each(REPORT_FIXTURES)("%s.html", async (name) => {
    const { design, sources } = await loadReportFixture(name);
    const html = renderHtml(design, sources);
    expect(renderHtml(structuredClone(design), sources)).toBe(html);
    expectGolden(html, join(ROOT, "fixtures/reports", `${name}.html`));
  });
});
