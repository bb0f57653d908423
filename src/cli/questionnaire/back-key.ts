// Esc goes back to the previous question. inquirer has no "back", but its prompts take an abort
// signal, and its readline reports every key on stdin: a lone Esc aborts the prompt on screen,
// which the questionnaire reads as "back". (Escape sequences, such as arrow keys, arrive as
// other keys, so only a lone Esc counts.)
export const BACK: unique symbol = Symbol("back");

interface Key {
  name?: string;
}

/** Runs one prompt; resolves to its answer, or to BACK when Esc was pressed during it. */
export async function askOrGoBack<T>(ask: (signal: AbortSignal) => Promise<T>, input: NodeJS.ReadStream = process.stdin): Promise<T | typeof BACK> {
  const controller = new AbortController();
  const onKey = (_text: string | undefined, key: Key | undefined) => {
    if (key?.name === "escape") controller.abort();
  };
  input.on("keypress", onKey);
  try {
    return await ask(controller.signal);
  } catch (err) {
    if (controller.signal.aborted && err instanceof Error && err.name === "AbortPromptError") return BACK;
    throw err;
  } finally {
    input.off("keypress", onKey);
  }
}
