// Text echoed to a terminal is made printable (issue 11): a value from an answers file (a region
// name, `name`) must not erase the line before it, print a fake "all good", set the window title
// or reorder text. Control characters (C0 but newline and tab, DEL, C1) and the Unicode controls
// that reorder or break text are shown as \u escapes; the colour codes this program paints itself
// may be kept.
const UNPRINTABLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const COLOUR_OR_UNPRINTABLE = /(\u001b\[[0-9;]*m)|[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const escape = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;

/** `text` with every unprintable character escaped; `keepColours` leaves SGR colour codes be. */
export function makePrintable(text: string, keepColours = false): string {
  if (!keepColours) return text.replace(UNPRINTABLE, escape);
  return text.replace(COLOUR_OR_UNPRINTABLE, (match: string, colour: string | undefined) => colour ?? escape(match));
}

/** One line of text: unprintable characters and line breaks escaped (a value must not fake a line). */
export function makeOneLine(text: string): string {
  return makePrintable(text).replace(/[\n\t]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
