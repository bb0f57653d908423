// The options of `plan` as one typed table (in the manner of vitest's cli-config.ts): it
// registers them with commander (help, errors) and drives the commander-free fast path that
// parses a plain `plan` run with node:util's parseArgs.
import { OUTPUT_FORMATS } from "../format/formats.js";

export interface OptionSpec {
  /** Long name as typed, without dashes ("rules-dir", "no-input"). */
  long: string;
  short?: string;
  /** Placeholder of the value ("file"); absent for switches. */
  value?: string;
  description: string;
  multiple?: boolean;
  choices?: readonly string[];
  defaultValue?: string;
}

/** Keyed by the property name commander gives the parsed value. */
export const PLAN_OPTIONS = {
  answers: { long: "answers", short: "a", value: "file", description: "answers file (YAML or JSON); - reads standard input" },
  format: { long: "format", short: "f", value: "format", description: "output format", choices: OUTPUT_FORMATS, defaultValue: "yaml" },
  output: { long: "output", short: "o", value: "file", description: "write the document to FILE (- = stdout)", defaultValue: "-" },
  force: { long: "force", description: "replace an existing output file" },
  ask: { long: "ask", description: "on a terminal, also ask the optional questions the answers leave out (a complete file otherwise plans at once)" },
  input: { long: "no-input", description: "never prompt (implied by CI=true or a non-terminal stdin)" },
  color: { long: "no-color", description: "no colour on stderr (also NO_COLOR)" },
  set: { long: "set", value: "key=value", description: "override one answer, e.g. --set bandwidth.requiredMbps=20000 (repeatable)", multiple: true },
  saveAnswers: { long: "save-answers", value: "file", description: "write the answers as used (after the questionnaire and --set) to FILE, to replay" },
  rulesDir: { long: "rules-dir", value: "dir", description: "extra rules folder; its rules add to or replace built-in ones by id (repeatable)", multiple: true },
} as const satisfies Record<string, OptionSpec>;

/** The options object `runPlan` takes, with every default applied. */
export interface ParsedPlanOptions {
  answers?: string;
  format: (typeof OUTPUT_FORMATS)[number];
  output: string;
  force?: boolean;
  ask?: boolean;
  input: boolean;
  color: boolean;
  set: string[];
  saveAnswers?: string;
  rulesDir: string[];
}

export const PLAN_HELP_AFTER = `
Examples:
  expressroute-advisor plan --answers answers.yaml > design.yaml
  expressroute-advisor plan --answers answers.yaml --format json -o design.json
  cat answers.yaml | expressroute-advisor plan --answers - --no-input

Exit codes: 0 design produced; 2 bad usage or invalid answers/rules; 3 design has an error
finding (a requirement cannot be met as stated); 130 interrupted; 1 internal error.`;
