// `--set key=value` overrides (what-if): applied on top of the answers file, then validated
// exactly like the file, so a bad override gets the same messages.
import { parse } from "yaml";
import { UsageError } from "./errors.js";

const FORBIDDEN = new Set(["__proto__", "constructor", "prototype"]);

/** Parses "bandwidth.requiredMbps=20000" into a path and a YAML-typed value (number, boolean, list). */
export function parseOverride(text: string): { path: string[]; value: unknown } {
  const eq = text.indexOf("=");
  if (eq <= 0) throw new UsageError(`--set expects key=value (e.g. --set bandwidth.requiredMbps=20000), got "${text}"`);
  const path = text.slice(0, eq).trim().split(".");
  if (path.some((p) => p === "" || FORBIDDEN.has(p))) throw new UsageError(`--set: "${text.slice(0, eq)}" is not an answer key path`);
  const rawValue = text.slice(eq + 1);
  let value: unknown;
  try {
    value = rawValue === "" ? "" : parse(rawValue);
  } catch {
    value = rawValue;
  }
  return { path, value };
}

/** Returns a copy of `raw` with every override applied in order. */
export function applyOverrides(raw: unknown, sets: readonly string[]): unknown {
  if (sets.length === 0) return raw;
  const root: Record<string, unknown> = raw !== null && typeof raw === "object" && !Array.isArray(raw) ? structuredClone(raw as Record<string, unknown>) : {};
  for (const text of sets) {
    const { path, value } = parseOverride(text);
    let node = root;
    for (const key of path.slice(0, -1)) {
      const next = node[key];
      if (next === null || typeof next !== "object" || Array.isArray(next)) node[key] = {};
      node = node[key] as Record<string, unknown>;
    }
    node[path.at(-1)!] = value;
  }
  return root;
}

/**
 * Issues about keys that came from --set point at the command line, not at a line of the file
 * (which may not even hold the key).
 */
export function attributeOverrides<T extends { path: string; message: string; line?: number }>(issues: readonly T[], sets: readonly string[]): T[] {
  const paths = sets.map((text) => parseOverride(text).path.join("."));
  const fromSet = (path: string) => paths.some((p) => path === p || path.startsWith(`${p}.`) || path.startsWith(`${p}[`));
  return issues.map((i) => (fromSet(i.path) ? { ...i, line: undefined, message: `${i.message} (given with --set)` } : i));
}
