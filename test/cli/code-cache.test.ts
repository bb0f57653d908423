// The command line runs from dist/bin/cli.js with V8's code cache (src/cli/cli-script.ts): the
// cache the build wrote must fit this Node (else every run compiles from source, and the speed
// budget is lost quietly), a missing cache or one that does not fit (another Node version, a
// damaged file) must change nothing but the time, and an edited cli.js must run as edited.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT } from "../helpers/run-cli.js";

const work = mkdtempSync(join(tmpdir(), "era-code-cache-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** An installed-like copy of the package (no src/): what a run reads, nothing else. */
function copyPackage(name: string): string {
  const dir = join(work, name);
  for (const part of ["bin", "dist/bin", "dist/builtin.json", "package.json", "rules", "catalog"]) cpSync(join(ROOT, part), join(dir, part), { recursive: true });
  return dir;
}

const run = (dir: string, args: string[]) => {
  const r = spawnSync(process.execPath, [join(dir, "bin/expressroute-advisor.js"), ...args], { encoding: "utf8", cwd: ROOT, env: { ...process.env, CI: "true", NO_COLOR: "1" } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

describe("the code cache", () => {
  it("fits the Node that built it: V8 takes it", () => {
    // Compiled exactly as entry.js compiles it (the same cli-script module, built by tsc).
    const probe = `const m = await import(${JSON.stringify(pathToFileURL(join(ROOT, "dist/cli/cli-script.js")).href)}); console.log(JSON.stringify({ rejected: m.compileCliScript().script.cachedDataRejected }));`;
    const r = spawnSync(process.execPath, ["--input-type=module", "-e", probe], { encoding: "utf8", cwd: ROOT });
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout)).toEqual({ rejected: false });
  });

  it("makes no import() from the script (Node 20 loses a cached script's import callback)", () => {
    expect(readFileSync(join(ROOT, "dist/bin/cli.js"), "utf8")).not.toMatch(/\bimport\(/);
  });

  it("changes nothing but the time when it is missing, damaged or for another V8", () => {
    const args = ["plan", "--answers", join(ROOT, "fixtures/answers/v2-relecloud-three-hubs.yaml"), "--format", "json"];
    const withCache = run(copyPackage("with"), args);
    expect(withCache.code).toBe(0);
    const cache = readFileSync(join(ROOT, "dist/bin/cli.cache"));
    const variants: [string, (file: string) => void][] = [
      ["missing", (file) => rmSync(file)],
      ["garbage", (file) => writeFileSync(file, Buffer.alloc(4096, 7))],
      ["cut short", (file) => writeFileSync(file, cache.subarray(0, cache.length >> 1))],
      ["empty", (file) => writeFileSync(file, "")],
    ];
    for (const [name, damage] of variants) {
      const dir = copyPackage(name);
      damage(join(dir, "dist/bin/cli.cache"));
      expect(run(dir, args), name).toEqual(withCache);
      expect(run(dir, ["--help"]).stdout, name).toBe(run(join(work, "with"), ["--help"]).stdout);
    }
  });

  it("is not used for a cli.js edited since, even by a same-length edit V8 alone would not notice", () => {
    const dir = copyPackage("edited");
    const file = join(dir, "dist/bin/cli.js");
    const source = readFileSync(file, "utf8");
    expect(source).toContain("Turns connectivity needs");
    writeFileSync(file, source.replace("Turns connectivity needs", "TURNS CONNECTIVITY NEEDS"));
    expect(run(dir, ["--help"]).stdout).toContain("TURNS CONNECTIVITY NEEDS into a cited Azure ExpressRoute design.");
  });
});
