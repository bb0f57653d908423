// User-facing strings of the command line, in one place.
import { quoteText } from "../text/format.js";
import { makeOneLine } from "../text/printable.js";

export const MESSAGES = {
  programDescription: "Turns connectivity needs into a cited Azure ExpressRoute design.",
  planDescription: "produce a design document from an answers file (or the interactive questionnaire)",
  helpHint: (command: string) => `Run \`${command} --help\` for usage.`,
  noColorOption: "no colour on stderr (also NO_COLOR)",
  noInputOption: "never prompt (implied by CI=true or a non-terminal stdin)",
  unknownCommand: (name: string, hint: string, commands: readonly string[]) =>
    `unknown command "${name}"${hint ? `; ${hint}` : ""} (commands: ${commands.join(", ")}; an answers file for plan needs its extension, e.g. ${name}.yaml)`,
  unknownHelpTopic: (name: string, hint: string, commands: readonly string[]) =>
    `no help for "${name}": not a command${hint ? `; ${hint}` : ""} (commands: ${commands.join(", ")})`,
  answersTwice: (file: string, answers: string) => `two answers files given (${file} and --answers ${answers}); give one`,
  explainNoFile: "no answers file given: expressroute-advisor explain FILE [PATH]",
  explainTooMany: "with --answers, give at most one argument: the decision path or finding id to explain",
  answersHint: "See the answers-file reference in the README (`expressroute-advisor schema answers` prints its JSON Schema).",
  outputExists: (file: string) => `${file} already exists; pass --force to replace it`,
  outputIsInput: (file: string) => `${file} is one of the files read (answers or rules); write to another file (even --force does not replace an input)`,
  badTimeout: (variable: string, value: string) =>
    `${variable} must be a whole number of milliseconds (0 waits forever), got ${quoteText(value)}`,
  yamlTag: (tag: string) => `YAML tags such as ${tag} are not allowed; write the plain value`,
  yamlVersion: (version: string) => `a %YAML ${version} directive: data files are YAML 1.2; remove the directive`,
  nestedTooDeeply: "nested too deeply for a data file (hundreds of levels of lists or mappings); answers, rules and designs need a few",
  undefinedAlias: (alias: string) => `an alias (*${alias}) to an anchor that is not defined`,
  emptyOption: (option: string) => `${option} needs a file name, got an empty one`,
  outputTwice: (file: string) => `${file} is given for two outputs; give each its own file`,
  twoOnStdout: "the design and --save-answers cannot both go to standard output; give one of them a file",
  noAnswersNoTerminal:
    "no --answers given and no terminal to ask on; pass --answers FILE (or - for stdin), or run it in a terminal for the questionnaire",
  askNeedsTerminal: "--ask needs a terminal to ask on (stdin and stderr), without --no-input or CI=true",
  missingAnswers: (keys: string[]) =>
    `required answer${keys.length > 1 ? "s" : ""} missing: ${keys.join(", ")} (answers are prompted for only on a terminal without --no-input)`,
  tooLarge: (limit: number) => `the file is larger than ${limit / 1024} KiB, the limit for ${limit > 1024 * 1024 ? "a prices file" : "answers, rules and design files"}`,
  pricesAndAnswersFromStdin: "--prices - and answers from - cannot both read standard input; save one of them to a file",
  pricesHint: "Download prices with the command in the README (Cost estimate): the Azure Retail Prices API's JSON, pages saved one after another or as a list.",
  emptyFile: "the file is empty: expected apiVersion: expressroute-advisor/v2, kind: Answers, sites and regions",
  interrupted: "interrupted; nothing was written",
  interruptedAfter: (files: readonly string[]) => `interrupted; only ${files.join(", ")} had been written, completely`,
  internal: "internal error: this is a bug in expressroute-advisor. Please report it with the command you ran:",
  errorFindings: (n: number, where: string) =>
    `${where === "-" ? "design written" : `design written to ${where}`} with ${n} error finding${n > 1 ? "s" : ""} (exit 3): a requirement cannot be met as stated`,
  errorFinding: (id: string, message: string) => `  ${id}: ${message}`,
  wrote: (file: string) => `wrote ${makeOneLine(file)}`,
  docOutIsFile: "is not a folder; --out takes a folder",
  docOutName: "--out needs a folder name (not empty, not -): the pages are files, not one document for standard output",
  docFolderNotEmpty: (dir: string) => `${dir} already holds files; pass --force to replace its README.md and rule pages (and remove pages of rules that no longer exist)`,
  badRuleEntry: (code: string | undefined) =>
    code === "EOUTSIDE"
      ? "a link that leads out of the rules folder; rules are read only from the folder itself"
      : code === "EBADLINK"
        ? "a link that leads nowhere"
        : "not a regular file (a FIFO, a device or a folder named *.yaml); rules folders hold YAML files",
  moreIssues: (n: number) => `… and ${n} more problem${n === 1 ? "" : "s"} (fix these first)`,
  readingStdin: "reading answers from standard input; paste them and press Ctrl-D (or pass a file instead of -)",
  outputIsFolder: "is a folder; give a file name inside it",
  stdoutFailed: (why: string) => `cannot write to standard output: ${why}; the document is incomplete`,
  valid: (file: string) => `${file}: valid answers`,
} as const;
