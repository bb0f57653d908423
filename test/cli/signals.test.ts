// Files and signals: interrupted runs leave nothing behind; standard input is bounded.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, ROOT, runCli } from "../helpers/run-cli.js";

function spawnCli(args: string[], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: "1", CI: "true", ...env }, stdio: ["pipe", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d) => (stdout += d));
  child.stderr.on("data", (d) => (stderr += d));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on("close", (code, signal) => resolve({ code, signal })));
  return { child, done, out: () => ({ stdout, stderr }) };
}

describe("signals and standard input", () => {
  it("Ctrl-C while reading answers exits 130 with one line and writes nothing", async () => {
    const dir = mkdtempSync(join(tmpdir(), "era-sig-"));
    const out = join(dir, "design.yaml");
    const run = spawnCli(["plan", "--answers", "-", "-o", out]);
    run.child.stdin.write("apiVersion: expressroute-advisor/v1\n");
    await new Promise((r) => setTimeout(r, 700));
    run.child.kill("SIGINT");
    const { code } = await run.done;
    expect(code).toBe(130);
    expect(run.out().stderr.trim().split("\n")).toHaveLength(1);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });

  it("gives up on a standard input that never ends", async () => {
    const run = spawnCli(["plan", "--answers", "-"], { EXPRESSROUTE_ADVISOR_STDIN_TIMEOUT_MS: "500" });
    run.child.stdin.write("apiVersion: expressroute-advisor/v1\n");
    const { code } = await run.done;
    expect(code).toBe(2);
    expect(run.out().stderr).toContain("no end of input");
  });

  it("stops reading an endless standard input at the size limit", () => {
    const r = runCli(["plan", "--answers", "-"], { input: "# padding\n".repeat(120_000) });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("larger than 1024 KiB");
  });
});
