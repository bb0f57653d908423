// A file that says apiVersion v1 but is written in v2's shape (sites a list, regions or transit
// given) is a v2 file with a stale apiVersion, not a v1 file with five errors: it is checked as
// v2 and told to change the apiVersion (validate.ts, catalog-names.ts). Zod-free.
import { isMapping } from "./raw-tree.js";
import { V1_KEY_MOVES } from "./v1-keys.js";

/** The v2 shapes such a file shows, in words (`sites is a list`); undefined when it reads as v1. */
export function describeV2Shape(raw: Record<string, unknown>): string | undefined {
  const signs = [
    Array.isArray(raw.sites) ? "sites is a list" : "",
    raw.regions !== undefined ? "it has regions" : "",
    raw.transit !== undefined ? "it has transit" : "",
  ].filter(Boolean);
  // A v1 sites mapping or a v1-only answer beside them mean a mix: v1's own messages say more.
  if (signs.length === 0 || isMapping(raw.sites)) return undefined;
  const v1Answer = Object.keys(V1_KEY_MOVES).some((path) => {
    const [section, key] = path.split(".");
    const held = raw[section!];
    return isMapping(held) && held[key!] !== undefined;
  });
  return v1Answer ? undefined : signs.join(", ");
}
