// Options with a fixed set of values (--format): matched case-insensitively, so `--format JSON`
// works as users of other CLIs expect; anything else is refused with the choices listed.
import { InvalidArgumentError, Option } from "commander";

export function parseChoice<T extends string>(choices: readonly T[], aliases: Readonly<Record<string, T>> = {}): (value: string) => T {
  return (value) => {
    const typed = value.trim().toLowerCase();
    const found = choices.find((c) => c === typed) ?? aliases[typed];
    if (found === undefined) throw new InvalidArgumentError(`Allowed choices are ${choices.join(", ")}.`);
    return found;
  };
}

/** A commander option limited to `choices` (shown in --help), matched case-insensitively. */
export function choiceOption<T extends string>(flags: string, description: string, choices: readonly T[], defaultValue?: T): Option {
  const option = new Option(flags, description).choices(choices).argParser(parseChoice(choices));
  return defaultValue === undefined ? option : option.default(defaultValue);
}
