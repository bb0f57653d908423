// Validates parsed rule files against the rule schema and the fact and decision registries,
// and orders them for evaluation. Pure: the CLI reads the files, this checks them.
import type { z } from "zod";
import { suggestNames } from "../text/closest.js";
import { splitTemplate } from "../text/format.js";
import { describeValue, describeZodIssue, formatZodPath, valueAt } from "./zod-wording.js";
import { DECISION_SLOT_BY_PATH, DECISION_SLOTS, describeOutOfRange, type DecisionScope, type DecisionSlot } from "../rules/decisions.js";
import { assembleRuleSet, findingScopes, type LoadedConstraint, type LoadedRule, type RuleSet } from "../rules/rule-set.js";
import { FACT_NAMES, FACT_TYPES, type FactType } from "./facts.js";
import {
  CasesFileSchema,
  ConstraintSchema,
  DecisionRuleSchema,
  FindingRuleSchema,
  OPERATORS,
  RuleFileSchema,
  isDecisionRule,
  type Condition,
  type Constraint,
  type DecisionRule,
  type FindingRule,
  type Leaf,
  type Rule,
} from "./schema.js";

export { assembleRuleSet, type LoadedConstraint, type LoadedRule, type RuleSet };

export interface RuleSource {
  /** File name shown in messages. */
  file: string;
  /** Parsed YAML. */
  data: unknown;
  /** Later layers override earlier ones by rule id (built-in rules are layer 0). */
  layer?: number;
}

export interface RuleIssue {
  file: string;
  /** Location inside the file, e.g. "rules[3] (ER-GW-001).when.all[0].fact". */
  path: string;
  message: string;
  /** The checker stopped here (too many problems of one kind); shown whatever else is cut. */
  stopped?: true;
}

export type CompileResult = { ok: true; ruleSet: RuleSet } | { ok: false; issues: RuleIssue[] };

/** Every key a rule or rules file may have, for "did you mean" on a misspelt one. */
const RULE_KEYS = [
  ...new Set([...Object.keys(DecisionRuleSchema.shape), ...Object.keys(FindingRuleSchema.shape), ...Object.keys(RuleFileSchema.shape), ...Object.keys(ConstraintSchema.shape), "all", "any", "not", "fact", ...OPERATORS]),
];

/** Names other rule engines use for the same keys. */
const RULE_KEY_SYNONYMS: Record<string, string> = { conditions: "when", condition: "when", if: "when", value: "set", then: "set", reason: "rationale", url: "docs", link: "docs" };

/** A union's wording depends on where it is: a value to set, an operand, or a condition. */
function describeUnion(path: readonly PropertyKey[], raw: unknown, issue: z.core.$ZodIssue): string {
  const last = path.at(-1);
  const scalar = "text, a number, true, false or null";
  if (last === "set") return `expected a value (${scalar}) or { fact: NAME }, got ${describeValue(valueAt(raw, issue.path))}`;
  if (last === "gt" || last === "gte" || last === "lt" || last === "lte") return `expected a number or { fact: NAME }, got ${describeValue(valueAt(raw, issue.path))}`;
  if (typeof last === "string" && (OPERATORS as readonly string[]).includes(last)) return `expected a value (${scalar}), a list of values or { fact: NAME }, got ${describeValue(valueAt(raw, issue.path))}`;
  if (last === "expect" || path.includes("allow") || path.includes("forbid") || path.includes("in") || path.includes("notIn")) return `expected a value (${scalar}), got ${describeValue(valueAt(raw, issue.path))}`;
  return "not a valid condition: use all, any, not, or { fact, <operator>: value }";
}

/** zod's issues in our words (zod-wording.ts), with "did you mean" for misspelt keys. */
function zodIssues(file: string, prefix: string, error: z.ZodError, raw: unknown): RuleIssue[] {
  return error.issues.map((i) => {
    let message = describeZodIssue(i, raw);
    if (i.code === "unrecognized_keys") {
      const hints = i.keys.slice(0, 5).map((k) => (k in RULE_KEY_SYNONYMS ? `did you mean "${RULE_KEY_SYNONYMS[k]}"?` : suggestNames(k, RULE_KEYS))).filter(Boolean);
      if (hints.length > 0) message += `; ${[...new Set(hints)].join("; ")}`;
    }
    if (i.code === "invalid_union") message = describeUnion(i.path, raw, i);
    const path = formatZodPath(i.path);
    return { file, path: `${prefix}${path && !path.startsWith("[") ? "." : ""}${path}`.replace(/^\./, ""), message };
  });
}

function leafOperator(leaf: Leaf) {
  return OPERATORS.find((op) => op in leaf)!;
}

function isLeaf(c: Condition): c is Leaf {
  return "fact" in c;
}

