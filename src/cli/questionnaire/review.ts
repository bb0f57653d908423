// The review before generating: every answer that applies, grouped by section, in one list the
// customer can read; picking one asks it again (a list opens its menu), until "Generate the design".
import type { Separator } from "@inquirer/prompts";
import { loadPrompts } from "./prompt-library.js";
import type { Catalog } from "../../catalog/catalog.js";
import { readItems, viewAnswers } from "./answer-tree.js";
import { formatAnswer } from "./format-answer.js";
import { QUESTIONNAIRE_MESSAGES as M } from "./messages.js";
import { listRelevantSteps, type Session } from "./pending-questions.js";
import type { PromptContext } from "./ask-question.js";
import { withKeyTips } from "./prompt-theme.js";
import { LIST_TEXTS, SECTION_TITLES, type ListSectionName } from "./questions.js";
import { makePrintable } from "../../text/printable.js";

const GENERATE = "\u0000generate";
const LIST_PREFIX = "\u0000list:";

export type ReviewPick = { kind: "question"; path: string } | { kind: "list"; section: ListSectionName } | undefined;

/** Resolves to the answer (or list) to change, or undefined to generate the design. */
export async function pickAnswerToChange(session: Session, catalog: Catalog, ctx: PromptContext): Promise<ReviewPick> {
  const { select, Separator } = await loadPrompts();
  const steps = listRelevantSteps(session, catalog).filter((s) => s.kind === "list" || !s.item);
  const view = viewAnswers(session.answers, session.leftEmpty);
  const label = (s: (typeof steps)[number]) => (s.kind === "list" ? LIST_TEXTS[s.section].label : s.question.label);
  const width = Math.max(...steps.map((s) => label(s).length));
  const choices: (Separator | { value: string; name: string; short?: string })[] = [
    // Plain text: inquirer jumps to the row whose name starts with what is typed, and colour
    // codes in the name would stop "Gen" from matching; the cursor highlight paints it anyway.
    { value: GENERATE, name: M.generate },
  ];
  let section = "";
  for (const s of steps) {
    const stepSection = s.kind === "list" ? s.section : s.question.section;
    if (stepSection !== section) {
      section = stepSection;
      choices.push(new Separator(ctx.paint.dim(`── ${SECTION_TITLES[s.kind === "list" ? s.section : s.question.section]}`)));
    }
    if (s.kind === "list") {
      const names = readItems(session.answers, s.section).map((item) => makePrintable(String(item.name ?? M.unnamed)));
      choices.push({ value: `${LIST_PREFIX}${s.section}`, name: `${label(s).padEnd(width)}  ${ctx.paint.cyan(M.listCount(names.length, names))}`, short: label(s) });
    } else choices.push({ value: s.path, name: `${label(s).padEnd(width)}  ${ctx.paint.cyan(formatAnswer(s.question, view(s.question.path)))}`, short: label(s) });
  }
  // Show the whole list when the terminal is tall enough: it is the summary the customer reads;
  // typing a label jumps to it, which beats arrowing through thirty rows.
  const rows = process.stderr.rows || 24;
  const picked = await select<string>(
    { message: M.review, choices, default: GENERATE, loop: false, pageSize: Math.max(7, Math.min(choices.length, rows - 4)), theme: withKeyTips(ctx.theme, M.reviewKeys) },
    { output: ctx.output },
  );
  if (picked === GENERATE) return undefined;
  if (picked.startsWith(LIST_PREFIX)) return { kind: "list", section: picked.slice(LIST_PREFIX.length) as ListSectionName };
  return { kind: "question", path: picked };
}
