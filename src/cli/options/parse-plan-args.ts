// The fast path for the common run, `expressroute-advisor [plan] --answers FILE …`: parsed with
// node:util's parseArgs from the same option table commander registers, so a pipeline run does
// not load the command parser. Anything unusual (help, another command, an unknown option, a bad
// value) returns undefined and goes through commander, which explains the problem.
import { parseArgs } from "node:util";
import { PLAN_OPTIONS, type ParsedPlanOptions } from "./plan-options.js";

type ParseConfig = NonNullable<Parameters<typeof parseArgs>[0]>["options"];

const config: ParseConfig = Object.fromEntries(
  Object.values(PLAN_OPTIONS).map((o) => [
    o.long,
    { type: "value" in o ? "string" : "boolean", ...("short" in o ? { short: o.short } : {}), ...("multiple" in o ? { multiple: true } : {}) },
  ]),
) as ParseConfig;

export function parsePlanArgs(args: readonly string[]): ParsedPlanOptions | undefined {
  const rest = args[0] === "plan" ? args.slice(1) : args;
  if (args[0] !== "plan" && args[0] !== undefined && !args[0].startsWith("-")) return undefined; // another command
  let values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  try {
    ({ values } = parseArgs({ args: [...rest], options: config, strict: true, allowPositionals: false }));
  } catch {
    return undefined;
  }
  const format = (values.format as string | undefined) ?? PLAN_OPTIONS.format.defaultValue;
  if (!(PLAN_OPTIONS.format.choices as readonly string[]).includes(format)) return undefined;
  return {
    answers: values.answers as string | undefined,
    format: format as ParsedPlanOptions["format"],
    output: (values.output as string | undefined) ?? PLAN_OPTIONS.output.defaultValue,
    force: values.force === true ? true : undefined,
    ask: values.ask === true ? true : undefined,
    input: values["no-input"] !== true,
    color: values["no-color"] !== true,
    set: (values.set as string[] | undefined) ?? [],
    saveAnswers: values["save-answers"] as string | undefined,
    rulesDir: (values["rules-dir"] as string[] | undefined) ?? [],
  };
}
