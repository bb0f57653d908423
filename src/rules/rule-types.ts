// The shape of a validated rule, as the engine reads it. The rule file format is defined by the
// zod schema in rule-tooling/schema.ts, which checks at compile time that what it accepts is
// exactly these types; the engine and the rule model depend on these, never on the schema.
import type { Severity, Topic } from "./vocabulary.js";

export type Scalar = string | number | boolean | null;
export interface FactRef {
  fact: string;
}
export type Operand = Scalar | Scalar[] | FactRef;

export interface Leaf {
  fact: string;
  equals?: Operand;
  notEquals?: Operand;
  in?: Scalar[];
  notIn?: Scalar[];
  gt?: number | FactRef;
  gte?: number | FactRef;
  lt?: number | FactRef;
  lte?: number | FactRef;
  exists?: boolean;
}

export type Condition = Leaf | { all: Condition[] } | { any: Condition[] } | { not: Condition };

/** A case, and the cases file it came from when not written inline. */
export interface RuleCase {
  name?: string;
  answers: Record<string, unknown>;
  /** Azure Retail Prices API items (a page, or a list) the case is planned with, as `plan --prices` would. */
  prices?: unknown;
  expect?: Scalar;
  file?: string;
}

export interface RuleCases {
  valid: RuleCase[];
  invalid: RuleCase[];
}

interface RuleCommon {
  id: string;
  title: string;
  docs: string;
  priority: number;
  when?: Condition;
  deprecated?: { replacedBy?: string; reason?: string };
  cases?: RuleCases;
}

export interface DecisionRule extends RuleCommon {
  decision: string;
  set: Scalar | FactRef;
  rationale: string;
}

export interface FindingRule extends RuleCommon {
  severity: Severity;
  topic?: Topic;
  message: string;
}

export type Rule = DecisionRule | FindingRule;

export interface Constraint {
  id: string;
  title: string;
  docs: string;
  when?: Condition;
  constrain: string;
  allow?: Scalar[];
  forbid?: Scalar[];
  rationale: string;
}

export const isDecisionRule = (r: Rule): r is DecisionRule => "decision" in r;
