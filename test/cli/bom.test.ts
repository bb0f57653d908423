// Black-box: `plan --format bom` and `plan --prices FILE` through the real binary.
import { v1Note } from "../helpers/v1-note.js";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, runCli } from "../helpers/run-cli.js";
import { PRICES_FIXTURE } from "../helpers/prices.js";

const answers = (name: string) => join(ROOT, "fixtures/answers", `${name}.yaml`);
const golden = (file: string) => readFileSync(join(ROOT, "fixtures/bom", file), "utf8");
const tmp = () => mkdtempSync(join(tmpdir(), "era-bom-"));

describe("plan --format bom", () => {
  it.each(["v2-germany-two-dc-transit", "margie-bank-macsec-london", "wingtip-retail-mpls-vpn-dualstack"])("%s prints exactly the golden bill of materials, with and without prices", (name) => {
    const plain = runCli(["plan", answers(name), "--format", "bom"]);
    // v1 fixtures are read as v2, and plan says so; nothing else goes to stderr.
    const note = name.startsWith("v2-") ? "" : v1Note(answers(name), answers(name));
    expect(plain.stderr).toBe(note);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toBe(golden(`${name}.bom`));
    const priced = runCli(["plan", answers(name), "--format", "bom", "--prices", PRICES_FIXTURE]);
    expect(priced.stderr).toBe(note);
    expect(priced.stdout).toBe(golden(`${name}.priced.bom`));
  });

  it("-o FILE.bom picks the format from the extension", () => {
    const out = join(tmp(), "order.bom");
    const r = runCli(["plan", answers("v2-germany-two-dc-transit"), "-o", out]);
    expect(r.code).toBe(0);
    expect(readFileSync(out, "utf8")).toBe(golden("v2-germany-two-dc-transit.bom"));
  });

  it("one line per item in key=value form; every meter line names the item it prices", () => {
    const lines = runCli(["plan", answers("margie-bank-macsec-london"), "--format", "bom"]).stdout.trimEnd().split("\n");
    const items = lines.filter((l) => !l.startsWith("#"));
    expect(items.every((l) => /^kind=[a-z-]+ /.test(l))).toBe(true);
    const ids = new Set(items.filter((l) => !l.startsWith("kind=meter")).map((l) => `${/^kind=(\S+)/.exec(l)![1]}/${/ id=(\S+)/.exec(l)![1]}`));
    for (const meter of items.filter((l) => l.startsWith("kind=meter"))) expect(ids.has(/ item=(\S+)/.exec(meter)![1]!)).toBe(true);
    expect(items.some((l) => l.startsWith("kind=port-pair ") && l.includes("macsec=true") && l.includes("CAK"))).toBe(true);
  });
});

describe("plan --prices", () => {
  it("prices the metered/unlimited choice: the design cites the prices and their date", () => {
    const r = runCli(["plan", answers("wingtip-retail-mpls-vpn-dualstack"), "--prices", PRICES_FIXTURE, "--format", "json"]);
    expect(r.code).toBe(0);
    const design = JSON.parse(r.stdout);
    expect(design.circuits[0].sku.family).toBe("UnlimitedData");
    const decision = design.decisions.find((d: { path: string }) => d.path.endsWith(".sku.family"));
    expect(decision.rule).toBe("ER-BILL-010");
    expect(decision.rationale).toContain("EUR, effective 2026-10-01");
    // Without prices the heuristic decides, as before.
    const plain = JSON.parse(runCli(["plan", answers("wingtip-retail-mpls-vpn-dualstack"), "--format", "json"]).stdout);
    expect(plain.circuits[0].sku.family).toBe("MeteredData");
  });

  it("puts the estimate in the Markdown report's bill of materials", () => {
    const r = runCli(["plan", answers("margie-bank-macsec-london"), "--prices", PRICES_FIXTURE, "--format", "markdown"]);
    expect(r.code).toBe(0);
    const section = r.stdout.slice(r.stdout.indexOf("## Bill of materials"), r.stdout.indexOf("## Topology"));
    expect(section).toContain("Estimated total: 11851.30 EUR a month, from retail prices effective 2026-10-01.");
    expect(section).toMatch(/^\| port-pair london-port-1 \| .*macsec: true.* \| 5000\.00 EUR \|$/m);
    const html = runCli(["plan", answers("margie-bank-macsec-london"), "--format", "html"]).stdout;
    expect(html).toContain('<section id="bom"><h2>Bill of materials</h2>');
  });

  it("reads a list of pages and a single page alike", () => {
    const dir = tmp();
    const [first, second] = readFileSync(PRICES_FIXTURE, "utf8").trim().split(/\n(?=\{)/);
    writeFileSync(join(dir, "list.json"), `[${first},${second}]`);
    const expected = golden("margie-bank-macsec-london.priced.bom");
    expect(runCli(["plan", answers("margie-bank-macsec-london"), "--format", "bom", "--prices", join(dir, "list.json")]).stdout).toBe(expected);
  });

  it("a bad prices file is one line naming the file, the line and the key path, exit 2", () => {
    const dir = tmp();
    const file = join(dir, "prices.json");
    writeFileSync(file, '{"Items": [\n  {"serviceName": "ExpressRoute", "productName": "ExpressRoute", "skuName": "x", "meterName": "y",\n   "unitOfMeasure": "1 Hour", "currencyCode": "EUR", "effectiveStartDate": "2026-10-01T00:00:00Z",\n   "retailPrice": "cheap"}\n]}\n');
    const r = runCli(["plan", answers("v2-germany-two-dc-transit"), "--prices", file]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(new RegExp(`^error: ${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:4: Items\\[0\\]\\.retailPrice: expected retailPrice as a number`, "m"));
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("refuses a missing file, an empty one and a file of another currency's mix, exit 2", () => {
    expect(runCli(["plan", answers("v2-germany-two-dc-transit"), "--prices", join(tmp(), "none.json")])).toMatchObject({ code: 2, stdout: "" });
    const empty = join(tmp(), "empty.json");
    writeFileSync(empty, "\n");
    expect(runCli(["plan", answers("v2-germany-two-dc-transit"), "--prices", empty])).toMatchObject({ code: 2, stderr: expect.stringMatching(/empty\.json: the file holds no price items/) });
    const dir = tmp();
    const mixed = join(dir, "mixed.json");
    const fixture = readFileSync(PRICES_FIXTURE, "utf8");
    writeFileSync(mixed, fixture.replace(/"currencyCode": "EUR"(?![\s\S]*"currencyCode": "EUR")/, '"currencyCode": "USD"'));
    const r = runCli(["plan", answers("v2-germany-two-dc-transit"), "--prices", mixed]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/currencyCode: expected one currency: .* is in EUR, this one in USD/);
  });

  it("never replaces the prices file with the output", () => {
    const dir = tmp();
    const file = join(dir, "prices.json");
    writeFileSync(file, readFileSync(PRICES_FIXTURE));
    const r = runCli(["plan", answers("v2-germany-two-dc-transit"), "--prices", file, "-o", file, "--force"]);
    expect(r.code).toBe(2);
    expect(readFileSync(file, "utf8")).toBe(readFileSync(PRICES_FIXTURE, "utf8"));
  });
});
