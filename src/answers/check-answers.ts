// The whole answers check: the zod schema, then the names only the catalog knows, all at once.
import type { Catalog } from "../catalog/catalog.js";
import { checkAnswersAgainstCatalog } from "./catalog-names.js";
import { validateAnswers, type ValidationResult } from "./validate.js";

export function checkAnswers(raw: unknown, catalog: Catalog): ValidationResult {
  const validated = validateAnswers(raw);
  const catalogIssues = raw !== null && typeof raw === "object" ? checkAnswersAgainstCatalog(raw, catalog) : [];
  if (validated.ok && catalogIssues.length === 0) return validated;
  const issues = [...(validated.ok ? [] : validated.issues), ...catalogIssues];
  return { ok: false, issues: issues.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)) };
}