function literalFits(type: FactType | DecisionSlot, value: unknown): string | null {
  if (value === null) return type.nullable ? null : "null is not allowed here";
  switch (type.kind) {
    case "number": {
      if (typeof value !== "number") return `expected a number, got ${JSON.stringify(value)}`;
      // A decision's range (a /99 subnet, bandwidth -1) is checked where the rule is written.
      const range = describeOutOfRange("path" in type ? type : {}, value);
      return range ? `expected ${range}, got ${value}` : null;
    }
    case "boolean":
      return typeof value === "boolean" ? null : `expected true or false, got ${JSON.stringify(value)}`;
    case "enum":
    case "literal": {
      if (type.values?.includes(value as string | number)) return null;
      const hint = typeof value === "string" ? suggestNames(value, (type.values ?? []).map(String)) : "";
      return `${JSON.stringify(value)} is not one of ${(type.values ?? []).join(" | ")}${hint ? `; ${hint}` : ""}`;
    }
    case "string":
      return typeof value === "string" ? null : `expected text, got ${JSON.stringify(value)}`;
    case "string[]":
      return typeof value === "string" ? null : `expected text (an item of the list), got ${JSON.stringify(value)}`;
  }
}

interface CheckContext {
  file: string;
  issues: RuleIssue[];
  /** Index of the slot the rule decides; design facts must come from earlier slots. */
  slotIndex: number;
  /** The scope of the slot a decision rule or constraint serves; undefined for finding rules (inferred). */
  scope?: DecisionScope;
}

function checkFactName(name: string, where: string, ctx: CheckContext, allowance: 0 | 1 = 0): FactType | undefined {
  const type = FACT_TYPES.get(name);
  if (!type) {
    const hint = suggestNames(name, FACT_NAMES);
    const family = name.split(".")[0];
    const known = ["answers", "derived", "design"].includes(family!) ? "" : " (facts start with answers., derived. or design.)";
    ctx.issues.push({ file: ctx.file, path: where, message: `unknown fact "${name}"${hint ? `; ${hint}` : known}` });
    return undefined;
  }
  // A per-group rule reads its own group's facts; a per-region one its region's; any reads the design's.
  if (ctx.scope !== undefined && type.scope !== "design" && type.scope !== ctx.scope) {
    ctx.issues.push({
      file: ctx.file,
      path: where,
      message: `"${name}" is ${type.scope === "group" ? "per site group" : "per region"}, but this rule decides ${ctx.scope === "design" ? "for the whole design" : `per ${ctx.scope === "group" ? "site group" : "region"}`}; read a fact of the rule's own scope or of the design`,
    });
    // One problem per fact: its order does not matter once its scope rules it out.
    return type;
  }
  // A rationale is filled after its own decision is set, so it may name it (allowance 1).
  if (type.slotIndex !== undefined && type.slotIndex >= ctx.slotIndex + allowance) {
    const what = name.startsWith("derived.") ? "depends on a decision made" : "is decided";
    ctx.issues.push({
      file: ctx.file,
      path: where,
      message: `"${name}" ${what} at or after this rule's decision, so it cannot be read here (decision order: ${DECISION_SLOTS.map((s) => s.path).join(" → ")})`,
    });
  }
  return type;
}

/** Every {placeholder} of a rationale or message must name a fact the rule may read. */
function checkTemplate(text: string, where: string, ctx: CheckContext, allowance: 0 | 1) {
  const parts = splitTemplate(text);
  for (let i = 1; i < parts.length; i += 2) checkFactName(parts[i]!, `${where} {${parts[i]}}`, ctx, allowance);
}

function checkOperand(value: unknown, type: FactType | undefined, where: string, ctx: CheckContext) {
  if (value !== null && typeof value === "object" && !Array.isArray(value) && "fact" in value) {
    checkFactName((value as { fact: string }).fact, `${where}.fact`, ctx);
    return;
  }
  if (!type) return;
  const values = Array.isArray(value) ? value : [value];
  for (const v of values) {
    const problem = literalFits(type, v);
    if (problem) ctx.issues.push({ file: ctx.file, path: where, message: problem });
  }
}

function checkCondition(cond: Condition, where: string, ctx: CheckContext) {
  if ("all" in cond) cond.all.forEach((c, i) => checkCondition(c, `${where}.all[${i}]`, ctx));
  else if ("any" in cond) cond.any.forEach((c, i) => checkCondition(c, `${where}.any[${i}]`, ctx));
  else if ("not" in cond) checkCondition(cond.not, `${where}.not`, ctx);
  else if (isLeaf(cond)) {
    const type = checkFactName(cond.fact, `${where}.fact`, ctx);
    const op = leafOperator(cond);
    if (op === "exists") return;
    const operand = cond[op];
    const problem = type && describeMisuse(op, type, operand, cond.fact);
    if (problem) {
      ctx.issues.push({ file: ctx.file, path: `${where}.${op}`, message: problem });
      return;
    }
    checkOperand(operand, type, `${where}.${op}`, ctx);
  }
}

