// The rule engine: answers + catalog + rules → decision values, trace and findings.
// Pure and synchronous; rules are tried per slot in (priority desc, id asc) order, first match wins.
import type { Answers } from "../answers/schema.js";
import type { Catalog } from "../catalog/catalog.js";
import type { LoadedRule, RuleSet } from "../rules/rule-set.js";
import { DECISION_SLOTS, type DecisionSlot } from "../rules/decisions.js";
import { DERIVED_FACTS, type FactContext } from "../rules/derived.js";
import { isDecisionRule, type Severity, type Topic } from "../rules/vocabulary.js";
import { formatValue, splitTemplate } from "../text/format.js";
import { compileTest, evaluateCondition, type Accessor, type ConditionResult, type LeafResult, type Test } from "./conditions.js";
import { RuleEvaluationError } from "./errors.js";

export interface CandidateTrace {
  rule: string;
  title: string;
  priority: number;
  file: string;
  /** Whether its conditions held (for rules after the winner: whether they would have). */
  passed: boolean;
  /** This rule set the decision. */
  won: boolean;
  /** Why it lost: the first failing condition (absent when its conditions held). */
  firstFailure?: LeafResult;
  leaves: LeafResult[];
  /** The built-in rule this one replaced (--rules-dir). */
  overrides?: string;
}

export interface DecisionTrace {
  path: string;
  value: unknown;
  rule: string;
  title: string;
  rationale: string;
  docs: string;
  file: string;
  /** Every rule for this slot, in the order tried (empty unless the trace is "full"). */
  candidates: CandidateTrace[];
}

export interface Finding {
  id: string;
  severity: Severity;
  message: string;
  docs: string;
}

export interface FindingTrace extends Finding {
  title: string;
  /** The built-in rule this one replaced (--rules-dir). */
  overrides?: string;
  topic?: Topic;
  file: string;
  leaves: LeafResult[];
}

/** A finding rule that did not fire, and the first condition that kept it quiet ("full" trace). */
export interface UnfiredFindingTrace {
  id: string;
  title: string;
  file: string;
  firstFailure?: LeafResult;
  leaves: LeafResult[];
}

