// `export` through the real binary: answers or a design in, an ARM template or a Terraform
// configuration out (stdout or a file written whole, never replacing one without --force), and
// bad input refused in one line with its file, line and key path (exit 2), never a stack trace.
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse as parseYaml, stringify } from "yaml";
import { parse as parseHcl } from "@cdktn/hcl2json";
import { ROOT, runCli } from "../helpers/run-cli.js";

const answers = (name: string) => join(ROOT, "fixtures/answers", `${name}.yaml`);
const design = (name: string) => join(ROOT, "fixtures/designs", `${name}.yaml`);
const golden = (name: string) => readFileSync(join(ROOT, "fixtures/exports", name), "utf8");
const tmp = () => mkdtempSync(join(tmpdir(), "era-export-"));

describe("export", () => {
  it("writes the ARM template of an answers file to stdout, the same as the golden", () => {
    const r = runCli(["export", "--format", "arm", answers("v2-australia-two-dc")]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(golden("v2-australia-two-dc.json"));
    expect(JSON.parse(r.stdout).resources.length).toBeGreaterThan(0);
  });

  it("writes Terraform from a design file, the same as from its answers", async () => {
    const fromDesign = runCli(["export", "--design", design("v2-virtual-wan-four-hubs"), "--format", "terraform"]);
    expect(fromDesign.code).toBe(0);
    expect(fromDesign.stdout).toBe(golden("v2-virtual-wan-four-hubs.tf"));
    // A design given as the argument is recognised by its kind.
    expect(runCli(["export", design("v2-virtual-wan-four-hubs"), "-f", "terraform"]).stdout).toBe(fromDesign.stdout);
    await expect(parseHcl("main.tf", fromDesign.stdout)).resolves.toBeTruthy();
  });

  it("picks the format from -o's extension, says what it wrote, and never replaces a file without --force", () => {
    const dir = tmp();
    const tf = join(dir, "main.tf");
    const first = runCli(["export", answers("margie-bank-macsec-london"), "-o", tf]);
    expect(first.code).toBe(0);
    expect(first.stderr).toContain(`wrote ${tf}`);
    expect(readFileSync(tf, "utf8")).toBe(golden("margie-bank-macsec-london.tf"));
    writeFileSync(tf, "kept\n");
    const again = runCli(["export", answers("margie-bank-macsec-london"), "-o", tf]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("already exists; pass --force");
    expect(readFileSync(tf, "utf8")).toBe("kept\n");
    expect(runCli(["export", answers("margie-bank-macsec-london"), "-o", tf, "--force"]).code).toBe(0);
    expect(readFileSync(tf, "utf8")).toBe(golden("margie-bank-macsec-london.tf"));
    const json = join(dir, "template.json");
    expect(runCli(["export", answers("margie-bank-macsec-london"), "-o", json]).code).toBe(0);
    expect(readFileSync(json, "utf8")).toBe(golden("margie-bank-macsec-london.json"));
  });

  it("refuses usage it cannot honour, exit 2 with a hint", () => {
    const dir = tmp();
    const noFormat = runCli(["export", answers("small-retailer")]);
    expect(noFormat.code).toBe(2);
    expect(noFormat.stderr).toContain("--format arm or --format terraform");
    const txt = runCli(["export", answers("small-retailer"), "-o", join(dir, "out.txt")]);
    expect(txt.code).toBe(2);
    expect(txt.stderr).toContain("name the file .json (arm) or .tf (terraform)");
    expect(existsSync(join(dir, "out.txt"))).toBe(false);
    const badFormat = runCli(["export", answers("small-retailer"), "--format", "bicep"]);
    expect(badFormat.code).toBe(2);
    expect(badFormat.stderr).toContain("Allowed choices are arm, terraform");
    const both = runCli(["export", answers("small-retailer"), "--design", design("small-retailer"), "-f", "arm"]);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain("two inputs given");
    const none = runCli(["export", "-f", "arm"]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("no input given");
  });

  it("refuses a design whose references do not resolve: file:line: key path, no stack trace", () => {
    const dir = tmp();
    const broken = parseYaml(readFileSync(design("v2-australia-two-dc"), "utf8"));
    broken.connections[1].circuit = "nowhere-1";
    const file = join(dir, "broken.yaml");
    writeFileSync(file, stringify(broken));
    const r = runCli(["export", "--design", file, "-f", "terraform"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/broken\.yaml:\d+: connections\[1\]\.circuit: expected the id of a circuit in circuits\[\], got "nowhere-1"/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("refuses a file that is not a design with --design, and invalid answers, with the key path", () => {
    const notDesign = runCli(["export", "--design", answers("small-retailer"), "-f", "arm"]);
    expect(notDesign.code).toBe(2);
    expect(notDesign.stderr).toContain("expressroute-advisor/v2, kind: Design");
    const dir = tmp();
    const bad = join(dir, "bad.yaml");
    writeFileSync(bad, "apiVersion: expressroute-advisor/v2\nkind: Answers\nsites:\n  - name: hq\n    requiredMbps: -5\nregions:\n  - name: westeurope\n");
    const r = runCli(["export", bad, "-f", "arm"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bad\.yaml:5: sites\[0\]\.requiredMbps/);
    expect(r.stdout).toBe("");
  });

  it("exports a design with error findings, but says so and exits 3", () => {
    const r = runCli(["export", answers("policy-vpn-small-subnet"), "-f", "arm"]);
    expect(r.code).toBe(3);
    expect(JSON.parse(r.stdout).resources.length).toBeGreaterThan(0);
    expect(r.stderr).toContain("error finding");
    expect(r.stderr).toContain("ER-VPN-F02");
  });

  it("adds nothing at run time: the Azure SDK models are types only (a devDependency)", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
    expect(Object.keys(pkg.dependencies)).not.toContain("@azure/arm-network");
    expect(Object.keys(pkg.devDependencies)).toContain("@azure/arm-network");
    const dist = join(ROOT, "dist");
    const code = (readdirSync(dist, { recursive: true }) as string[]).filter((f) => f.endsWith(".js"));
    expect(code.length).toBeGreaterThan(0);
    const importsAzure = /(?:from\s*|import\s*\(\s*|require\s*\(\s*)["']@azure\//;
    expect(code.filter((f) => importsAzure.test(readFileSync(join(dist, f), "utf8")))).toEqual([]);
  });

  it("takes --no-color and --no-input, as every command does (docs/contract.md §1)", () => {
    const r = runCli(["export", "--no-color", "--no-input", "-f", "arm", answers("small-retailer")]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).$schema).toContain("deploymentTemplate.json");
    // --format is case-insensitive, as for every command that has one.
    expect(runCli(["export", "-f", "TerraForm", answers("small-retailer")]).stdout).toContain('resource "azurerm_express_route_circuit"');
  });

  it("has help that names the formats and the two-stage deployment", () => {
    const r = runCli(["export", "--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("--format <format>");
    expect(r.stdout).toContain("deployPeerings=true");
    expect(runCli(["help", "export"]).stdout).toBe(r.stdout);
  });
});
