// Drives the real binary in a pseudo-terminal through test/helpers/pty-driver.py: the only way
// to test prompts, arrow keys and Ctrl-C as a user meets them.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { BIN } from "./run-cli.js";

const DRIVER = fileURLToPath(new URL("./pty-driver.py", import.meta.url));

export const KEY = { enter: "\r", down: "\u001b[B", up: "\u001b[A", ctrlC: "\u0003", backspace: "\u007f", escape: "\u001b" } as const;

/** Wait for a regular expression on the terminal, or type text. */
export type PtyStep = { expect: string; timeout?: number } | { send: string };

export interface PtyResult {
  code: number | null;
  signal: number | null;
  /** Everything printed on the terminal (stderr), colours and cursor moves stripped. */
  screen: string;
  /** The same with every escape sequence, to check colours. */
  raw: string;
  stdout: string;
  /** Why the script stopped early (a timeout), or null. */
  error: string | null;
}

export interface PtyOptions {
  cwd: string;
  env?: Record<string, string | undefined>;
  /** Seconds for each expect and for the exit. */
  timeout?: number;
  /** stdout on the terminal too (then `stdout` stays empty and `screen` has it), as a bare run. */
  stdoutTty?: boolean;
}

/** Escapes text for use in an `expect` pattern. */
export const literally = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Answers one prompt: waits for its text, then types the answer and Enter. */
export const answer = (prompt: string, text = ""): PtyStep[] => [{ expect: literally(prompt) }, { send: `${text}${KEY.enter}` }];

export function runInPty(args: string[], steps: PtyStep[], options: PtyOptions): PtyResult {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries({ ...process.env, TERM: "xterm-256color", NO_COLOR: "1", ...options.env })) {
    // A terminal session, not CI: CI=true would (rightly) turn every prompt off.
    if (v !== undefined && k !== "CI" && k !== "FORCE_COLOR") env[k] = v;
  }
  const spec = { argv: [process.execPath, BIN, ...args], cwd: options.cwd, env, steps, timeout: options.timeout ?? 8, cols: 100, rows: 60, stdoutTty: options.stdoutTty ?? false };
  const res = spawnSync("python3", [DRIVER], { input: JSON.stringify(spec), encoding: "utf8", timeout: 60_000 });
  if (res.status !== 0) throw new Error(`pty driver failed: ${res.stderr || res.error}`);
  return JSON.parse(res.stdout) as PtyResult;
}
