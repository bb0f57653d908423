// Valid answers + catalog + rules → design document and trace. Free of zod: the CLI's fast path
// uses it after the zod-free answers check (answers/fast-validate.ts).
import type { Answers } from "../answers/schema.js";
import { API_VERSION } from "../answers/version.js";
import type { Catalog } from "../catalog/catalog.js";
import { buildDesign, type Design } from "../design/build.js";
import type { RuleSet } from "../rules/rule-set.js";
import { evaluateRules, type EvaluateOptions, type Evaluation } from "./evaluate.js";

export interface Advice {
  answers: Answers;
  design: Design;
  evaluation: Evaluation;
}

/** Evaluates already-valid answers; `options.prices` lets the priced billing rules decide. */
export function planDesign(answers: Answers, catalog: Catalog, ruleSet: RuleSet, options: EvaluateOptions = {}): Advice {
  const evaluation = evaluateRules(answers, catalog, ruleSet, options);
  return { answers, design: buildDesign(answers, evaluation, API_VERSION), evaluation };
}

export const hasErrorFindings = (design: Design): boolean => design.summary.error > 0;