/** Operator and operand shapes that load but could never match as intended. */
function describeMisuse(op: string, type: FactType, operand: unknown, fact: string): string | undefined {
  if (["gt", "gte", "lt", "lte"].includes(op) && type.kind !== "number") return `"${op}" compares numbers, but ${fact} is ${type.kind}`;
  if ((op === "in" || op === "notIn") && type.kind === "string[]") return `"${op}" tests one value, but ${fact} is a list; use equals (the list contains the value) or notEquals`;
  if ((op === "equals" || op === "notEquals") && Array.isArray(operand)) return `"${op}" takes one value; to test several use "${op === "equals" ? "in" : "notIn"}"`;
  return undefined;
}

function parseRule(raw: unknown, file: string, where: string, issues: RuleIssue[]): Rule | undefined {
  const isDecision = raw !== null && typeof raw === "object" && "decision" in raw;
  const result = (isDecision ? DecisionRuleSchema : FindingRuleSchema).safeParse(raw);
  if (!result.success) {
    issues.push(...zodIssues(file, where, result.error, raw));
    return undefined;
  }
  return result.data;
}

function labelOf(raw: unknown, index: number): string {
  const id = raw !== null && typeof raw === "object" && "id" in raw ? String((raw as { id: unknown }).id) : "";
  return `rules[${index}]${id ? ` (${id})` : ""}`;
}

function checkRule(rule: Rule, file: string, where: string, issues: RuleIssue[]) {
  const ctx: CheckContext = { file, issues, slotIndex: DECISION_SLOTS.length };
  if (isDecisionRule(rule)) {
    const slot = DECISION_SLOT_BY_PATH.get(rule.decision);
    if (!slot) {
      const hint = suggestNames(rule.decision, DECISION_SLOTS.map((s) => s.path));
      issues.push({ file, path: `${where}.decision`, message: `unknown decision "${rule.decision}"${hint ? `; ${hint}` : ""}` });
      return;
    }
    ctx.slotIndex = (DECISION_SLOTS as readonly DecisionSlot[]).indexOf(slot);
    ctx.scope = slot.scope;
    checkOperand(rule.set, slot, `${where}.set`, ctx);
    checkTemplate(rule.rationale, `${where}.rationale`, ctx, 1);
  } else checkTemplate(rule.message, `${where}.message`, ctx, 0);
  if (rule.when) checkCondition(rule.when, `${where}.when`, ctx);
  if (!isDecisionRule(rule)) {
    const scopes = findingScopes(rule);
    if (scopes.length > 1) issues.push({ file, path: where, message: `reads facts of both a site group and a region; a finding fires per group or per region, so split it or read a design-wide fact` });
  }
  if (rule.cases) checkCaseExpects(rule, rule.cases, file, `${where}.cases`, issues);
}

const isConstraint = (raw: unknown) => raw !== null && typeof raw === "object" && "constrain" in raw;

/** A constraint names a decision, values of its type, and conditions read before it is decided. */
function checkConstraint(raw: unknown, file: string, where: string, issues: RuleIssue[]): Constraint | undefined {
  const result = ConstraintSchema.safeParse(raw);
  if (!result.success) {
    issues.push(...zodIssues(file, where, result.error, raw));
    return undefined;
  }
  const c = result.data;
  const slot = DECISION_SLOT_BY_PATH.get(c.constrain);
  if (!slot) {
    const hint = suggestNames(c.constrain, DECISION_SLOTS.map((s) => s.path));
    issues.push({ file, path: `${where}.constrain`, message: `unknown decision "${c.constrain}"${hint ? `; ${hint}` : ""}` });
    return undefined;
  }
  const ctx: CheckContext = { file, issues, slotIndex: (DECISION_SLOTS as readonly DecisionSlot[]).indexOf(slot), scope: slot.scope };
  const key = c.allow ? "allow" : "forbid";
  checkOperand(c[key], slot, `${where}.${key}`, ctx);
  checkTemplate(c.rationale, `${where}.rationale`, ctx, 1);
  if (c.when) checkCondition(c.when, `${where}.when`, ctx);
  return c;
}

/** `expect` is a decision value a valid case must produce; anywhere else it would go unchecked. */
function checkCaseExpects(rule: Rule, cases: { valid: { expect?: unknown }[]; invalid: { expect?: unknown }[] }, file: string, where: string, issues: RuleIssue[]) {
  const kinds = ["valid", "invalid"] as const;
  for (const kind of kinds) {
    cases[kind].forEach((c, i) => {
      if (c.expect === undefined) return;
      const problem = kind === "invalid" ? "an invalid case has no decision value to expect" : !isDecisionRule(rule) ? `${rule.id} is a finding rule, which has no value to expect` : undefined;
      if (problem) issues.push({ file, path: `${where}.${kind}[${i}].expect`, message: `${problem}; remove expect` });
    });
  }
}

