// Editing the lists of the answers (sites, regions) as a workshop does: add an entry, rename or
// remove one. Pure, so it is unit-tested without a terminal. Other answers name sites (transit
// pairs, the sites a region serves), so renaming a site renames it there, and removing one drops
// it there: the answers never name a site that is not in the list (the answers' cross-reference
// check would refuse them).
import type { Catalog } from "../../catalog/catalog.js";
import { isMapping } from "../../answers/raw-tree.js";
import { readAnswer, readItems, type RawAnswers } from "./answer-tree.js";
import { applyChange, recordAnswer, type Session } from "./pending-questions.js";
import type { ListSectionName, Question } from "./questions.js";

/** Adds an empty entry at the end of a list; returns its index. */
export function addItem(session: Session, section: ListSectionName): number {
  const items = readItems(session.answers, section);
  session.answers[section] = [...items, {}];
  return items.length;
}

/** "sites[3].wan" with entry 1 removed → "sites[2].wan"; entry 1's own keys → undefined. */
function shiftPath(path: string, section: string, removed: number): string | undefined {
  const m = new RegExp(`^${section}\\[(\\d+)\\](.*)$`).exec(path);
  if (!m) return path;
  const index = Number(m[1]);
  if (index === removed) return undefined;
  return index > removed ? `${section}[${index - 1}]${m[2]}` : path;
}

/** A site's name in the answers that refer to sites, changed by `rename` (undefined drops it). */
function renameSiteReferences(answers: RawAnswers, rename: (name: string) => string | undefined): void {
  const transit = answers.transit;
  if (isMapping(transit) && Array.isArray(transit.betweenSites)) {
    const pairs = transit.betweenSites.flatMap((pair) => {
      if (!Array.isArray(pair)) return [pair];
      const named = pair.map((n) => (typeof n === "string" ? rename(n) : n));
      return named.includes(undefined) ? [] : [named];
    });
    // No pair left: the question is asked again rather than answered "none" on the user's behalf.
    if (pairs.length > 0) transit.betweenSites = pairs;
    else delete transit.betweenSites;
    if (Object.keys(transit).length === 0) delete answers.transit;
  }
  for (const region of readItems(answers, "regions")) {
    if (!Array.isArray(region.sites)) continue;
    const sites = region.sites.flatMap((n) => {
      if (typeof n !== "string") return [n];
      const renamed = rename(n);
      return renamed === undefined ? [] : [renamed];
    });
    if (sites.length > 0) region.sites = sites;
    else delete region.sites;
  }
}

/** Renames a site everywhere the answers name it (its entry's own name is the caller's to set). */
export function renameSite(answers: RawAnswers, from: string, to: string): void {
  if (from !== to) renameSiteReferences(answers, (n) => (n === from ? to : n));
}

/** Removes a list entry, with every mention of it; withdraws the answers that stop applying. */
export function removeItem(session: Session, section: ListSectionName, index: number, catalog: Catalog): void {
  applyChange(session, catalog, () => {
    const items = readItems(session.answers, section);
    const [removed] = items.splice(index, 1);
    // An empty list is no answer (the schema wants an entry): the list is asked for again.
    if (items.length > 0) session.answers[section] = items;
    else delete session.answers[section];
    const name = removed?.name;
    if (section === "sites" && typeof name === "string" && !items.some((s) => s.name === name)) {
      renameSiteReferences(session.answers, (n) => (n === name ? undefined : n));
    }
    const leftEmpty = [...session.leftEmpty].flatMap((p) => shiftPath(p, section, index) ?? []);
    session.leftEmpty.clear();
    for (const p of leftEmpty) session.leftEmpty.add(p);
  });
}

/** Records an entry's answer; a new name for a site renames it wherever the answers name it. */
export function recordEntryAnswer(session: Session, path: string, q: Question, value: unknown): void {
  const before = readAnswer(session.answers, path);
  if (q.list === "sites" && q.unique && typeof before === "string" && typeof value === "string") renameSite(session.answers, before, value);
  recordAnswer(session, path, value);
}
