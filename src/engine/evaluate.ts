// The rule engine: answers + catalog + rules → decision values, trace and findings.
// Pure and synchronous. Slots are decided in table order, each for every item of its scope (the
// design, each site group, each region) before the next slot; for each, rules are tried in
// (priority desc, id asc) order, first match wins, within what the slot's constraints allow. One
// evaluation serves plan, explain, diff, the library and the tests. With `trace` (the default;
// explain needs it) every rule is evaluated with every leaf, so the trace can say why each rule
// lost; without it (plan, export, diff, rules test) a slot stops at its winner and a condition at
// its first failing leaf. Both decide through the same `judge` (conditions.ts) and the same
// first-match loop below, and tests plan every fixture and generated answers both ways (same
// design, same decisions, same findings): a 50-site design's first, cold run is twice as fast
// without.
import type { Answers } from "../answers/schema.js";
import type { Catalog } from "../catalog/catalog.js";
import type { PriceBook } from "../prices/price-book.js";
import { constraintAllows, type LoadedConstraint, type LoadedRule, type RuleSet } from "../rules/rule-set.js";
import { DECISION_SLOT_BY_PATH, DECISION_SLOTS, describeOutOfRange, listCatalogValues, slotValues, type CatalogList, type DecisionScope, type DecisionSlot } from "../rules/decisions.js";
import { DERIVED_FACTS, type FactContext } from "../rules/derived.js";
import { circuitIdsOf, planTopology, type RegionPlan, type SiteGroup, type Topology } from "../rules/site-groups.js";
import type { Severity, Topic } from "../rules/vocabulary.js";
import { isDecisionRule, type DecisionRule } from "../rules/rule-types.js";
import { formatValue, splitTemplate } from "../text/format.js";
import { evaluateCondition, holds, type ConditionResult, type LeafResult } from "./conditions.js";
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
  /** The design path, list items named by id: `circuits[ams-dc-1].sku.tier`, `gateways[westeurope].sku`. */
  path: string;
  /** The slot the rules decide (`circuits[].sku.tier`), and the item it was decided for. */
  slot: string;
  about?: string;
  value: unknown;
  rule: string;
  title: string;
  rationale: string;
  docs: string;
  file: string;
  /** Every rule for this slot, in the order tried (evaluated with `trace` only). */
  candidates?: CandidateTrace[];
}

export interface Finding {
  id: string;
  severity: Severity;
  message: string;
  docs: string;
  /** The items a per-group or per-region finding is about: `siteGroups[ams-dc]`, `gateways[westeurope]`. */
  about?: string[];
}

export interface FindingTrace extends Finding {
  title: string;
  /** The built-in rule this one replaced (--rules-dir). */
  overrides?: string;
  topic?: Topic;
  file: string;
  /** The conditions that made it fire (evaluated with `trace` only). */
  leaves?: LeafResult[];
}

/** A finding rule that did not fire, and the first condition that kept it quiet. */
export interface UnfiredFindingTrace {
  id: string;
  title: string;
  file: string;
  about?: string;
  firstFailure?: LeafResult;
  leaves: LeafResult[];
}

/** Where an item-scoped fact or decision is read: a site group, or a region. */
export interface ItemRef {
  group?: string;
  region?: string;
}

export interface ItemEvaluation<T> {
  item: T;
  /** The item's decided slots, by slot path. */
  values: ReadonlyMap<string, unknown>;
}

export interface Evaluation {
  topology: Topology;
  /** Design-wide slots, by slot path. */
  values: ReadonlyMap<string, unknown>;
  groups: readonly ItemEvaluation<SiteGroup>[];
  regions: readonly ItemEvaluation<RegionPlan>[];
  decisions: DecisionTrace[];
  /** Every slot as decided for each item, before paths are expanded (a slot with no field to fill, such as a second location's peering location on a one-location group, is only here). */
  decided: readonly { slot: string; about?: string; value: unknown; rule: string }[];
  findings: FindingTrace[];
  /** Evaluated with `trace`: every rule's conditions are in the trace (explain needs them). */
  traced: boolean;
  /** Finding rules that did not fire (for explain; evaluated with `trace` only). */
  unfired?: UnfiredFindingTrace[];
  /**
   * Derived facts read so far: design facts by name, item facts by `name@item`. A snapshot taken
   * when first read (after the design is built it also holds the facts the builder read), and
   * fewer without the trace, which reads fewer leaves. For looking inside; no decision uses it.
   */
  readonly facts: Readonly<Record<string, unknown>>;
  /** Any derived fact, of the design or of an item (the design builder reads topology facts this way). */
  readFact(name: string, at?: ItemRef): unknown;
}

