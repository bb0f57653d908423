// Runs the example answers each rule carries (`cases.valid` / `cases.invalid`), as ESLint's
// RuleTester runs a rule's cases: the built-in rules in the test suite, custom ones in `rules test`.
import { checkAnswers } from "../answers/check-answers.js";
import type { Catalog } from "../catalog/catalog.js";
import { planDesign } from "../engine/plan-design.js";
import { readPriceBook } from "../prices/price-book.js";
import type { LoadedRule, RuleSet } from "./compile.js";
import { isDecisionRule, type RuleCase } from "./schema.js";

export interface CaseResult {
  rule: string;
  file: string;
  kind: "valid" | "invalid";
  index: number;
  name?: string;
  passed: boolean;
  /** Why it failed. */
  message?: string;
}

/** The answers every case starts from: the smallest valid answers file. */
export const CASE_BASE_ANSWERS = {
  apiVersion: "expressroute-advisor/v1",
  kind: "Answers",
  bandwidth: { requiredMbps: 1000 },
  azure: { regions: ["westeurope"] },
} as const;

/** The same organisation as a v2 file, for cases written in v2 (lists given in a case replace these). */
export const CASE_BASE_ANSWERS_V2 = {
  apiVersion: "expressroute-advisor/v2",
  kind: "Answers",
  sites: [{ name: "site", requiredMbps: 1000 }],
  regions: [{ name: "westeurope" }],
} as const;

const isV2Case = (answers: unknown) => answers !== null && typeof answers === "object" && (answers as { apiVersion?: unknown }).apiVersion === CASE_BASE_ANSWERS_V2.apiVersion;

function mergeAnswers(base: unknown, over: unknown): unknown {
  if (over === null || typeof over !== "object" || Array.isArray(over)) return over;
  if (base === null || typeof base !== "object" || Array.isArray(base)) return over;
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [k, v] of Object.entries(over)) out[k] = mergeAnswers(out[k], v);
  return out;
}

function runCase(loaded: LoadedRule, c: RuleCase, kind: "valid" | "invalid", index: number, catalog: Catalog, ruleSet: RuleSet): CaseResult {
  const rule = loaded.rule;
  const base = { rule: rule.id, file: c.file ?? loaded.file, kind, index, name: c.name };
  const checked = checkAnswers(mergeAnswers(isV2Case(c.answers) ? CASE_BASE_ANSWERS_V2 : CASE_BASE_ANSWERS, c.answers), catalog);
  if (!checked.ok) return { ...base, passed: false, message: `the case's answers are invalid: ${checked.issues.map((i) => `${i.path}: ${i.message}`).join("; ")}` };
  const priced = c.prices === undefined ? undefined : readPriceBook(c.prices);
  if (priced && !priced.ok) return { ...base, passed: false, message: `the case's prices are invalid: ${priced.issues.map((i) => `${i.path}: ${i.message}`).join("; ")}` };
  // Cases decide as `plan` does: without the trace (the design is the same either way).
  const result = planDesign(checked.answers, catalog, ruleSet, { trace: false, ...(priced ? { prices: priced.book } : {}) });
  let fired: boolean;
  let detail: string;
  if (isDecisionRule(rule)) {
    // Scoped slots are decided per site group or region: the rule fires when it wins for any of them.
    const decided = result.evaluation.decided.filter((d) => d.slot === rule.decision);
    const decision = decided.find((d) => d.rule === rule.id) ?? decided[0]!;
    fired = decision.rule === rule.id;
    detail = `${rule.decision} was decided by ${decision.rule} (${JSON.stringify(decision.value)})${decision.about ? ` for ${decision.about}` : ""}`;
    if (fired && kind === "valid" && c.expect !== undefined && decision.value !== c.expect) {
      return { ...base, passed: false, message: `${rule.id} won but set ${rule.decision} to ${JSON.stringify(decision.value)}, expected ${JSON.stringify(c.expect)}` };
    }
  } else {
    fired = result.design.findings.some((f) => f.id === rule.id);
    detail = `finding ${rule.id} was ${fired ? "raised" : "not raised"}`;
  }
  const passed = kind === "valid" ? fired : !fired;
  return passed ? { ...base, passed } : { ...base, passed, message: `expected ${rule.id} ${kind === "valid" ? "to fire" : "not to fire"}, but ${detail}` };
}

/** Runs the cases of every rule in the set (or only those from `files`). */
export function runRuleCases(ruleSet: RuleSet, catalog: Catalog, files?: ReadonlySet<string>): CaseResult[] {
  const results: CaseResult[] = [];
  for (const loaded of ruleSet.all) {
    if (files && !files.has(loaded.file)) continue;
    const cases = loaded.rule.cases;
    if (!cases) continue;
    cases.valid.forEach((c, i) => results.push(runCase(loaded, c, "valid", i, catalog, ruleSet)));
    cases.invalid.forEach((c, i) => results.push(runCase(loaded, c, "invalid", i, catalog, ruleSet)));
  }
  return results;
}
