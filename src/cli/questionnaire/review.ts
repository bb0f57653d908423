// The review before generating: every answer that applies, grouped by section, in one list the
// customer can read; picking one asks it again, until "Generate the design".
import { select, Separator } from "@inquirer/prompts";
import type { Catalog } from "../../catalog/catalog.js";
import { viewAnswers } from "./answer-tree.js";
import { formatAnswer } from "./format-answer.js";
import { QUESTIONNAIRE_MESSAGES as M } from "./messages.js";
import { listRelevantQuestions, type Session } from "./pending-questions.js";
import type { PromptContext } from "./ask-question.js";
import { withKeyTips } from "./prompt-theme.js";
import { SECTION_TITLES } from "./questions.js";

const GENERATE = "\u0000generate";

/** Resolves to the path to change, or undefined to generate the design. */
export async function pickAnswerToChange(session: Session, catalog: Catalog, ctx: PromptContext): Promise<string | undefined> {
  const questions = listRelevantQuestions(session, catalog);
  const view = viewAnswers(session.answers, session.leftEmpty);
  const width = Math.max(...questions.map((q) => q.label.length));
  const choices: (Separator | { value: string; name: string; short?: string })[] = [
    // Plain text: inquirer jumps to the row whose name starts with what is typed, and colour
    // codes in the name would stop "Gen" from matching; the cursor highlight paints it anyway.
    { value: GENERATE, name: M.generate },
  ];
  let section = "";
  for (const q of questions) {
    if (q.section !== section) {
      section = q.section;
      choices.push(new Separator(ctx.paint.dim(`── ${SECTION_TITLES[q.section]}`)));
    }
    choices.push({ value: q.path, name: `${q.label.padEnd(width)}  ${ctx.paint.cyan(formatAnswer(q, view(q.path)))}`, short: q.label });
  }
  // Show the whole list when the terminal is tall enough: it is the summary the customer reads;
  // typing a label jumps to it, which beats arrowing through thirty rows.
  const rows = process.stderr.rows || 24;
  const picked = await select<string>(
    { message: M.review, choices, default: GENERATE, loop: false, pageSize: Math.max(7, Math.min(choices.length, rows - 4)), theme: withKeyTips(ctx.theme, M.reviewKeys) },
    { output: ctx.output },
  );
  return picked === GENERATE ? undefined : picked;
}

