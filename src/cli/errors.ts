// The CLI's error taxonomy. Commands throw; the one handler in report-error.ts prints them and
// sets the exit code.
export interface LocatedIssue {
  /** Another file than the error's own, when one error spans several (rule folders). */
  file?: string;
  /** Key path inside the file ("" for the whole file). */
  path: string;
  message: string;
  /** 1-based line in the file, when known. */
  line?: number;
}

/** Bad command-line usage: exit 2 with a --help hint. */
export class UsageError extends Error {
  override name = "UsageError";
}

/** An invalid input file (answers, rules, catalog, design): exit 2, one line per issue. */
export class InputError extends Error {
  override name = "InputError";
  constructor(
    readonly file: string,
    readonly issues: readonly LocatedIssue[],
    readonly hint?: string,
  ) {
    super(`${file}: ${issues.map((i) => `${i.path}: ${i.message}`).join("; ")}`);
  }
}

/** A deliberate exit with a code and an optional one-line message. */
export class ExitError extends Error {
  override name = "ExitError";
  constructor(
    readonly code: number,
    message = "",
  ) {
    super(message);
  }
}

export const EXIT = {
  ok: 0,
  internal: 1,
  usage: 2,
  errorFindings: 3,
  interrupted: 130,
} as const;
