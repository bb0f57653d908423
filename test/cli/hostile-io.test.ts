// The remaining hostile-file classes of issue 11 (the adversarial report's items 1-5, 9, 10, 12,
// 13, 15 and links): each reproduced first, then held to the contract: exit 2 with one short
// printable line, nothing cut, nothing written that was not asked for, nothing outside the target
// touched. Special files are stand-ins made in a temporary folder, never the real /dev.
import { spawnSync } from "node:child_process";
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, ROOT, runCli } from "../helpers/run-cli.js";
import { v1Note } from "../helpers/v1-note.js";

const fixture = (name: string) => join(ROOT, "fixtures/answers", `${name}.yaml`);
const answersText = () => readFileSync(fixture("alpine-paas-vpn"), "utf8");
const tmp = () => mkdtempSync(join(tmpdir(), "era-io-"));
const ESC = "\u001b";

/** Runs the binary through a shell, for limits and redirections a spawn cannot set. */
function runShell(script: string, cwd: string) {
  const r = spawnSync("sh", ["-c", script], { cwd, encoding: "utf8", timeout: 20_000, env: { ...process.env, CI: "true", NO_COLOR: "1", BIN } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The contract for a refusal: exit 2 and one line, with no stack trace. */
function expectOneLine(r: { code: number | null; stderr: string }, text: string) {
  expect(r.code).toBe(2);
  const lines = r.stderr.trimEnd().split("\n").filter((l) => !l.startsWith("Run `") && !l.startsWith("See the answers-file"));
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain(text);
  expect(r.stderr).not.toMatch(/\n\s+at /);
}

describe("stdout redirected to a file", () => {
  it("a file-size limit that cuts the document is exit 2 and one line, not a silent exit 0", () => {
    const dir = tmp();
    const r = runShell(`ulimit -f 8; exec "${process.execPath}" "$BIN" plan "${fixture("alpine-paas-vpn")}" -f html > so.html`, dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`${v1Note(fixture("alpine-paas-vpn"))}error: cannot write to standard output: the file-size limit was reached; the document is incomplete\n`);
  });

  it("a redirected stdout under no limit gets the whole document", () => {
    const dir = tmp();
    const r = runShell(`exec "${process.execPath}" "$BIN" plan "${fixture("alpine-paas-vpn")}" > d.yaml`, dir);
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, "d.yaml"), "utf8")).toBe(runCli(["plan", fixture("alpine-paas-vpn")]).stdout);
  });
});

describe("--set values YAML cannot resolve", () => {
  it("an alias is the text as typed, never a crash", () => {
    const named = runCli(["plan", fixture("alpine-paas-vpn"), "--set", "name=*x"]);
    expect(named.code).toBe(0);
    expect(named.stdout).toContain("name: \"*x\"");
    const listed = runCli(["plan", fixture("alpine-paas-vpn"), "--set", "azure.regions=[westeurope, *a]"]);
    expect(listed.code).toBe(2);
    expect(listed.stderr).not.toContain("ReferenceError");
    expect(listed.stderr).not.toMatch(/\n\s+at /);
    const explained = runCli(["explain", fixture("alpine-paas-vpn"), "--set", "name=*x"]);
    expect(explained.code).toBe(0);
  });
});

