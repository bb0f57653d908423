// Escaping of design text (names, rationales, messages, URLs) for the report markups. Design text
// comes from answers files and rule sets that anyone can write, so none of it is trusted; control
// characters are shown as \u escapes, so `cat report.md` cannot drive the terminal either.
import { makePrintable } from "../../text/printable.js";

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text for HTML or SVG content and for double- or single-quoted attribute values. */
export function escapeHtml(text: string): string {
  return makePrintable(text).replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/**
 * Inline Markdown text that must show literally, also inside a table cell: emphasis, link, code
 * and HTML characters are backslash-escaped, `&` becomes an entity and line breaks a space.
 */
export function escapeMarkdown(text: string): string {
  return makePrintable(text)
    .replace(/[\\`*_~[\]<>|]/g, (c) => `\\${c}`)
    .replace(/&/g, "&amp;")
    .replace(/\s*\n\s*/g, " ");
}

/**
 * A code span: its fence is one backtick longer than any run inside. A `|` is still a cell
 * separator in GitHub tables, even in code, so it stays escaped.
 */
export function toMarkdownCode(text: string): string {
  text = makePrintable(text);
  const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longestRun + 1);
  const padded = longestRun > 0 ? ` ${text} ` : text;
  return `${fence}${padded.replace(/\|/g, "\\|").replace(/\s*\n\s*/g, " ")}${fence}`;
}

/** A link destination: characters that would end or split it are percent-encoded. */
export function toMarkdownUrl(url: string): string {
  return url.replace(/[\s()<>|\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
}
