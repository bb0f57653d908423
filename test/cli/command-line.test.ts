// The command line as a new user meets it (issue 10): help, shared switches, the answers file as
// an argument, formats, exit codes that cannot be confused, and error lines of one style.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { reportError } from "../../src/cli/report-error.js";
import { runInPty } from "../helpers/pty.js";
import { BIN, ROOT, runCli } from "../helpers/run-cli.js";
import { v1Note } from "../helpers/v1-note.js";

const fixture = (name: string) => join(ROOT, "fixtures/answers", `${name}.yaml`);
const tmp = () => mkdtempSync(join(tmpdir(), "era-cli-"));
const golden = (name: string) => readFileSync(join(ROOT, "fixtures/designs", `${name}.yaml`), "utf8");

/** Every command that runs, with arguments that make it succeed. */
const COMMANDS: readonly (readonly string[])[] = [
  ["plan", fixture("small-retailer")],
  ["explain", fixture("small-retailer"), "gateways[westeurope].sku"],
  ["diff", fixture("small-retailer"), fixture("small-retailer")],
  ["validate", fixture("small-retailer")],
  ["migrate", fixture("small-retailer")],
  ["schema", "design"],
  ["rules", "list"],
  ["rules", "lint"],
  ["rules", "test", join(ROOT, "fixtures/rules/org-standards")],
];

describe("help", () => {
  it("`help` and `help COMMAND` print what --help prints", () => {
    const top = runCli(["help"]);
    expect(top.code).toBe(0);
    expect(top.stdout).toBe(runCli(["--help"]).stdout);
    expect(top.stdout).toContain("help [command]");
    for (const command of ["plan", "explain", "diff", "validate", "schema", "rules"]) {
      const r = runCli(["help", command]);
      expect(r.code, command).toBe(0);
      expect(r.stdout, command).toBe(runCli([command, "--help"]).stdout);
      expect(r.stdout).toContain(`Usage: expressroute-advisor ${command}`);
    }
  });
});

