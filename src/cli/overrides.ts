// `--set key=value` overrides (what-if): applied on top of the answers file, then validated
// exactly like the file, so a bad override gets the same messages. List items are named by
// index (`sites[0].requiredMbps`) or by their name (`sites[amsterdam-dc].requiredMbps`,
// `regions[westeurope].vnetCount`); on a v1 file the keys are v1 keys, applied before the
// file is migrated.
import { parseDocument, visit } from "yaml";
import { UsageError } from "./errors.js";
import { OVERRIDE_MESSAGES } from "./answers-messages.js";
import { cutText } from "../text/format.js";
import { suggestNames } from "../text/closest.js";
import { isMapping } from "../answers/raw-tree.js";
import { MISSING_ANSWER } from "../answers/input-issue.js";
import { V1_KEY_FOR, V2_ONLY_KEYS } from "../answers/v1-keys.js";
import { V1_API_VERSION } from "../answers/version.js";

const FORBIDDEN = new Set(["__proto__", "constructor", "prototype"]);

/** A step of a --set path: a key, a list index, or the list item with this `name`. */
export type OverrideStep = string | number | { name: string };

/** One path segment: a key with optional selectors, `sites[0]`, `regions[westeurope]`. */
const SEGMENT = /^([^.[\]]+)((?:\[[^[\]]+\])*)$/;

function parsePath(keyText: string): OverrideStep[] {
  const steps: OverrideStep[] = [];
  for (const part of keyText.split(".")) {
    const m = SEGMENT.exec(part);
    if (!m || FORBIDDEN.has(m[1]!)) throw new UsageError(OVERRIDE_MESSAGES.notAKeyPath(keyText));
    steps.push(m[1]!);
    for (const sel of m[2]!.matchAll(/\[([^[\]]+)\]/g)) {
      const inner = sel[1]!.trim();
      steps.push(/^\d+$/.test(inner) ? Number(inner) : { name: inner });
    }
  }
  return steps;
}

