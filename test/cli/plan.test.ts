// Black-box tests: the real binary, its stdout, stderr and exit code.
import { mkdtempSync, readFileSync, writeFileSync, existsSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ROOT, runCli } from "../helpers/run-cli.js";
import { v1Note } from "../helpers/v1-note.js";

const fixture = (name: string) => join(ROOT, "fixtures/answers", `${name}.yaml`);
const tmp = () => mkdtempSync(join(tmpdir(), "era-"));

describe("plan", () => {
  it("prints exactly the golden design on stdout and only the v1 note on stderr", () => {
    const r = runCli(["plan", "--answers", fixture("small-retailer")]);
    expect(r.stderr).toBe(v1Note(fixture("small-retailer")));
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(readFileSync(join(ROOT, "fixtures/designs/small-retailer.yaml"), "utf8"));
  });

  it("is the default command", () => {
    const r = runCli(["--answers", fixture("small-retailer"), "--format", "json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).kind).toBe("Design");
  });

  it("prints the same document as JSON", () => {
    const yaml = runCli(["plan", "--answers", fixture("contoso-bank-direct")]);
    const json = runCli(["plan", "--answers", fixture("contoso-bank-direct"), "--format", "json"]);
    expect(JSON.parse(json.stdout)).toEqual(parse(yaml.stdout));
  });

  it("reads answers from stdin with -", () => {
    const r = runCli(["plan", "--answers", "-", "--format", "json"], { input: readFileSync(fixture("small-retailer"), "utf8") });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).circuits[0].bandwidthMbps).toBe(200);
  });

  it("exits 3 and says why when the design carries an error finding", () => {
    const dir = tmp();
    const file = join(dir, "a.yaml");
    writeFileSync(file, "apiVersion: expressroute-advisor/v1\nkind: Answers\nbandwidth: {requiredMbps: 1000}\nazure: {regions: [westeurope], onPremisesRoutes: 12000}\n");
    const r = runCli(["plan", "--answers", file, "--format", "json"]);
    expect(r.code).toBe(3);
    const design = JSON.parse(r.stdout);
    expect(design.findings.some((f: { id: string; severity: string }) => f.id === "ER-SKU-F01" && f.severity === "error")).toBe(true);
    expect(r.stderr).toMatch(/error finding/);
  });

  it("exits 2 naming the file, line, key path and a did-you-mean for a typo", () => {
    const dir = tmp();
    const file = join(dir, "typo.yaml");
    writeFileSync(file, "apiVersion: expressroute-advisor/v1\nkind: Answers\nbandwidth:\n  requiredMbps: 1000\nazure:\n  regions: [westeurope]\n  onPremiseRoutes: 250\n");
    const r = runCli(["plan", "--answers", file]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(`${file}:7: azure.onPremiseRoutes: unknown key; did you mean "onPremisesRoutes"?`);
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
  });

  it("exits 2 naming a missing required key without prompting", () => {
    const dir = tmp();
    const file = join(dir, "missing.yaml");
    writeFileSync(file, "apiVersion: expressroute-advisor/v1\nkind: Answers\nbandwidth: {}\nazure: {regions: [westeurope]}\n");
    const r = runCli(["plan", "--answers", file, "--no-input"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("bandwidth.requiredMbps: required answer is missing");
  });

  it("names the line of a YAML syntax error", () => {
    const dir = tmp();
    const file = join(dir, "broken.yaml");
    writeFileSync(file, "apiVersion: expressroute-advisor/v1\nkind: Answers\nbandwidth: [1,\n");
    const r = runCli(["plan", "--answers", file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`${file}:\\d+: YAML syntax error`));
  });

  it.each([
    ["an empty file", "", /empty/],
    ["binary data", "\u0000\u0001\u0002", /not a text file/],
    ["a scalar", "42\n", /expected a mapping/],
    ["an alias bomb", `a: &a [x,x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\n`, /alias/],
    ["a __proto__ key", "apiVersion: expressroute-advisor/v1\nkind: Answers\n__proto__: {polluted: true}\nbandwidth: {requiredMbps: 1}\nazure: {regions: [westeurope]}\n", /__proto__: unknown key/],
  ])("exits 2 with one clear line for %s", (_, text, pattern) => {
    const dir = tmp();
    const file = join(dir, "x.yaml");
    writeFileSync(file, text);
    const r = runCli(["plan", "--answers", file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(pattern);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("refuses a missing answers file and a missing --answers without a terminal", () => {
    expect(runCli(["plan", "--answers", "/nonexistent/a.yaml"])).toMatchObject({ code: 2, stderr: expect.stringContaining("no such file") });
    expect(runCli(["plan"])).toMatchObject({ code: 2, stderr: expect.stringContaining("no terminal") });
  });

  it("writes -o atomically and never clobbers without --force", () => {
    const dir = tmp();
    const out = join(dir, "design.yaml");
    const first = runCli(["plan", "--answers", fixture("small-retailer"), "-o", out]);
    expect(first.code).toBe(0);
    expect(first.stdout).toBe("");
    expect(readFileSync(out, "utf8")).toBe(readFileSync(join(ROOT, "fixtures/designs/small-retailer.yaml"), "utf8"));
    writeFileSync(out, "keep me");
    const second = runCli(["plan", "--answers", fixture("small-retailer"), "-o", out]);
    expect(second.code).toBe(2);
    expect(second.stderr).toContain("already exists; pass --force");
    expect(readFileSync(out, "utf8")).toBe("keep me");
    expect(runCli(["plan", "--answers", fixture("small-retailer"), "-o", out, "--force"]).code).toBe(0);
    expect(readFileSync(out, "utf8")).toContain("kind: Design");
    expect(readdirSync(dir)).toEqual(["design.yaml"]);
  });

  it("turns file-system errors on output into one clear line", () => {
    const dir = tmp();
    const r = runCli(["plan", "--answers", fixture("small-retailer"), "-o", dir, "--force"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${dir}: is a folder; give a file name inside it`);
    expect(runCli(["plan", "--answers", fixture("small-retailer"), "-o", join(dir, "no/such/x.yaml")]).stderr).toContain("the folder does not exist");
  });

  it("creates no output file when the answers are invalid", () => {
    const dir = tmp();
    const out = join(dir, "design.yaml");
    const bad = join(dir, "bad.yaml");
    writeFileSync(bad, "apiVersion: expressroute-advisor/v1\nkind: Answers\n");
    expect(runCli(["plan", "--answers", bad, "-o", out]).code).toBe(2);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir)).toEqual(["bad.yaml"]);
  });

  it("prints the version alone and help with exit codes", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
    expect(runCli(["--version"])).toMatchObject({ code: 0, stdout: `${pkg.version}\n` });
    const help = runCli(["plan", "--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("--answers <file>");
    expect(help.stdout).toContain("Exit codes");
  });

  it("says unknown command, and spots a design passed as answers", () => {
    const r = runCli(["plna", "--answers", fixture("small-retailer")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown command "plna"; did you mean "plan"?');
    const d = runCli(["plan", "--answers", join(ROOT, "fixtures/designs/small-retailer.yaml")]);
    expect(d.code).toBe(2);
    expect(d.stderr.trim().split("\n")[0]).toContain("this is a design document (kind: Design), not answers");
  });

  it("exits 2 for an unknown option and an unknown format", () => {
    expect(runCli(["plan", "--bogus"]).code).toBe(2);
    const r = runCli(["plan", "--answers", fixture("small-retailer"), "--format", "xml"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("xml");
  });

  it("uses no colour when stderr is not a terminal, even with FORCE_COLOR unset", () => {
    const r = runCli(["plan", "--answers", "/nonexistent.yaml"], { env: { NO_COLOR: undefined } });
    expect(r.stderr).not.toContain("\u001b[");
  });
});