describe("every output checked before anything is written", () => {
  it("a bad --save-answers leaves no design file and nothing on stdout", () => {
    const dir = tmp();
    writeFileSync(join(dir, "a.yaml"), answersText());
    const missing = runCli(["plan", "a.yaml", "-o", "o.yaml", "--save-answers", "nodir/x.yaml"], { cwd: dir });
    expectOneLine(missing, "nodir/x.yaml: the folder does not exist");
    const notDir = runCli(["plan", "a.yaml", "-o", "o.yaml", "--save-answers", "a.yaml/x"], { cwd: dir });
    expectOneLine(notDir, "a.yaml/x: a part of the path is a file, not a folder");
    expect(spawnSync("mkfifo", [join(dir, "fifo")]).status).toBe(0);
    const noReader = runCli(["plan", "a.yaml", "-o", "o.yaml", "--save-answers", "fifo", "--force"], { cwd: dir, timeout: 10_000 });
    expectOneLine(noReader, "fifo: a FIFO with no reader; nothing was written");
    expect(existsSync(join(dir, "o.yaml"))).toBe(false);
    const toStdout = runCli(["plan", "a.yaml", "--save-answers", "nodir/x.yaml"], { cwd: dir });
    expect(toStdout.code).toBe(2);
    expect(toStdout.stdout).toBe("");
  });

  it("a rules file read is never an output, even with --force", () => {
    const dir = tmp();
    writeFileSync(join(dir, "a.yaml"), answersText());
    mkdirSync(join(dir, "rd"));
    writeFileSync(join(dir, "rd", "org.yaml"), "rules: []\n");
    const r = runCli(["plan", "a.yaml", "--rules-dir", "rd", "-o", "rd/org.yaml", "--force"], { cwd: dir });
    expectOneLine(r, "rd/org.yaml is one of the files read");
    expect(readFileSync(join(dir, "rd", "org.yaml"), "utf8")).toBe("rules: []\n");
  });

  it("a socket is neither read nor written", async () => {
    const dir = tmp();
    const sock = join(dir, "sock.yaml");
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(sock, resolve));
    try {
      expectOneLine(runCli(["plan", sock]), "is a socket, not a file");
      expectOneLine(runCli(["plan", fixture("alpine-paas-vpn"), "-o", sock, "--force"]), "is a socket, not a file");
    } finally {
      server.close();
    }
  });

  it("-o through a link to a file writes the file and keeps the link, as a shell's > does", () => {
    const dir = tmp();
    writeFileSync(join(dir, "target.yaml"), "old\n");
    symlinkSync("target.yaml", join(dir, "link.yaml"));
    const r = runCli(["plan", fixture("alpine-paas-vpn"), "-o", "link.yaml", "--force"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(lstatSync(join(dir, "link.yaml")).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, "link.yaml"))).toBe("target.yaml");
    expect(readFileSync(join(dir, "target.yaml"), "utf8")).toContain("kind: Design");
  });
});

describe("empty and odd output names", () => {
  it("empty -o and --save-answers are usage errors", () => {
    const dir = tmp();
    expectOneLine(runCli(["plan", fixture("alpine-paas-vpn"), "-o", ""], { cwd: dir }), "-o, --output needs a file name");
    expectOneLine(runCli(["plan", fixture("alpine-paas-vpn"), "--save-answers", ""], { cwd: dir }), "--save-answers needs a file name");
    expect(readdirSync(dir)).toEqual([]);
  });

  it("rules doc refuses an empty --out or -, and leaves no folders after a failure", () => {
    const dir = tmp();
    writeFileSync(join(dir, "ER-FAKE-999.md"), "mine\n");
    expectOneLine(runCli(["rules", "doc", "--out", "", "--force"], { cwd: dir }), "--out needs a folder name");
    expectOneLine(runCli(["rules", "doc", "--out", "-"], { cwd: dir }), "--out needs a folder name");
    expect(readdirSync(dir)).toEqual(["ER-FAKE-999.md"]);
    const cut = runShell(`ulimit -f 8; exec "${process.execPath}" "$BIN" rules doc --out newdoc/a/b`, dir);
    expect(cut.code).toBe(2);
    expect(cut.stderr).toContain("the file-size limit was reached");
    expect(readdirSync(dir)).toEqual(["ER-FAKE-999.md"]);
  });
});

describe("echoed values are cut", () => {
  it("a 100,000-character --set value or key, or explain path, stays a short line", () => {
    const value = runCli(["plan", fixture("alpine-paas-vpn"), "--set", `name=${"x".repeat(100_000)}`]);
    expect(value.code).toBe(2);
    expect(value.stderr.length).toBeLessThan(1_000);
    const key = runCli(["plan", fixture("alpine-paas-vpn"), "--set", `${"k".repeat(100_000)}=1`]);
    expect(key.code).toBe(2);
    expect(key.stderr.length).toBeLessThan(1_000);
    expect(key.stderr).toContain("(100,000 characters)");
    const path = runCli(["explain", fixture("alpine-paas-vpn"), "g".repeat(120_000)]);
    expect(path.code).toBe(2);
    expect(path.stderr.length).toBeLessThan(1_000);
  });

  it("rules without cases are listed up to ten, then 'and N more'", () => {
    const dir = tmp();
    const rules = Array.from({ length: 40 }, (_, i) => `- {id: E-${i}, title: t, decision: resilience.level, priority: ${i + 1}, when: {fact: derived.designProjectedMbps, gt: ${i + 100000}}, set: maximum, rationale: r, docs: 'https://learn.microsoft.com/azure/expressroute/'}`);
    writeFileSync(join(dir, "e.yaml"), `rules:\n${rules.join("\n")}\n`);
    const r = runCli(["rules", "test", dir]);
    expect(r.stderr).toMatch(/^40 rule\(s\) have no cases: (E-\d+, ){9}E-\d+ and 30 more$/m);
  });
});