/** An evaluation made with `trace`: why every rule won, lost or stayed quiet. */
export type TracedEvaluation = Omit<Evaluation, "traced" | "decisions" | "findings" | "unfired"> & {
  traced: true;
  decisions: (DecisionTrace & { candidates: CandidateTrace[] })[];
  findings: (FindingTrace & { leaves: LeafResult[] })[];
  unfired: UnfiredFindingTrace[];
};

/** The evaluation as traced, or an error for one made with `trace: false` (a caller's bug, not the user's). */
export function requireTrace(evaluation: Evaluation): TracedEvaluation {
  if (!evaluation.traced) throw new Error("this needs an evaluation made with trace (evaluateRules' default)");
  return evaluation as TracedEvaluation;
}

/** The design-document name of an item, used in decision paths and finding `about`. */
export const groupRef = (id: string) => `siteGroups[${id}]`;
export const regionRef = (name: string) => `gateways[${name}]`;

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** The fact registry as a Map: read on every derived-fact condition, and a large spread object is slow to index by name. */
const DERIVED_FACT_MAP: ReadonlyMap<string, (typeof DERIVED_FACTS)[string]> = new Map(Object.entries(DERIVED_FACTS));

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

/** What the evaluation keeps per item: its decided slots and memoised facts, made once per item. */
interface ItemState {
  /** The item's design name (`siteGroups[x]`, `gateways[r]`), "" for the design. */
  key: string;
  values: Map<string, unknown>;
  memo: Map<string, unknown>;
  ctx?: FactContext;
  /** How the item's rules read a fact by name (made once per item). */
  resolve?: (fact: string) => unknown;
}
type Item = ({ kind: "design" } | { kind: "group"; group: SiteGroup } | { kind: "region"; region: RegionPlan }) & ItemState;

const itemKey = (item: Item) => item.key;

/** A fact name split once: `derived.x` → family "derived", rest "x", path ["x"] (fact names are few; rule sets reuse them). */
const parsedFacts = new Map<string, { family: string; rest: string; path: string[] }>();
function parseFact(fact: string) {
  let parsed = parsedFacts.get(fact);
  if (!parsed) {
    const dot = fact.indexOf(".");
    const rest = fact.slice(dot + 1);
    parsed = { family: fact.slice(0, dot), rest, path: rest.split(".") };
    // Bounded: a rule set holds at most MAX_RULES rules, each with few facts.
    if (parsedFacts.size < 20_000) parsedFacts.set(fact, parsed);
  }
  return parsed;
}

/** A decision made for one item, before its path is expanded onto the item's circuits. */
type Decided = Omit<DecisionTrace, "path" | "slot" | "about"> & { slot: DecisionSlot; item: Item };

export interface EvaluateOptions {
  /** Prices (`plan --prices FILE`): the priced billing rules and facts read them; absent, they stand aside. */
  prices?: PriceBook;
  /**
   * false: decide without recording why other rules lost (no `candidates`, finding `leaves` or
   * `unfired`), trying a slot's rules only up to the winner and each condition's leaves only up to
   * the outcome. The design, decisions and findings are the same either way. Default true.
   */
  trace?: boolean;
}

