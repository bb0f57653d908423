// What a new user met with answers v2 (a trial's report, items 8–13), through the real binary:
// --set adding an entry or using v2 keys on a v1 file, error wording, names differing only in
// case, the note when plan reads a v1 file, and migrate keeping the file's header comment.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { validateAnswers } from "../../src/answers/validate.js";
import { runInPty } from "../helpers/pty.js";
import { ROOT, runCli } from "../helpers/run-cli.js";
import { v1Note } from "../helpers/v1-note.js";

const v1Fixture = (name: string) => join(ROOT, "fixtures/answers", `${name}.yaml`);

function writeAnswers(text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), "era-answers-ux-")), "answers.yaml");
  writeFileSync(file, text);
  return file;
}

const THREE_SITES = `apiVersion: expressroute-advisor/v2
kind: Answers
name: fabrikam-three
sites:
  - name: amsterdam-dc
    requiredMbps: 2000
    peeringLocation: Amsterdam
  - name: frankfurt-dc
    requiredMbps: 1500
    peeringLocation: Frankfurt
  - name: dallas-dc
    requiredMbps: 1000
    peeringLocation: Dallas
regions:
  - name: westeurope
    vnetCount: 3
  - name: germanywestcentral
  - name: southcentralus
    sites: [dallas-dc]
transit:
  betweenSites:
    - [amsterdam-dc, frankfurt-dc]
`;

/** The error lines of a run (without the closing hint lines). */
const errorLines = (stderr: string) => stderr.split("\n").filter((l) => l.startsWith("error: "));

describe("--set that adds a list entry (item 8)", () => {
  it("blames the --set and says which keys the new entry still needs", () => {
    const file = writeAnswers(THREE_SITES);
    const r = runCli(["plan", file, "--set", "sites[3].requiredMbps=5000"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(errorLines(r.stderr)).toEqual([
      "error: --set sites[3].requiredMbps=5000: sites[3].name: required answer is missing (Name of the site (group): unique; letters, digits, - and _): expected a name of letters, digits, - and _ (1 to 63 characters); sites[3] is a new entry: give its name too (--set sites[3].name=…)",
    ]);
  });

  it("plans once the new entry has its required keys", () => {
    const file = writeAnswers(THREE_SITES);
    const r = runCli(["plan", file, "--format", "json", "--set", "sites[3].requiredMbps=5000", "--set", "sites[3].name=dublin-dc"]);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).requirements.sites.map((s: { name: string }) => s.name)).toEqual(["amsterdam-dc", "frankfurt-dc", "dallas-dc", "dublin-dc"]);
  });

  it("keeps blaming the file for what the file got wrong", () => {
    const file = writeAnswers(THREE_SITES.replace("requiredMbps: 1500", "requiredMbps: 0"));
    const r = runCli(["plan", file, "--set", "sites[3].requiredMbps=5000", "--set", "sites[3].name=dublin-dc"]);
    expect(errorLines(r.stderr)).toEqual([`error: ${file}:9: sites[1].requiredMbps: expected a whole number from 1 to 1000000, got 0`]);
  });
});

