// `--set key=value` overrides (what-if): applied on top of the answers file, then validated
// exactly like the file, so a bad override gets the same messages.
import { parseDocument, visit } from "yaml";
import { UsageError } from "./errors.js";
import { cutText, quoteText } from "../text/format.js";
import { isMapping, readPath } from "../answers/raw-tree.js";

const FORBIDDEN = new Set(["__proto__", "constructor", "prototype"]);

/** Parses "bandwidth.requiredMbps=20000" into a path and a YAML-typed value (number, boolean, list). */
export function parseOverride(text: string): { path: string[]; value: unknown } {
  const eq = text.indexOf("=");
  if (eq <= 0) throw new UsageError(`--set expects key=value (e.g. --set bandwidth.requiredMbps=20000), got ${quoteText(text)}`);
  const path = text.slice(0, eq).trim().split(".");
  if (path.some((p) => p === "" || FORBIDDEN.has(p))) throw new UsageError(`--set: ${quoteText(text.slice(0, eq))} is not an answer key path`);
  const rawValue = text.slice(eq + 1);
  // YAML-typed (20000 is a number, [a, b] a list), silently: a value YAML cannot read cleanly (a
  // tag such as !foo, a syntax error) is the text as typed, and the schema judges it.
  const doc = rawValue === "" ? undefined : parseDocument(rawValue, { logLevel: "error" });
  // An explicit tag (!!str, !!binary, !!set…) is not YAML typing users mean on a command line, and
  // data files refuse them: the text as typed too.
  const unclean = doc !== undefined && (doc.errors.length > 0 || doc.warnings.length > 0 || hasTag(doc));
  const value = doc === undefined ? "" : unclean ? rawValue : readValue(doc, rawValue);
  return { path, value };
}

function hasTag(doc: ReturnType<typeof parseDocument>): boolean {
  let tagged = false;
  visit(doc, {
    Node(_key, node) {
      if ((node as { tag?: string }).tag) tagged = true;
    },
  });
  return tagged;
}

/** The value YAML reads, or the text as typed where it cannot (an alias such as *x, deep nesting). */
function readValue(doc: ReturnType<typeof parseDocument>, rawValue: string): unknown {
  try {
    return doc.toJS({ maxAliasCount: 0 });
  } catch {
    return rawValue;
  }
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
 * Issues about keys that came from --set point at the command line, never at the file (which
 * may not even hold the key): an issue at or below a --set path, and one at a key above it that
 * the override created or replaced (the file had no mapping there), e.g. `--set
 * azure.regions.x=1` turning the file's list into a mapping. The last --set of a path wins, as
 * when applying them.
 */
export function attributeOverrides<T extends { path: string; message: string; line?: number; file?: string }>(
  issues: readonly T[],
  sets: readonly string[],
  original: unknown,
): T[] {
  // Indexed once, so 10,000 --set and as many issues cost a lookup each, not a product (issue 11).
  // A later --set of a path replaces an earlier one, as when they are applied.
  const atPath = new Map<string, string>();
  const aboveRoot = new Map<string, string>();
  for (const text of sets) {
    const path = parseOverride(text).path;
    atPath.set(path.join("."), text);
    for (let n = 1; n < path.length; n++) aboveRoot.set(path.slice(0, n).join("."), text);
  }
  const source = (issuePath: string): { text: string } | undefined => {
    // At or below a --set path: the issue's path or one of its parents ("a.b[2].c" → "a.b[2]" → "a.b" → "a").
    for (let p = issuePath; p !== ""; p = p.replace(/(\.[^.[\]]*|\[\d+\])$/, "")) {
      const text = atPath.get(p);
      if (text !== undefined) return { text };
      if (!/[.[]/.test(p)) break;
    }
    // A key above the override: the override made it only if the file had no mapping there.
    const text = aboveRoot.get(issuePath);
    return text !== undefined && !isMapping(readPath(original, issuePath.split("."))) ? { text } : undefined;
  };
  return issues.map((i) => {
    const from = source(i.path);
    // Both echo what was typed, which may be a megabyte long: cut, so the error stays one line.
    return from ? { ...i, file: `--set ${cutText(from.text)}`, path: cutText(i.path), line: undefined } : i;
  });
}
