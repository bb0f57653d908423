// The rule file format (rules/*.yaml), validated with zod at load. Conditions are data:
// all / any / not over leaves { fact, <operator>: value }. Nothing in a rule file can run code.
import * as z from "zod";

import { OPERATORS, SEVERITIES, TOPICS } from "../rules/vocabulary.js";
import type { Condition, Constraint, DecisionRule, FindingRule, Leaf, RuleCase } from "../rules/rule-types.js";

export type { Condition, Constraint, DecisionRule, FactRef, FindingRule, Leaf, Rule, RuleCase } from "../rules/rule-types.js";

export { OPERATORS, SEVERITIES, TOPICS, type Operator, type Severity, type Topic } from "../rules/vocabulary.js";
export { isDecisionRule } from "../rules/rule-types.js";

const scalar = z.union([z.string(), z.number(), z.boolean(), z.null()]);
export const FactRefSchema = z.strictObject({ fact: z.string().min(1) });
const operand = z.union([scalar, z.array(scalar), FactRefSchema]);

export const LeafSchema = z
  .strictObject({
    fact: z.string().min(1),
    equals: operand.optional(),
    notEquals: operand.optional(),
    in: z.array(scalar).optional(),
    notIn: z.array(scalar).optional(),
    gt: z.union([z.number(), FactRefSchema]).optional(),
    gte: z.union([z.number(), FactRefSchema]).optional(),
    lt: z.union([z.number(), FactRefSchema]).optional(),
    lte: z.union([z.number(), FactRefSchema]).optional(),
    exists: z.boolean().optional(),
  })
  .refine((leaf) => OPERATORS.filter((op) => op in leaf).length === 1, {
    message: `a condition needs exactly one operator: ${OPERATORS.join(", ")}`,
  });


export const ConditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ all: z.array(ConditionSchema).min(1) }),
    z.strictObject({ any: z.array(ConditionSchema).min(1) }),
    z.strictObject({ not: ConditionSchema }),
    LeafSchema,
  ]),
);

const ruleId = z.string().regex(/^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$/, "rule ids look like ER-GW-001 (capitals, digits, hyphens)");
const docsUrl = z.url({ protocol: /^https$/, error: "docs must be an https URL" });

/**
 * Example answers for a rule, in the manner of ESLint's RuleTester: `valid` cases make the rule
 * win its decision (or raise its finding), `invalid` cases must not. `answers` is merged onto a
 * minimal answers file (1,000 Mbps to westeurope); `expect` is the decision value, when given.
 */
export const RuleCaseSchema = z.strictObject({
  name: z.string().optional(),
  answers: z.record(z.string(), z.unknown()),
  // Checked when the case runs (readPriceBook), so a bad item is named in the case's own words.
  prices: z.unknown().optional().describe("Azure Retail Prices API items (a response page, or a list of items) to plan the case with, as plan --prices does"),
  expect: scalar.optional(),
});

export const RuleCasesSchema = z.strictObject({ valid: z.array(RuleCaseSchema).default([]), invalid: z.array(RuleCaseSchema).default([]) });

/** A cases file (`*.cases.yaml`): cases for rules defined elsewhere, by rule id. */
export const CasesFileSchema = z.strictObject({
  description: z.string().optional(),
  cases: z.record(z.string(), RuleCasesSchema),
});

const common = {
  id: ruleId,
  title: z.string().min(1).max(200),
  docs: docsUrl,
  priority: z.number().int().min(-1000).max(1000).default(0),
  when: ConditionSchema.optional(),
  deprecated: z.strictObject({ replacedBy: ruleId.optional(), reason: z.string().optional() }).optional(),
  cases: RuleCasesSchema.optional(),
};

export const DecisionRuleSchema = z.strictObject({
  ...common,
  decision: z.string().min(1),
  set: z.union([scalar, FactRefSchema]),
  rationale: z.string().min(1).max(2000),
});

export const FindingRuleSchema = z.strictObject({
  ...common,
  severity: z.enum(SEVERITIES),
  topic: z.enum(TOPICS).optional(),
  message: z.string().min(1).max(2000),
});

/**
 * A constraint on one decision: `forbid` values it may never take, or `allow` only some. When
 * its conditions hold, the decision goes to the next rule (in the usual order) whose conditions
 * hold and whose value is allowed, else to the first allowed value of the decision; when no value
 * is allowed, the decision stays as the rules made it and the constraint raises an error finding.
 * Constraints sit in a rules file beside rules, marked by `constrain:`.
 */
export const ConstraintSchema = z
  .strictObject({
    id: ruleId,
    title: z.string().min(1).max(200),
    docs: docsUrl,
    when: ConditionSchema.optional(),
    constrain: z.string().min(1),
    allow: z.array(scalar).min(1).optional(),
    forbid: z.array(scalar).min(1).optional(),
    rationale: z.string().min(1).max(2000),
  })
  .refine((c) => (c.allow === undefined) !== (c.forbid === undefined), { message: "a constraint needs exactly one of allow or forbid" });


export const RuleFileSchema = z.strictObject({
  description: z.string().optional(),
  rules: z.array(z.unknown()).min(1),
});

/** Exactly the same type both ways: the schema accepts what the rule model describes, no more or less. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const SCHEMA_MATCHES_MODEL: [
  Same<z.output<typeof LeafSchema>, Leaf>,
  Same<z.output<typeof RuleCaseSchema>, Omit<RuleCase, "file">>,
  Same<z.output<typeof DecisionRuleSchema>, Omit<DecisionRule, "cases"> & { cases?: { valid: Omit<RuleCase, "file">[]; invalid: Omit<RuleCase, "file">[] } }>,
  Same<z.output<typeof FindingRuleSchema>, Omit<FindingRule, "cases"> & { cases?: { valid: Omit<RuleCase, "file">[]; invalid: Omit<RuleCase, "file">[] } }>,
  Same<z.output<typeof ConstraintSchema>, Constraint>,
] = [true, true, true, true, true];
void SCHEMA_MATCHES_MODEL;
