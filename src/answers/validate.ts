// Turns raw answers (parsed YAML/JSON) into typed v2 Answers or one-line issues
// ("location: message"), in the manner of knip's zod error formatting. v1 files are validated
// with the v1 schema, worded in v1 terms (the user's file), then migrated (migrate.ts).
import type { z } from "zod";
import { suggestNames } from "../text/closest.js";
import {
  ANSWER_FIELD_BY_PATH,
  ANSWER_FIELDS,
  LIST_SECTIONS,
  TOP_LEVEL_KEYS,
  V1_ANSWER_FIELD_BY_PATH,
  V1_ANSWER_FIELDS,
  V1_TOP_LEVEL_KEYS,
  toFieldPath,
  type AnswerField,
} from "./fields.js";
import { ANSWER_SECTIONS, AnswersSchema, API_VERSION, V1_API_VERSION, type Answers } from "./schema.js";
import { ANSWER_V1_SECTIONS, AnswersV1Schema } from "./schema-v1.js";
import { migrateAnswersWithNotes, type MigrationNote } from "./migrate.js";
import { checkCrossReferences, checkV1CrossReferences } from "./cross-references.js";
import { isMapping, readPath } from "./raw-tree.js";
import { V1_KEY_MOVES } from "./v1-keys.js";
import { describeV2Shape } from "./v2-shape.js";
import { MISSING_ANSWER, type InputIssue } from "./input-issue.js";

/** How a v1 file is still read, for v1 shapes met in a v2 file. */
const V1_HINT = `a v1 file says apiVersion: ${V1_API_VERSION}; \`expressroute-advisor migrate FILE\` converts it`;

export type { InputIssue };

export type ValidationResult =
  | {
      ok: true;
      /** Always v2: a v1 file is migrated. */
      answers: Answers;
      /** Present for a v1 file: the assumptions its migration made (migrate.ts). */
      migration?: MigrationNote[];
    }
  | { ok: false; issues: InputIssue[] };

/** What wording an issue needs: the schema version's keys and field table. */
interface Profile {
  schema: z.ZodType;
  sections: Record<string, z.ZodObject>;
  topLevelKeys: readonly string[];
  fields: readonly AnswerField[];
  fieldByPath: ReadonlyMap<string, AnswerField>;
}

function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) {
    // How long says what is wrong with a pair of three names, or an empty list of sites.
    if (value.length === 0) return "an empty list";
    const [one, many] = value.every((v) => typeof v === "string") ? ["name", "names"] : ["entry", "entries"];
    return `a list of ${value.length} ${value.length === 1 ? one : many}`;
  }
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return String(value);
}

const V2: Profile = { schema: AnswersSchema, sections: ANSWER_SECTIONS, topLevelKeys: TOP_LEVEL_KEYS, fields: ANSWER_FIELDS, fieldByPath: ANSWER_FIELD_BY_PATH };
const V1: Profile = { schema: AnswersV1Schema, sections: ANSWER_V1_SECTIONS, topLevelKeys: V1_TOP_LEVEL_KEYS, fields: V1_ANSWER_FIELDS, fieldByPath: V1_ANSWER_FIELD_BY_PATH };

const isListSection = (profile: Profile, key: unknown) => profile === V2 && LIST_SECTIONS.some((l) => l.section === key);

function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const p of path) out += typeof p === "number" ? `[${p}]` : out ? `.${String(p)}` : String(p);
  return out;
}

function keysAt(path: readonly PropertyKey[], profile: Profile): readonly string[] {
  if (path.length === 0) return profile.topLevelKeys;
  const section = profile.sections[path[0] as string];
  if (!section) return [];
  const item = isListSection(profile, path[0]);
  return (item ? path.length === 2 && typeof path[1] === "number" : path.length === 1) ? Object.keys(section.shape) : [];
}

const SITE_PAIR_EXAMPLE = "[[amsterdam-dc, frankfurt-dc]]";

