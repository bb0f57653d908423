// Packaging for npx: the tarball holds only what runs, installs with production dependencies
// only, and `npx expressroute-advisor` works from it in an empty folder.
import { execFileSync, spawnSync } from "node:child_process";
import { appendFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT } from "../helpers/run-cli.js";

const work = mkdtempSync(join(tmpdir(), "era-pack-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("npm pack", () => {
  // --ignore-scripts: the test suite runs after the build (npm test builds first).
  const packed = JSON.parse(execFileSync("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", work], { cwd: ROOT, encoding: "utf8" }))[0] as {
    filename: string;
    size: number;
    files: { path: string }[];
  };

  it("holds only built code, rules, catalog, schemas, README and licence", () => {
    const tops = new Set(packed.files.map((f) => f.path.split("/")[0]));
    expect([...tops].sort()).toEqual(["LICENSE", "README.md", "bin", "catalog", "dist", "package.json", "rules", "schemas"]);
    const paths = packed.files.map((f) => f.path);
    expect(paths).toContain("dist/bin/entry.js");
    expect(paths).toContain("dist/builtin.json");
    expect(paths.some((p) => p.startsWith("src/") || p.startsWith("test/") || p.startsWith("fixtures/"))).toBe(false);
  });

  it("has no install-time scripts (npm install of the tarball runs nothing of ours)", () => {
    const manifest = JSON.parse(execFileSync("tar", ["-xOzf", join(work, packed.filename), "package/package.json"], { encoding: "utf8" })) as { scripts?: Record<string, string> };
    const installTime = ["preinstall", "install", "postinstall", "prepare"].filter((s) => manifest.scripts?.[s] !== undefined);
    expect(installTime).toEqual([]);
    // The tarball is built before it is packed, so it needs none.
    expect(manifest.scripts?.prepack).toBe("npm run build");
  });

  it("installs without dev dependencies and runs with npx", { timeout: 180_000 }, () => {
    const app = join(work, "app");
    execFileSync("mkdir", ["-p", app]);
    writeFileSync(join(app, "package.json"), JSON.stringify({ name: "app", version: "1.0.0", private: true }));
    const install = spawnSync("npm", ["install", join(work, packed.filename), "--omit=dev", "--no-audit", "--no-fund", "--prefer-offline"], { cwd: app, encoding: "utf8" });
    expect(install.status).toBe(0);
    expect(`${install.stdout}${install.stderr}`).not.toMatch(/install-script|postinstall|prepare/);
    const installed = readdirSync(join(app, "node_modules")).filter((d) => !d.startsWith("."));
    expect(installed.sort()).toEqual(["expressroute-advisor", "zod"]);
    const answers = join(app, "answers.yaml");
    writeFileSync(answers, "apiVersion: expressroute-advisor/v2\nkind: Answers\nsites: [{name: dublin-dc, requiredMbps: 800, peeringLocation: Dublin, colocation: with-cloud-exchange}]\nregions: [{name: northeurope}]\n");
    const r = spawnSync("npx", ["--no-install", "expressroute-advisor", "--answers", answers, "--format", "json"], { cwd: app, encoding: "utf8", env: { ...process.env, CI: "true" } });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const design = JSON.parse(r.stdout);
    expect(design.circuits[0].connection.model).toBe("cloud-exchange");
    expect(design.circuits[0].bandwidthMbps).toBe(1000);
    expect(spawnSync("npx", ["--no-install", "expressroute-advisor", "--version"], { cwd: app, encoding: "utf8" }).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    // An installed package runs from the prebuilt rules (dist/builtin.json), never re-reading the
    // YAML: a broken rules file there goes unnoticed, where a checkout would read and reject it.
    appendFileSync(join(app, "node_modules/expressroute-advisor/rules/circuits.yaml"), "\n  - this is: [not valid\n");
    const again = spawnSync("npx", ["--no-install", "expressroute-advisor", "--answers", answers, "--format", "json"], { cwd: app, encoding: "utf8", env: { ...process.env, CI: "true" } });
    expect(again.stderr).toBe("");
    expect(again.stdout).toBe(r.stdout);
  });
});
