// Black-box: the real binary with --format markdown and --format html.
import { mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { expectGolden } from "../helpers/golden.js";
import { v1Note } from "../helpers/v1-note.js";
import { ROOT, runCli } from "../helpers/run-cli.js";

const answers = (name: string) => join(ROOT, "fixtures/answers", `${name}.yaml`);
// Golden reports of fixture answers, byte for byte; `npm run update-goldens` rewrites them (helpers/golden.ts).
const expectReport = (actual: string, file: string) => expectGolden(actual, join(ROOT, "fixtures/reports", file));

describe("plan --format markdown|html", () => {
  it("six sites, five regions: What you told us shows the sites and regions answers as tables", () => {
    const r = runCli(["plan", answers("v2-six-sites-five-regions"), "--format", "markdown"]);
    expect(r.code).toBe(0);
    const told = r.stdout.slice(r.stdout.indexOf("\n## What you told us\n"), r.stdout.indexOf("\n## Site groups\n"));
    const sites = told.slice(told.indexOf("### On-premises sites"), told.indexOf("### Azure regions"));
    expect(sites).toContain("| Site | Needed | Peering location | Locations | WAN | Colocation | Own edge at the location | Business unit | Monthly egress |");
    for (const site of ["ams-dc", "fra-dc", "par-office", "wdc-dc", "chi-office", "sin-dc"]) expect(sites).toMatch(new RegExp(`^\\| ${site} \\| [\\d,]+ Mbps \\| `, "m"));
    const regions = told.slice(told.indexOf("### Azure regions"), told.indexOf("### Transit between sites"));
    expect(regions).toContain("| Region | VNets | VMs | Needed | VNet prefixes | Used by |");
    expect(regions).toContain("| westeurope | 6 | — | from its sites | — | ams-dc, fra-dc, par-office, sin-dc |");
    expect(regions.match(/^\| [a-z]+ \| \d+ \|/gm)).toHaveLength(5);
  });

  it("six sites, five regions: each grouping reason once, and no decision row repeating another", () => {
    const r = runCli(["plan", answers("v2-six-sites-five-regions"), "--format", "markdown"]);
    const groups = r.stdout.slice(r.stdout.indexOf("\n## Site groups\n"), r.stdout.indexOf("\n## Circuits\n"));
    const reasonRows = groups.slice(groups.indexOf("| Site groups | Why grouped so |")).split("\n").filter((l) => l.startsWith("| ") && !l.startsWith("| ---")).slice(1);
    const reasons = reasonRows.map((l) => l.split(" | ").slice(1).join(" | "));
    expect(new Set(reasons).size).toBe(reasons.length);
    // The six one-site groups share one reason: one row naming them all.
    expect(reasonRows).toHaveLength(1);
    expect(reasonRows[0]).toMatch(/^\| ams-dc, fra-dc, par-office, wdc-dc, chi-office, sin-dc \| Each of ams-dc, fra-dc, par-office, wdc-dc, chi-office, sin-dc has a circuit of its own: /);
    const decisions = r.stdout.slice(r.stdout.indexOf("\n## Key decisions\n"), r.stdout.indexOf("\n## Findings\n"));
    // Rows as (value, rationale, rule): never the same twice for one decision label.
    const rows = decisions.split("\n").filter((l) => l.startsWith("| ") && !l.startsWith("| ---")).slice(1);
    const keys = rows.map((l) => {
      const [label, ...rest] = l.split(/(?<!\\) \| /);
      return `${label!.replace(/ \(.*$/, "")}|${rest.join("|")}`;
    });
    expect(new Set(keys).size).toBe(keys.length);
    expect(rows.length).toBeLessThan(80);
  });

  it.each([
    ["woodgrove-mission-critical-frankfurt", "markdown", "md"],
    ["alpine-paas-vpn", "markdown", "md"],
    ["contoso-bank-direct", "html", "html"],
    ["alpine-paas-vpn", "html", "html"],
    ["uk-two-regions-zones", "markdown", "md"],
    ["uk-two-regions-zones", "html", "html"],
    ["woodgrove-mission-critical-frankfurt", "html", "html"],
    ["contoso-bank-direct", "markdown", "md"],
    ["consolidated-zone2", "markdown", "md"],
    ["consolidated-zone2", "html", "html"],
    ["margie-bank-macsec-london", "markdown", "md"],
    ["margie-bank-macsec-london", "html", "html"],
    ["relecloud-multinational", "markdown", "md"],
    ["relecloud-multinational", "html", "html"],
  ])("%s as %s prints exactly the golden report, and on stderr only the v1 note", (name, format, ext) => {
    const r = runCli(["plan", "--answers", answers(name), "--format", format]);
    // Every one of these fixtures is a v1 answers file: plan says it read it as v2, nothing else.
    expect(r.stderr).toBe(v1Note(answers(name)));
    expect(r.code).toBe(0);
    expectReport(r.stdout, `${name}.${ext}`);
  });

  it.each([
    ["gov-agency-ipsec", "html"],
    ["policy-vpn-small-subnet", "html"],
  ])("%s with error findings as html prints exactly the golden report, and exits 3", (name, ext) => {
    const r = runCli(["plan", "--answers", answers(name), "--format", "html"]);
    expect(r.code).toBe(3);
    expectReport(r.stdout, `${name}.${ext}`);
  });

  it("has a test for every golden report", () => {
    // Every file in fixtures/reports is one of the reports above, so none goes stale unnoticed.
    const tested = new Set([
      ...["woodgrove-mission-critical-frankfurt", "alpine-paas-vpn", "contoso-bank-direct", "uk-two-regions-zones", "consolidated-zone2", "margie-bank-macsec-london", "relecloud-multinational", "gov-agency-ipsec", "policy-vpn-small-subnet"].flatMap((n) => [`${n}.md`, `${n}.html`]),
    ]);
    expect(readdirSync(join(ROOT, "fixtures/reports")).filter((f) => !tested.has(f))).toEqual([]);
  });

  it("states each region's own gateway zoning: zones in uksouth, a regional gateway in ukwest", () => {
    const r = runCli(["plan", "--answers", answers("uk-two-regions-zones"), "--format", "markdown"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\| uksouth \| ErGw\w+ \| zone-redundant \(instances across availability zones 1, 2 and 3\) \|/m);
    expect(r.stdout).toMatch(/^\| ukwest \| ErGw\w+ \| regional: no availability zones in the region \|/m);
    expect(r.stdout).toMatch(/ergw2\["ExpressRoute gateway<br\/>ErGw\w+<br\/>no availability zones<br\/>GatewaySubnet \/\d+"\]/);
    expect(r.stdout).not.toMatch(/ergw2\[[^\]]*zones 1, 2, 3/);
  });

  it("draws IPsec from the on-premises VPN device to the VPN gateway, and a legend of only what is drawn", () => {
    const md = runCli(["plan", "--answers", answers("gov-agency-ipsec"), "--format", "markdown"]);
    expectReport(md.stdout, "gov-agency-ipsec.md");
    expect(md.stdout).toContain("vpndev ==>|IPsec over private peering| vpngw1");
    expect(md.stdout).not.toMatch(/circuit1 .*IPsec/);
    expect(md.stdout).not.toContain("|VPN backup|");
    expect(md.stdout).not.toContain("dashed arrows");
    const html = runCli(["plan", "--answers", answers("contoso-bank-direct"), "--format", "html"]).stdout;
    const legend = /<g class="legend">[\s\S]*?<\/g>/.exec(html)?.[0] ?? "";
    expect(legend).toContain("ExpressRoute private peering");
    expect(legend).not.toMatch(/VPN|Global Reach|IPsec|Microsoft peering/);
    expect(html).not.toMatch(/dashed (lines|arrows)/);
  });

  it("says what you told us: sites and regions as used (--set included), the other answers by section with defaults marked", () => {
    // A v1 file takes v1 keys: its VNet count lands on the first region (uksouth), the others get 1.
    const r = runCli(["plan", "--answers", answers("uk-two-regions-zones"), "--set", "azure.vnetCount=9", "--format", "markdown"]);
    expect(r.code).toBe(0);
    const regions = r.stdout.slice(r.stdout.indexOf("### Azure regions"), r.stdout.indexOf("## What you told us"));
    expect(regions).toMatch(/^\| uksouth \| [\d,]+ Mbps \| [\d,]+ Mbps \| 9 \|/m);
    expect(regions).toMatch(/^\| ukwest \| [\d,]+ Mbps \| [\d,]+ Mbps \| 1 \|/m);
    const told = r.stdout.slice(r.stdout.indexOf("## What you told us"), r.stdout.indexOf("## Site groups"));
    expect(told).toContain("| Resiliency | maximum |");
    expect(told).toContain("| Zone redundancy | yes (default) |");
    const html = runCli(["plan", "--answers", answers("uk-two-regions-zones"), "--format", "html"]).stdout;
    expect(html).toContain('<tr><th scope="row">Zone redundancy</th><td>yes (default)</td></tr>');
    expect(html).toMatch(/<tr data-key="ukwest"><th scope="row">ukwest<\/th>/);
  });

  it("still prints the report, and exits 3, when the design carries error findings", () => {
    const r = runCli(["plan", "--answers", answers("policy-vpn-small-subnet"), "--format", "markdown"]);
    expect(r.code).toBe(3);
    expectReport(r.stdout, "policy-vpn-small-subnet.md");
    expect(r.stderr).toMatch(/error finding/);
    // Findings read as words first, their ids after them.
    expect(r.stdout).toMatch(/^- (\*\*Gateway \w+\*\*: )?The existing GatewaySubnet is a \/29; .* \(`ER-VPN-F02`, \[Microsoft Learn\]/m);
    expect(r.stdout).not.toContain("**ER-");
    expect(r.stdout).toContain("5 requirements for it are listed under Findings |");
    expect(r.stdout).not.toMatch(/^\| [^|]+ \| [^|]*ER-[A-Z]+-/m);
  });

  it("writes the HTML report to -o and refuses to overwrite it without --force", () => {
    const dir = mkdtempSync(join(tmpdir(), "era-report-"));
    const out = join(dir, "report.html");
    const first = runCli(["plan", "--answers", answers("contoso-bank-direct"), "--format", "html", "-o", out]);
    expect(first.code).toBe(0);
    expect(first.stdout).toBe("");
    expectReport(readFileSync(out, "utf8"), "contoso-bank-direct.html");
    expect(runCli(["plan", "--answers", answers("small-retailer"), "--format", "html", "-o", out]).code).toBe(2);
    expectReport(readFileSync(out, "utf8"), "contoso-bank-direct.html");
    expect(readdirSync(dir)).toEqual(["report.html"]);
  });

  it("reads answers from stdin for a report too", () => {
    const r = runCli(["plan", "--answers", "-", "--format", "markdown"], { input: readFileSync(answers("alpine-paas-vpn"), "utf8") });
    expect(r.code).toBe(0);
    expectReport(r.stdout, "alpine-paas-vpn.md");
  });
});
