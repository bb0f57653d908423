// Golden reports: the Markdown and HTML of the v2 sample designs, byte for byte. Regenerate after
// an intended change with `npm run update-goldens` and review the diff; a missing golden fails the
// run (see helpers/golden.ts). The samples are hand-written until the builder writes v2 designs;
// then these become the fixture designs' reports.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderHtml } from "../../src/cli/format/html.js";
import { renderMarkdown } from "../../src/cli/format/markdown.js";
import { expectGolden } from "../helpers/golden.js";
import { loadSample, SAMPLES, sampleSources } from "../helpers/design-samples.js";
import { ROOT } from "../helpers/run-cli.js";

// two-sites-global-reach: Global Reach, VPN backup, a region without zones;
// six-sites-mixed: six sites, five regions, provider and Direct, ports, Microsoft peering;
// six-sites-vwan: the same on Virtual WAN hubs.
describe("golden reports", () => {
  it.each(SAMPLES)("%s.md", (name) => {
    const design = loadSample(name);
    const markdown = renderMarkdown(design, sampleSources(design));
    expect(renderMarkdown(structuredClone(design), sampleSources(design))).toBe(markdown);
    expectGolden(markdown, join(ROOT, "test/fixtures-v2-samples/reports", `${name}.md`));
  });

  it.each(SAMPLES)("%s.html", (name) => {
    const design = loadSample(name);
    const html = renderHtml(design, sampleSources(design));
    expect(renderHtml(structuredClone(design), sampleSources(design))).toBe(html);
    expectGolden(html, join(ROOT, "test/fixtures-v2-samples/reports", `${name}.html`));
  });
});