/** Words for a value a text answer must match (site names). */
function describeText(field: AnswerField): string {
  if (!field.pattern) return "a text value";
  return `a name of letters, digits, - and _ (${field.minLength ?? 1} to ${field.maxLength} characters)`;
}

function describeExpected(path: string, profile: Profile): string {
  const fieldPath = toFieldPath(path);
  const field = profile.fieldByPath.get(fieldPath);
  if (!field) {
    if (path === "apiVersion") return `"${API_VERSION}" (or "${V1_API_VERSION}" for a v1 file)`;
    if (path === "kind") return `"Answers"`;
    if (isListSection(profile, path)) return `a list of ${path}, each a mapping of keys`;
    if (/^\w+\[\d+\]$/.test(path)) return "a mapping of keys";
    if (path in profile.sections) return "a mapping of keys";
    // Inside a list answer: one name of it, or one pair of names (transit.betweenSites).
    const parent = profile.fieldByPath.get(fieldPath.replace(/\[\]$/, ""));
    if (parent?.kind === "pairs") return `a pair of site names, e.g. ${SITE_PAIR_EXAMPLE.slice(1, -1)}`;
    const grand = profile.fieldByPath.get(fieldPath.replace(/\[\]\[\]$/, ""));
    if (grand?.kind === "pairs" || parent?.kind === "string[]") return describeText(grand ?? parent!);
    return "a value";
  }
  const nullable = field.nullable ? " or null" : "";
  switch (field.kind) {
    case "number": {
      const range = field.min !== undefined && field.max !== undefined ? ` from ${field.min} to ${field.max}` : "";
      return `${field.integer ? "a whole number" : "a number"}${range}${nullable}`;
    }
    case "boolean":
      return `true or false${nullable}`;
    case "enum":
      return `one of ${field.values!.join(" | ")}${nullable}`;
    case "pairs":
      return `${field.values!.join(", ")} or a list of pairs of site names, e.g. ${SITE_PAIR_EXAMPLE}`;
    case "string[]":
      return field.pattern ? `a list of site names, e.g. [amsterdam-dc]${nullable}` : "a list of names, e.g. [westeurope]";
    default:
      return `${describeText(field)}${nullable}`;
  }
}

