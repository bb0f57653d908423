// Finding a key's node in a parsed document, for the line numbers of error messages. The yaml
// library looks a key up by scanning its mapping; a file with 20,000 unknown keys gets 20,000
// lookups, and a scan each made it quadratic (issue 11). Each mapping is indexed once here.
import { isMap, isScalar, isSeq, type Node, type Pair, type YAMLMap } from "yaml";

const indexes = new WeakMap<YAMLMap, Map<unknown, Pair>>();

/** The pair of `map` whose key is `key` (the first, as the library would find), in constant time. */
export function findPair(map: YAMLMap, key: unknown): Pair | undefined {
  let index = indexes.get(map);
  if (!index) {
    index = new Map();
    for (const pair of map.items) {
      const k = isScalar(pair.key) ? pair.key.value : pair.key;
      if (!index.has(k)) index.set(k, pair);
    }
    indexes.set(map, index);
  }
  return index.get(key);
}

/** The node at a key path (keys of mappings, indexes of lists), or undefined. */
export function findNode(root: unknown, path: readonly (string | number)[]): unknown {
  let node = root;
  for (const part of path) {
    if (isMap(node)) node = findPair(node, part)?.value;
    else if (isSeq(node)) node = typeof part === "number" ? (node.items[part] as Node | undefined) : undefined;
    else return undefined;
  }
  return node;
}