describe("v2 keys set on a v1 file (item 9)", () => {
  it("names the v1 key for the answer, or says to migrate (exit 2)", () => {
    const fixture = v1Fixture("contoso-bank-direct");
    const site = runCli(["plan", fixture, "--set", "sites[0].requiredMbps=100"]);
    expect(site.code).toBe(2);
    expect(site.stdout).toBe("");
    expect(errorLines(site.stderr)).toEqual([
      "error: --set sites[0].requiredMbps=100: the answers file is v1 (apiVersion: expressroute-advisor/v1), where this answer is bandwidth.requiredMbps; or use v2 keys on the v2 file `expressroute-advisor migrate FILE` prints",
    ]);
    const network = runCli(["plan", fixture, "--set", "azure.network=virtual-wan"]);
    expect(network.code).toBe(2);
    expect(errorLines(network.stderr)[0]).toContain("--set azure.network=virtual-wan: the answers file is v1 (apiVersion: expressroute-advisor/v1), which has no such answer;");
    const byName = runCli(["plan", fixture, "--set", "regions[westeurope].vnetCount=3"]);
    expect(errorLines(byName.stderr)[0]).toContain("where this answer is azure.vnetCount;");
  });

  it("still takes v1 keys on a v1 file, and v2 keys once --set makes it v2", () => {
    expect(runCli(["plan", v1Fixture("contoso-bank-direct"), "--set", "bandwidth.requiredMbps=9000"]).code).toBe(0);
    const file = writeAnswers(THREE_SITES);
    expect(runCli(["plan", file, "--set", "apiVersion=expressroute-advisor/v1", "--set", "sites[0].requiredMbps=1"]).stderr).toContain("the answers file is v1");
  });
});

describe("error wording (item 10)", () => {
  it("says a region's sites list is empty, and what null means", () => {
    const file = writeAnswers(THREE_SITES.replace("sites: [dallas-dc]", "sites: []"));
    expect(errorLines(runCli(["validate", file]).stderr)).toEqual([
      `error: ${file}:19: regions[2].sites: expected a list of site names, e.g. [amsterdam-dc] or null, got an empty list; for every site, leave the key out or write null`,
    ]);
  });

  it("counts the names of a transit pair that is not a pair", () => {
    const file = writeAnswers(THREE_SITES.replace("[amsterdam-dc, frankfurt-dc]", "[amsterdam-dc, frankfurt-dc, dallas-dc]"));
    expect(errorLines(runCli(["validate", file]).stderr)).toEqual([
      `error: ${file}:22: transit.betweenSites[0]: expected a pair of site names, e.g. [amsterdam-dc, frankfurt-dc], got a list of 3 names`,
    ]);
  });

  it("shows the entry a plain region or site name should be", () => {
    const file = writeAnswers(THREE_SITES.replace(/regions:[\s\S]*?transit:/, "regions: [westeurope]\ntransit:").replace(/sites:\n[\s\S]*?regions:/, "sites: [amsterdam-dc]\nregions:"));
    expect(errorLines(runCli(["validate", file]).stderr)).toEqual([
      `error: ${file}:4: sites[0]: expected a mapping of keys, got "amsterdam-dc"; write the entry as { name: amsterdam-dc, requiredMbps: … }`,
      `error: ${file}:5: regions[0]: expected a mapping of keys, got "westeurope"; write the entry as { name: westeurope }`,
    ]);
  });

  it("tells a v2 file that says v1 to set its apiVersion, and checks it as v2", () => {
    const file = writeAnswers(
      THREE_SITES.replace("expressroute-advisor/v2", "expressroute-advisor/v1").replace("requiredMbps: 1000", "requiredMbps: 0").replace("peeringLocation: Dallas", "peeringLocation: Dalas"),
    );
    const r = runCli(["validate", file]);
    expect(r.code).toBe(2);
    const lines = errorLines(r.stderr);
    expect(lines.slice(0, 2)).toEqual([
      `error: ${file}:1: apiVersion: says expressroute-advisor/v1, but the file is written as v2 (sites is a list, it has regions, it has transit); set apiVersion: expressroute-advisor/v2`,
      `error: ${file}:12: sites[2].requiredMbps: expected a whole number from 1 to 1000000, got 0`,
    ]);
    // The catalog check reads it as v2 too.
    expect(lines.slice(2)).toEqual([expect.stringContaining(`error: ${file}:13: sites[2].peeringLocation: unknown peering location "Dalas"; did you mean "Dallas"`)]);
    // A v1 file with a v1 mistake is still worded in v1 terms.
    const v1 = writeAnswers("apiVersion: expressroute-advisor/v1\nkind: Answers\nbandwidth: {requiredMbps: 0}\nazure: {regions: [westeurope]}\n");
    expect(errorLines(runCli(["validate", v1]).stderr)).toEqual([`error: ${v1}:3: bandwidth.requiredMbps: expected a whole number from 1 to 1000000, got 0`]);
  });

  it("points a v1 interSiteTransit in a site entry at transit.betweenSites", () => {
    const file = writeAnswers(THREE_SITES.replace("  - name: dallas-dc\n", "  - name: dallas-dc\n    interSiteTransit: true\n"));
    expect(errorLines(runCli(["validate", file]).stderr)).toEqual([
      `error: ${file}:12: sites[2].interSiteTransit: unknown key; in v2 this answer is transit.betweenSites (the pairs of sites that must reach each other, or all)`,
    ]);
  });
});