function convertIssue(issue: z.core.$ZodIssue, raw: unknown, profile: Profile): InputIssue[] {
  const path = formatPath(issue.path);
  if (issue.code === "unrecognized_keys") {
    const known = keysAt(issue.path, profile);
    return issue.keys.map((key) => {
      const where = path ? `${path}.${key}` : key;
      if (profile === V2 && V1_KEY_MOVES[where]) return { path: where, message: `unknown key; in v2 this answer is ${V1_KEY_MOVES[where]} (${V1_HINT})` };
      // A v1 sites key in a v2 site entry (sites[2].interSiteTransit): where it went, not the v1 file.
      const movedFromItem = profile === V2 && /\[\d+\]\./.test(where) ? V1_KEY_MOVES[where.replace(/\[\d+\]/g, "")] : undefined;
      if (movedFromItem) return { path: where, message: `unknown key; in v2 this answer is ${movedFromItem}` };
      const hint = suggestNames(key, known);
      return { path: where, message: `unknown key${hint ? `; ${hint}` : ""}${known.length ? ` (known keys: ${known.join(", ")})` : ""}` };
    });
  }
  const value = readPath(raw, issue.path);
  if (issue.code === "invalid_union" && Array.isArray(value)) {
    // A list where words or a list are taken (transit.betweenSites): the list's own issues say more.
    // The words' branch fails at the value itself (invalid_value); the list's never does.
    const listErrors = issue.errors.find((errors) => !errors.some((e) => e.path.length === 0 && (e.code === "invalid_type" || e.code === "invalid_value")));
    if (listErrors) return listErrors.flatMap((e) => convertIssue({ ...e, path: [...issue.path, ...e.path] } as z.core.$ZodIssue, raw, profile));
  }
  // An item of a list answer is described by its list (v1 azure.regions[1]) unless worded below.
  const expected = describeExpected(path.replace(/\[\d+\]$/, ""), profile);
  if (value === undefined && path in profile.sections && !isListSection(profile, path)) {
    // A missing section: name the answers it must hold, not the section (`azure.regions`).
    const required = profile.fields.filter((f) => f.section === path && f.required);
    if (required.length > 0) return required.flatMap((f) => convertIssue({ ...issue, path: [f.section, f.key] } as z.core.$ZodIssue, raw, profile));
  }
  if (value === undefined) {
    const described = profile.fieldByPath.get(toFieldPath(path))?.description ?? LIST_SECTIONS.find((l) => l.section === path)?.description;
    const what = described ? ` (${described.replace(/\.$/, "")})` : "";
    return [{ path, message: `${MISSING_ANSWER}${what}: expected ${isListSection(profile, path) ? describeList(path) : expected}` }];
  }
  if (issue.code === "invalid_value" && typeof value === "string") {
    const options = profile.fieldByPath.get(toFieldPath(path))?.values?.map(String) ?? [];
    const hint = suggestNames(value, options);
    return [{ path, message: `expected ${expected}, got ${describeValue(value)}${hint ? `; ${hint}` : ""}` }];
  }
  if (isListSection(profile, path) && issue.code === "too_small") return [{ path, message: `expected at least one entry: ${describeList(path)}` }];
  // A list that is too long (not a pair, which is an item of a list: its path ends in "]").
  if (issue.code === "too_big" && Array.isArray(value) && !path.endsWith("]")) {
    return [{ path, message: `expected at most ${issue.maximum} ${isListSection(profile, path) ? path : "entries"}, got ${value.length}` }];
  }
  if (isListSection(profile, path)) {
    // A v1 section (sites: {count: 3}) in a v2 file.
    const v1Shape = isMapping(value) && path === "sites" ? `; ${V1_HINT}` : "";
    return [{ path, message: `expected ${describeList(path)}, got ${describeValue(value)}${v1Shape}` }];
  }
  if (path === "azure.regions" && issue.code === "too_small") {
    return [{ path, message: "expected at least one Azure region, e.g. [westeurope]" }];
  }
  if (/^azure\.regions\[\d+\]$/.test(path)) return [{ path, message: `expected a region name, got ${describeValue(value)}` }];
  if (isListSection(profile, path.replace(/\[\d+\]$/, "")) && /\[\d+\]$/.test(path) && typeof value === "string") {
    // A plain name where an entry is expected (`regions: [westeurope]`): show the entry.
    return [{ path, message: `expected a mapping of keys, got ${describeValue(value)}; write the entry as ${describeEntry(path.replace(/\[\d+\]$/, ""), value)}` }];
  }
  // A pair's or a list's own limits (a pair of three names, a list of too many).
  const expectedHere = /\]$/.test(path) || issue.code === "too_big" || issue.code === "too_small" ? describeExpected(path, profile) : expected;
  return [{ path, message: `expected ${expectedHere}, got ${describeValue(value)}${describeEmptyDefault(path, value, profile)}` }];
}

/** An empty list where null means something (regions[].sites: null = every site): how to say that. */
function describeEmptyDefault(path: string, value: unknown, profile: Profile): string {
  const field = profile.fieldByPath.get(toFieldPath(path));
  if (!Array.isArray(value) || value.length > 0 || !field?.nullable) return "";
  const meaning = /null = ([^.;]+)/.exec(field.description)?.[1];
  return meaning ? `; for ${meaning}, leave the key out or write null` : "; leave the key out or write null for the default";
}

/** One entry of a list section with `name` given and its other required keys to fill in. */
function describeEntry(section: string, name: string): string {
  const others = ANSWER_FIELDS.filter((f) => f.section === section && f.required && f.key !== "name").map((f) => `, ${f.key}: …`);
  // Only a plain name is echoed: anything else would make the example wrong.
  return `{ name: ${/^[\w.-]{1,63}$/.test(name) ? name : "…"}${others.join("")} }`;
}

