// Inputs under hostile conditions (issue 11): one short printable line and exit 2, no hang, no
// library message leaking through.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, ROOT, runCli } from "../helpers/run-cli.js";
import { v1Note } from "../helpers/v1-note.js";

const fixture = (name: string) => join(ROOT, "fixtures/answers", `${name}.yaml`);
const tmp = () => mkdtempSync(join(tmpdir(), "era-in-"));
const ESC = "\u001b";

describe("FIFOs as the answers file", () => {
  it("gives up at the deadline and exits, with nobody writing or a writer that stays silent", () => {
    const dir = tmp();
    const fifo = join(dir, "a.yaml");
    expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
    const started = Date.now();
    const alone = runCli(["plan", fifo], { env: { EXPRESSROUTE_ADVISOR_STDIN_TIMEOUT_MS: "500" }, timeout: 10_000 });
    expect(alone.code).toBe(2);
    expect(alone.stderr).toContain("no end of input after 0.5 s");
    expect(Date.now() - started).toBeLessThan(5_000);
    // A writer that opens the FIFO and says nothing.
    const silent = spawn("sh", ["-c", `exec 3>"${fifo}"; sleep 4`]);
    const quiet = runCli(["plan", fifo], { env: { EXPRESSROUTE_ADVISOR_STDIN_TIMEOUT_MS: "500" }, timeout: 10_000 });
    silent.kill();
    expect(quiet.code).toBe(2);
    expect(quiet.stderr).toContain("no end of input");
  });

  it("ends within a second of SIGTERM while it waits", async () => {
    const dir = tmp();
    const fifo = join(dir, "a.yaml");
    expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
    const child = spawn(process.execPath, [BIN, "plan", fifo], { env: { ...process.env, CI: "true", NO_COLOR: "1" } });
    await new Promise((resolve) => setTimeout(resolve, 700));
    const sent = Date.now();
    child.kill("SIGTERM");
    const code = await new Promise<number | null>((resolve) => child.on("exit", (c) => resolve(c)));
    expect(Date.now() - sent).toBeLessThan(2_000);
    expect(code).toBe(143);
  });

  it("reads what a writer sends", () => {
    const dir = tmp();
    const fifo = join(dir, "a.yaml");
    expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
    spawn("sh", ["-c", `sleep 0.3; cat "${fixture("small-retailer")}" > "${fifo}"`]);
    const r = runCli(["plan", fifo], { timeout: 10_000 });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(readFileSync(join(ROOT, "fixtures/designs/small-retailer.yaml"), "utf8"));
  });

  it("caps a deadline too large for a timer instead of firing at once", () => {
    const r = runCli(["plan", "-"], { input: readFileSync(fixture("small-retailer"), "utf8"), env: { EXPRESSROUTE_ADVISOR_STDIN_TIMEOUT_MS: "3000000000" } });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(v1Note("stdin", "-"));
  });
});

describe("terminal safety", () => {
  it("escape sequences in answers never reach the terminal raw", () => {
    const dir = tmp();
    const file = join(dir, "esc.yaml");
    writeFileSync(
      file,
      'apiVersion: expressroute-advisor/v1\nkind: Answers\nname: "\\e[2K\\rall good \\e]0;pwned\\a"\nbandwidth: {requiredMbps: 100}\nazure: {regions: ["\\e[2K\\rwesteurope", "\\u202eeporuetsew"]}\n',
    );
    const r = runCli(["plan", file]);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toContain(ESC);
    expect(r.stderr).not.toContain("\r");
    expect(r.stderr).not.toContain("\u202e");
    expect(r.stderr).toContain('unknown Azure region "\\u001b[2K\\u000dwesteurope"');
    const set = runCli(["plan", fixture("small-retailer"), "--set", `azure.vnetCount=${ESC}]0;title${"\u0007"}`]);
    expect(set.code).toBe(2);
    expect(set.stderr).not.toContain(ESC);
  });
});

describe("library messages stay inside", () => {
  it("YAML tags, several documents and odd --set values get our words, not the library's", () => {
    const dir = tmp();
    const base = readFileSync(fixture("small-retailer"), "utf8");
    writeFileSync(join(dir, "tag.yaml"), base.replace("name: tailwind-small-retailer", "name: !foo bar"));
    const tag = runCli(["plan", join(dir, "tag.yaml")]);
    expect(tag.code).toBe(2);
    expect(tag.stderr).toBe(`error: ${join(dir, "tag.yaml")}:5: YAML tags such as !foo are not allowed; write the plain value\n`);
    writeFileSync(join(dir, "multi.yaml"), `${base}---\n${base}`);
    const multi = runCli(["plan", join(dir, "multi.yaml")]);
    expect(multi.code).toBe(2);
    expect(multi.stderr).toContain("the file holds more than one YAML document");
    expect(multi.stderr).not.toContain("parseAllDocuments");
    const set = runCli(["plan", fixture("small-retailer"), "--set", "name=!foo bar"]);
    expect(set.code).toBe(0);
    expect(set.stderr).toBe(v1Note(fixture("small-retailer")));
    expect(set.stdout).toContain('name: "!foo bar"');
  });
});

describe("rules folders", () => {
  const rule = readFileSync(join(ROOT, "fixtures/rules/org-standards", "org.yaml"), "utf8");

  it("never follow a link out of the folder, loop through one, or wait on a FIFO", () => {
    const loop = tmp();
    writeFileSync(join(loop, "standards.yaml"), rule);
    expect(spawnSync("ln", ["-s", ".", join(loop, "a")]).status).toBe(0);
    expect(spawnSync("ln", ["-s", "/", join(loop, "root")]).status).toBe(0);
    // Subfolders and links to folders are not read: the run is the folder's own file alone.
    const looped = runCli(["rules", "list", "--rules-dir", loop], { timeout: 10_000 });
    expect(looped.code).toBe(0);
    const outside = tmp();
    expect(spawnSync("ln", ["-s", join(ROOT, "rules", "sku.yaml"), join(outside, "sku.yaml")]).status).toBe(0);
    const out = runCli(["rules", "lint", outside]);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain("a link that leads out of the rules folder");
    const fifo = tmp();
    expect(spawnSync("mkfifo", [join(fifo, "wait.yaml")]).status).toBe(0);
    const waited = runCli(["rules", "lint", fifo], { timeout: 10_000 });
    expect(waited.code).toBe(2);
    expect(waited.stderr).toContain("wait.yaml: not a regular file");
  });
});

describe("crafted but in-size inputs", () => {
  it("a megabyte name and 100,000 list items finish fast, with a bounded list of problems", () => {
    const dir = tmp();
    const long = join(dir, "long.yaml");
    writeFileSync(long, `apiVersion: expressroute-advisor/v1\nkind: Answers\nbandwidth: {requiredMbps: 100}\nazure: {regions: [${"x".repeat(900_000)}]}\n`);
    const started = Date.now();
    const r = runCli(["plan", long]);
    expect(r.code).toBe(2);
    expect(r.stderr.length).toBeLessThan(2_000);
    const many = join(dir, "many.yaml");
    writeFileSync(many, `apiVersion: expressroute-advisor/v1\nkind: Answers\nbandwidth: {requiredMbps: 100}\nazure: {regions: [${Array.from({ length: 100_000 }, (_, i) => `r${i}`).join(", ")}]}\n`);
    const m = runCli(["plan", many]);
    expect(m.code).toBe(2);
    expect(m.stderr.split("\n").length).toBeLessThan(30);
    expect(m.stderr).toMatch(/… and \d+ more problems/);
    expect(Date.now() - started).toBeLessThan(15_000);
  });
});
