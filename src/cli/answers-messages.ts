// User-facing strings of the answers commands and options (--set, migrate, validate's v1 note):
// kept beside messages.ts, in one place.
import { cutText, listSome, quoteText } from "../text/format.js";
import { makeOneLine } from "../text/printable.js";

/** `--set key=value` (overrides.ts). */
export const OVERRIDE_MESSAGES = {
  notKeyValue: (text: string) => `--set expects key=value (e.g. --set sites[0].requiredMbps=2000), got ${quoteText(text)}`,
  notAKeyPath: (key: string) => `--set: ${quoteText(key)} is not an answer key path (keys joined by dots; list items as [0] or [name], e.g. sites[amsterdam-dc].requiredMbps)`,
  noItemNamed: (text: string, list: string, name: string, hint: string, names: readonly string[]) =>
    `--set ${cutText(text)}: ${list} has no item named ${quoteText(name)}; ${hint || (names.length ? `the names are ${listSome(names)}` : "the list has no named items")}`,
  indexPastEnd: (text: string, where: string, length: number) =>
    `--set ${cutText(text)}: ${where} has ${length} item${length === 1 ? "" : "s"}; use an index up to ${length} (${length} adds one)`,
  newEntry: (entry: string, key: string) => `${cutText(entry)} is a new entry: give its ${key} too (--set ${cutText(entry)}.${key}=…)`,
  v2KeyOnV1: (text: string, v1Key: string | undefined) =>
    `--set ${cutText(text)}: the answers file is v1 (apiVersion: expressroute-advisor/v1), ${v1Key ? `where this answer is ${v1Key}; or` : "which has no such answer;"} use v2 keys on the v2 file \`expressroute-advisor migrate FILE\` prints`,
  help: "override one answer, e.g. --set sites[amsterdam-dc].requiredMbps=2000, --set regions[0].vnetCount=3 (list items by index or name; on a v1 file, v1 keys such as bandwidth.requiredMbps); repeatable",
} as const;

/** `migrate FILE` (commands/migrate.ts). */
export const MIGRATE_MESSAGES = {
  description: "print the v2 equivalent of a v1 answers file (with comments where an assumption was made)",
  alreadyV2: (file: string) => `${file} is already v2 (apiVersion: expressroute-advisor/v2); printed normalised, with defaults filled in`,
  header: (file: string) => `${makeOneLine(file)} migrated from expressroute-advisor/v1 by \`expressroute-advisor migrate\` (docs/contract.md §2)`,
  validV1: (file: string) => `${makeOneLine(file)} is a v1 answers file (still read); \`expressroute-advisor migrate ${makeOneLine(file)}\` prints its v2 equivalent`,
  readAsV2: (file: string, argument: string) =>
    `${makeOneLine(file)} is a v1 answers file: read as v2 (\`expressroute-advisor migrate ${makeOneLine(argument)}\` shows how)`,
  assumptions: (n: number) => `${n} assumption${n === 1 ? "" : "s"} made; each is a comment in the output (# migrate: …)`,
} as const;
