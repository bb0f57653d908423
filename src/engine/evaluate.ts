// The rule engine: answers + catalog + rules → decision values, trace and findings.
// Pure and synchronous; rules are tried per slot in (priority desc, id asc) order, first match wins,
// within what the slot's constraints allow. One evaluation serves plan, explain, diff, the library
// and the tests: every rule is evaluated with its full trace (a design takes well under a
// millisecond this way, so a second, faster path would only be a second semantics to keep equal).
import type { Answers } from "../answers/schema.js";
import type { Catalog } from "../catalog/catalog.js";
import { constraintAllows, type LoadedConstraint, type LoadedRule, type RuleSet } from "../rules/rule-set.js";
import { DECISION_SLOTS, describeOutOfRange, listCatalogValues, slotValues, type CatalogList, type DecisionSlot } from "../rules/decisions.js";
import { DERIVED_FACTS, type FactContext } from "../rules/derived.js";
import type { Severity, Topic } from "../rules/vocabulary.js";
import { isDecisionRule, type DecisionRule } from "../rules/rule-types.js";
import { formatValue, splitTemplate } from "../text/format.js";
import { evaluateCondition, type LeafResult } from "./conditions.js";
import { RuleEvaluationError } from "./errors.js";
import { ENGINE_MESSAGES as M } from "./messages.js";
import { readPath } from "../answers/raw-tree.js";

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
  /** Its conditions held, but a constraint does not allow its value: the constraint's id. */
  blockedBy?: string;
  /** This entry is a constraint that set the value itself (no rule offered an allowed one). */
  constraint?: true;
}

