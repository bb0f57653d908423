/**
 * A rule set that loads but cannot decide: no default for a slot, a value of the wrong type, or a
 * rule that reads a decision not made yet. Names the decision or fact, and the rule reading it.
 */
export class RuleEvaluationError extends Error {
  constructor(
    message: string,
    readonly decision: string,
    readonly rule = "",
  ) {
    super(message);
    this.name = "RuleEvaluationError";
  }
}
