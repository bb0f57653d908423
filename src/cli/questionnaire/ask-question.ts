// Asks one question on the terminal, choosing the prompt from the key's schema: yes/no for
// booleans, a list for enums, a search over the catalog for regions and peering locations, and
// typed text checked by the key's zod schema otherwise. Prompts write to stderr, never stdout.
import { loadPrompts } from "./prompt-library.js";
import type { ChalkInstance } from "chalk";
import type { Catalog } from "../../catalog/catalog.js";
import { listPeeringLocationChoices, listRegionChoices, type CatalogChoice } from "./catalog-choices.js";
import { QUESTIONNAIRE_MESSAGES as M } from "./messages.js";
import { canBeEmpty, parseNumberAnswer, parseTextAnswer, type Parsed } from "./parse-answer.js";
import { withKeyTips, type PromptTheme } from "./prompt-theme.js";
import { LIST_TEXTS, listNames, type AnswerView, type ListSectionName, type Question } from "./questions.js";
import type { ItemRef } from "./answer-tree.js";
import { formatAnswer } from "./format-answer.js";
import { makePrintable } from "../../text/printable.js";

export interface PromptContext {
  catalog: Catalog;
  /** The answers so far (for choices that depend on them, e.g. regions local to the location). */
  answers: AnswerView;
  /** The list entry being asked about (its item keys read through `answers`). */
  item?: ItemRef;
  paint: ChalkInstance;
  theme: PromptTheme;
  output: NodeJS.WritableStream;
  /** Aborts the prompt on screen (Esc: back to the previous question). */
  signal?: AbortSignal;
}

const SEARCH_PAGE_SIZE = 10;
const CHECKBOX_PAGE_SIZE = 12;
/** Past this many pairs a checkbox is no way to choose; the answers file takes them (`[[a, b], …]`). */
const MAX_PAIR_CHOICES = 300;
// Sentinels that no catalog name can take.
const LEAVE_OPEN = "\u0000leave-open";
const TYPE_FIRST = "\u0000type-first";
const CHOOSE_PAIRS = "\u0000pairs";
const PAIR_JOIN = "\u0000";

/** Resolves to the answer; undefined means "left empty" (the key stays out of the answers). */
export async function askQuestion(q: Question, current: unknown, ctx: PromptContext): Promise<unknown> {
  const { confirm } = await loadPrompts();
  const initial = current !== undefined ? current : q.field.defaultValue;
  if (q.choices === "regions") return askRegion(q, typeof initial === "string" ? initial : undefined, ctx);
  if (q.choices === "peeringLocations") return askPeeringLocation(q, typeof initial === "string" ? initial : undefined, ctx);
  if (q.choices === "sites") return askSites(q, Array.isArray(initial) ? initial.map(String) : null, ctx);
  switch (q.field.kind) {
    case "boolean":
      return confirm({ message: q.prompt, default: initial === true, theme: ctx.theme }, { output: ctx.output, signal: ctx.signal });
    case "enum":
      return askChoice(q, initial, ctx);
    case "pairs":
      return askPairs(q, initial, ctx);
    case "number":
      return askTyped(q, initial, ctx, parseNumberAnswer);
    case "string":
      return askTyped(q, initial, ctx, unlessTaken(parseTextAnswer, takenValues(q, ctx), q.list));
    default:
      // A list or literal key needs a choice source; the question-table test catches this first.
      throw new Error(`questionnaire: no prompt for ${q.path} (${q.field.kind})`);
  }
}

/** The values other entries of the list already have for a key that must be unique (site names). */
function takenValues(q: Question, ctx: PromptContext): string[] {
  if (!q.unique || !q.list || !ctx.item) return [];
  const list = ctx.answers(q.list);
  if (!Array.isArray(list)) return [];
  const own = ctx.item.index;
  return list.flatMap((entry, i) => {
    const value = i !== own && entry !== null && typeof entry === "object" ? (entry as Record<string, unknown>)[q.field.key] : undefined;
    return typeof value === "string" ? [value] : [];
  });
}

/** A parser that also refuses a value another entry has. */
const unlessTaken =
  (parse: (q: Question, text: string) => Parsed, taken: readonly string[], list: ListSectionName | undefined) =>
  (q: Question, text: string): Parsed => {
    const parsed = parse(q, text);
    // Names are unique ignoring case, as the answers check has them (Azure resource names ignore case).
    const clash = parsed.ok && typeof parsed.value === "string" ? taken.find((t) => t.toLowerCase() === (parsed.value as string).toLowerCase()) : undefined;
    return clash !== undefined ? { ok: false, message: M.taken(list ? LIST_TEXTS[list].noun : M.entryNoun, clash) } : parsed;
  };

