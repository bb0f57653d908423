// `diff OLD NEW`: what changed between two designs or two answers files (or one of each): the
// circuits, ports, gateways and links added or removed (matched by id), the fields, decisions and
// findings that changed; exit 0 when equal, 1 when different, so pipelines can gate on drift.
import { adviseDesign } from "../../advise.js";
import { DesignSchema } from "../../design/schema.js";
import { diffDesigns, type DesignDiff, type DiffableDesign } from "../../diff/diff-designs.js";
import { describeZodIssue, formatZodPath } from "../../rule-tooling/zod-wording.js";
import { EXIT, InputError } from "../errors.js";
import { loadBundle, type Bundle } from "../load-bundle.js";
import { MESSAGES } from "../messages.js";
import { locateIssues, readDataFile } from "../io/read-data-file.js";
import { renderJson } from "../format/render.js";
import { writeStdout } from "../io/standard-streams.js";
import { makePrintable } from "../../text/printable.js";

const DIFF_MESSAGES = {
  // A v1 design has one circuit size and one gateway for every region; there is nothing to match
  // its fields against item by item, so say what to do instead of listing every schema difference.
  v1Design:
    "this is a v1 design from an earlier release (apiVersion expressroute-advisor/v1); re-plan it from its answers (v1 answers files still work) and diff the answers files or the new designs",
  notDesign: "expected a design written by `expressroute-advisor plan` (apiVersion expressroute-advisor/v2)",
  notDesignOrAnswers: "expected a design (kind: Design) or an answers file (kind: Answers)",
} as const;

export interface DiffOptions {
  format: "text" | "json";
  rulesDir: string[];
}

async function readDesign(path: string, bundle: () => Promise<Bundle>): Promise<DiffableDesign> {
  const file = await readDataFile(path);
  const kind = file.data !== null && typeof file.data === "object" ? (file.data as { kind?: unknown }).kind : undefined;
  if (kind === "Design") {
    if ((file.data as { apiVersion?: unknown }).apiVersion === "expressroute-advisor/v1") {
      throw new InputError(file.name, locateIssues(file, [{ path: "apiVersion", message: DIFF_MESSAGES.v1Design }]));
    }
    const parsed = DesignSchema.safeParse(file.data);
    if (parsed.success) return parsed.data;
    const issues = parsed.error.issues.slice(0, 10).map((i) => ({ path: formatZodPath(i.path), message: describeZodIssue(i, file.data) }));
    throw new InputError(file.name, locateIssues(file, issues), DIFF_MESSAGES.notDesign);
  }
  if (kind === "Answers") {
    const { catalog, ruleSet } = await bundle();
    const result = adviseDesign(file.data, catalog, ruleSet, { trace: false });
    if (!result.ok) throw new InputError(file.name, locateIssues(file, result.issues), MESSAGES.answersHint);
    return result.design;
  }
  throw new InputError(file.name, [{ path: "kind", message: DIFF_MESSAGES.notDesignOrAnswers }]);
}

const show = (v: unknown) => JSON.stringify(v);

/** The diff as text for a terminal (exported for its unit test). */
export function renderDiffText(diff: DesignDiff, oldName: string, newName: string): string {
  if (diff.equal) return `no differences between ${oldName} and ${newName}\n`;
  const lines = [`--- ${oldName}`, `+++ ${newName}`];
  const { added: newItems, removed: oldItems } = diff.items;
  if (newItems.length + oldItems.length > 0) lines.push("", "items:");
  for (const i of oldItems) lines.push(`  - ${i.path}`);
  for (const i of newItems) lines.push(`  + ${i.path}`);
  if (diff.fields.length > 0) lines.push("", "fields:");
  for (const f of diff.fields) lines.push(`  ~ ${f.path}: ${show(f.old)} → ${show(f.new)}`);
  if (diff.decisions.length > 0) lines.push("", "decisions:");
  for (const d of diff.decisions) {
    const rule = d.oldRule === d.newRule ? `rule ${d.newRule}` : `rule ${d.oldRule ?? "none"} → ${d.newRule ?? "none"}`;
    lines.push(`  ~ ${d.path}: ${show(d.old)} → ${show(d.new)} (${rule})`, `      ${d.rationale}`);
  }
  const { added, removed, changed } = diff.findings;
  if (added.length + removed.length + changed.length > 0) lines.push("", "findings:");
  const about = (f: { about?: string[] }) => (f.about === undefined ? "" : ` (${f.about.join(", ")})`);
  for (const f of added) lines.push(`  + ${f.severity} ${f.id}${about(f)}: ${f.message}`);
  for (const f of removed) lines.push(`  - ${f.severity} ${f.id}${about(f)}: ${f.message}`);
  for (const c of changed) lines.push(`  ~ ${c.new.severity} ${c.id}${about(c)}: ${c.new.message}`, `      was (${c.old.severity}): ${c.old.message}`);
  return `${lines.join("\n")}\n`;
}

export async function runDiff(oldPath: string, newPath: string, options: DiffOptions): Promise<number> {
  let bundlePromise: Promise<Bundle> | undefined;
  const bundle = () => (bundlePromise ??= loadBundle(options.rulesDir));
  const [before, after] = await Promise.all([readDesign(oldPath, bundle), readDesign(newPath, bundle)]);
  const diff = diffDesigns(before, after);
  // Names, answers and rule text reach a terminal: controls (C1, bidi) escaped, in JSON as \u escapes.
  writeStdout(makePrintable(options.format === "json" ? renderJson(diff) : renderDiffText(diff, oldPath, newPath)));
  return diff.equal ? EXIT.ok : EXIT.different;
}
