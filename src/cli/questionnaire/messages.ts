// User-facing strings of the interactive questionnaire, in one place. Question texts and their
// "why we ask" help live in questions.ts, next to the skip rules they go with.
import { formatNumber } from "../../text/format.js";

const formatCount = formatNumber;

export const QUESTIONNAIRE_MESSAGES = {
  intro: (sections: number) => `ExpressRoute design questionnaire: ${sections} sections. Enter accepts the answer in parentheses; Ctrl-C stops.`,
  autosave: (file: string) => `Answers are saved as you go to ${file}; after an interruption, run \`expressroute-advisor plan\` here to resume.`,
  autosaveFailed: (file: string, why: string) => `warning: cannot save answers to ${file} (${why}); they will not survive an interruption`,
  prefilled: (file: string, count: number) =>
    `${count} answer${count === 1 ? "" : "s"} taken from ${file}; asking only for the missing ones.`,
  reasked: (file: string, path: string, message: string) => `${file}: ${path}: ${message}; asking again`,
  resume: (count: number, savedAt: string) => `Continue from the ${count} answer${count === 1 ? "" : "s"} saved on ${savedAt}?`,
  resumeUnreadable: (file: string) => `note: ${file} could not be read as answers; starting afresh (it will be overwritten)`,
  section: (index: number, total: number, title: string) => `Section ${index} of ${total} · ${title}`,
  why: (text: string) => `Why we ask: ${text}`,
  review: "Pick an answer to change, or generate the design",
  generate: "Generate the design",
  leaveEmpty: (label: string) => `leave empty for ${label}`,
  expectNumber: (integer: boolean, min?: number, max?: number) =>
    `Enter ${integer ? "a whole number" : "a number"}${min !== undefined && max !== undefined ? ` from ${formatCount(min)} to ${formatCount(max)}` : ""}`,
  expectText: (max?: number) => (max !== undefined ? `Enter at most ${max} characters` : "Enter some text"),
  regionsPrompt: (prompt: string, selected: readonly string[]) => (selected.length === 0 ? prompt : `${prompt}: ${selected.join(", ")} so far`),
  searchKeys: [["type", "to search"], ["↑↓", "navigate"], ["⏎", "select"]] as [string, string][],
  reviewKeys: [["↑↓", "navigate"], ["type", "a label to jump to it"], ["⏎", "change it, or generate"]] as [string, string][],
  regionKeys: [["type", "to search"], ["↑↓", "navigate"], ["⏎", "add or remove, then Done"]] as [string, string][],
  regionsDone: (selected: readonly string[]) => `Done: ${selected.join(", ")}`,
  chosen: (name: string) => `✓ ${name}`,
  localTo: (location: string) => `local to ${location}`,
  noZones: "no availability zones",
  zones: "availability zones",
  restricted: "restricted access",
  direct: "Direct ports",
  savedAnswers: (file: string) => `saved the answers to ${file} (replay: expressroute-advisor plan --answers ${file})`,
  keptAutosave: (file: string) =>
    `The answers stay in ${file} (the next run here offers to continue from them); --save-answers FILE keeps a copy to replay in a pipeline.`,
  yes: "yes",
  no: "no",
} as const;

export { formatNumber as formatCount };