/** The peering locations given to the sites so far (regions local to them are offered first). */
function listSiteLocations(answers: AnswerView): string[] {
  const sites = answers("sites");
  if (!Array.isArray(sites)) return [];
  return [...new Set(sites.flatMap((s) => (s !== null && typeof s === "object" && typeof (s as { peeringLocation?: unknown }).peeringLocation === "string" ? [(s as { peeringLocation: string }).peeringLocation] : [])))];
}

async function askChoice(q: Question, initial: unknown, ctx: PromptContext): Promise<unknown> {
  const { select } = await loadPrompts();
  const caveats = new Map<unknown, string>();
  const choices = (q.field.values ?? []).map((v) => {
    const note = q.valueNotes?.[String(v)];
    const caveat = q.caveat?.(String(v), ctx.answers, ctx.catalog);
    if (caveat) caveats.set(v, caveat);
    // A caveat shows on the row itself, so it is read before the choice is highlighted.
    return caveat
      ? { value: v as unknown, name: M.unavailable(String(v), caveat), short: String(v), description: note }
      : { value: v as unknown, name: String(v), short: String(v), description: note };
  });
  if (q.field.nullable) choices.unshift({ value: null, name: q.empty ?? "none", short: q.empty ?? "none", description: undefined });
  return select({ message: q.prompt, choices, default: pickOfferedDefault(q, initial, caveats), loop: false, theme: ctx.theme }, { output: ctx.output, signal: ctx.signal });
}

/**
 * Enter must never accept what the row itself says is not offered (a default "high" at a location
 * without a Metro): the highlight moves to the question's fallback, or the first offered value.
 */
function pickOfferedDefault(q: Question, initial: unknown, caveats: ReadonlyMap<unknown, string>): unknown {
  if (!caveats.has(initial)) return initial;
  const fallback = q.fallback?.[String(initial)];
  if (fallback !== undefined && !caveats.has(fallback)) return fallback;
  return (q.field.values ?? []).find((v) => !caveats.has(v)) ?? initial;
}

async function askTyped(q: Question, initial: unknown, ctx: PromptContext, parse: (q: Question, text: string) => Parsed): Promise<unknown> {
  const { input } = await loadPrompts();
  const given = initial === undefined || initial === null ? undefined : String(initial);
  // What Enter gives on an empty line, in the same "(…)" style as a default; with a value to
  // keep, how to clear it instead (Enter keeps the value).
  const hint = !canBeEmpty(q) || !q.empty ? "" : ` ${ctx.theme.style.defaultAnswer(given === undefined ? q.empty : M.clearHint(q.empty))}`;
  const text = await input(
    {
      message: q.prompt,
      default: given,
      validate: (value) => {
        const parsed = parse(q, value);
        return parsed.ok || parsed.message;
      },
      // The final line shows the value as understood ("4,000" → 4,000; empty → "unknown").
      transformer: (value, { isFinal }) => {
        if (!isFinal) return value;
        const parsed = parse(q, value);
        return ctx.theme.style.answer(parsed.ok ? formatAnswer(q, parsed.value) : makePrintable(value));
      },
      // The hint goes once the question is answered; the answer line then says it.
      theme: { ...ctx.theme, style: { ...ctx.theme.style, message: (text: string, status: string) => ctx.theme.style.message(status === "done" ? text : `${text}${hint}`, status) } },
    },
    { output: ctx.output, signal: ctx.signal },
  );
  const parsed = parse(q, text);
  return parsed.ok ? parsed.value : undefined;
}

async function askPeeringLocation(q: Question, initial: string | undefined, ctx: PromptContext): Promise<unknown> {
  const { search } = await loadPrompts();
  const leaveOpen: CatalogChoice = { value: LEAVE_OPEN, name: q.empty ?? "leave open", description: "" };
  const choice = await search<string>(
    {
      message: q.prompt,
      pageSize: SEARCH_PAGE_SIZE,
      // With nothing typed, Enter keeps the current answer (or leaves the location open).
      source: (term) => {
        const found = listPeeringLocationChoices(ctx.catalog, term);
        if (term?.trim()) return found;
        const currentFirst = found.filter((c) => c.value === initial);
        return [...currentFirst, leaveOpen, ...found.filter((c) => c.value !== initial)];
      },
      theme: withKeyTips(ctx.theme, M.searchKeys),
    },
    { output: ctx.output, signal: ctx.signal },
  );
  return choice === LEAVE_OPEN ? undefined : choice;
}