/** Evaluates every decision slot and finding rule for one set of answers. */
export function evaluateRules(answers: Answers, catalog: Catalog, ruleSet: RuleSet, options: EvaluateOptions = {}): Evaluation {
  const topology = planTopology(answers);
  const traced = options.trace !== false;
  const state = (key: string): ItemState => ({ key, values: new Map(), memo: new Map() });
  const DESIGN: Item = { kind: "design", ...state("") };
  const groupItems = new Map<string, Item>(topology.groups.map((group) => [group.id, { kind: "group", group, ...state(groupRef(group.id)) }]));
  const regionItems = new Map<string, Item>(topology.regions.map((region) => [region.answer.name, { kind: "region", region, ...state(regionRef(region.answer.name)) }]));
  const designValues = DESIGN.values;
  /** The rule (or constraint) being evaluated, named when it reads what is not decided yet. */
  let reader = "";

  const groupItem = (id: string): Item => {
    const item = groupItems.get(id);
    if (!item) throw new RuleEvaluationError(M.unknownItem(reader, `group ${id}`), id, reader);
    return item;
  };
  const regionItem = (name: string): Item => {
    const item = regionItems.get(name);
    if (!item) throw new RuleEvaluationError(M.unknownItem(reader, `region ${name}`), name, reader);
    return item;
  };
  const valuesOf = (item: Item) => item.values;

  /** A slot's value as `item` sees it: its own item's for a slot of its scope, the design's for a design slot. */
  const readDecision = (item: Item, path: string, undecided: (path: string) => string): unknown => {
    const slot = DECISION_SLOT_BY_PATH.get(path);
    if (!slot) throw new RuleEvaluationError(M.unknownFact(`design.${path}`), path, reader);
    const owner = slot.scope === "design" ? DESIGN : slot.scope === item.kind ? item : undefined;
    if (!owner) throw new RuleEvaluationError(M.outOfScope(reader, `design.${path}`, slot.scope, item.kind), path, reader);
    const values = valuesOf(owner);
    if (!values.has(path)) throw new RuleEvaluationError(undecided(path), path, reader);
    return values.get(path);
  };

  const contextOf = (item: Item): FactContext => {
    if (item.ctx) return item.ctx;
    const ctx: FactContext = {
      answers,
      catalog,
      topology,
      ...(options.prices ? { prices: options.prices } : {}),
      group: item.kind === "group" ? item.group : undefined,
      region: item.kind === "region" ? item.region : undefined,
      decision: (path) => readDecision(item, path, (p) => M.undecidedThroughFact(reader, p)),
      fact: (name) => readFact(item, name),
      groupDecision: (id, path) => readDecision(groupItem(id), path, (p) => M.undecidedThroughFact(reader, `${groupRef(id)}.${p}`)),
      groupFact: (id, name) => readFact(groupItem(id), name),
      regionDecision: (name, path) => readDecision(regionItem(name), path, (p) => M.undecidedThroughFact(reader, `${regionRef(name)}.${p}`)),
      regionFact: (name, fact) => readFact(regionItem(name), fact),
    };
    item.ctx = ctx;
    return ctx;
  };

  /** A derived fact as `item` sees it: computed once per item of the fact's scope (once per catalog for constants). */
  function readFact(item: Item, name: string): unknown {
    const def = DERIVED_FACT_MAP.get(name);
    if (!def) throw new RuleEvaluationError(M.unknownFact(`derived.${name}`), name, reader);
    const scope: DecisionScope = def.scope ?? "design";
    const owner = scope === "design" ? DESIGN : scope === item.kind ? item : undefined;
    if (!owner) throw new RuleEvaluationError(M.outOfScope(reader, `derived.${name}`, scope, item.kind), name, reader);
    const key = name;
    const derived = owner.memo;
    const known = derived.get(key);
    if (known === COMPUTING) throw new RuleEvaluationError(M.selfDependentFact(name), name, reader);
    if (known !== undefined) return known;
    const ctx = contextOf(owner);
    if (def.constant) {
      let perCatalog = constants.get(catalog);
      if (!perCatalog) constants.set(catalog, (perCatalog = new Map()));
      if (!perCatalog.has(name)) perCatalog.set(name, def.compute(ctx));
      derived.set(key, perCatalog.get(name));
      return perCatalog.get(name);
    }
    derived.set(key, COMPUTING);
    try {
      const value = def.compute(ctx);
      derived.set(key, value);
      return value;
    } catch (err) {
      // Not memoised: a later reader (after the decision it needs) may compute it.
      derived.delete(key);
      throw err;
    }
  }

  const resolverOf = (item: Item) =>
    (item.resolve ??= (fact: string): unknown => {
      const { family, rest, path } = parseFact(fact);
      if (family === "answers") return readPath(answers, path) ?? null;
      if (family === "derived") return readFact(item, rest);
      // Loading checks the decision order and scopes; this catches what loading could not (a
      // hand-built rule set, a bug in the order check) instead of quietly reading null.
      if (family === "design") return readDecision(item, rest, (p) => M.undecided(reader, p));
      throw new RuleEvaluationError(M.unknownFact(fact), fact, reader);
    });
  const fill = (template: string, resolve: (fact: string) => unknown): string => {
    const parts = splitTemplate(template);
    let out = parts[0]!;
    for (let i = 1; i < parts.length; i += 2) out += formatValue(resolve(parts[i]!)) + parts[i + 1]!;
    return out;
  };

  const groupList = [...groupItems.values()];
  const regionList = [...regionItems.values()];
  const itemsOf = (scope: DecisionScope): Item[] => (scope === "group" ? groupList : scope === "region" ? regionList : [DESIGN]);

  const constraintFindings: FindingTrace[] = [];

  /** Decides one slot for one item: the first rule whose conditions hold and whose value is allowed. */
  function decideSlot(slot: DecisionSlot, item: Item): Decided {
    const resolve = resolverOf(item);
    const about = itemKey(item) || undefined;
    const rules = ruleSet.decisions.get(slot.path) ?? [];
    // Each constraint's conditions are evaluated once; with the trace, the result is kept for it.
    const applied = new Map<LoadedConstraint, ConditionResult>();
    const active = (ruleSet.constraints.get(slot.path) ?? []).filter((c) => {
      reader = c.constraint.id;
      if (!traced) return holds(c.constraint.when, resolve);
      const result = evaluateCondition(c.constraint.when, resolve);
      applied.set(c, result);
      return result.passed;
    });
    const blocker = (value: unknown) => active.find((c) => !constraintAllows(c, value));
    const candidates: CandidateTrace[] = [];
    let winner: { loaded: LoadedRule; value: unknown } | undefined;
    /** The rule that would have won without constraints. */
    let unconstrained: { loaded: LoadedRule; value: unknown } | undefined;
    // With the trace every rule is evaluated, so explain can say why each other lost (a failed
    // condition, a winner of higher priority, or a constraint that does not allow its value).
    for (const loaded of rules) {
      if (winner && !traced) break;
      const rule = loaded.rule;
      if (!isDecisionRule(rule)) continue;
      reader = rule.id;
      const result = traced ? evaluateCondition(rule.when, resolve) : undefined;
      const passed = result ? result.passed : holds(rule.when, resolve);
      let blockedBy: string | undefined;
      if (passed && !winner) {
        const value = rule.set !== null && typeof rule.set === "object" ? resolve(rule.set.fact) : rule.set;
        unconstrained ??= { loaded, value };
        blockedBy = blocker(value)?.constraint.id;
        if (!blockedBy) winner = { loaded, value };
      }
      if (result) {
        candidates.push({
          rule: rule.id,
          title: rule.title,
          priority: rule.priority,
          file: loaded.file,
          passed,
          won: winner?.loaded === loaded,
          firstFailure: result.firstFailure,
          leaves: result.leaves,
          overrides: loaded.overrides,
          ...(blockedBy ? { blockedBy } : {}),
        });
      }
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
        if (traced) candidates.push({ rule: c.id, title: c.title, priority: 0, file: giver.file, passed: true, won: true, leaves: applied.get(giver)!.leaves, overrides: giver.overrides, constraint: true });
      } else {
        if (traced) candidates.find((c) => c.rule === unconstrained!.loaded.rule.id)!.won = true;
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
          ...(traced ? { leaves: [] } : {}),
          ...(about ? { about: [about] } : {}),
        });
      }
    }
    const misfit = describeMisfit(slot, decided.value, catalog);
    if (misfit) throw new RuleEvaluationError(M.wrongValue(decided.rule, `${about ? `${about}: ` : ""}${slot.path}`, decided.value, misfit), slot.path, decided.rule);
    valuesOf(item).set(slot.path, decided.value);
    reader = decided.rule;
    return { slot, item, value: decided.value, rule: decided.rule, title: decided.title, rationale: fill(decided.template, resolve), docs: decided.docs, file: decided.file, ...(traced ? { candidates } : {}) };
  }

  const made: Decided[] = [];
  for (const slot of DECISION_SLOTS) for (const item of itemsOf(slot.scope)) made.push(decideSlot(slot, item));

  const findings: FindingTrace[] = [...constraintFindings];
  const unfired: UnfiredFindingTrace[] = [];
  for (const loaded of ruleSet.findings) {
    const rule = loaded.rule;
    if (isDecisionRule(rule)) continue;
    for (const item of itemsOf(ruleSet.scopes.get(rule.id) ?? "design")) {
      reader = rule.id;
      const resolve = resolverOf(item);
      const about = itemKey(item) || undefined;
      const result = traced ? evaluateCondition(rule.when, resolve) : undefined;
      if (!(result ? result.passed : holds(rule.when, resolve))) {
        if (result) unfired.push({ id: rule.id, title: rule.title, file: loaded.file, ...(about ? { about } : {}), firstFailure: result.firstFailure, leaves: result.leaves });
        continue;
      }
      findings.push({
        id: rule.id,
        severity: rule.severity,
        message: fill(rule.message, resolve),
        docs: rule.docs,
        ...(about ? { about: [about] } : {}),
        title: rule.title,
        topic: rule.topic,
        overrides: loaded.overrides,
        file: loaded.file,
        ...(result ? { leaves: result.leaves } : {}),
      });
    }
  }
  const decisions = expandDecisions(made, (id) => groupItems.get(id)!.values);
  // A deprecated rule that still decides or fires says so, pointing at its replacement.
  for (const id of new Set([...made.map((d) => d.rule), ...findings.map((f) => f.id)])) {
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
      ...(traced ? { leaves: [] } : {}),
    });
  }
  // Stable: findings of one rule keep the items' order.
  findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  // Gathered when asked: a 50-site design reads thousands of item facts, and no plan lists them.
  let facts: Record<string, unknown> | undefined;
  const gatherFacts = (): Record<string, unknown> => {
    if (facts) return facts;
    facts = {};
    for (const item of [DESIGN, ...groupList, ...regionList]) {
      for (const [name, value] of item.memo) if (value !== COMPUTING) facts[item.key ? `${name}@${item.key}` : name] = value;
    }
    return facts;
  };
  return {
    topology,
    values: designValues,
    groups: topology.groups.map((item) => ({ item, values: groupItems.get(item.id)!.values })),
    regions: topology.regions.map((item) => ({ item, values: regionItems.get(item.answer.name)!.values })),
    decisions,
    decided: made.map((d) => ({ slot: d.slot.path, ...(itemKey(d.item) ? { about: itemKey(d.item) } : {}), value: d.value, rule: d.rule })),
    findings: mergeRepeatedFindings(findings),
    traced,
    ...(traced ? { unfired } : {}),
    get facts() {
      return gatherFacts();
    },
    readFact: (name, at) => readFact(at?.group !== undefined ? groupItem(at.group) : at?.region !== undefined ? regionItem(at.region) : DESIGN, name),
  };
}

