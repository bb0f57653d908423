// Colour and terminal detection (docs/contract.md §1): no colour when the stream is not a terminal,
// when NO_COLOR is set to a non-empty value (https://no-color.org: "present and not an empty
// string"; issue 10) or with --no-color. chalk ignores NO_COLOR by itself
// (chalk#547), so the level is computed here and passed to a dedicated instance. chalk is loaded
// only when there is colour to paint: a pipeline run never needs it.
import type { ChalkInstance } from "chalk";
import { makeOneLine, makePrintable } from "../text/printable.js";

export interface ColourOptions {
  color?: boolean;
}

export function pickColourLevel(stream: NodeJS.WriteStream, options: ColourOptions, env = process.env): 0 | 1 | 2 | 3 {
  if (options.color === false || (env.NO_COLOR !== undefined && env.NO_COLOR !== "") || env.TERM === "dumb") return 0;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== "0" && env.FORCE_COLOR !== "false") return 1;
  if (!stream.isTTY) return 0;
  // Node's own getColorDepth treats any NO_COLOR, even an empty one, as "no colour".
  const { NO_COLOR: _ignored, ...withoutEmptyNoColor } = env;
  const depth = stream.getColorDepth?.(withoutEmptyNoColor) ?? 1;
  return depth >= 24 ? 3 : depth >= 8 ? 2 : depth >= 4 ? 1 : 0;
}

/** A chalk look-alike that paints nothing: every style returns the text, styles chain. */
const plain: ChalkInstance = new Proxy(((text: unknown) => String(text)) as unknown as ChalkInstance, {
  get: (target, key) => (key === "level" ? 0 : typeof key === "symbol" ? Reflect.get(target, key) : plain),
  apply: (_target, _this, args: unknown[]) => args.map(String).join(" "),
});

let stderrChalk: ChalkInstance = plain;

export async function configureColour(options: ColourOptions): Promise<void> {
  const level = pickColourLevel(process.stderr, options);
  if (level === 0) stderrChalk = plain;
  else {
    const { Chalk } = await import("chalk");
    stderrChalk = new Chalk({ level });
  }
}

export const paint = (): ChalkInstance => stderrChalk;

/** Prompts only happen with a terminal on stdin (and stderr for the prompt itself), outside CI. */
export function canPrompt(inputFlag: boolean, env = process.env): boolean {
  const ci = env.CI !== undefined && env.CI !== "" && env.CI !== "false" && env.CI !== "0";
  return inputFlag && !ci && Boolean(process.stdin.isTTY) && Boolean(process.stderr.isTTY);
}

/**
 * Every error line, ours and commander's, starts with the same "error:" prefix. Its text may quote
 * answers or file names, so it is made printable (issue 11).
 */
export function printError(line: string): void {
  process.stderr.write(`${paint().red("error:")} ${makeOneLine(line)}\n`);
}

/** A note may carry our own colours, and values from the answers: only the colours survive. */
export function printNote(line: string): void {
  process.stderr.write(`${makePrintable(line, true)}\n`);
}
