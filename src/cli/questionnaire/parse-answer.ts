// Typed text to answer values, checked with the key's own zod schema so the questionnaire
// accepts exactly what an answers file accepts. Pure, so it is unit-tested without a terminal.
import { QUESTIONNAIRE_MESSAGES as M } from "./messages.js";
import type { Question } from "./questions.js";

export type Parsed = { ok: true; value: unknown } | { ok: false; message: string };

/** Whether the key may stay without a value: optional without default (left out) or nullable (null). */
export const canBeEmpty = (q: Question): boolean => q.field.nullable || (!q.field.required && q.field.defaultValue === undefined);

/** Empty text, "-" or the key's own word for empty ("unknown") all clear an optional answer. */
const isClearing = (q: Question, t: string) => t === "" || t === M.clearMark || (q.empty !== undefined && t.toLowerCase() === q.empty.toLowerCase());

const emptyValue = (q: Question): Parsed => (q.field.nullable ? { ok: true, value: null } : { ok: true, value: undefined });

// "4,000" and "4 000" are thousands separators; a lone comma ("2,5") is not guessed at.
const GROUPED = /^\d{1,3}([, _]\d{3})+(\.\d+)?$/;

/** Bandwidth units as architects type them, to the stored Mbps ("5G", "5 Gbps", "500M", "500 Mbps"). */
const MBPS_PER_UNIT: Readonly<Record<string, number>> = {
  g: 1000, gb: 1000, gbps: 1000, "gb/s": 1000, gbit: 1000, "gbit/s": 1000,
  m: 1, mb: 1, mbps: 1, "mb/s": 1, mbit: 1, "mbit/s": 1,
};

/** The number part of typed text and the factor its unit stands for; undefined for an unknown unit. */
function splitUnit(q: Question, text: string): { digits: string; factor: number } | undefined {
  if (q.unit === "prefixLength") return { digits: text.replace(/^\/\s*/, ""), factor: 1 };
  if (q.unit !== "mbps") return { digits: text, factor: 1 };
  const m = /^(.*?\d)\s*([a-z][a-z/]*)$/i.exec(text);
  if (!m) return { digits: text, factor: 1 };
  const factor = MBPS_PER_UNIT[m[2]!.toLowerCase()];
  return factor === undefined ? undefined : { digits: m[1]!, factor };
}

export function parseNumberAnswer(q: Question, text: string): Parsed {
  const t = text.trim();
  const expected = () => {
    const base = `${M.expectNumber(q.field.integer === true, q.field.min, q.field.max)}${q.unit ? M.unitExamples[q.unit] : ""}`;
    return canBeEmpty(q) && q.empty ? `${base}, or ${M.leaveEmpty(q.empty)}` : base;
  };
  if (isClearing(q, t)) return canBeEmpty(q) ? emptyValue(q) : { ok: false, message: expected() };
  const split = splitUnit(q, t);
  if (!split) return { ok: false, message: expected() };
  const digits = split.digits.trim();
  // Rounded so that 1.1 Gbps is 1100 Mbps, not 1100.0000000000002.
  const n = Math.round(Number(GROUPED.test(digits) ? digits.replace(/[, _]/g, "") : digits) * split.factor * 1e6) / 1e6;
  if (digits === "" || !Number.isFinite(n) || !q.schema.safeParse(n).success) return { ok: false, message: expected() };
  return { ok: true, value: n };
}

export function parseTextAnswer(q: Question, text: string): Parsed {
  const t = text.trim();
  // A key with a pattern (a site's name) says what it takes; the schema's own regex decides.
  const expected = () => (q.field.pattern ? M.expectName(q.field.maxLength) : M.expectText(q.field.maxLength));
  if (isClearing(q, t)) return canBeEmpty(q) ? emptyValue(q) : { ok: false, message: expected() };
  return q.schema.safeParse(t).success ? { ok: true, value: t } : { ok: false, message: expected() };
}
