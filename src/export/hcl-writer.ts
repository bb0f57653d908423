// A small writer of HCL (Terraform's native syntax): blocks, attributes with aligned `=`, nested
// blocks and `#` comments. Values are typed so that a string from a design is always a quoted,
// escaped literal and only the generator's own references are written bare.
// Syntax: https://developer.hashicorp.com/terraform/language/syntax/configuration
import { makeOneLine } from "../text/printable.js";

/** A reference or expression written as is (`var.location`, `azurerm_x.y.id`). */
export interface HclRaw {
  raw: string;
}
export type HclValue = string | number | boolean | null | HclRaw | readonly HclValue[] | { readonly [key: string]: HclValue };

export interface HclBlock {
  /** `resource "azurerm_x" "name"`: the type and its labels. */
  type: string;
  labels?: readonly string[];
  comments?: readonly string[];
  attributes?: readonly [string, HclValue | undefined][];
  blocks?: readonly HclBlock[];
}

export const raw = (text: string): HclRaw => ({ raw: text });

/**
 * A quoted string: backslash, quote and line breaks escaped, and the template sequences `${` and
 * `%{` doubled so a name can never become an interpolation (HCL native syntax: template literals).
 */
export function quote(text: string): string {
  const escaped = text
    .replace(/\\/g, "\\\\")
    .replace(/"/g, '\\"')
    .replace(/\n/g, "\\n")
    .replace(/\r/g, "\\r")
    .replace(/\t/g, "\\t")
    // A function, not "$${": in a replacement string `$$` is itself an escape for one `$`.
    .replace(/\$\{/g, () => "$${")
    .replace(/%\{/g, () => "%%{")
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  return `"${escaped}"`;
}

const isRaw = (v: unknown): v is HclRaw => typeof v === "object" && v !== null && "raw" in v && Object.keys(v).length === 1;
/** Object keys left bare: plain identifiers without `-`, which a reader could take for a minus. */
const BARE_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;

function renderValue(value: HclValue, indent: string): string {
  if (value === null) return "null";
  if (typeof value === "string") return quote(value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (isRaw(value)) return value.raw;
  if (Array.isArray(value)) return `[${value.map((v) => renderValue(v, indent)).join(", ")}]`;
  const entries = Object.entries(value as { [key: string]: HclValue });
  if (entries.length === 0) return "{}";
  const inner = `${indent}  `;
  const lines = renderAssignments(
    entries.map(([k, v]) => [BARE_KEY.test(k) ? k : quote(k), renderValue(v, inner)]),
    inner,
  );
  return `{\n${lines.join("\n")}\n${indent}}`;
}

/**
 * `key = value` lines, the `=` aligned within each run of attributes as `terraform fmt` does; a
 * multi-line value ends its run.
 */
function renderAssignments(pairs: readonly [string, string][], indent: string): string[] {
  const lines: string[] = [];
  let run: [string, string][] = [];
  const flush = () => {
    const width = Math.max(0, ...run.map(([k]) => k.length));
    for (const [k, v] of run) lines.push(`${indent}${k.padEnd(width)} = ${v}`);
    run = [];
  };
  for (const [k, v] of pairs) {
    run.push([k, v]);
    if (v.includes("\n")) flush();
  }
  flush();
  return lines;
}

/** `# text` lines: one line each, whatever the text holds. */
export function renderComments(comments: readonly string[], indent = ""): string[] {
  return comments.map((c) => `${indent}# ${makeOneLine(c)}`.trimEnd());
}

export function renderBlock(block: HclBlock, indent = ""): string {
  const lines = renderComments(block.comments ?? [], indent);
  const head = [block.type, ...(block.labels ?? []).map(quote)].join(" ");
  const attributes = (block.attributes ?? []).filter((a): a is [string, HclValue] => a[1] !== undefined);
  const blocks = block.blocks ?? [];
  if (attributes.length === 0 && blocks.length === 0) return [...lines, `${indent}${head} {}`].join("\n");
  lines.push(`${indent}${head} {`);
  const inner = `${indent}  `;
  lines.push(...renderAssignments(attributes.map(([k, v]) => [k, renderValue(v, inner)]), inner));
  for (const [i, child] of blocks.entries()) {
    if (i > 0 || attributes.length > 0) lines.push("");
    lines.push(renderBlock(child, inner));
  }
  lines.push(`${indent}}`);
  return lines.join("\n");
}

/** A whole file: a header comment, then the blocks separated by blank lines. */
export function renderHclFile(header: readonly string[], blocks: readonly HclBlock[]): string {
  return `${[renderComments(header).join("\n"), ...blocks.map((b) => renderBlock(b))].join("\n\n")}\n`;
}
