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

/** Bad command-line usage: exit 2 with a hint naming the command's --help. */
export class UsageError extends Error {
  override name = "UsageError";
}

/**
 * A refusal that is not a usage mistake (an output that exists, a file that cannot be read):
 * exit 2 with its message alone, since --help would not help.
 */
export class RefusalError extends Error {
  override name = "RefusalError";
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

/**
 * docs/contract.md §1. `1` means "different" (diff) or "a rule case failed" (rules test) only; a crash is
 * 70 (EX_SOFTWARE in sysexits.h), so that no pipeline mistakes a bug for a difference.
 */
export const EXIT = {
  ok: 0,
  different: 1,
  usage: 2,
  errorFindings: 3,
  internal: 70,
  interrupted: 130,
} as const;