/** A search for one region; with nothing typed, Enter must not take whatever region happens to be first. */
async function askRegion(q: Question, initial: string | undefined, ctx: PromptContext): Promise<string> {
  const { search } = await loadPrompts();
  // Each region is one entry of the list: the ones other entries have are not offered again.
  const taken = new Set(takenValues(q, ctx));
  const locations = listSiteLocations(ctx.answers);
  return search<string>(
    {
      message: q.prompt,
      pageSize: SEARCH_PAGE_SIZE,
      source: (term) => {
        const found = listRegionChoices(ctx.catalog, term, locations).filter((c) => !taken.has(c.value));
        if (term?.trim()) return found;
        // The current answer on top, or an empty row whose note asks for a search. Empty, because
        // inquirer refuses it only when its name equals the text typed (otherwise it copies the
        // name into the search).
        const current = found.filter((c) => c.value === initial);
        if (current.length > 0) return [...current, ...found.filter((c) => c.value !== initial)];
        return [{ value: TYPE_FIRST, name: "", description: M.regionsTypeFirst }, ...found];
      },
      validate: (value) => (value === TYPE_FIRST ? M.regionsTypeFirstError : true),
      theme: withKeyTips(ctx.theme, M.regionKeys),
    },
    { output: ctx.output, signal: ctx.signal },
  );
}

/** The sites that use a region: every site (null) unless some are unticked. */
async function askSites(q: Question, initial: string[] | null, ctx: PromptContext): Promise<string[] | null> {
  const { checkbox } = await loadPrompts();
  const names = listNames(ctx.answers, "sites");
  const picked = await checkbox<string>(
    {
      message: q.prompt,
      pageSize: CHECKBOX_PAGE_SIZE,
      choices: names.map((name) => ({ value: name, name: makePrintable(name), checked: initial === null || initial.includes(name) })),
      validate: (chosen) => chosen.length > 0 || M.pickOneSite,
      theme: withKeyTips(ctx.theme, M.checkboxKeys),
    },
    { output: ctx.output, signal: ctx.signal },
  );
  return picked.length === names.length ? null : picked;
}

/** Transit between sites: none, all, or pairs ticked in a list of every pair of sites. */
async function askPairs(q: Question, initial: unknown, ctx: PromptContext): Promise<unknown> {
  const { checkbox, select } = await loadPrompts();
  const names = listNames(ctx.answers, "sites");
  const pairs = names.flatMap((a, i) => names.slice(i + 1).map((b) => [a, b] as [string, string]));
  const words = (q.field.values ?? []).map((v) => ({ value: String(v), name: String(v), description: q.valueNotes?.[String(v)] }));
  const offerPairs = pairs.length <= MAX_PAIR_CHOICES;
  const choices = offerPairs ? [...words, { value: CHOOSE_PAIRS, name: M.choosePairs, description: M.choosePairsNote }] : words;
  const mode = await select<string>(
    { message: q.prompt, choices, default: Array.isArray(initial) && offerPairs ? CHOOSE_PAIRS : String(initial), loop: false, theme: ctx.theme },
    { output: ctx.output, signal: ctx.signal },
  );
  if (mode !== CHOOSE_PAIRS) return mode;
  const key = (pair: readonly unknown[]) => [...pair].map(String).sort().join(PAIR_JOIN);
  const given = new Set(Array.isArray(initial) ? initial.filter(Array.isArray).map(key) : []);
  const picked = await checkbox<[string, string]>(
    {
      message: M.pairsPrompt,
      pageSize: CHECKBOX_PAGE_SIZE,
      choices: pairs.map((pair) => ({ value: pair, name: makePrintable(M.pair(pair)), checked: given.has(key(pair)) })),
      theme: withKeyTips(ctx.theme, M.checkboxKeys),
    },
    { output: ctx.output, signal: ctx.signal },
  );
  // Ticking none means none.
  return picked.length === 0 ? "none" : picked;
}