const isCasesFile = (source: RuleSource) =>
  source.file.endsWith(".cases.yaml") || source.file.endsWith(".cases.yml");

/** Cases kept beside the rules (as ESLint keeps RuleTester cases beside rule sources). */
function attachCases(source: RuleSource, byId: Map<string, LoadedRule>, issues: RuleIssue[]) {
  const parsed = CasesFileSchema.safeParse(source.data);
  if (!parsed.success) {
    issues.push(...zodIssues(source.file, "", parsed.error, source.data).map((i) => ({ ...i, path: i.path || "(file)" })));
    return;
  }
  for (const [id, cases] of Object.entries(parsed.data.cases)) {
    const loaded = byId.get(id);
    if (!loaded) {
      const hint = suggestNames(id, [...byId.keys()]);
      issues.push({ file: source.file, path: `cases.${id}`, message: `cases for unknown rule ${id}${hint ? `; ${hint}` : ""}` });
      continue;
    }
    // Cases written for a rule that a later layer replaced describe the old rule: skip them.
    if ((source.layer ?? 0) < loaded.layer) continue;
    checkCaseExpects(loaded.rule, cases, source.file, `cases.${id}`, issues);
    const own = loaded.rule.cases ?? { valid: [], invalid: [] };
    // Cases remember their file, so a failing one is reported where it is written.
    const from = (list: typeof cases.valid) => list.map((c) => ({ ...c, file: source.file }));
    loaded.rule.cases = { valid: [...own.valid, ...from(cases.valid)], invalid: [...own.invalid, ...from(cases.invalid)] };
  }
}

/** Rules and constraints a set may hold, built-in ones included (about 150 of them). */
export const MAX_RULES = 2000;

/** Validates and orders rules from several files. Same-id rules in a later layer replace earlier ones. */
export function compileRules(sources: readonly RuleSource[]): CompileResult {
  const issues: RuleIssue[] = [];
  const byId = new Map<string, LoadedRule>();
  const constraints = new Map<string, LoadedConstraint>();
  const caseFiles: RuleSource[] = [];
  let ruleCount = 0;
  for (const source of sources) {
    const layer = source.layer ?? 0;
    if (isCasesFile(source)) {
      caseFiles.push(source);
      continue;
    }
    const file = RuleFileSchema.safeParse(source.data);
    if (!file.success) {
      issues.push(...zodIssues(source.file, "", file.error, source.data).map((i) => ({ ...i, path: i.path || "(file)" })));
      continue;
    }
    // A bounded set keeps loading, lint and evaluation bounded (issue 11); no real set comes near.
    ruleCount += file.data.rules.length;
    if (ruleCount > MAX_RULES) {
      issues.push({ file: source.file, path: "rules", message: `more than ${MAX_RULES} rules and constraints in all (the built-in ones included); the limit is ${MAX_RULES}` });
      return { ok: false, issues };
    }
    file.data.rules.forEach((raw, index) => {
      const where = labelOf(raw, index);
      if (isConstraint(raw)) {
        const constraint = checkConstraint(raw, source.file, where, issues);
        if (!constraint) return;
        const previous = constraints.get(constraint.id);
        if ((previous && previous.layer === layer) || byId.has(constraint.id)) {
          issues.push({ file: source.file, path: where, message: `duplicate rule id ${constraint.id} (also in ${previous?.file ?? byId.get(constraint.id)!.file})` });
          return;
        }
        constraints.set(constraint.id, { constraint, file: source.file, layer, overrides: previous ? previous.constraint.id : undefined });
        return;
      }
      const rule = parseRule(raw, source.file, where, issues);
      if (!rule) return;
      checkRule(rule, source.file, where, issues);
      const previous = byId.get(rule.id);
      if ((previous && previous.layer === layer) || constraints.has(rule.id)) {
        issues.push({ file: source.file, path: where, message: `duplicate rule id ${rule.id} (also in ${previous?.file ?? constraints.get(rule.id)!.file})` });
        return;
      }
      byId.set(rule.id, { rule, file: source.file, layer, overrides: previous ? previous.rule.id : undefined });
    });
  }
  for (const source of caseFiles) attachCases(source, byId, issues);
  const all = [...byId.values()];
  for (const loaded of all) {
    const replacedBy = loaded.rule.deprecated?.replacedBy;
    if (replacedBy && !byId.has(replacedBy)) {
      issues.push({ file: loaded.file, path: loaded.rule.id, message: `deprecated.replacedBy names unknown rule ${replacedBy}` });
    }
  }
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, ruleSet: assembleRuleSet(all, [...constraints.values()]) };
}

export type { DecisionRule, FindingRule };
