// A questionnaire run in progress, as the steps that ask share it: the answers, the prompts'
// context and the autosave.
import { viewAnswers, type ItemRef } from "./answer-tree.js";
import type { PromptContext } from "./ask-question.js";
import { QUESTIONNAIRE_MESSAGES as M } from "./messages.js";
import type { Session } from "./pending-questions.js";
import type { Question } from "./questions.js";
import { say } from "./say.js";

export interface Flow {
  session: Session;
  ctx: PromptContext;
  autosave: () => void;
}

export function showWhy(q: Question, ctx: PromptContext): void {
  say(ctx.paint.dim, M.why(q.why), "  ");
}

/** The prompts' context for one list entry (its keys answer `sites[].…`), or for the whole answers. */
export function contextFor(flow: Flow, item: ItemRef | undefined): PromptContext {
  return { ...flow.ctx, answers: viewAnswers(flow.session.answers, flow.session.leftEmpty, item), item };
}
