// Asks the pending steps in table order: questions (a list entry's with the entry in view) and
// the lists as a whole (edit-list.ts). Esc goes back one step, its answer offered again.
import { printNote } from "../terminal.js";
import type { ItemRef } from "./answer-tree.js";
import { askQuestion } from "./ask-question.js";
import { askOrGoBack, BACK } from "./back-key.js";
import { editList, nameEntry } from "./edit-list.js";
import { recordEntryAnswer } from "./list-items.js";
import { QUESTIONNAIRE_MESSAGES as M } from "./messages.js";
import { nextPendingStep, withdrawAnswer } from "./pending-questions.js";
import { LIST_TEXTS, SECTION_NAMES, SECTION_TITLES, type ListSectionName } from "./questions.js";
import { contextFor, showWhy, type Flow } from "./flow.js";
import { say } from "./say.js";

const sameItem = (a: ItemRef, b: ItemRef | undefined) => b !== undefined && a.section === b.section && a.index === b.index;

/** "── Site 2 · fra-dc": the heading of an entry asked about outside its own pass. */
const describeItem = (flow: Flow, item: ItemRef) => M.itemHeading(LIST_TEXTS[item.section].heading, item.index + 1, nameEntry(flow, item.section, item.index));

type Asked = { kind: "question"; path: string; value: unknown } | { kind: "list"; section: ListSectionName };

/**
 * Asks every pending step, announcing each new section; Esc goes back one. With `only`, asks one
 * list entry's questions, and resolves to BACK when Esc is pressed at the first of them (the
 * caller then drops the entry it was adding).
 */
export async function askPending(flow: Flow, only?: ItemRef): Promise<void | typeof BACK> {
  const { session, ctx } = flow;
  let section: string | undefined;
  // The steps taken in this pass: Esc withdraws the last one and asks it again with that answer
  // as the default. Prefilled answers are never withdrawn.
  const asked: Asked[] = [];
  let again: { path: string; value: unknown } | undefined;
  let entry: ItemRef | undefined;
  for (let step = nextPendingStep(session, ctx.catalog, only); step; step = nextPendingStep(session, ctx.catalog, only)) {
    const stepSection = step.kind === "list" ? step.section : step.question.section;
    if (!only && stepSection !== section) {
      section = stepSection;
      printNote("");
      printNote(ctx.paint.bold.underline(M.section(SECTION_NAMES.indexOf(stepSection) + 1, SECTION_NAMES.length, SECTION_TITLES[stepSection])));
    }
    // An entry's question outside its own pass (a prefilled entry lacking an answer) says whose it is.
    if (!only && step.kind === "question" && step.item && !sameItem(step.item, entry)) printNote(ctx.paint.bold(describeItem(flow, step.item)));
    entry = step.kind === "question" ? step.item : undefined;
    let value: unknown;
    if (step.kind === "list") {
      value = await editList(flow, step.section, (item) => askPending(flow, item));
    } else {
      showWhy(step.question, ctx);
      const current = again?.path === step.path ? again.value : undefined;
      const question = step.question;
      const stepCtx = contextFor(flow, step.item);
      value = await askOrGoBack((signal) => askQuestion(question, current, { ...stepCtx, signal }));
    }
    again = undefined;
    if (value === BACK) {
      const previous = asked.pop();
      if (!previous) {
        if (only) return BACK;
        say(ctx.paint.dim, M.noEarlierQuestion);
        continue;
      }
      // Withdrawn, so it is the first pending step again (everything before it is settled).
      if (previous.kind === "list") session.closedLists.delete(previous.section);
      else {
        withdrawAnswer(session, previous.path);
        again = previous;
      }
      flow.autosave();
      continue;
    }
    if (step.kind === "list") {
      session.closedLists.add(step.section);
      asked.push({ kind: "list", section: step.section });
    } else {
      recordEntryAnswer(session, step.path, step.question, value);
      asked.push({ kind: "question", path: step.path, value });
    }
    flow.autosave();
  }
}
