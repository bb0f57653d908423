// Outputs under hostile conditions (issue 11): nothing cut, nothing clobbered, no hang, no stack.
// Special files are stand-ins made in a temporary folder (mknod, mkfifo), never the real /dev.
import { spawn, spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, ROOT, runCli } from "../helpers/run-cli.js";
import { v1Note } from "../helpers/v1-note.js";

const fixture = (name: string) => join(ROOT, "fixtures/answers", `${name}.yaml`);
const golden = (name: string) => readFileSync(join(ROOT, "fixtures/designs", `${name}.yaml`), "utf8");
const tmp = () => mkdtempSync(join(tmpdir(), "era-out-"));
const isRoot = process.getuid?.() === 0;

/** Runs the binary through a shell, for limits and redirections a spawn cannot set. */
function runShell(script: string, cwd: string) {
  const r = spawnSync("sh", ["-c", script], { cwd, encoding: "utf8", timeout: 20_000, env: { ...process.env, CI: "true", NO_COLOR: "1", BIN } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("short writes", () => {
  it("a file-size limit fails the run and leaves no file, or the old one, in place", () => {
    const dir = tmp();
    const cut = runShell(`ulimit -f 4; exec "${process.execPath}" "$BIN" plan "${fixture("contoso-bank-direct")}" -o d.yaml`, dir);
    expect(cut.code).toBe(2);
    expect(cut.stderr).toBe(`${v1Note(fixture("contoso-bank-direct"))}error: d.yaml: the file-size limit was reached; nothing was written\n`);
    expect(readdirSync(dir)).toEqual([]);
    writeFileSync(join(dir, "d.yaml"), "the approved design\n");
    const forced = runShell(`ulimit -f 4; exec "${process.execPath}" "$BIN" plan "${fixture("contoso-bank-direct")}" -o d.yaml --force`, dir);
    expect(forced.code).toBe(2);
    expect(readFileSync(join(dir, "d.yaml"), "utf8")).toBe("the approved design\n");
    expect(readdirSync(dir)).toEqual(["d.yaml"]);
  });

  it("a full disk on stdout is one line and exit 2; a reader that goes away ends the run quietly", () => {
    const full = runShell(`exec "${process.execPath}" "$BIN" plan "${fixture("contoso-bank-direct")}" > /dev/full`, tmp());
    expect(full.code).toBe(2);
    expect(full.stderr).toBe(`${v1Note(fixture("contoso-bank-direct"))}error: cannot write to standard output: no space left on the device; the document is incomplete\n`);
    const piped = runShell(`"${process.execPath}" "$BIN" schema answers | head -c 1 >/dev/null; "${process.execPath}" "$BIN" diff "${fixture("small-retailer")}" "${fixture("too-many-routes")}" | head -1`, tmp());
    expect(piped.stderr).toBe("");
    expect(piped.stdout).toMatch(/^--- /);
  });
});

describe("what -o replaces", () => {
  it.runIf(isRoot)("streams into a device with --force and never replaces it", () => {
    const dir = tmp();
    const device = join(dir, "null");
    expect(spawnSync("mknod", [device, "c", "1", "3"]).status).toBe(0);
    const refused = runCli(["plan", fixture("small-retailer"), "-o", device]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("already exists; pass --force");
    const forced = runCli(["plan", fixture("small-retailer"), "-o", device, "--force"]);
    expect(forced.code).toBe(0);
    expect(statSync(device).isCharacterDevice()).toBe(true);
  });

  it("a FIFO without a reader fails at once; with one, it gets the whole document", async () => {
    const dir = tmp();
    const fifo = join(dir, "fifo");
    expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
    const alone = runCli(["plan", fixture("small-retailer"), "-o", fifo, "--force"], { timeout: 10_000 });
    expect(alone.code).toBe(2);
    expect(alone.stderr).toBe(`error: ${fifo}: a FIFO with no reader; nothing was written\n`);
    const reader = spawn("cat", [fifo]);
    let read = "";
    reader.stdout.on("data", (d: Buffer) => (read += d.toString()));
    const closed = new Promise((resolve) => reader.on("close", resolve));
    // Give cat time to open its end.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(runCli(["plan", fixture("small-retailer"), "-o", fifo, "--force"], { timeout: 10_000 }).code).toBe(0);
    await closed;
    expect(read).toBe(golden("small-retailer"));
    expect(statSync(fifo).isFIFO()).toBe(true);
  });

  it("a replaced file keeps its permissions; a long valid name works", () => {
    const dir = tmp();
    const secret = join(dir, "secret.yaml");
    writeFileSync(secret, "old\n");
    chmodSync(secret, 0o600);
    expect(runCli(["plan", fixture("small-retailer"), "-o", secret, "--force"]).code).toBe(0);
    expect(statSync(secret).mode & 0o777).toBe(0o600);
    expect(readFileSync(secret, "utf8")).toBe(golden("small-retailer"));
    const long = join(dir, `${"d".repeat(245)}.yaml`);
    const r = runCli(["plan", fixture("small-retailer"), "-o", long]);
    expect(r.stderr).toBe(`${v1Note(fixture("small-retailer"))}wrote ${long}\n`);
    expect(r.code).toBe(0);
  });

  it("refuses, before writing anything, outputs over the answers, on each other, or both on stdout", () => {
    const dir = tmp();
    const answers = join(dir, "a.yaml");
    writeFileSync(answers, readFileSync(fixture("small-retailer")));
    const over = runCli(["plan", answers, "-o", answers, "--force"]);
    expect(over.code).toBe(2);
    expect(over.stderr).toContain("is one of the files read");
    expect(readFileSync(answers, "utf8")).toBe(readFileSync(fixture("small-retailer"), "utf8"));
    writeFileSync(join(dir, "taken.yaml"), "keep\n");
    const taken = runCli(["plan", answers, "-o", join(dir, "d.yaml"), "--save-answers", join(dir, "taken.yaml")]);
    expect(taken.code).toBe(2);
    expect(existsSync(join(dir, "d.yaml"))).toBe(false);
    const same = runCli(["plan", answers, "-o", join(dir, "x.yaml"), "--save-answers", join(dir, "x.yaml")]);
    expect(same.code).toBe(2);
    expect(same.stderr).toContain("given for two outputs");
    // One file under two spellings, and an output whose folder does not exist: refused up front.
    const spelled = runCli(["plan", answers, "-o", join(dir, "s.yaml"), "--save-answers", `${dir}/./s.yaml`, "--force"]);
    expect(spelled.code).toBe(2);
    expect(spelled.stderr).toContain("given for two outputs");
    expect(existsSync(join(dir, "s.yaml"))).toBe(false);
    const nofolder = runCli(["plan", answers, "-o", join(dir, "d2.yaml"), "--save-answers", join(dir, "nodir", "x.yaml")]);
    expect(nofolder.code).toBe(2);
    expect(nofolder.stderr).toContain("the folder does not exist");
    expect(existsSync(join(dir, "d2.yaml"))).toBe(false);
    const stdout = runCli(["plan", answers, "--save-answers", "-"]);
    expect(stdout.code).toBe(2);
    expect(stdout.stdout).toBe("");
    expect(stdout.stderr).toContain("cannot both go to standard output");
  });
});
