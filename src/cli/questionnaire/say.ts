// Notes on stderr between the prompts, wrapped to the terminal.
import { wrapText } from "../format/terminal-summary.js";
import { printNote } from "../terminal.js";

/** Prints `text` to stderr wrapped to the terminal, each line painted with `colour`. */
export function say(colour: (s: string) => string, text: string, indent = ""): void {
  const width = Math.min(process.stderr.columns || 100, 120) - 1;
  for (const line of wrapText(text, width, indent)) printNote(colour(line));
}