export interface DecisionTrace {
  path: string;
  value: unknown;
  rule: string;
  title: string;
  rationale: string;
  docs: string;
  file: string;
  /** Every rule for this slot, in the order tried. */
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

/** A finding rule that did not fire, and the first condition that kept it quiet. */
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
  /** Finding rules that did not fire (for explain). */
  unfired: UnfiredFindingTrace[];
  /** Derived facts that were read during evaluation, by name. */
  facts: Readonly<Record<string, unknown>>;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Catalog lists per catalog, built once: a value from a catalog list is checked against them. */
const catalogLists = new WeakMap<Catalog, Map<CatalogList, ReadonlySet<unknown>>>();

function catalogValues(catalog: Catalog, list: CatalogList): ReadonlySet<unknown> {
  let lists = catalogLists.get(catalog);
  if (!lists) catalogLists.set(catalog, (lists = new Map()));
  let values = lists.get(list);
  if (!values) lists.set(list, (values = listCatalogValues(catalog, list)));
  return values;
}

/**
 * What a slot's value should have been, or undefined when it fits: its type, its range, the
 * catalog's names or sizes. A rule that sets bandwidth -1 or a /99 is an error naming the rule,
 * never a design (issue 11).
 */
function describeMisfit(slot: DecisionSlot, value: unknown, catalog: Catalog): string | undefined {
  if (value === null) return slot.nullable ? undefined : M.expectedType(slot);
  switch (slot.kind) {
    case "number":
      if (typeof value !== "number") return M.expectedType(slot);
      return describeOutOfRange(slot, value) ?? (slot.catalog && !catalogValues(catalog, slot.catalog).has(value) ? M.expectedFromCatalog(slot.catalog) : undefined);
    case "boolean":
      return typeof value === "boolean" ? undefined : M.expectedType(slot);
    case "enum":
      return slot.values!.includes(value as string | number) ? undefined : M.expectedType(slot);
    default:
      if (typeof value !== "string") return M.expectedType(slot);
      return slot.catalog && !catalogValues(catalog, slot.catalog).has(value) ? M.expectedFromCatalog(slot.catalog) : undefined;
  }
}

/** Catalog-only facts (limits, largest sizes), per catalog. */
const constants = new WeakMap<Catalog, Map<string, unknown>>();

/** Marks a derived fact being computed, to catch a fact that depends on itself. */
const COMPUTING = Symbol("computing");

/** Evaluates every decision slot and finding rule for one set of answers. */
export function evaluateRules(answers: Answers, catalog: Catalog, ruleSet: RuleSet): Evaluation {
  const values = new Map<string, unknown>();
  const derived = new Map<string, unknown>();
  /** The rule (or constraint) being evaluated, named when it reads what is not decided yet. */
  let reader = "";

  const ctx: FactContext = {
    answers,
    catalog,
    decision(path) {
      if (!values.has(path)) throw new RuleEvaluationError(M.undecidedThroughFact(reader, path), path, reader);
      return values.get(path);
    },
    fact(name) {
      const known = derived.get(name);
      if (known === COMPUTING) throw new RuleEvaluationError(M.selfDependentFact(name), name, reader);
      if (known !== undefined) return known;
      const def = DERIVED_FACTS[name];
      if (!def) throw new RuleEvaluationError(M.unknownFact(`derived.${name}`), name, reader);
      if (def.constant) {
        let perCatalog = constants.get(catalog);
        if (!perCatalog) constants.set(catalog, (perCatalog = new Map()));
        if (!perCatalog.has(name)) perCatalog.set(name, def.compute(ctx));
        derived.set(name, perCatalog.get(name));
        return perCatalog.get(name);
      }
      derived.set(name, COMPUTING);
      try {
        const value = def.compute(ctx);
        derived.set(name, value);
        return value;
      } catch (err) {
        // Not memoised: a later reader (after the decision it needs) may compute it.
        derived.delete(name);
        throw err;
      }
    },
  };

  const resolve = (fact: string): unknown => {
    const dot = fact.indexOf(".");
    const family = fact.slice(0, dot);
    const rest = fact.slice(dot + 1);
    if (family === "answers") return readPath(answers, rest.split(".")) ?? null;
    if (family === "derived") return ctx.fact(rest);
    if (family === "design") {
      // Loading checks the decision order; this catches what loading could not (a hand-built rule
      // set, a bug in the order check) instead of quietly reading null.
      if (!values.has(rest)) throw new RuleEvaluationError(M.undecided(reader, rest), rest, reader);
      return values.get(rest);
    }
    throw new RuleEvaluationError(M.unknownFact(fact), fact, reader);
  };
  const fill = (template: string): string => {
    const parts = splitTemplate(template);
    let out = parts[0]!;
    for (let i = 1; i < parts.length; i += 2) out += formatValue(resolve(parts[i]!)) + parts[i + 1]!;
    return out;
  };

  const decisions: DecisionTrace[] = [];
  const constraintFindings: FindingTrace[] = [];
  for (const slot of DECISION_SLOTS) {
    const rules = ruleSet.decisions.get(slot.path) ?? [];
    // Each constraint's conditions are evaluated once; the result is kept for the trace.
    const applied = new Map<LoadedConstraint, ReturnType<typeof evaluateCondition>>();
    const active = (ruleSet.constraints.get(slot.path) ?? []).filter((c) => {
      reader = c.constraint.id;
      const result = evaluateCondition(c.constraint.when, resolve);
      applied.set(c, result);
      return result.passed;
    });
    const blocker = (value: unknown) => active.find((c) => !constraintAllows(c, value));
    const candidates: CandidateTrace[] = [];
    let winner: { loaded: LoadedRule; value: unknown } | undefined;
    /** The rule that would have won without constraints. */
    let unconstrained: { loaded: LoadedRule; value: unknown } | undefined;
    // Every rule is evaluated, so explain can say why each other lost (a failed condition, a
    // winner of higher priority, or a constraint that does not allow its value).
    for (const loaded of rules) {
      const rule = loaded.rule;
      if (!isDecisionRule(rule)) continue;
      reader = rule.id;
      const result = evaluateCondition(rule.when, resolve);
      let blockedBy: string | undefined;
      if (result.passed && !winner) {
        const value = rule.set !== null && typeof rule.set === "object" ? resolve(rule.set.fact) : rule.set;
        unconstrained ??= { loaded, value };
        blockedBy = blocker(value)?.constraint.id;
        if (!blockedBy) winner = { loaded, value };
      }
      candidates.push({
        rule: rule.id,
        title: rule.title,
        priority: rule.priority,
        file: loaded.file,
        passed: result.passed,
        won: winner?.loaded === loaded,
        firstFailure: result.firstFailure,
        leaves: result.leaves,
        overrides: loaded.overrides,
        ...(blockedBy ? { blockedBy } : {}),
      });
    }
    if (!unconstrained) throw new RuleEvaluationError(M.noDefault(slot.path), slot.path, "");
    let decided: { value: unknown; rule: string; title: string; template: string; docs: string; file: string };
    if (winner) {
      const rule = winner.loaded.rule as DecisionRule;
      decided = { value: winner.value, rule: rule.id, title: rule.title, template: rule.rationale, docs: rule.docs, file: winner.loaded.file };
    } else {
      // No rule offers an allowed value: the first allowed value of the slot, chosen by the
      // constraint that ruled out the rules' choice; if none is allowed, the rules' choice stands
      // and the constraint raises an error finding.
      const rejecting = blocker(unconstrained.value)!;
      // Every active constraint's allowed values, whatever their ids: the order of constraint ids
      // must not change the result.
      const choices = slotValues(slot) ?? active.flatMap((c) => c.constraint.allow ?? []);
      const allowed = choices.find((v) => describeMisfit(slot, v, catalog) === undefined && !blocker(v));
      if (allowed !== undefined) {
        // Credited to the constraint that names the value, else the one that ruled out the rules'.
        const giver = active.find((c) => c.constraint.allow?.some((v) => Object.is(v, allowed))) ?? rejecting;
        const c = giver.constraint;
        decided = { value: allowed, rule: c.id, title: c.title, template: c.rationale, docs: c.docs, file: giver.file };
        // The constraint is the winner the trace shows, with the conditions that made it apply.
        reader = c.id;
        candidates.push({ rule: c.id, title: c.title, priority: 0, file: giver.file, passed: true, won: true, leaves: applied.get(giver)!.leaves, overrides: giver.overrides, constraint: true });
      } else {
        candidates.find((c) => c.rule === unconstrained!.loaded.rule.id)!.won = true;
        const rule = unconstrained.loaded.rule as DecisionRule;
        decided = { value: unconstrained.value, rule: rule.id, title: rule.title, template: rule.rationale, docs: rule.docs, file: unconstrained.loaded.file };
        constraintFindings.push({
          id: rejecting.constraint.id,
          severity: "error",
          message: M.nothingAllowed(rejecting.constraint.title, slot.path, unconstrained.value),
          docs: rejecting.constraint.docs,
          title: rejecting.constraint.title,
          file: rejecting.file,
          overrides: rejecting.overrides,
          leaves: [],
        });
      }
    }
    const misfit = describeMisfit(slot, decided.value, catalog);
    if (misfit) throw new RuleEvaluationError(M.wrongValue(decided.rule, slot.path, decided.value, misfit), slot.path, decided.rule);
    values.set(slot.path, decided.value);
    reader = decided.rule;
    decisions.push({
      path: slot.path,
      value: decided.value,
      rule: decided.rule,
      title: decided.title,
      rationale: fill(decided.template),
      docs: decided.docs,
      file: decided.file,
      candidates,
    });
  }

  const findings: FindingTrace[] = [...constraintFindings];
  const unfired: UnfiredFindingTrace[] = [];
  for (const loaded of ruleSet.findings) {
    const rule = loaded.rule;
    if (isDecisionRule(rule)) continue;
    reader = rule.id;
    const result = evaluateCondition(rule.when, resolve);
    if (!result.passed) {
      unfired.push({ id: rule.id, title: rule.title, file: loaded.file, firstFailure: result.firstFailure, leaves: result.leaves });
      continue;
    }
    findings.push({
      id: rule.id,
      severity: rule.severity,
      message: fill(rule.message),
      docs: rule.docs,
      title: rule.title,
      topic: rule.topic,
      overrides: loaded.overrides,
      file: loaded.file,
      leaves: result.leaves,
    });
  }
  // A deprecated rule that still decides or fires says so, pointing at its replacement.
  for (const id of new Set([...decisions.map((d) => d.rule), ...findings.map((f) => f.id)])) {
    const loaded = ruleSet.byId.get(id);
    const dep = loaded?.rule.deprecated;
    if (!loaded || !dep) continue;
    findings.push({
      id: `${id}-DEPRECATED`,
      severity: "info",
      message: M.deprecated(id, loaded.rule.title, dep.reason, dep.replacedBy),
      docs: loaded.rule.docs,
      title: `Deprecated rule ${id}`,
      file: loaded.file,
      leaves: [],
    });
  }
  findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  return { values, decisions, findings, unfired, facts: Object.fromEntries([...derived].filter(([, v]) => v !== COMPUTING)) };
}