export interface Evaluation {
  values: ReadonlyMap<string, unknown>;
  decisions: DecisionTrace[];
  findings: FindingTrace[];
  /** Finding rules that did not fire; filled only with the "full" trace (for explain). */
  unfired: UnfiredFindingTrace[];
  /** Derived facts that were read during evaluation, by name. */
  facts: Readonly<Record<string, unknown>>;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Per-evaluation state that compiled fact accessors read. */
interface EvalState {
  answers: Answers;
  values: Map<string, unknown>;
  ctx: FactContext;
}

function readPath(root: unknown, parts: readonly string[]): unknown {
  let cur = root;
  for (const part of parts) {
    if (cur === null || typeof cur !== "object") return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

/** Fact names turned once into accessors: the same few hundred are read for every design. */
const accessors = new Map<string, Accessor<EvalState>>();

function accessFact(fact: string): Accessor<EvalState> {
  let accessor = accessors.get(fact);
  if (!accessor) {
    const dot = fact.indexOf(".");
    const family = fact.slice(0, dot);
    const rest = fact.slice(dot + 1);
    const parts = rest.split(".");
    if (family === "answers") accessor = (s) => readPath(s.answers, parts) ?? null;
    else if (family === "derived") accessor = (s) => s.ctx.fact(rest);
    else if (family === "design") accessor = (s) => s.values.get(rest) ?? null;
    else accessor = () => undefined;
    accessors.set(fact, accessor);
  }
  return accessor;
}

function valueFits(slot: DecisionSlot, value: unknown): boolean {
  if (value === null) return slot.nullable;
  switch (slot.kind) {
    case "number":
      return typeof value === "number" && Number.isFinite(value);
    case "boolean":
      return typeof value === "boolean";
    case "enum":
      return slot.values!.includes(value as string | number);
    default:
      return typeof value === "string";
  }
}

export interface EvaluateOptions {
  /**
   * "full" also evaluates the rules after each decision's winner, so `explain` can say why each
   * lost; "winners" stops at the winner (what `plan` needs). Decisions are identical either way.
   */
  trace?: "full" | "winners";
}

/** Catalog-only facts (limits, largest sizes), per catalog. */
const constants = new WeakMap<Catalog, Map<string, unknown>>();

/** Marks a derived fact being computed, to catch a fact that depends on itself. */
const COMPUTING = Symbol("computing");

type Fill = (state: EvalState) => string;

/** A template compiled once into a function over fact accessors (rules are immutable data). */
const compiledTemplates = new Map<string, Fill>();

function compileTemplate(template: string): Fill {
  let fill = compiledTemplates.get(template);
  if (!fill) {
    const parts = splitTemplate(template);
    const literals = parts.filter((_, i) => i % 2 === 0);
    const facts = parts.filter((_, i) => i % 2 === 1).map(accessFact);
    fill = (state) => {
      let out = literals[0]!;
      for (let i = 0; i < facts.length; i++) out += formatValue(facts[i]!(state)) + literals[i + 1]!;
      return out;
    };
    compiledTemplates.set(template, fill);
  }
  return fill;
}

interface PlannedRule {
  loaded: LoadedRule;
  test: Test<EvalState>;
  /** The rationale (decision rules) or message (finding rules), compiled. */
  fill: Fill;
}

/** A rule set's conditions and templates compiled once, in evaluation order. */
interface EvaluationPlan {
  slots: { slot: DecisionSlot; rules: PlannedRule[] }[];
  findings: PlannedRule[];
  /** Whether any rule is deprecated (then fired ones are reported). */
  hasDeprecated: boolean;
}

const plans = new WeakMap<RuleSet, EvaluationPlan>();

function planEvaluation(ruleSet: RuleSet): EvaluationPlan {
  let plan = plans.get(ruleSet);
  if (!plan) {
    const compile = (loaded: LoadedRule): PlannedRule => ({
      loaded,
      test: compileTest(loaded.rule.when, accessFact),
      fill: compileTemplate(isDecisionRule(loaded.rule) ? loaded.rule.rationale : loaded.rule.message),
    });
    plan = {
      slots: DECISION_SLOTS.map((slot) => ({ slot, rules: (ruleSet.decisions.get(slot.path) ?? []).map(compile) })),
      findings: ruleSet.findings.map(compile),
      hasDeprecated: ruleSet.all.some((l) => l.rule.deprecated),
    };
    plans.set(ruleSet, plan);
  }
  return plan;
}

/** Evaluates every decision slot and finding rule for one set of answers. */
export function evaluateRules(answers: Answers, catalog: Catalog, ruleSet: RuleSet, options: EvaluateOptions = {}): Evaluation {
  const fullTrace = options.trace !== "winners";
  const values = new Map<string, unknown>();
  const derived = new Map<string, unknown>();

  const ctx: FactContext = {
    answers,
    catalog,
    decision(path) {
      const value = values.get(path);
      if (value === undefined && !values.has(path)) throw new RuleEvaluationError(`a derived fact read decision ${path} before it was decided`, path);
      return value;
    },
    fact(name) {
      const known = derived.get(name);
      if (known === COMPUTING) throw new RuleEvaluationError(`derived fact ${name} depends on itself`, name);
      if (known !== undefined) return known;
      const def = DERIVED_FACTS[name];
      if (!def) throw new RuleEvaluationError(`unknown derived fact ${name}`, name);
      if (def.constant) {
        let perCatalog = constants.get(catalog);
        if (!perCatalog) constants.set(catalog, (perCatalog = new Map()));
        if (!perCatalog.has(name)) perCatalog.set(name, def.compute(ctx));
        derived.set(name, perCatalog.get(name));
        return perCatalog.get(name);
      }
      derived.set(name, COMPUTING);
      const value = def.compute(ctx);
      derived.set(name, value);
      return value;
    },
  };

  const state: EvalState = { answers, values, ctx };
  const resolve = (fact: string): unknown => accessFact(fact)(state);
  const PASSED: ConditionResult = { passed: true, leaves: [] };
  const FAILED: ConditionResult = { passed: false, leaves: [] };
  /** Full trace (every leaf) for explain; the compiled short-circuit test otherwise. */
  const check = (loaded: LoadedRule, test: Test<EvalState>): ConditionResult => {
    if (fullTrace) return evaluateCondition(loaded.rule.when, resolve);
    return test(state) ? PASSED : FAILED;
  };
  const plan = planEvaluation(ruleSet);

  const decisions: DecisionTrace[] = [];
  for (const { slot, rules } of plan.slots) {
    const candidates: CandidateTrace[] = [];
    let winner: LoadedRule | undefined;
    let winnerFill: Fill | undefined;
    // The first rule that holds wins. With the full trace every rule is evaluated, so explain can
    // say why each other lost (a failed condition, or a winner of higher priority); without it,
    // evaluation stops at the winner.
    for (const { loaded, test, fill } of rules) {
      if (winner && !fullTrace) break;
      const result = check(loaded, test);
      const won = result.passed && !winner;
      if (won) {
        winner = loaded;
        winnerFill = fill;
      }
      // Only explain reads the candidates; plan skips building them.
      if (fullTrace) candidates.push({
        rule: loaded.rule.id,
        title: loaded.rule.title,
        priority: loaded.rule.priority,
        file: loaded.file,
        passed: result.passed,
        won,
        firstFailure: result.firstFailure,
        leaves: result.leaves,
        overrides: loaded.overrides,
      });
    }
    if (!winner || !isDecisionRule(winner.rule)) {
      throw new RuleEvaluationError(`no rule decides ${slot.path} for these answers; the rule set needs a default rule (one without "when") for it`, slot.path);
    }
    const rule = winner.rule;
    const set = rule.set;
    const value = set !== null && typeof set === "object" ? resolve(set.fact) : set;
    if (!valueFits(slot, value)) {
      throw new RuleEvaluationError(
        `rule ${rule.id} set ${slot.path} to ${JSON.stringify(value)}, which is not ${slot.values ? `one of ${slot.values.join(" | ")}` : `a ${slot.kind}`}${slot.nullable ? " or null" : ""}`,
        slot.path,
      );
    }
    values.set(slot.path, value);
    decisions.push({
      path: slot.path,
      value,
      rule: rule.id,
      title: rule.title,
      rationale: winnerFill!(state),
      docs: rule.docs,
      file: winner.file,
      candidates,
    });
  }

  const findings: FindingTrace[] = [];
  const unfired: UnfiredFindingTrace[] = [];
  for (const { loaded, test, fill } of plan.findings) {
    const rule = loaded.rule;
    if (isDecisionRule(rule)) continue;
    const result = check(loaded, test);
    if (!result.passed) {
      if (fullTrace) unfired.push({ id: rule.id, title: rule.title, file: loaded.file, firstFailure: result.firstFailure, leaves: result.leaves });
      continue;
    }
    findings.push({
      id: rule.id,
      severity: rule.severity,
      message: fill(state),
      docs: rule.docs,
      title: rule.title,
      topic: rule.topic,
      overrides: loaded.overrides,
      file: loaded.file,
      leaves: result.leaves,
    });
  }
  // A deprecated rule that still decides or fires says so, pointing at its replacement.
  const fired = plan.hasDeprecated ? [...decisions.map((d) => d.rule), ...findings.map((f) => f.id)] : [];
  for (const id of new Set(fired)) {
    const loaded = ruleSet.byId.get(id);
    const dep = loaded?.rule.deprecated;
    if (!loaded || !dep) continue;
    const replacement = dep.replacedBy ? `; use ${dep.replacedBy} instead` : "";
    findings.push({
      id: `${id}-DEPRECATED`,
      severity: "info",
      message: `Rule ${id} ("${loaded.rule.title}") is deprecated${dep.reason ? ` (${dep.reason})` : ""}${replacement}.`,
      docs: loaded.rule.docs,
      title: `Deprecated rule ${id}`,
      file: loaded.file,
      leaves: [],
    });
  }
  findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  return { values, decisions, findings, unfired, facts: Object.fromEntries([...derived].filter(([, v]) => v !== COMPUTING)) };
}