describe("terminal safety of stdout", () => {
  it("diff escapes C1 and bidi controls; a markdown heading never holds a raw ESC", () => {
    const dir = tmp();
    const other = answersText().replace(/^name: .*$/m, 'name: "x\\u009b2Kfake\\u202eevil"');
    writeFileSync(join(dir, "e.yaml"), other);
    for (const format of ["text", "json"]) {
      const r = runCli(["diff", fixture("alpine-paas-vpn"), join(dir, "e.yaml"), "-f", format]);
      expect(r.code).toBe(1);
      expect(r.stdout).not.toMatch(/[\u009b\u202e]/);
      expect(r.stdout).toContain("\\u009b");
    }
    writeFileSync(join(dir, "m.yaml"), answersText().replace(/^name: .*$/m, 'name: "x\\e[2Kfake"'));
    const md = runCli(["plan", join(dir, "m.yaml"), "-f", "markdown"]);
    expect(md.code).toBe(0);
    expect(md.stdout).not.toContain(ESC);
    expect(md.stdout.split("\n")[0]).toContain("u001b");
  });
});

describe("library and errno messages in our words", () => {
  it("deep nesting, link loops, non-folders, long names and undefined aliases", () => {
    const dir = tmp();
    writeFileSync(join(dir, "deep.yaml"), `${"[".repeat(100_000)}\n`);
    writeFileSync(join(dir, "deep.json"), `${"{\"a\":".repeat(50_000)}\n`);
    for (const f of ["deep.yaml", "deep.json"]) expectOneLine(runCli(["plan", join(dir, f)]), "nested too deeply");
    symlinkSync("lp", join(dir, "lp"));
    expectOneLine(runCli(["plan", join(dir, "lp")]), "a loop of symbolic links");
    expectOneLine(runCli(["plan", `${fixture("alpine-paas-vpn")}/x`]), "a part of the path is a file, not a folder");
    expectOneLine(runCli(["plan", join(dir, `${"x".repeat(300)}.yaml`)]), "the file name is too long");
    writeFileSync(join(dir, "alias.yaml"), "name: *x\n");
    expectOneLine(runCli(["plan", join(dir, "alias.yaml")]), "an alias (*x) to an anchor that is not defined");
  });

  it("every explicit YAML tag and a %YAML 1.1 directive are refused, named as typed", () => {
    const dir = tmp();
    for (const tagged of ["!!binary aGk=", "!!timestamp 2001-12-14", "!!set {a}", "!!omap [a: 1]", "!!pairs [a: 1]", "!!float 1", "!!str x"]) {
      writeFileSync(join(dir, "t.yaml"), answersText().replace(/^name: .*$/m, `name: ${tagged}`));
      const r = runCli(["plan", join(dir, "t.yaml")]);
      expectOneLine(r, `YAML tags such as ${tagged.split(" ")[0]} are not allowed`);
      expect(r.stderr).not.toContain("tag:yaml.org");
    }
    writeFileSync(join(dir, "v.yaml"), `%YAML 1.1\n---\n${answersText().replace(/^name: .*$/m, "name: !!int 0b101")}`);
    expectOneLine(runCli(["plan", join(dir, "v.yaml")]), "a %YAML 1.1 directive");
  });
});