describe("names that differ only in case (item 11)", () => {
  it("are one name to Azure: a duplicate, on the fast path and in validate alike", () => {
    const file = writeAnswers(THREE_SITES.replace("name: dallas-dc", "name: AMSTERDAM-DC").replace("sites: [dallas-dc]", "sites: [AMSTERDAM-DC]"));
    const expected = `error: ${file}:11: sites[2].name: site "AMSTERDAM-DC" is already sites[0] ("amsterdam-dc"; Azure resource names ignore case); site names must be unique`;
    for (const command of ["validate", "plan"]) {
      const r = runCli([command, file]);
      expect(r.code, command).toBe(2);
      expect(errorLines(r.stderr), command).toEqual([expected]);
    }
  });
});

describe("plan on a v1 file (item 12)", () => {
  it("says on stderr that it was read as v2, once, and still prints the design", () => {
    const fixture = v1Fixture("small-retailer");
    const r = runCli(["plan", fixture]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(readFileSync(join(ROOT, "fixtures/designs/small-retailer.yaml"), "utf8"));
    expect(r.stderr).toBe(`${fixture} is a v1 answers file: read as v2 (\`expressroute-advisor migrate ${fixture}\` shows how)\n`);
    expect(r.stderr).toBe(v1Note(fixture));
    const piped = runCli(["plan", "-"], { input: readFileSync(fixture, "utf8") });
    expect(piped.stderr).toBe(v1Note("stdin", "-"));
  });

  it("says nothing for a v2 file", () => {
    const r = runCli(["plan", writeAnswers(THREE_SITES)]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
  });

  it("leaves it to the questionnaire on a terminal, which says it once", () => {
    const fixture = v1Fixture("small-retailer");
    const r = runInPty(["plan", fixture, "-o", join(mkdtempSync(join(tmpdir(), "era-answers-ux-")), "design.yaml")], [], { cwd: ROOT });
    expect(r.code, r.screen).toBe(0);
    expect(r.screen.split("is a v1 answers file").length - 1, r.screen).toBe(1);
  });
});

describe("migrate keeps the file's header comment (item 13)", () => {
  it("at the top, above its own line, and the result is still valid v2", () => {
    const fixture = v1Fixture("contoso-bank-direct");
    const header = readFileSync(fixture, "utf8").split("\n").slice(0, 2);
    expect(header.every((l) => l.startsWith("# "))).toBe(true);
    const r = runCli(["migrate", fixture]);
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n").slice(0, 3)).toEqual([...header, `# ${fixture} migrated from expressroute-advisor/v1 by \`expressroute-advisor migrate\` (docs/contract.md §2)`]);
    expect(validateAnswers(parse(r.stdout)).ok).toBe(true);
  });

  it("for a v2 file too, and adds none to a file without one", () => {
    const file = writeAnswers(`# Fabrikam: three data centres\n\n${THREE_SITES}`);
    expect(runCli(["migrate", file]).stdout.startsWith("# Fabrikam: three data centres\n")).toBe(true);
    expect(runCli(["migrate", writeAnswers(THREE_SITES)]).stdout.startsWith("apiVersion: ")).toBe(true);
  });
});
