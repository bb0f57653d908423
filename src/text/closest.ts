// "Did you mean" support for unknown keys, regions, locations, facts and decisions.

/** Levenshtein distance, case-insensitive, ignoring spaces, hyphens and underscores. */
export function measureDistance(a: string, b: string): number {
  const x = normalizeName(a);
  const y = normalizeName(b);
  let prev = Array.from({ length: y.length + 1 }, (_, i) => i);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      cur.push(Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost));
    }
    prev = cur;
  }
  return prev[y.length]!;
}

export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/[\s\-_()]/g, "");
}

/** Longer than every key, region and location name by far (the longest is under 40 characters). */
export const MAX_SUGGESTIBLE_LENGTH = 100;

/**
 * The candidates closest to `name`, best first: exact normalised matches, then prefixes and
 * small edit distances (at most a third of the longer name).
 */
export function findClosest(name: string, candidates: readonly string[], max = 3): string[] {
  // An edit distance costs length × length: a name far longer than any candidate cannot be a typo
  // of one, and a crafted megabyte name must not burn seconds of CPU (issue 11).
  if (name.length > MAX_SUGGESTIBLE_LENGTH) return [];
  // A name that is itself a candidate is not a typo of it: suggesting it back says nothing (a key
  // valid only in the other kind of rule, say).
  candidates = candidates.filter((c) => c !== name);
  const n = normalizeName(name);
  const exact = candidates.filter((c) => normalizeName(c) === n);
  if (exact.length > 0) return exact.slice(0, max);
  const scored = candidates
    .map((c) => {
      const cn = normalizeName(c);
      let score = measureDistance(n, cn);
      if (cn === n) score = -2;
      else if (n.length >= 3 && (cn.startsWith(n) || n.startsWith(cn))) score = Math.min(score, 0);
      return { c, score, limit: Math.max(2, Math.ceil(Math.max(n.length, cn.length) / 3)) };
    })
    .filter((s) => s.score <= s.limit)
    .sort((a, b) => a.score - b.score || a.c.localeCompare(b.c));
  // Only near-best candidates: one clear suggestion beats a list of loose ones.
  const best = scored[0]?.score ?? 0;
  return scored.filter((s) => s.score <= best + 1).slice(0, max).map((s) => s.c);
}

/** "did you mean X?" / "did you mean X or Y?" or "" when nothing is close. */
export function suggestNames(name: string, candidates: readonly string[]): string {
  const close = findClosest(name, candidates);
  if (close.length === 0) return "";
  const quoted = close.map((c) => `"${c}"`);
  return quoted.length === 1 ? `did you mean ${quoted[0]}?` : `did you mean ${quoted.slice(0, -1).join(", ")} or ${quoted.at(-1)}?`;
}
