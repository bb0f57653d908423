// An answer as the questionnaire shows it back (final prompt line, review list).
import { QUESTIONNAIRE_MESSAGES as M, formatCount } from "./messages.js";
import type { Question } from "./questions.js";
import { makePrintable } from "../../text/printable.js";

export function formatAnswer(q: Question, value: unknown): string {
  if (value === undefined || value === null) return q.empty ?? "—";
  if (typeof value === "boolean") return value ? M.yes : M.no;
  // "5 Gbps" typed shows back as "5,000 Mbps": the unit the design uses, so the conversion is seen.
  if (typeof value === "number") return q.unit === "mbps" ? M.mbps(formatCount(value)) : formatCount(value);
  // Free text from an answers file may hold terminal controls (a window title, a cleared line):
  // shown escaped, never acted on.
  if (Array.isArray(value)) return makePrintable(value.map((v) => (Array.isArray(v) ? M.pair(v.map(String)) : String(v))).join(", "));
  return makePrintable(String(value));
}
