// Typed text to answer values, checked with the key's own zod schema so the questionnaire
// accepts exactly what an answers file accepts. Pure, so it is unit-tested without a terminal.
import { QUESTIONNAIRE_MESSAGES as M } from "./messages.js";
import type { Question } from "./questions.js";

export type Parsed = { ok: true; value: unknown } | { ok: false; message: string };

/** Whether the key may stay without a value: optional without default (left out) or nullable (null). */
export const canBeEmpty = (q: Question): boolean => q.field.nullable || (!q.field.required && q.field.defaultValue === undefined);

const emptyValue = (q: Question): Parsed => (q.field.nullable ? { ok: true, value: null } : { ok: true, value: undefined });

// "4,000" and "4 000" are thousands separators; a lone comma ("2,5") is not guessed at.
const GROUPED = /^\d{1,3}([, _]\d{3})+(\.\d+)?$/;

export function parseNumberAnswer(q: Question, text: string): Parsed {
  const t = text.trim();
  const expected = () => {
    const base = M.expectNumber(q.field.integer === true, q.field.min, q.field.max);
    return canBeEmpty(q) && q.empty ? `${base}, or ${M.leaveEmpty(q.empty)}` : base;
  };
  if (t === "" || (q.empty && t.toLowerCase() === q.empty.toLowerCase())) return canBeEmpty(q) ? emptyValue(q) : { ok: false, message: expected() };
  const n = Number(GROUPED.test(t) ? t.replace(/[, _]/g, "") : t);
  if (!Number.isFinite(n) || !q.schema.safeParse(n).success) return { ok: false, message: expected() };
  return { ok: true, value: n };
}

export function parseTextAnswer(q: Question, text: string): Parsed {
  const t = text.trim();
  if (t === "") return canBeEmpty(q) ? emptyValue(q) : { ok: false, message: M.expectText(q.field.maxLength) };
  return q.schema.safeParse(t).success ? { ok: true, value: t } : { ok: false, message: M.expectText(q.field.maxLength) };
}
