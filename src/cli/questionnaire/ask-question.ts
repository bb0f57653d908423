// Asks one question on the terminal, choosing the prompt from the key's schema: yes/no for
// booleans, a list for enums, a search over the catalog for regions and peering locations, and
// typed text checked by the key's zod schema otherwise. Prompts write to stderr, never stdout.
import { confirm, input, search, select } from "@inquirer/prompts";
import type { ChalkInstance } from "chalk";
import type { Catalog } from "../../catalog/catalog.js";
import { listPeeringLocationChoices, listRegionChoices, type CatalogChoice } from "./catalog-choices.js";
import { QUESTIONNAIRE_MESSAGES as M } from "./messages.js";
import { canBeEmpty, parseNumberAnswer, parseTextAnswer, type Parsed } from "./parse-answer.js";
import { withKeyTips, type PromptTheme } from "./prompt-theme.js";
import type { AnswerView, Question } from "./questions.js";
import { formatAnswer } from "./format-answer.js";
import { makePrintable } from "../../text/printable.js";

export interface PromptContext {
  catalog: Catalog;
  /** The answers so far (for choices that depend on them, e.g. regions local to the location). */
  answers: AnswerView;
  paint: ChalkInstance;
  theme: PromptTheme;
  output: NodeJS.WritableStream;
  /** Aborts the prompt on screen (Esc: back to the previous question). */
  signal?: AbortSignal;
}

const SEARCH_PAGE_SIZE = 10;
// Sentinels that no catalog name can take.
const LEAVE_OPEN = "\u0000leave-open";
const DONE = "\u0000done";
const TYPE_FIRST = "\u0000type-first";

/** Resolves to the answer; undefined means "left empty" (the key stays out of the answers). */
export async function askQuestion(q: Question, current: unknown, ctx: PromptContext): Promise<unknown> {
  const initial = current !== undefined ? current : q.field.defaultValue;
  if (q.choices === "regions") return askRegions(q, Array.isArray(initial) ? initial.map(String) : [], ctx);
  if (q.choices === "peeringLocations") return askPeeringLocation(q, typeof initial === "string" ? initial : undefined, ctx);
  switch (q.field.kind) {
    case "boolean":
      return confirm({ message: q.prompt, default: initial === true, theme: ctx.theme }, { output: ctx.output, signal: ctx.signal });
    case "enum":
      return askChoice(q, initial, ctx);
    case "number":
      return askTyped(q, initial, ctx, parseNumberAnswer);
    case "string":
      return askTyped(q, initial, ctx, parseTextAnswer);
    default:
      // A list or literal key needs a choice source; the question-table test catches this first.
      throw new Error(`questionnaire: no prompt for ${q.path} (${q.field.kind})`);
  }
}

function askChoice(q: Question, initial: unknown, ctx: PromptContext): Promise<unknown> {
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

/** A search that adds (or removes) one region per Enter, until "Done". */
async function askRegions(q: Question, initial: string[], ctx: PromptContext): Promise<string[]> {
  const selected = [...initial];
  const location = ctx.answers("sites.peeringLocation");
  for (;;) {
    const choice = await search<string>(
      {
        message: M.regionsPrompt(q.prompt, selected),
        pageSize: SEARCH_PAGE_SIZE,
        source: (term) => {
          const found = listRegionChoices(ctx.catalog, term, typeof location === "string" ? location : undefined).map((c) =>
            selected.includes(c.value) ? { ...c, name: M.chosen(c.name) } : c,
          );
          if (term?.trim()) return found;
          // With nothing typed, Enter must not tick whatever region happens to be first: the top
          // row is "Done" once something is chosen, and until then an empty row whose note asks
          // for a search. Empty, because inquirer refuses it only when its name equals the text
          // typed (otherwise it copies the name into the search).
          const top =
            selected.length > 0
              ? { value: DONE, name: M.regionsDone(selected), description: "" }
              : { value: TYPE_FIRST, name: "", description: M.regionsTypeFirst };
          return [top, ...found];
        },
        validate: (value) => {
          if (value === TYPE_FIRST) return M.regionsTypeFirstError;
          if (value !== DONE) return true;
          const checked = q.schema.safeParse(selected);
          return checked.success || (checked.error.issues[0]?.message ?? false);
        },
        theme: withKeyTips(ctx.theme, M.regionKeys),
      },
      // Each pick clears itself; one summary line is printed when the list is done.
      { output: ctx.output, signal: ctx.signal, clearPromptOnDone: true },
    );
    if (choice === DONE) break;
    const at = selected.indexOf(choice);
    if (at >= 0) selected.splice(at, 1);
    else selected.push(choice);
  }
  ctx.output.write(`${ctx.theme.prefix.done} ${ctx.theme.style.message(q.prompt, "done")} ${ctx.theme.style.answer(selected.join(", "))}\n`);
  return selected;
}
