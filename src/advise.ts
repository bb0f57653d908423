// The embeddable core: raw answers + catalog + rules → design document and evaluation trace.
// No fs, no process, no colours: the CLI (src/cli) does the I/O.
import { checkAnswers } from "./answers/check-answers.js";
import type { InputIssue } from "./answers/validate.js";
import type { Catalog } from "./catalog/catalog.js";
import { hasErrorFindings, planDesign, type Advice } from "./engine/plan-design.js";
import type { EvaluateOptions } from "./engine/evaluate.js";
import type { RuleSet } from "./rules/rule-set.js";

export { checkAnswers, hasErrorFindings, planDesign, type Advice };

export type AdviceResult = ({ ok: true } & Advice) | { ok: false; issues: InputIssue[] };

/** Validates answers (schema, then catalog names) and evaluates the rules. */
export function adviseDesign(raw: unknown, catalog: Catalog, ruleSet: RuleSet, options: EvaluateOptions = {}): AdviceResult {
  const checked = checkAnswers(raw, catalog);
  if (!checked.ok) return checked;
  return { ok: true, ...planDesign(checked.answers, catalog, ruleSet, options) };
}
