// User-facing strings of the interactive questionnaire, in one place. Question texts and their
// "why we ask" help live in questions.ts, next to the skip rules they go with.
import { formatNumber, listSome } from "../../text/format.js";

const formatCount = formatNumber;

export const QUESTIONNAIRE_MESSAGES = {
  intro: (sections: number) =>
    `ExpressRoute design questionnaire: ${sections} sections. Enter accepts the answer in parentheses; Esc goes back to the previous question; Ctrl-C stops.`,
  noEarlierQuestion: "This is the first question of this pass; nothing earlier to go back to.",
  autosave: (file: string, command: string) => `Answers are saved as you go to ${file}; after an interruption, run \`${command}\` here to resume.`,
  autosaveFailed: (file: string, why: string) => `warning: cannot save answers to ${file} (${why}); they will not survive an interruption`,
  prefilled: (file: string, count: number, all: boolean) =>
    `${count} answer${count === 1 ? "" : "s"} taken from ${file}; ${all ? "asking every question it leaves out" : "asking only for the required answers it lacks (--ask asks the optional ones too)"}.`,
  reasked: (file: string, path: string, message: string) => `${file}: ${path}: ${message}; asking again`,
  blankOrigin: "a blank questionnaire",
  fileOrigin: (file: string) => `--answers ${file}`,
  unknownOrigin: "an earlier run",
  resumeCommand: (answersFile: string | undefined) => `expressroute-advisor plan${answersFile ? ` --answers ${answersFile}` : ""}`,
  resume: (count: number, savedAt: string, from: string) =>
    `Continue from the ${count} answer${count === 1 ? "" : "s"} saved on ${savedAt} (started from ${from})?`,
  otherRun: (file: string, count: number, savedAt: string, from: string) =>
    `${file} holds ${count} answer${count === 1 ? "" : "s"} of another run (started from ${from}, saved on ${savedAt}). Keep them?`,
  continueChoice: "Continue from them",
  freshBeside: (file: string) => `Start afresh, keeping them; this run saves to ${file}`,
  freshReplacing: (file: string) => `Start afresh, replacing them in ${file}`,
  keepOther: (file: string) => `Keep them; this run saves to ${file}`,
  replaceOther: "Replace them with this run's answers",
  resumeUnreadable: (file: string, beside: string) => `note: ${file} could not be read as answers; starting afresh and saving to ${beside} (${file} is left as it is)`,
  interrupted: (autosave: string | undefined, command: string, output: string | undefined) =>
    autosave
      ? `interrupted; the answers so far are kept in ${autosave} (run \`${command}\` here to continue); the design${output && output !== "-" ? ` (${output})` : ""} was not written`
      : `interrupted; nothing was written`,
  section: (index: number, total: number, title: string) => `Section ${index} of ${total} · ${title}`,
  why: (text: string) => `Why we ask: ${text}`,
  review: "Pick an answer to change, or generate the design",
  generate: "Generate the design",
  leaveEmpty: (label: string) => `leave empty for ${label}`,
  expectNumber: (integer: boolean, min?: number, max?: number) =>
    `Enter ${integer ? "a whole number" : "a number"}${min !== undefined && max !== undefined ? ` from ${formatCount(min)} to ${formatCount(max)}` : ""}`,
  unitExamples: { mbps: " (e.g. 500, 500 Mbps, 5G or 1.5 Gbps)", prefixLength: " (e.g. 27 or /27)" },
  /** Typed to clear an optional answer that has a value. */
  clearMark: "-",
  clearHint: (empty: string) => `type - for ${empty}`,
  expectText: (max?: number) => (max !== undefined ? `Enter at most ${max} characters` : "Enter some text"),
  searchKeys: [["type", "to search"], ["↑↓", "navigate"], ["⏎", "select"]] as [string, string][],
  reviewKeys: [["↑↓", "navigate"], ["type", "a label to jump to it"], ["⏎", "change it, or generate"]] as [string, string][],
  regionKeys: [["type", "a region, city or country"], ["↑↓", "navigate"], ["⏎", "select"]] as [string, string][],
  checkboxKeys: [["↑↓", "navigate"], ["space", "tick or untick"], ["a", "all"], ["⏎", "done"]] as [string, string][],
  listKeys: [["↑↓", "navigate"], ["⏎", "select"], ["esc", "back"]] as [string, string][],
  regionsTypeFirst: "Type a region, city or country to search (e.g. london, germany), or pick one below",
  regionsTypeFirstError: "Type to search (a region, city or country), or use ↓ to pick a region first",
  expectName: (max?: number) => `Enter a name of letters, digits, - and _${max !== undefined ? ` (at most ${max} characters)` : ""}, e.g. amsterdam-dc`,
  entryNoun: "entry",
  taken: (noun: string, value: string) => `another ${noun} is already named ${value}; ${noun} names must be unique`,
  pickOneSite: "Tick at least one site (space ticks)",
  choosePairs: "choose pairs",
  choosePairsNote: "tick the pairs of sites that must reach each other",
  pairsPrompt: "Pairs of sites that must reach each other (space ticks, Enter when done)",
  pair: (pair: readonly string[]) => pair.join(" ↔ "),
  // The lists (sites, regions): one menu per list, one per entry.
  itemHeading: (heading: string, index: number, name?: string) => `── ${heading} ${index}${name ? ` · ${name}` : ""}`,
  listMenu: (label: string, count: number) => `${label}: ${count} so far. Add another, change one, or go on`,
  listDone: (label: string, count: number) => `Done with ${label.toLowerCase()} (${count})`,
  listAdd: (noun: string) => `Add a ${noun}`,
  listEntry: (name: string, summary: string) => (summary ? `${name}  ${summary}` : name),
  unnamed: "(no name yet)",
  itemMenu: (noun: string, name: string) => `The ${noun} ${name}: pick an answer to change`,
  itemBack: (label: string) => `Back to the ${label.toLowerCase()}`,
  itemRemove: (noun: string) => `Remove this ${noun}`,
  confirmRemove: (noun: string, name: string) => `Remove the ${noun} ${name}, with every answer about it?`,
  removed: (noun: string, name: string) => `removed the ${noun} ${name}`,
  listCount: (count: number, names: readonly string[]) => `${count}: ${listSome(names, 4)}`,
  migratedV1: (file: string) => `${file} is a v1 answers file: read as v2 (one site, or one per business unit or transit site; \`expressroute-advisor migrate ${file}\` writes it out)`,
  migrationNote: (path: string, note: string) => `  ${path}: ${note}`,
  localTo: (location: string) => `local to ${location}`,
  noZones: "no availability zones",
  zones: "availability zones",
  restricted: "restricted access",
  direct: "Direct ports",
  savedAnswers: (file: string) => `saved the answers to ${file} (replay: expressroute-advisor plan --answers ${file})`,
  keptAutosave: (file: string, command: string) =>
    `The answers stay in ${file} (\`${command}\` here offers to continue from them); --save-answers FILE keeps a copy to replay in a pipeline.`,
  noMetro: (location: string, metros: readonly string[], more: number) =>
    `not offered at ${location}: no ExpressRoute Metro there${metros.length > 0 ? `; Metros to consider: ${metros.join(", ")}${more > 0 ? ` and ${more} more` : ""}` : ""}`,
  metroTakesNoOrders: (location: string, metro: string, metros: readonly string[], more: number) =>
    `not offered at ${location}: ${metro} takes no circuit orders yet (Microsoft lists no active provider there)${metros.length > 0 ? `; Metros to consider: ${metros.join(", ")}${more > 0 ? ` and ${more} more` : ""}` : ""}`,
  unavailable: (value: string, why: string) => `${value} (${why})`,
  mbps: (n: string) => `${n} Mbps`,
  savedDesign: (file: string) => `saved the design to ${file} (-o FILE picks the name; piping stdout prints it instead)`,
  offerReport: (file: string) => `Also write the HTML report for the room to ${file}?`,
  interruptedAfterDesign: (file: string) => `interrupted; the design is in ${file}; the HTML report was not written`,
  yes: "yes",
  no: "no",
} as const;

export { formatNumber as formatCount };