describe("EXPRESSROUTE_ADVISOR_STDIN_TIMEOUT_MS", () => {
  it("takes plain digits only; anything else is one line naming the variable, at once", () => {
    const dir = tmp();
    const fifo = join(dir, "a.yaml");
    expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
    for (const value of ["", " ", "-0", "-5", "abc", "1.5", "Infinity", "0x5DC"]) {
      const started = Date.now();
      const r = runCli(["plan", fifo], { env: { EXPRESSROUTE_ADVISOR_STDIN_TIMEOUT_MS: value }, timeout: 10_000 });
      expect(r.stderr).toBe(`error: EXPRESSROUTE_ADVISOR_STDIN_TIMEOUT_MS must be a whole number of milliseconds (0 waits forever), got "${value}"\n`);
      expect(r.code).toBe(2);
      expect(Date.now() - started).toBeLessThan(5_000);
    }
  });
});

describe("found in the last adversarial run", () => {
  const tmpDir = () => mkdtempSync(join(tmpdir(), "era-last-"));
  const retailer = join(ROOT, "fixtures/answers/small-retailer.yaml");

  it.runIf(process.getuid?.() === 0)("never streams a design into a block device, even with --force", () => {
    const dir = tmpDir();
    const disk = join(dir, "blk");
    expect(spawnSync("mknod", [disk, "b", "7", "200"]).status).toBe(0);
    const r = runCli(["plan", retailer, "-o", disk, "--force"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`error: ${disk}: is a disk or partition (a block device); a design is never written into one\n`);
  });

  it("a line break in an echoed value never starts a fake error line", () => {
    const dir = tmpDir();
    const file = join(dir, "nl.yaml");
    writeFileSync(file, `${readFileSync(retailer, "utf8")}"k\\nerror: all good": 1\n`);
    const r = runCli(["validate", file]);
    expect(r.code).toBe(2);
    expect(r.stderr.split("\n").filter((l) => l.startsWith("error: all good"))).toEqual([]);
    expect(r.stderr).toContain("k\\u000aerror: all good");
    const wrote = runCli(["plan", retailer, "-o", join(dir, "o\n.yaml")]);
    expect(wrote.code).toBe(0);
    expect(wrote.stderr).toBe(`${v1Note(retailer)}wrote ${join(dir, "o")}\\u000a.yaml\n`);
  });

  it("an explicit YAML tag in a --set value is the text as typed, never applied", () => {
    const r = runCli(["plan", retailer, "--set", "name=!!str x"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('name: "!!str x"');
    const set = runCli(["plan", retailer, "--set", "azure.regions=!!set {westeurope: null}"]);
    expect(set.code).toBe(2);
    expect(set.stderr).not.toContain("got a mapping");
  });

  it("a key valid only in the other kind of rule is not suggested back to itself", () => {
    const dir = tmpDir();
    writeFileSync(
      join(dir, "r.yaml"),
      "rules:\n  - {id: ORG-X-001, title: t, decision: resilience.level, priority: 5, set: maximum, severity: warning, rationale: r, docs: 'https://learn.microsoft.com/azure/expressroute/'}\n",
    );
    const r = runCli(["rules", "lint", dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toContain('did you mean "severity"');
  });
});

describe("a FIFO whose reader stops reading", () => {
  it("gives up after seconds without progress, not after the whole document's deadline", async () => {
    const dir = mkdtempSync(join(tmpdir(), "era-stall-"));
    const rules = join(dir, "big");
    mkdirSync(rules);
    // 100 findings of 1,500 characters: a design far larger than a pipe's 64 KiB buffer.
    const long = "x".repeat(1_500);
    writeFileSync(
      join(rules, "big.yaml"),
      `rules:\n${Array.from({ length: 100 }, (_, i) => `  - {id: ORG-BIG-${String(i).padStart(3, "0")}, title: t, severity: info, message: "${long}", docs: "https://learn.microsoft.com/azure/expressroute/"}\n`).join("")}`,
    );
    const fifo = join(dir, "f");
    expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
    // A reader that opens the FIFO and never reads.
    const { spawn } = await import("node:child_process");
    const reader = spawn("sh", ["-c", `exec 3<"${fifo}"; sleep 30`]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const started = Date.now();
    const r = runCli(["plan", join(ROOT, "fixtures/answers/small-retailer.yaml"), "--rules-dir", rules, "-o", fifo, "--force"], { timeout: 20_000 });
    reader.kill();
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("its reader took nothing for 5 s; the document is incomplete");
    expect(Date.now() - started).toBeLessThan(12_000);
  });
});
