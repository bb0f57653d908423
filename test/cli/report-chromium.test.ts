// The HTML report in a real browser: headless Chromium (Debian's `chromium` package, installed by
// .ci/run) loads the file offline and prints the DOM it built; the diagram and every decision
// must be in it. No puppeteer or playwright: `--dump-dom` is enough and downloads nothing.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { loadSample, SAMPLES } from "../helpers/design-samples.js";
import { ROOT, runCli } from "../helpers/run-cli.js";

const CHROMIUM = "/usr/bin/chromium";
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`report-chromium: SKIPPED, ${CHROMIUM} is absent (apt-get install chromium)`);

const work = mkdtempSync(join(tmpdir(), "era-chromium-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function dumpDom(file: string, extra: string[] = []): string {
  const profile = mkdtempSync(join(work, "profile-"));
  const res = spawnSync(
    CHROMIUM,
    [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      `--user-data-dir=${profile}`,
      ...extra,
      "--dump-dom",
      pathToFileURL(file).href,
    ],
    { encoding: "utf8", timeout: 60_000, maxBuffer: 32 * 1024 * 1024 },
  );
  if (res.status !== 0) throw new Error(`chromium exited ${res.status}: ${res.error?.message ?? res.stderr}`);
  return res.stdout;
}

const suite = hasChromium ? describe : describe.skip;

suite(`HTML report in headless Chromium${hasChromium ? "" : ` (skipped: ${CHROMIUM} is absent)`}`, () => {
  it.each(["alpine-paas-vpn", "woodgrove-mission-critical-frankfurt", "margie-bank-macsec-london"])(
    "%s: the browser finds the diagram and every decision",
    (name) => {
      const answers = join(ROOT, "fixtures/answers", `${name}.yaml`);
      const file = join(work, `${name}.html`);
      const html = runCli(["plan", "--answers", answers, "--format", "html"]);
      expect(html.code).toBe(0);
      writeFileSync(file, html.stdout);
      const design = JSON.parse(runCli(["plan", "--answers", answers, "--format", "json"]).stdout) as {
        decisions: { path: string }[];
        requirements: { sites: unknown[] };
        gateways: unknown[];
        circuits: { id: string }[];
      };

      const dom = dumpDom(file);

      // The parser kept the SVG where it was written, as an image with a label.
      const figure = /<figure class="diagram">\s*(<svg\b[^>]*>)[\s\S]*?<\/svg>\s*<\/figure>/.exec(dom);
      expect(figure, "svg inside figure.diagram").not.toBeNull();
      const svgTag = figure![1]!;
      expect(svgTag).toContain('id="topology"');
      expect(svgTag).toContain('role="img"');
      expect(svgTag).toMatch(/aria-label="Topology diagram: [^"]+"/);
      for (let s = 1; s <= design.requirements.sites.length; s++) expect(dom).toContain(`id="node-site${s}"`);
      for (let c = 1; c <= design.circuits.length; c++) expect(dom).toContain(`id="node-circuit${c}"`);
      for (let r = 1; r <= design.gateways.length; r++) expect(dom).toContain(`id="node-ergw${r}"`);
      // Every circuit has its row in the circuits table.
      for (const c of design.circuits) expect(dom).toContain(`<tr data-key="${c.id}">`);

      // A row lists every item whose decision agrees (value, rule, rationale): each decision in one row.
      const paths = [...dom.matchAll(/<tr data-path="([^"]+)">/g)].flatMap((m) => m[1]!.replace(/&amp;/g, "&").split(" "));
      expect(paths.sort()).toEqual(design.decisions.map((d) => d.path).sort());
    },
    90_000,
  );

  it("six sites and five regions at 1400 px: no table scrolls sideways", () => {
    // The report forbids scripts (CSP); a copy without the CSP gets one that measures each table's wrapper.
    const html = runCli(["plan", join(ROOT, "fixtures/answers/v2-six-sites-five-regions.yaml"), "--format", "html"]);
    expect(html.code).toBe(0);
    const measure = `<script>addEventListener("load", () => { document.body.dataset.wide = [...document.querySelectorAll(".table-wrap")].filter((w) => w.scrollWidth > w.clientWidth + 1).map((w) => w.firstElementChild.className).join(" ") || "none"; });</script>`;
    const page = html.stdout.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, "").replace("</body>", `${measure}</body>`);
    const file = join(work, "six-1400.html");
    writeFileSync(file, page);
    const dom = dumpDom(file, ["--window-size=1400,1000"]);
    // Only the connections matrix may be wider than the page, and at five regions it is not.
    expect(/<body data-wide="([^"]*)"/.exec(dom)?.[1]).toBe("none");
  }, 90_000);

  // The v2 sample reports (many sites and regions, ports, Virtual WAN), as committed.
  it.each(SAMPLES)(
    "sample %s: the browser keeps the diagram, every table row and every decision",
    (name) => {
      const design = loadSample(name);
      const dom = dumpDom(join(ROOT, "test/fixtures-v2-samples/reports", `${name}.html`));
      expect(/<figure class="diagram">\s*<svg\b[^>]*id="topology"[\s\S]*?<\/svg>\s*<\/figure>/.test(dom)).toBe(true);
      for (let s = 1; s <= design.requirements.sites.length; s++) expect(dom).toContain(`id="node-site${s}"`);
      for (let g = 1; g <= design.gateways.length; g++) expect(dom).toContain(`id="node-ergw${g}"`);
      for (const c of design.circuits) expect(dom).toContain(`<tr data-key="${c.id}">`);
      for (const p of design.ports) expect(dom).toContain(`<tr data-key="${p.id}">`);
      // A row lists every item whose decision agrees (value, rule, rationale): each decision in one row.
      const paths = [...dom.matchAll(/<tr data-path="([^"]+)">/g)].flatMap((m) => m[1]!.replace(/&amp;/g, "&").split(" "));
      expect(paths.sort()).toEqual(design.decisions.map((d) => d.path).sort());
    },
    90_000,
  );
});
