// The prompts' theme, painted with the CLI's own chalk instance: inquirer colours through
// yoctocolors, which looks at the environment only, so --no-color would otherwise be ignored.
import type { ChalkInstance } from "chalk";

type Status = string;

export function buildPromptTheme(c: ChalkInstance) {
  return {
    prefix: { idle: c.blue("?"), done: c.green("✔") },
    spinner: { frames: ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"].map((f) => c.yellow(f)) },
    icon: { cursor: "❯" },
    style: {
      answer: (text: string) => c.cyan(text),
      message: (text: string, _status: Status) => c.bold(text),
      error: (text: string) => c.red(`> ${text}`),
      defaultAnswer: (text: string) => c.dim(`(${text})`),
      help: (text: string) => c.dim(text),
      highlight: (text: string) => c.cyan(text),
      key: (text: string) => c.cyan.bold(`<${text}>`),
      description: (text: string) => c.cyan(text),
      disabled: (text: string) => c.dim(`- ${text}`),
      searchTerm: (text: string) => c.cyan(text),
      keysHelpTip: (keys: [string, string][]) => keys.map(([key, action]) => `${c.bold(key)} ${c.dim(action)}`).join(c.dim(" • ")),
    },
  };
}

export type PromptTheme = ReturnType<typeof buildPromptTheme>;

/** The theme with its own key tips, e.g. to say that typing filters a list. */
export function withKeyTips(theme: PromptTheme, keys: [string, string][]): PromptTheme {
  return { ...theme, style: { ...theme.style, keysHelpTip: () => theme.style.keysHelpTip(keys) } };
}
