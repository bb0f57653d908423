// Duplicate keys in a mapping (`name:` twice), found in one pass over the parsed document. The
// yaml library's own check (uniqueKeys) compares each key with every other key of its mapping:
// 20,000 keys took 25 s (issue 11). Here each mapping's keys go into a Set: linear time.
import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type LineCounter } from "yaml";
import { InputError, type LocatedIssue } from "../errors.js";

/** Duplicates reported; the first few say what to fix. */
const MAX_REPORTED = 5;
/** A key echoed in the message is cut here: a 100,000-character key must not flood the terminal. */
const MAX_KEY_SHOWN = 40;

const showKey = (key: unknown) => {
  const text = String(key);
  return JSON.stringify(text.length > MAX_KEY_SHOWN ? `${text.slice(0, MAX_KEY_SHOWN)}…` : text);
};

/** Throws an InputError naming each duplicate key and its line (the second occurrence). */
export function checkDuplicateKeys(doc: Document, counter: LineCounter, name: string): void {
  const issues: LocatedIssue[] = [];
  // An explicit stack, not recursion: a deeply nested document must not exhaust the call stack.
  const pending: unknown[] = [doc.contents];
  while (pending.length > 0 && issues.length < MAX_REPORTED) {
    const node = pending.pop();
    // An alias repeats a node already visited where it was anchored; following it would expand it.
    if (isAlias(node)) continue;
    // One push per item: spreading 250,000 items as arguments would overflow the stack.
    if (isSeq(node)) for (const item of node.items) pending.push(item);
    if (!isMap(node)) continue;
    // Scalar keys compare by value (as the library's check does: 1 and "1" differ); others by node.
    const seen = new Set<unknown>();
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const key = isScalar(pair.key) ? pair.key.value : pair.key;
      if (seen.has(key)) {
        const at = isScalar(pair.key) ? pair.key.range?.[0] : undefined;
        issues.push({ path: "", line: at === undefined ? undefined : counter.linePos(at).line, message: `duplicate key ${showKey(key)}: a key may appear only once in a mapping` });
        if (issues.length >= MAX_REPORTED) break;
      }
      seen.add(key);
      pending.push(pair.key, pair.value);
    }
  }
  if (issues.length > 0) throw new InputError(name, issues);
}
