// The embeddable core: raw answers + catalog + rules → design document and evaluation trace.
// No fs, no process, no colours: the CLI (src/cli) does the I/O.
import { API_VERSION, type Answers } from "./answers/schema.js";
import { checkAnswersAgainstCatalog, validateAnswers, type InputIssue } from "./answers/validate.js";
import type { Catalog } from "./catalog/catalog.js";
import { buildDesign, type Design } from "./design/build.js";
import { evaluateRules, type EvaluateOptions, type Evaluation } from "./engine/evaluate.js";
import type { RuleSet } from "./rules/compile.js";

export interface Advice {
  answers: Answers;
  design: Design;
  evaluation: Evaluation;
}

export type AdviceResult = ({ ok: true } & Advice) | { ok: false; issues: InputIssue[] };

/** Validates answers (schema, then catalog names) and evaluates the rules. */
export function adviseDesign(raw: unknown, catalog: Catalog, ruleSet: RuleSet, options: EvaluateOptions = {}): AdviceResult {
  const validated = validateAnswers(raw);
  const catalogIssues = raw !== null && typeof raw === "object" ? checkAnswersAgainstCatalog(raw, catalog) : [];
  if (!validated.ok || catalogIssues.length > 0) {
    const issues = [...(validated.ok ? [] : validated.issues), ...catalogIssues];
    return { ok: false, issues: issues.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)) };
  }
  return { ok: true, ...planDesign(validated.answers, catalog, ruleSet, options) };
}

/** Evaluates already-valid answers. */
export function planDesign(answers: Answers, catalog: Catalog, ruleSet: RuleSet, options: EvaluateOptions = {}): Advice {
  const evaluation = evaluateRules(answers, catalog, ruleSet, options);
  return { answers, design: buildDesign(answers, evaluation, API_VERSION), evaluation };
}

export const hasErrorFindings = (design: Design): boolean => design.summary.error > 0;
