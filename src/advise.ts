// The embeddable core: raw answers + catalog + rules → design document and evaluation trace.
// No fs, no process, no colours: the CLI (src/cli) does the I/O.
import { validateAnswers, type InputIssue, type ValidationResult } from "./answers/validate.js";
import { checkAnswersAgainstCatalog } from "./answers/catalog-names.js";
import type { Catalog } from "./catalog/catalog.js";
import { hasErrorFindings, planDesign, type Advice } from "./engine/plan-design.js";
import type { RuleSet } from "./rules/rule-set.js";

export { hasErrorFindings, planDesign, type Advice };

export type AdviceResult = ({ ok: true } & Advice) | { ok: false; issues: InputIssue[] };

/** The whole answers check: the schema, then the names only the catalog knows, all issues at once. */
export function checkAnswers(raw: unknown, catalog: Catalog): ValidationResult {
  const validated = validateAnswers(raw);
  const catalogIssues = raw !== null && typeof raw === "object" ? checkAnswersAgainstCatalog(raw, catalog) : [];
  if (validated.ok && catalogIssues.length === 0) return validated;
  const issues = [...(validated.ok ? [] : validated.issues), ...catalogIssues];
  return { ok: false, issues: issues.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)) };
}

/** Validates answers (schema, then catalog names) and evaluates the rules. */
export function adviseDesign(raw: unknown, catalog: Catalog, ruleSet: RuleSet): AdviceResult {
  const checked = checkAnswers(raw, catalog);
  if (!checked.ok) return checked;
  return { ok: true, ...planDesign(checked.answers, catalog, ruleSet) };
}
