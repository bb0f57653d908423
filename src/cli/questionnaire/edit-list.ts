// A list of the answers (sites, regions) as a workshop edits it: the first entry is asked for at
// once; then a menu offers to add another, to open any entry (change one of its answers, or
// remove it), or to go on. Each entry's questions are asked by the caller's `askEntry`.
import { loadPrompts } from "./prompt-library.js";
import { printNote } from "../terminal.js";
import { readAnswer, readItems, viewAnswers, type ItemRef } from "./answer-tree.js";
import { askQuestion } from "./ask-question.js";
import { askOrGoBack, BACK } from "./back-key.js";
import { contextFor, showWhy, type Flow } from "./flow.js";
import { formatAnswer } from "./format-answer.js";
import { addItem, recordEntryAnswer, removeItem } from "./list-items.js";
import { QUESTIONNAIRE_MESSAGES as M } from "./messages.js";
import { applyChange, listRelevantSteps } from "./pending-questions.js";
import { withKeyTips } from "./prompt-theme.js";
import { LIST_TEXTS, QUESTION_BY_PATH, type AnswerPath, type ListSectionName } from "./questions.js";
import { say } from "./say.js";

type AskEntry = (item: ItemRef) => Promise<void | typeof BACK>;

// Menu values no entry index can take.
const DONE = "\u0000done";
const ADD = "\u0000add";
const LIST = "\u0000list";
const REMOVE = "\u0000remove";

/** An entry's name as shown (escaped), or a placeholder while it has none. */
export function nameEntry(flow: Flow, section: ListSectionName, index: number): string {
  const name = readItems(flow.session.answers, section)[index]?.name;
  return typeof name === "string" ? formatAnswer(QUESTION_BY_PATH.get(`${section}[].name`)!, name) : M.unnamed;
}

/** One entry in a line: its name, then its summary answers ("2,000 Mbps · Amsterdam · WAN mpls"). */
export function describeEntry(flow: Flow, section: ListSectionName, index: number): string {
  const view = viewAnswers(flow.session.answers, flow.session.leftEmpty, { section, index });
  const summary = LIST_TEXTS[section].summary.flatMap((key) => {
    const q = QUESTION_BY_PATH.get(`${section}[].${key}`);
    const value = view(`${section}[].${key}` as AnswerPath);
    // Only what sets the entry apart: a default (one site, no WAN) says nothing in one line.
    const telling = q !== undefined && value !== undefined && value !== null && value !== q.field.defaultValue;
    if (!telling) return [];
    // A bandwidth or a place speaks for itself ("500 Mbps", "London"); a count or a word needs its label.
    return [q.unit || q.choices ? formatAnswer(q, value) : `${q.label} ${formatAnswer(q, value)}`];
  });
  return M.listEntry(nameEntry(flow, section, index), summary.join(" · "));
}

/** Adds an entry and asks its questions; Esc at the first of them drops it again (BACK). */
async function addEntry(flow: Flow, section: ListSectionName, askEntry: AskEntry): Promise<void | typeof BACK> {
  const { session, ctx } = flow;
  const index = addItem(session, section);
  const text = LIST_TEXTS[section];
  printNote("");
  printNote(ctx.paint.bold(M.itemHeading(text.heading, index + 1)));
  if (index === 0) say(ctx.paint.dim, M.why(text.why), "  ");
  if ((await askEntry({ section, index })) !== BACK) return;
  removeItem(session, section, index, ctx.catalog);
  flow.autosave();
  return BACK;
}

/** One entry's answers: pick one to change, or remove the entry, or go back to the list. */
async function editEntry(flow: Flow, section: ListSectionName, index: number, askEntry: AskEntry): Promise<void> {
  const { confirm, select, Separator } = await loadPrompts();
  const { session, ctx } = flow;
  const text = LIST_TEXTS[section];
  for (;;) {
    const item = { section, index };
    const view = viewAnswers(session.answers, session.leftEmpty, item);
    const steps = listRelevantSteps(session, ctx.catalog, item).flatMap((s) => (s.kind === "question" ? [s] : []));
    const width = Math.max(...steps.map((s) => s.question.label.length));
    const name = nameEntry(flow, section, index);
    const picked = await askOrGoBack((signal) =>
      select<string>(
        {
          message: M.itemMenu(text.noun, name),
          choices: [
            { value: LIST, name: M.itemBack(text.label) },
            ...steps.map((s) => ({ value: s.path, name: `${s.question.label.padEnd(width)}  ${ctx.paint.cyan(formatAnswer(s.question, view(s.question.path)))}`, short: s.question.label })),
            new Separator(),
            { value: REMOVE, name: M.itemRemove(text.noun) },
          ],
          default: LIST,
          loop: false,
          pageSize: steps.length + 3,
          theme: withKeyTips(ctx.theme, M.listKeys),
        },
        { output: ctx.output, signal },
      ),
    );
    if (picked === BACK || picked === LIST) return;
    if (picked === REMOVE) {
      // An entry holds a dozen answers: one stray Enter must not lose them.
      const sure = await askOrGoBack((signal) => confirm({ message: M.confirmRemove(text.noun, name), default: false, theme: ctx.theme }, { output: ctx.output, signal }));
      if (sure !== true) continue;
      removeItem(session, section, index, ctx.catalog);
      say(ctx.paint.dim, M.removed(text.noun, name));
      flow.autosave();
      return;
    }
    const step = steps.find((s) => s.path === picked)!;
    showWhy(step.question, ctx);
    const stepCtx = contextFor(flow, item);
    const value = await askOrGoBack((signal) => askQuestion(step.question, readAnswer(session.answers, step.path), { ...stepCtx, signal }));
    if (value === BACK) continue;
    applyChange(session, ctx.catalog, () => recordEntryAnswer(session, step.path, step.question, value));
    flow.autosave();
    // What the change brings up (Esc there just comes back here).
    await askEntry(item);
  }
}

/** Edits a list until "Done": resolves to "done", or to BACK when Esc is pressed on its menu (or at its first entry). */
export async function editList(flow: Flow, section: ListSectionName, askEntry: AskEntry): Promise<"done" | typeof BACK> {
  const { select, Separator } = await loadPrompts();
  const { session, ctx } = flow;
  const text = LIST_TEXTS[section];
  for (;;) {
    const count = readItems(session.answers, section).length;
    if (count === 0) {
      if ((await addEntry(flow, section, askEntry)) === BACK) return BACK;
      continue;
    }
    printNote("");
    const picked = await askOrGoBack((signal) =>
      select<string>(
        {
          message: M.listMenu(text.label, count),
          choices: [
            { value: DONE, name: M.listDone(text.label, count) },
            { value: ADD, name: M.listAdd(text.noun) },
            new Separator(),
            ...Array.from({ length: count }, (_, i) => ({ value: String(i), name: describeEntry(flow, section, i), short: nameEntry(flow, section, i) })),
          ],
          default: DONE,
          loop: false,
          pageSize: Math.min(count + 3, 15),
          theme: withKeyTips(ctx.theme, M.listKeys),
        },
        { output: ctx.output, signal },
      ),
    );
    if (picked === BACK) return BACK;
    if (picked === DONE) return "done";
    if (picked === ADD) await addEntry(flow, section, askEntry);
    else await editEntry(flow, section, Number(picked), askEntry);
  }
}
