// Parsed YAML or JSON as a plain tree (answers files, designs, --set overrides): the two questions
// every reader of such a tree asks, answered once.

/** A mapping (a YAML map, a JSON object), not a list or a scalar. */
export const isMapping = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value);

/** The value at `path` (keys, or list indexes), undefined where there is none. */
export function readPath(root: unknown, path: readonly PropertyKey[]): unknown {
  let node = root;
  for (const key of path) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}
