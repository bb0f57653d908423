// Locale-independent formatting, so documents are byte-identical on every machine.

export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const [whole, frac] = String(Math.round(n * 100) / 100).split(".");
  const sign = whole!.startsWith("-") ? "-" : "";
  const digits = whole!.replace("-", "");
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return sign + grouped + (frac ? `.${frac}` : "");
}

export function formatValue(value: unknown): string {
  if (value === undefined || value === null) return "none";
  if (typeof value === "number") return formatNumber(value);
  if (Array.isArray(value)) return value.length === 0 ? "none" : value.map(formatValue).join(", ");
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/** Replaces {fact.path} placeholders using `lookup`; unknown placeholders stay visible. */
export function fillTemplate(template: string, lookup: (path: string) => unknown): string {
  return template.replace(/\{([A-Za-z0-9_.$[\]]+)\}/g, (_, path: string) => formatValue(lookup(path)));
}
