// Answers v2 through the real binary: cross-references (exit 2, file:line, key path), v1 files
// still accepted, `migrate`, and --set naming list items.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { validateAnswers } from "../../src/answers/validate.js";
import { ROOT, runCli } from "../helpers/run-cli.js";

const tmp = () => mkdtempSync(join(tmpdir(), "era-answers-"));
const v1Fixture = (name: string) => join(ROOT, "fixtures/answers", `${name}.yaml`);

/** Writes answers text to a fresh file and returns its path. */
function writeAnswers(text: string, name = "answers.yaml"): string {
  const file = join(tmp(), name);
  writeFileSync(file, text);
  return file;
}

const TWO_SITES = `apiVersion: expressroute-advisor/v2
kind: Answers
name: two-dcs
sites:
  - name: amsterdam-dc
    requiredMbps: 1000
    peeringLocation: Amsterdam
  - name: frankfurt-dc
    requiredMbps: 2000
    peeringLocation: Frankfurt
regions:
  - name: westeurope
  - name: germanywestcentral
    sites: [frankfurt-dc]
transit:
  betweenSites: [[amsterdam-dc, frankfurt-dc]]
`;

describe("validate: v2 cross-references", () => {
  it("accepts consistent v2 answers", () => {
    const file = writeAnswers(TWO_SITES);
    expect(runCli(["validate", file])).toMatchObject({ code: 0, stdout: "", stderr: `${file}: valid answers\n` });
  });

  it("names a duplicate site, an unknown site in a pair or region, and a self-pair at their lines (exit 2)", () => {
    const file = writeAnswers(
      TWO_SITES.replace("name: frankfurt-dc\n    requiredMbps: 2000", "name: amsterdam-dc\n    requiredMbps: 2000")
        .replace("sites: [frankfurt-dc]", "sites: [frankfurt]")
        .replace("[[amsterdam-dc, frankfurt-dc]]", "[[amsterdam-dc, amsterdam-dc], [amsterdam-dc, frankfurt-dx]]"),
    );
    const r = runCli(["validate", file]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    const lines = r.stderr.trimEnd().split("\n");
    expect(lines.slice(0, -1)).toEqual([
      `error: ${file}:8: sites[1].name: site "amsterdam-dc" is already sites[0]; site names must be unique`,
      `error: ${file}:14: regions[1].sites[0]: unknown site "frankfurt"; the sites are amsterdam-dc`,
      `error: ${file}:16: transit.betweenSites[0]: "amsterdam-dc" is paired with itself; a pair names two different sites`,
      `error: ${file}:16: transit.betweenSites[1][1]: unknown site "frankfurt-dx"; the sites are amsterdam-dc`,
    ]);
  });

  it("suggests the site meant by a misspelt name", () => {
    const file = writeAnswers(TWO_SITES.replace("[[amsterdam-dc, frankfurt-dc]]", "[[amsterdam-dc, frankfurt-cd]]"));
    expect(runCli(["validate", file]).stderr).toContain(`error: ${file}:16: transit.betweenSites[0][1]: unknown site "frankfurt-cd"; did you mean "frankfurt-dc"?`);
  });

  it("checks each site's peering location and each region's name against the catalog", () => {
    const file = writeAnswers(TWO_SITES.replace("peeringLocation: Frankfurt", "peeringLocation: frankfurt").replace("name: germanywestcentral", "name: germany-west-central"));
    const r = runCli(["validate", file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`error: ${file}:10: sites[1].peeringLocation: unknown peering location "frankfurt"; did you mean "Frankfurt"?`);
    expect(r.stderr).toContain(`error: ${file}:13: regions[1].name: unknown Azure region "germany-west-central"; did you mean "germanywestcentral"?`);
  });

  it("still accepts v1 files, pointing at migrate", () => {
    const r = runCli(["validate", v1Fixture("relecloud-multinational")]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("is a v1 answers file (still read); `expressroute-advisor migrate");
  });
});

describe("migrate", () => {
  it("prints the v2 equivalent of a v1 file, with a comment per assumption", () => {
    const r = runCli(["migrate", v1Fixture("relecloud-multinational")]);
    expect(r.code).toBe(0);
    const migrated = validateAnswers(parse(r.stdout));
    expect(migrated.ok).toBe(true);
    if (!migrated.ok) return;
    expect(migrated.answers.sites.map((s) => [s.name, s.requiredMbps, s.peeringLocation])).toEqual([
      ["site-1", 500, "Amsterdam"],
      ["site-2", 500, "Amsterdam"],
      ["site-3", 500, "Amsterdam"],
    ]);
    expect(migrated.answers.transit.betweenSites).toBe("all");
    expect(migrated.answers.regions.map((r) => [r.name, r.vnetCount])).toEqual([
      ["eastus", 15],
      ["westeurope", 1],
      ["southeastasia", 1],
    ]);
    // Each assumption sits right above the key it is about.
    expect(r.stdout).toMatch(/# migrate: v1 sites\.count: 3 with interSiteTransit[^\n]*\nsites:\n/);
    expect(r.stdout).toMatch(/ {4}# migrate: v1 azure\.vnetCount \(15\)[^\n]*\n {4}vnetCount: 15\n/);
    expect(r.stderr).toContain("2 assumptions made");
  });

  it("migrates every v1 fixture to valid v2 answers", () => {
    for (const name of ["small-retailer", "conglomerate-business-units", "uk-two-regions-zones", "contoso-bank-direct"]) {
      const r = runCli(["migrate", v1Fixture(name)]);
      expect(r.code, name).toBe(0);
      expect(validateAnswers(parse(r.stdout)).ok, name).toBe(true);
    }
  });

  it("prints a v2 file normalised, with a note on stderr", () => {
    const file = writeAnswers(TWO_SITES);
    const r = runCli(["migrate", file]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`${file} is already v2`);
    expect(r.stdout).not.toContain("# migrate");
    const again = validateAnswers(parse(r.stdout));
    expect(again.ok && again.answers.sites[1]).toEqual({
      name: "frankfurt-dc",
      requiredMbps: 2000,
      peeringLocation: "Frankfurt",
      count: 1,
      wan: "none",
      colocation: "none",
      ownEdgeAtPeeringLocation: false,
      businessUnit: null,
    });
  });

  it("writes -o atomically and never replaces a file without --force", () => {
    const out = join(tmp(), "v2.yaml");
    expect(runCli(["migrate", v1Fixture("small-retailer"), "-o", out])).toMatchObject({ code: 0, stdout: "" });
    const first = readFileSync(out, "utf8");
    expect(first).toContain("apiVersion: expressroute-advisor/v2");
    writeFileSync(out, "kept");
    const refused = runCli(["migrate", v1Fixture("small-retailer"), "-o", out]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("already exists; pass --force");
    expect(readFileSync(out, "utf8")).toBe("kept");
    expect(runCli(["migrate", v1Fixture("small-retailer"), "-o", out, "--force"]).code).toBe(0);
    expect(readFileSync(out, "utf8")).toBe(first);
    // The input is never the output, even with --force.
    expect(runCli(["migrate", out, "-o", out, "--force"]).code).toBe(2);
  });

  it("refuses invalid input with the usual error (exit 2, file:line: key path)", () => {
    const file = writeAnswers("apiVersion: expressroute-advisor/v1\nkind: Answers\nbandwidth:\n  requiredMbps: 0\nazure:\n  regions: [westeurope]\n");
    const r = runCli(["migrate", file]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(`error: ${file}:4: bandwidth.requiredMbps: expected a whole number from 1 to 1000000, got 0`);
  });

  it("reads standard input", () => {
    const r = runCli(["migrate", "-"], { input: readFileSync(v1Fixture("small-retailer"), "utf8") });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("apiVersion: expressroute-advisor/v2");
  });
});

describe("--set naming list items", () => {
  it("names an unknown item with the names there are (exit 2, before anything is read)", () => {
    const file = writeAnswers(TWO_SITES);
    const r = runCli(["plan", file, "--set", "sites[amsterdam].requiredMbps=5"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('error: --set sites[amsterdam].requiredMbps=5: sites has no item named "amsterdam"; did you mean "amsterdam-dc"?');
  });

  it("blames a bad value set by name on the --set, not on a line of the file", () => {
    const file = writeAnswers(TWO_SITES);
    const r = runCli(["plan", file, "--set", "sites[frankfurt-dc].requiredMbps=0"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("error: --set sites[frankfurt-dc].requiredMbps=0: sites[1].requiredMbps: expected a whole number from 1 to 1000000, got 0");
  });

  it("plans with items changed by name or index", () => {
    const file = writeAnswers(TWO_SITES);
    const r = runCli(["plan", file, "--format", "json", "--set", "sites[frankfurt-dc].requiredMbps=3000", "--set", "regions[0].vnetCount=4", "--set", "transit.betweenSites=all"]);
    expect(r.code, r.stderr).toBe(0);
    const design = JSON.parse(r.stdout);
    expect(design.requirements.sites.map((s: { name: string; requiredMbps: number }) => [s.name, s.requiredMbps])).toEqual([
      ["amsterdam-dc", 1000],
      ["frankfurt-dc", 3000],
    ]);
    expect(design.requirements.regions[0].vnetCount).toBe(4);
    expect(design.requirements.transit).toBe("all");
  });

  it("takes v1 keys on a v1 file (applied before the file is migrated)", () => {
    const r = runCli(["validate", v1Fixture("small-retailer")]);
    expect(r.code).toBe(0);
    const planned = runCli(["plan", v1Fixture("small-retailer"), "--set", "bandwidth.requiredMbps=0"]);
    expect(planned.code).toBe(2);
    expect(planned.stderr).toContain("error: --set bandwidth.requiredMbps=0: bandwidth.requiredMbps: expected a whole number from 1 to 1000000, got 0");
  });
});