/** The list sections by example: what a user writes. */
function describeList(section: string): string {
  const required = ANSWER_FIELDS.filter((f) => f.section === section && f.required).map((f) => f.key);
  return `a list of ${section}, each a mapping with ${required.join(" and ")}, e.g. ${section === "sites" ? "[{ name: amsterdam-dc, requiredMbps: 1000 }]" : "[{ name: westeurope }]"}`;
}

/** Validates raw answers (v2, or v1 then migrated). Pure: no I/O. */
export function validateAnswers(raw: unknown): ValidationResult {
  if (!isMapping(raw)) {
    return {
      ok: false,
      issues: [{ path: "", message: `expected a mapping with apiVersion: ${API_VERSION}, kind: Answers, sites and regions; got ${describeValue(raw)}` }],
    };
  }
  if (raw.kind === "Design") {
    return { ok: false, issues: [{ path: "kind", message: "this is a design document (kind: Design), not answers; pass the answers file it was made from" }] };
  }
  const v2Shape = raw.apiVersion === V1_API_VERSION ? describeV2Shape(raw) : undefined;
  if (v2Shape !== undefined) {
    // Checked as the v2 file it is, so the one fix needed is all that is said about the version.
    const asV2 = validateAnswers({ ...raw, apiVersion: API_VERSION });
    const version = { path: "apiVersion", message: `says ${V1_API_VERSION}, but the file is written as v2 (${v2Shape}); set apiVersion: ${API_VERSION}` };
    return { ok: false, issues: sortIssues([version, ...(asV2.ok ? [] : asV2.issues)]) };
  }
  if (raw.apiVersion === V1_API_VERSION) {
    const result = AnswersV1Schema.safeParse(raw);
    const crossIssues = checkV1CrossReferences(raw);
    if (result.success && crossIssues.length === 0) {
      const { answers, notes } = migrateAnswersWithNotes(result.data);
      return { ok: true, answers, migration: notes };
    }
    return { ok: false, issues: sortIssues([...collectIssues(result, raw, V1), ...crossIssues]) };
  }
  const result = AnswersSchema.safeParse(raw);
  const crossIssues = checkCrossReferences(raw);
  if (result.success && crossIssues.length === 0) return { ok: true, answers: result.data };
  return { ok: false, issues: sortIssues([...collectIssues(result, raw, V2), ...crossIssues]) };
}

function collectIssues(result: { success: boolean; error?: z.ZodError }, raw: unknown, profile: Profile): InputIssue[] {
  return result.success ? [] : withoutTypoEchoes(result.error!.issues.flatMap((i) => convertIssue(i, raw, profile)));
}

/**
 * A misspelt key ("bandwith") also leaves the real key missing; the "did you mean" already says
 * so, and a second message about the missing key would only confuse.
 */
function withoutTypoEchoes(issues: InputIssue[]): InputIssue[] {
  const meant = new Set<string>();
  for (const i of issues) {
    const m = /^unknown key; did you mean "([^"]+)"\?/.exec(i.message);
    if (m) meant.add(i.path.includes(".") ? `${i.path.slice(0, i.path.lastIndexOf("."))}.${m[1]}` : m[1]!);
  }
  // A misspelt section ("bandwith") leaves the keys of the real one missing too.
  const echoes = (path: string) => meant.has(path) || [...meant].some((m) => path.startsWith(`${m}.`));
  return issues.filter((i) => !(echoes(i.path) && i.message.startsWith(MISSING_ANSWER)));
}

/** Issues without repeats, in key-path order. */
export function sortIssues(issues: InputIssue[]): InputIssue[] {
  const seen = new Set<string>();
  return issues
    .filter((i) => {
      const k = `${i.path}\n${i.message}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    })
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
