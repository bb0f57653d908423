// Locale-independent formatting, so documents are byte-identical on every machine.

/** The same few hundred numbers (limits, sizes) are formatted for every design. */
const formatted = new Map<number, string>();

export function formatNumber(n: number): string {
  const known = formatted.get(n);
  if (known !== undefined) return known;
  const text = groupDigits(n);
  if (formatted.size < 4096) formatted.set(n, text);
  return text;
}

function groupDigits(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  // Small whole numbers need no grouping or rounding.
  if (Number.isInteger(n) && n > -1000 && n < 1000) return String(n);
  const [whole, frac] = String(Math.round(n * 100) / 100).split(".");
  const sign = whole!.startsWith("-") ? "-" : "";
  const digits = whole!.replace("-", "");
  let grouped = "";
  for (let i = digits.length; i > 0; i -= 3) grouped = digits.slice(Math.max(0, i - 3), i) + (grouped ? `,${grouped}` : "");
  return sign + grouped + (frac ? `.${frac}` : "");
}

export function formatValue(value: unknown): string {
  if (value === undefined || value === null) return "none";
  if (typeof value === "number") return formatNumber(value);
  if (Array.isArray(value)) return value.length === 0 ? "none" : value.map(formatValue).join(", ");
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/** Templates split once into literal text and placeholder names (odd indexes). */
const parsedTemplates = new Map<string, string[]>();

/** A template split into literal text (even indexes) and placeholder names (odd indexes). */
export function splitTemplate(template: string): string[] {
  let parts = parsedTemplates.get(template);
  if (!parts) {
    parts = template.split(/\{([A-Za-z0-9_.$[\]]+)\}/);
    parsedTemplates.set(template, parts);
  }
  return parts;
}

/** A value quoted in a message: long ones are cut (a crafted megabyte name must not fill the screen). */
export function quoteText(text: string, max = 60): string {
  return `"${text.length > max ? `${text.slice(0, max)}…" (${formatNumber(text.length)} characters)` : `${text}"`}`;
}

/** Text echoed without quotes (a --set as typed, a key path), cut like quoteText when long. */
export function cutText(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max)}… (${formatNumber(text.length)} characters)` : text;
}

/** At most `max` items of a list, then "and N more": 1,000 names make no readable line. */
export function listSome(items: readonly string[], max = 10): string {
  return items.length > max ? `${items.slice(0, max).join(", ")} and ${formatNumber(items.length - max)} more` : items.join(", ");
}