/** Parses "sites[0].requiredMbps=20000" into a path and a YAML-typed value (number, boolean, list). */
export function parseOverride(text: string): { path: OverrideStep[]; value: unknown } {
  const eq = text.indexOf("=");
  if (eq <= 0) throw new UsageError(OVERRIDE_MESSAGES.notKeyValue(text));
  const path = parsePath(text.slice(0, eq).trim());
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

/** The key path as the file has it: `sites[1].requiredMbps`. */
function formatPath(path: readonly (string | number)[]): string {
  let out = "";
  for (const p of path) out += typeof p === "number" ? `[${p}]` : out ? `.${p}` : p;
  return out;
}

/** The index of the item named `name` in a list (items are mappings with a `name`). */
function findItem(list: unknown[], name: string, text: string, where: string): number {
  const index = list.findIndex((item) => isMapping(item) && item.name === name);
  if (index >= 0) return index;
  const names = list.flatMap((item) => (isMapping(item) && typeof item.name === "string" ? [item.name] : []));
  throw new UsageError(OVERRIDE_MESSAGES.noItemNamed(text, where, name, suggestNames(name, names), names));
}

/**
 * Applies one override to `root` in place; returns its path with items named by index, and the
 * keys above it that it created or replaced (where the answers had no container of the right
 * kind). A list index may be one past the end (a new item, so answers can be built from --set
 * alone).
 */
function applyOne(root: Record<string, unknown>, text: string): { path: string; created: string[] } {
  const created: string[] = [];
  const { path, value } = parseOverride(text);
  const resolved: (string | number)[] = [];
  let node: Record<string, unknown> | unknown[] = root;
  path.forEach((step, i) => {
    const last = i === path.length - 1;
    const next = path[i + 1];
    const container = () => (typeof next === "string" ? {} : []);
    let key: string | number;
    // The node fits the step: the step before made it so (a key path replaces what is not a
    // container of the right kind, and the schema then says what was expected there).
    if (typeof step === "string") key = step;
    else {
      const list = node as unknown[];
      key = typeof step === "number" ? step : findItem(list, step.name, text, formatPath(resolved));
      if (key > list.length) throw new UsageError(OVERRIDE_MESSAGES.indexPastEnd(text, formatPath(resolved), list.length));
    }
    resolved.push(key);
    const holder = node as Record<string | number, unknown>;
    if (last) holder[key] = value;
    else {
      const child = holder[key];
      // A key path below a value that is not a container of the right kind replaces it, as before.
      const fits = typeof next === "string" ? isMapping(child) : Array.isArray(child);
      if (!fits) {
        holder[key] = container();
        created.push(formatPath(resolved));
      }
      node = holder[key] as Record<string, unknown> | unknown[];
    }
  });
  return { path: formatPath(resolved), created };
}

/** A path as the field table writes it: list items (by index or name) as `[]`. */
function toFieldForm(path: readonly OverrideStep[]): string {
  let out = "";
  for (const p of path) out += typeof p === "string" ? (out ? `.${p}` : p) : "[]";
  return out;
}

/**
 * On a v1 file, a --set of a key only v2 has (`sites[0].requiredMbps`) would turn the v1 file's
 * sites mapping into a list and be blamed for it; instead it is told the v1 key, or to migrate.
 * The version is the file's, or the last --set of apiVersion.
 */
function checkVersionOfKeys(raw: unknown, sets: readonly string[]): void {
  const parsed = sets.map((text) => ({ text, ...parseOverride(text) }));
  const setVersion = parsed.findLast((p) => p.path.length === 1 && p.path[0] === "apiVersion")?.value;
  const version = setVersion ?? (isMapping(raw) ? raw.apiVersion : undefined);
  if (version !== V1_API_VERSION) return;
  for (const { text, path } of parsed) {
    const field = toFieldForm(path);
    if (!V2_ONLY_KEYS.some((k) => field === k || field.startsWith(`${k}.`) || field.startsWith(`${k}[`))) continue;
    // A whole list (`regions=westeurope`) is the v1 answer its entries' names came from.
    const v1Key = V1_KEY_FOR[field] ?? V1_KEY_FOR[`${field}[].name`];
    throw new UsageError(OVERRIDE_MESSAGES.v2KeyOnV1(text, v1Key));
  }
}

/** Applies every override in order to a copy of `raw`; each one's path with items named by index. */
function applyAll(raw: unknown, sets: readonly string[]): { root: Record<string, unknown>; applied: { path: string; created: string[] }[] } {
  checkVersionOfKeys(raw, sets);
  const root: Record<string, unknown> = isMapping(raw) ? structuredClone(raw) : {};
  return { root, applied: sets.map((text) => applyOne(root, text)) };
}

/** Returns a copy of `raw` with every override applied in order. */
export function applyOverrides(raw: unknown, sets: readonly string[]): unknown {
  if (sets.length === 0) return raw;
  return applyAll(raw, sets).root;
}

/**
 * Issues about keys that came from --set point at the command line, never at the file (which
 * may not even hold the key): an issue at or below a --set path, and one at a key above it that
 * the override created or replaced (the file had no mapping there), e.g. `--set
 * azure.onPremisesRoutes.x=1` turning the file's number into a mapping. The last --set of a path
 * wins, as when applying them. Items named by name are matched by their index, as issues name them.
 */
export function attributeOverrides<T extends { path: string; message: string; line?: number; file?: string }>(
  issues: readonly T[],
  sets: readonly string[],
  original: unknown,
): T[] {
  if (sets.length === 0) return [...issues];
  // Indexed once, so 10,000 --set and as many issues cost a lookup each, not a product (issue 11).
  // A later --set of a path replaces an earlier one, as when they are applied.
  const atPath = new Map<string, string>();
  const aboveRoot = new Map<string, string>();
  applyAll(original, sets).applied.forEach(({ path, created }, i) => {
    const text = sets[i]!;
    atPath.set(path, text);
    for (const above of created) aboveRoot.set(above, text);
  });
  const source = (issuePath: string): { text: string; made?: string } | undefined => {
    // At or below a --set path, or at or below a container a --set made (the answers had none
    // there, so all below it came from --set): the issue's path or one of its parents
    // ("a.b[2].c" → "a.b[2]" → "a.b" → "a").
    for (let p = issuePath; p !== ""; p = p.replace(/(\.[^.[\]]*|\[\d+\])$/, "")) {
      const text = atPath.get(p);
      if (text !== undefined) return { text };
      const made = aboveRoot.get(p);
      if (made !== undefined) return { text: made, made: p };
      if (!/[.[]/.test(p)) break;
    }
    return undefined;
  };
  return issues.map((i) => {
    const from = source(i.path);
    if (!from) return i;
    // A list entry the --set added lacks the other keys an entry needs: say how to give them.
    const key = from.made && /\]$/.test(from.made) && i.message.startsWith(MISSING_ANSWER) ? i.path.slice(from.made.length + 1) : "";
    const message = key && !/[.[]/.test(key) ? `${i.message}; ${OVERRIDE_MESSAGES.newEntry(from.made!, key)}` : i.message;
    // Both echo what was typed, which may be a megabyte long: cut, so the error stays one line.
    return { ...i, message, file: `--set ${cutText(from.text)}`, path: cutText(i.path), line: undefined };
  });
}
