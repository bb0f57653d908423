// Placeholder until the questionnaire lands (issue 4): fails clearly instead of prompting.
import type { Bundle } from "../load-bundle.js";
import { UsageError } from "../errors.js";

export interface CompleteOptions {
  bundle: Bundle;
  /** The answers file given with --answers, if any. */
  answersFile?: string;
  saveAnswers?: string;
}

/** Asks, on the terminal, for every answer missing from `raw`; returns the completed raw answers. */
export async function completeAnswers(_raw: unknown, _options: CompleteOptions): Promise<unknown> {
  throw new UsageError("the interactive questionnaire is not available yet; pass --answers FILE and --no-input");
}
