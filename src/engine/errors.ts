/** A rule set that loads but cannot decide (no default for a slot, a value of the wrong type). */
export class RuleEvaluationError extends Error {
  constructor(
    message: string,
    readonly decision: string,
  ) {
    super(message);
    this.name = "RuleEvaluationError";
  }
}