describe("help for nested and unknown commands", () => {
  it("help A B is A B --help; an unknown name is an error, not the top-level help", () => {
    const nested = runCli(["help", "rules", "test"]);
    expect(nested.code).toBe(0);
    expect(nested.stdout).toBe(runCli(["rules", "test", "--help"]).stdout);
    expect(nested.stdout).toContain("Usage: expressroute-advisor rules test");
    const unknown = runCli(["help", "nosuch"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stdout).toBe("");
    expect(unknown.stderr).toMatch(/^error: no help for "nosuch": not a command/);
    expect(runCli(["help", "rules", "tset"]).stderr).toContain('did you mean "test"?');
  });
});

describe("switches every command accepts", () => {
  it("command groups take them too", () => {
    expect(runCli(["rules", "--no-color", "--no-input", "list"]).code).toBe(0);
  });

  it.each(COMMANDS.map((c) => [c.join(" "), c]))("%s takes --no-color and --no-input", (_name, args) => {
    const r = runCli([...args, "--no-color", "--no-input"]);
    expect(r.stderr).not.toMatch(/unknown option/);
    expect(r.code).toBe(0);
  });
});

describe("the answers file as an argument", () => {
  it("plan FILE is plan --answers FILE, and the default command takes it too", () => {
    expect(runCli(["plan", fixture("small-retailer")]).stdout).toBe(golden("small-retailer"));
    expect(runCli([fixture("small-retailer")]).stdout).toBe(golden("small-retailer"));
  });

  it("explain FILE [PATH] is explain --answers FILE [PATH]", () => {
    const positional = runCli(["explain", fixture("small-retailer"), "gateways[westeurope].sku"]);
    expect(positional.code).toBe(0);
    expect(positional.stdout).toMatch(/^gateways\[westeurope\]\.sku = "ErGw1AZ"/);
    expect(positional.stdout).toBe(runCli(["explain", "--answers", fixture("small-retailer"), "gateways[westeurope].sku"]).stdout);
    expect(runCli(["explain", fixture("small-retailer")]).stdout).toBe(runCli(["explain", "-a", fixture("small-retailer")]).stdout);
  });

  it("refuses two answers files, and explain without one, naming the command's help", () => {
    const twice = runCli(["plan", fixture("small-retailer"), "--answers", fixture("small-retailer")]);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toMatch(/^error: two answers files given/);
    expect(twice.stderr).toContain("Run `expressroute-advisor plan --help` for usage.");
    const none = runCli(["explain"]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("Run `expressroute-advisor explain --help` for usage.");
    const tooMany = runCli(["explain", "-a", fixture("small-retailer"), "gateways[westeurope].sku", "extra"]);
    expect(tooMany.code).toBe(2);
    expect(tooMany.stderr).toContain("give at most one argument");
  });
});

describe("formats", () => {
  it("--format is case-insensitive, for every command that has one", () => {
    const json = runCli(["plan", fixture("small-retailer"), "--format", "JSON"]);
    expect(json.code).toBe(0);
    expect(parse(json.stdout)).toEqual(parse(golden("small-retailer")));
    expect(json.stdout.startsWith("{")).toBe(true);
    expect(runCli(["explain", fixture("small-retailer"), "gateways[westeurope].sku", "-f", "Json"]).stdout.startsWith("[")).toBe(true);
    expect(runCli(["diff", fixture("small-retailer"), fixture("small-retailer"), "--format", "TEXT"]).code).toBe(0);
    const bad = runCli(["plan", fixture("small-retailer"), "--format", "pdf"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("yaml, json, markdown, html");
  });

  it("-o picks the format from the extension unless --format is given", () => {
    const dir = tmp();
    const out = (name: string, ...extra: string[]) => {
      const file = join(dir, name);
      const r = runCli(["plan", fixture("small-retailer"), "-o", file, ...extra]);
      expect(r.code, name).toBe(0);
      return readFileSync(file, "utf8");
    };
    expect(JSON.parse(out("design.json")).kind).toBe("Design");
    expect(JSON.parse(out("DESIGN.JSON")).kind).toBe("Design");
    expect(out("report.md")).toMatch(/^# ExpressRoute design/);
    expect(out("report.html")).toMatch(/^<!doctype html>/i);
    expect(out("report.htm")).toMatch(/^<!doctype html>/i);
    expect(out("design.yaml")).toBe(golden("small-retailer"));
    expect(out("design.txt")).toBe(golden("small-retailer"));
    expect(out("forced.json", "--format", "yaml")).toBe(golden("small-retailer"));
  });
});

describe("exit codes and error lines", () => {
  it("exit 3 lists each error finding on stderr, one line with its id and message", () => {
    const r = runCli(["plan", fixture("too-many-routes"), "--format", "json"]);
    expect(r.code).toBe(3);
    const errors = (JSON.parse(r.stdout).findings as { id: string; severity: string; message: string }[]).filter((f) => f.severity === "error");
    expect(errors.length).toBeGreaterThan(0);
    const lines = r.stderr.replace(v1Note(fixture("too-many-routes")), "").trimEnd().split("\n");
    expect(lines[0]).toMatch(/^error: design written with \d+ error findings? \(exit 3\)/);
    expect(lines.slice(1)).toEqual(errors.map((f) => `  ${f.id}: ${f.message}`));
  });

  it("a crash is 70, never 1 (which means different or a failed case)", () => {
    const stderr: string[] = [];
    const write = process.stderr.write;
    process.stderr.write = ((s: string) => stderr.push(s) > 0) as unknown as typeof process.stderr.write;
    try {
      expect(reportError(new TypeError("boom"))).toBe(70);
    } finally {
      process.stderr.write = write;
    }
    expect(stderr.join("")).toContain("internal error");
    expect(runCli(["diff", fixture("small-retailer"), fixture("too-many-routes")]).code).toBe(1);
  });

  it("every error line starts with the same prefix; only usage errors add a help hint", () => {
    const unknownOption = runCli(["rules", "lint", "--bogus"]);
    expect(unknownOption.code).toBe(2);
    expect(unknownOption.stderr).toBe("error: unknown option '--bogus'\nRun `expressroute-advisor rules lint --help` for usage.\n");
    const invalid = runCli(["validate", join(ROOT, "fixtures/invalid-answers/unknown-key-typo.yaml")]);
    expect(invalid.code).toBe(2);
    expect(invalid.stderr.split("\n").filter((l) => l && !l.startsWith("See ")).every((l) => l.startsWith("error: "))).toBe(true);
    expect(invalid.stderr).not.toContain("--help");
    const dir = tmp();
    writeFileSync(join(dir, "taken.yaml"), "x");
    const exists = runCli(["plan", fixture("small-retailer"), "-o", join(dir, "taken.yaml")]);
    expect(exists.code).toBe(2);
    expect(exists.stderr).toBe(`error: ${join(dir, "taken.yaml")} already exists; pass --force to replace it\n`);
    const unknownCommand = runCli(["plna"]);
    expect(unknownCommand.stderr).toMatch(/^error: unknown command "plna"; did you mean "plan"\?/);
    expect(unknownCommand.stderr).toContain("Run `expressroute-advisor --help` for usage.");
  });

  it("NO_COLOR set but empty keeps colour on a terminal; any other value turns it off", () => {
    const cwd = tmp();
    const args = ["validate", join(ROOT, "fixtures/invalid-answers/unknown-key-typo.yaml")];
    const red = "\u001b[31merror:";
    const empty = runInPty(args, [], { cwd, env: { NO_COLOR: "" } });
    expect(empty.code).toBe(2);
    expect(empty.raw).toContain(red);
    expect(runInPty(args, [], { cwd, env: { NO_COLOR: "1" } }).raw).not.toContain(red);
    // Commander's own errors get the same prefix and colour as ours.
    expect(runInPty(["plan", "--bogus"], [], { cwd, env: { NO_COLOR: "" } }).raw).toContain(red);
  });

  it("NO_COLOR set but empty keeps forced colour; any other value turns it off", () => {
    const args = ["validate", join(ROOT, "fixtures/invalid-answers/unknown-key-typo.yaml")];
    const red = "\u001b[31m";
    expect(runCli(args, { env: { NO_COLOR: "", FORCE_COLOR: "1" } }).stderr).toContain(red);
    expect(runCli(args, { env: { NO_COLOR: "1", FORCE_COLOR: "1" } }).stderr).not.toContain(red);
    expect(runCli([...args, "--no-color"], { env: { NO_COLOR: undefined, FORCE_COLOR: "1" } }).stderr).not.toContain(red);
  });
});

describe("failing standard streams", () => {
  it("--version on a full disk or a closed pipe is one line or silence, never a stack or exit 1", () => {
    const sh = (script: string) => spawnSync("sh", ["-c", script], { encoding: "utf8", env: { ...process.env, CI: "true", NO_COLOR: "1" } });
    const full = sh(`"${process.execPath}" "${BIN}" --version > /dev/full`);
    expect(full.status).toBe(2);
    expect(full.stderr).toBe("error: cannot write to standard output: no space left on the device; the document is incomplete\n");
    const closed = sh(`"${process.execPath}" "${BIN}" --version | head -c 0; exit \${PIPESTATUS:-0}`);
    expect(closed.stderr).toBe("");
  });

  it("a stderr that cannot be written leaves the command's own exit code", () => {
    const dir = tmp();
    const r = spawnSync("sh", ["-c", `"${process.execPath}" "${BIN}" plan "${fixture("too-many-routes")}" -o "${join(dir, "d.yaml")}" 2>/dev/full`], { encoding: "utf8", env: { ...process.env, CI: "true", NO_COLOR: "1" } });
    expect(r.status).toBe(3);
    const ok = spawnSync("sh", ["-c", `"${process.execPath}" "${BIN}" validate "${fixture("small-retailer")}" 2>/dev/full`], { encoding: "utf8", env: { ...process.env, CI: "true" } });
    expect(ok.status).toBe(0);
  });
});

describe("--set", () => {
  it("every --set problem names the --set, never the file or a line of it", () => {
    const cases: [string, string][] = [
      ["foo=1", "error: --set foo=1: foo: unknown key"],
      ["azure.regionz=x", 'error: --set azure.regionz=x: azure.regionz: unknown key; did you mean "regions"?'],
      ["azure.regions.x=1", "error: --set azure.regions.x=1: azure.regions: expected a list of names"],
      ["azure.regions=ukxouth", 'error: --set azure.regions=ukxouth: azure.regions: unknown Azure region "ukxouth"; did you mean "uksouth"?'],
      ["bandwidth=5", "error: --set bandwidth=5: bandwidth: expected a mapping of keys"],
    ];
    for (const [set, line] of cases) {
      const r = runCli(["plan", fixture("small-retailer"), "--set", set]);
      expect(r.code, set).toBe(2);
      expect(r.stderr, set).toContain(line);
      expect(r.stderr, set).not.toContain("small-retailer.yaml");
    }
  });
});

describe("small things a new user trips over", () => {
  it("-f takes the extensions' short names; -o onto a folder says so", () => {
    expect(runCli(["plan", fixture("small-retailer"), "-f", "md"]).stdout).toMatch(/^# ExpressRoute design/);
    expect(runCli(["plan", fixture("small-retailer"), "-f", "HTM"]).stdout).toMatch(/^<!doctype html>/i);
    const folder = runCli(["plan", fixture("small-retailer"), "-o", tmp()]);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toMatch(/is a folder; give a file name inside it\n$/);
    expect(folder.stderr).not.toContain("--force");
  });

  it("a missing section names the answers it must hold", () => {
    const dir = tmp();
    const file = join(dir, "a.yaml");
    writeFileSync(file, "apiVersion: expressroute-advisor/v1\nkind: Answers\nbandwidth: {requiredMbps: 100}\n");
    const r = runCli(["plan", file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${file}:1: azure.regions: required answer is missing`);
  });

  it("--save-answers - writes the answers to stdout without claiming a file named -", () => {
    const dir = tmp();
    const r = runCli(["plan", fixture("small-retailer"), "-o", join(dir, "d.yaml"), "--save-answers", "-"]);
    expect(r.code).toBe(0);
    expect(parse(r.stdout).kind).toBe("Answers");
    expect(r.stderr).toBe(`${v1Note(fixture("small-retailer"))}wrote ${join(dir, "d.yaml")}\n`);
  });
});

describe("answers", () => {
  it("names separated by commas are a list", () => {
    const r = runCli(["plan", fixture("small-retailer"), "--set", "azure.regions=westeurope, northeurope", "--format", "json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).decisions.length).toBeGreaterThan(0);
    const bad = runCli(["plan", fixture("small-retailer"), "--set", "azure.regions=westeurope,nowhere"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('unknown Azure region "nowhere"');
  });

  it("one region written as a name is a list of one", () => {
    const dir = tmp();
    const list = readFileSync(fixture("small-retailer"), "utf8");
    const one = join(dir, "one.yaml");
    writeFileSync(one, list.replace("regions: [westeurope]", "regions: westeurope"));
    expect(readFileSync(one, "utf8")).toContain("regions: westeurope\n");
    const r = runCli(["plan", one]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(golden("small-retailer"));
    const unknown = join(dir, "unknown.yaml");
    writeFileSync(unknown, list.replace("regions: [westeurope]", "regions: westeurop"));
    expect(runCli(["plan", unknown]).stderr).toContain(`${unknown}:17: azure.regions: unknown Azure region "westeurop"`);
  });
});
