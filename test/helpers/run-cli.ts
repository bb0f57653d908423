// Spawns the real binary, as a user or pipeline would.
import { spawnSync, type SpawnSyncOptions } from "node:child_process";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const BIN = fileURLToPath(new URL("../../bin/expressroute-advisor.js", import.meta.url));

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], options: SpawnSyncOptions & { input?: string } = {}): CliResult {
  const { env, ...rest } = options;
  const res = spawnSync(process.execPath, [BIN, ...args], {
    encoding: "utf8",
    timeout: 20_000,
    cwd: ROOT,
    ...rest,
    env: { ...process.env, NO_COLOR: "1", CI: "true", ...env },
  });
  return { code: res.status, stdout: String(res.stdout ?? ""), stderr: String(res.stderr ?? "") };
}