/**
 * The trace under design paths: a design slot once, a region slot on its gateway, a group slot on
 * each of the group's circuits it applies to (or on the group itself for `siteGroups[]` fields).
 */
function expandDecisions(made: readonly Decided[], groupValues: (id: string) => ReadonlyMap<string, unknown>): DecisionTrace[] {
  const traces: DecisionTrace[] = [];
  const push = (d: Decided, path: string, about?: string) =>
    traces.push({ path, slot: d.slot.path, ...(about ? { about } : {}), value: d.value, rule: d.rule, title: d.title, rationale: d.rationale, docs: d.docs, file: d.file, ...(d.candidates ? { candidates: d.candidates } : {}) });
  for (const d of made) {
    const field = d.slot.field;
    if (d.item.kind === "design") push(d, field);
    else if (d.item.kind === "region") push(d, field.replace("[]", `[${d.item.region.answer.name}]`), regionRef(d.item.region.answer.name));
    else {
      const group = d.item.group;
      if (field.startsWith("siteGroups[]")) {
        push(d, field.replace("[]", `[${group.id}]`), groupRef(group.id));
        continue;
      }
      const values = groupValues(group.id);
      const circuits = circuitIdsOf(group.id, values.get("siteGroup.locations") as number, values.get("siteGroup.parallel") as number);
      for (const c of circuits) if (d.slot.location === undefined || d.slot.location === c.location) push(d, field.replace("[]", `[${c.id}]`), groupRef(group.id));
    }
  }
  return traces;
}

/** One finding per id and message: the same words for several items are one finding listing the items. */
function mergeRepeatedFindings(findings: FindingTrace[]): FindingTrace[] {
  const byKey = new Map<string, FindingTrace>();
  const out: FindingTrace[] = [];
  for (const f of findings) {
    const key = `${f.id}\u0000${f.message}`;
    const first = byKey.get(key);
    if (!first) {
      byKey.set(key, f);
      out.push(f);
    } else if (f.about) first.about = [...(first.about ?? []), ...f.about];
  }
  return out;
}
