// The options of `plan` as one typed table (in the manner of vitest's cli-config.ts), registered
// with commander by register/plan.ts: one place for names, help and choices.
import { OUTPUT_FORMAT_ALIASES, OUTPUT_FORMATS } from "../format/formats.js";
import { OVERRIDE_MESSAGES } from "../answers-messages.js";

export interface OptionSpec {
  /** Long name as typed, without dashes ("rules-dir", "no-input"). */
  long: string;
  short?: string;
  /** Placeholder of the value ("file"); absent for switches. */
  value?: string;
  description: string;
  multiple?: boolean;
  choices?: readonly string[];
  /** Other names a choice may be typed as ("md" for markdown). */
  aliases?: Readonly<Record<string, string>>;
}

/**
 * Keyed by the property name commander gives the parsed value. --no-input and --no-color are
 * every command's (main.ts adds them).
 */
export const PLAN_OPTIONS = {
  answers: { long: "answers", short: "a", value: "file", description: "answers file (YAML or JSON); - reads standard input; also accepted as the argument" },
  format: { long: "format", short: "f", value: "format", description: "output format (default: from -o FILE's extension, else yaml)", choices: OUTPUT_FORMATS, aliases: OUTPUT_FORMAT_ALIASES },
  output: { long: "output", short: "o", value: "file", description: "write the document to FILE (- = stdout; default: stdout, or after a questionnaire on a terminal a file named after the design)" },
  force: { long: "force", description: "replace an existing output file" },
  ask: { long: "ask", description: "on a terminal, also ask the optional questions the answers leave out (a complete file otherwise plans at once)" },
  set: { long: "set", value: "key=value", description: OVERRIDE_MESSAGES.help, multiple: true },
  saveAnswers: { long: "save-answers", value: "file", description: "write the answers as used (after the questionnaire and --set) to FILE, to replay" },
  prices: {
    long: "prices",
    value: "file",
    description: "Azure Retail Prices API JSON (download: see the README) to estimate the monthly cost and price the metered/unlimited choice; read only, never fetched",
  },
  rulesDir: { long: "rules-dir", value: "dir", description: "extra rules folder; its rules add to or replace built-in ones by id (repeatable)", multiple: true },
} as const satisfies Record<string, OptionSpec>;

export const PLAN_HELP_AFTER = `
Examples:
  expressroute-advisor plan answers.yaml > design.yaml
  expressroute-advisor plan answers.yaml -o design.json        (format from the extension)
  expressroute-advisor plan answers.yaml -o report.html
  expressroute-advisor plan answers.yaml --prices prices.json --format bom   (bill of materials, priced)
  cat answers.yaml | expressroute-advisor plan --answers - --no-input

Exit codes: 0 design produced; 2 bad usage or invalid answers/rules; 3 design produced with an
error finding (a requirement cannot be met as stated; each is listed on stderr); 130 interrupted;
70 internal error (a bug).`;
