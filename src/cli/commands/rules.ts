// `rules list | lint [DIR] | test [DIR] | doc`: the rule set as a product.
import { mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { runRuleCases } from "../../rule-tooling/cases.js";
import type { RuleSet } from "../../rule-tooling/compile.js";
import { renderRuleIndex, renderRulePage, rulePageName } from "../../rule-tooling/doc.js";
import { lintRuleSet } from "../../rule-tooling/lint.js";
import { isDecisionRule } from "../../rules/rule-types.js";
import { listCatalogSources } from "../../catalog/sources.js";
import { EXIT, InputError, RefusalError, UsageError, type LocatedIssue } from "../errors.js";
import { listSome } from "../../text/format.js";
import { MESSAGES } from "../messages.js";
import { loadCatalog } from "../load-bundle.js";
import { compileRuleLayers, locateRuleIssues } from "../load-sources.js";
import { describeWriteError, writeOutput } from "../io/write-output.js";
import { paint, printError, printNote } from "../terminal.js";
import { computeWithDefaultSignals, MAX_ISSUES_SHOWN } from "../report-error.js";

/** Built-in rules plus the given folders (later folders override by id); problems exit 2. */
async function requireRuleSet(dirs: readonly string[]): Promise<{ ruleSet: RuleSet; customFiles: Set<string> }> {
  const { result, lineOf, customFiles } = await compileRuleLayers(dirs);
  if (!result.ok) throw new InputError(result.issues[0]!.file, locateRuleIssues(result.issues, lineOf));
  return { ruleSet: result.ruleSet, customFiles };
}

export async function runRulesList(dirs: string[]): Promise<number> {
  const { ruleSet } = await requireRuleSet(dirs);
  const rows: string[][] = ruleSet.all.map((l) => {
    const r = l.rule;
    const what = isDecisionRule(r) ? `${r.decision} = ${JSON.stringify(r.set)}` : `finding (${r.severity})`;
    const flags = [r.deprecated ? "deprecated" : "", l.overrides ? `overrides built-in` : ""].filter(Boolean).join(", ");
    return [r.id, String(r.priority), what, r.title + (flags ? ` [${flags}]` : ""), l.file];
  });
  // Constraints have no priority: they limit a decision whichever rule decides it.
  for (const c of [...ruleSet.constraints.values()].flat()) {
    const k = c.constraint;
    const what = `${k.constrain} ${k.allow ? "allow" : "forbid"} ${JSON.stringify(k.allow ?? k.forbid)}`;
    rows.push([k.id, "-", what, k.title + (c.overrides ? " [overrides built-in]" : ""), c.file]);
  }
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((row) => row[i]!.length)));
  const sorted = rows.sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
  process.stdout.write(sorted.map((row) => `${row[0]!.padEnd(widths[0]!)}  ${row[1]!.padStart(widths[1]!)}  ${row[2]!.padEnd(widths[2]!)}  ${row[3]}  (${row[4]})`).join("\n") + "\n");
  return EXIT.ok;
}

export async function runRulesLint(dir: string | undefined, extraDirs: string[]): Promise<number> {
  const dirs = [...extraDirs, ...(dir ? [dir] : [])];
  const [{ result, lineOf }, catalog] = await Promise.all([compileRuleLayers(dirs), loadCatalog()]);
  // Loading problems first; the set-wide checks (defaults, overlaps) need a set that loads.
  // Set-wide problems name a rule id or a decision, not a key of a file: no line for them.
  const issues: (LocatedIssue & { stopped?: true })[] = result.ok
    ? (await computeWithDefaultSignals(() => lintRuleSet(result.ruleSet, catalog))).map((i) => ({ ...i, line: undefined }))
    : locateRuleIssues(result.issues, lineOf);
  // 1,000 rules of equal priority make 500,000 overlaps: the first ones say what to fix (issue 11).
  // Where lint stopped looking is said last, whatever else is cut.
  const stop = issues.at(-1)?.stopped ? issues.at(-1) : undefined;
  const listed = stop ? issues.slice(0, -1) : issues;
  const print = (i: (typeof issues)[number]) => printError(`${i.line ? `${i.file}:${i.line}` : i.file}: ${i.path}: ${i.message}`);
  for (const i of listed.slice(0, MAX_ISSUES_SHOWN)) print(i);
  if (listed.length > MAX_ISSUES_SHOWN) printNote(MESSAGES.moreIssues(listed.length - MAX_ISSUES_SHOWN));
  if (stop) print(stop);
  if (issues.length > 0) {
    printNote(`${issues.length} problem${issues.length > 1 ? "s" : ""} found`);
    return EXIT.usage;
  }
  printNote(paint().green(`${result.ok ? result.ruleSet.all.length : 0} rules, no problems`));
  return EXIT.ok;
}

export async function runRulesTest(dir: string | undefined, extraDirs: string[]): Promise<number> {
  const dirs = [...extraDirs, ...(dir ? [dir] : [])];
  const [{ ruleSet, customFiles }, catalog] = await Promise.all([requireRuleSet(dirs), loadCatalog()]);
  const only = dir ? customFiles : undefined;
  const results = await computeWithDefaultSignals(() => runRuleCases(ruleSet, catalog, only));
  const failed = results.filter((r) => !r.passed);
  for (const f of failed.slice(0, MAX_ISSUES_SHOWN)) printError(`${f.file}: ${f.rule} ${f.kind}[${f.index}]${f.name ? ` (${f.name})` : ""}: ${f.message}`);
  if (failed.length > MAX_ISSUES_SHOWN) printNote(MESSAGES.moreIssues(failed.length - MAX_ISSUES_SHOWN));
  const withoutCases = ruleSet.all.filter((l) => (!only || only.has(l.file)) && !l.rule.cases);
  if (withoutCases.length > 0) printNote(paint().yellow(`${withoutCases.length} rule(s) have no cases: ${listSome(withoutCases.map((l) => l.rule.id))}`));
  // The plain closing line test runners print, so pipelines can read it too.
  process.stdout.write(`${results.length - failed.length} passed, ${failed.length} failed\n`);
  return failed.length > 0 ? EXIT.different : EXIT.ok;
}

/**
 * The pages replace README.md and the rule pages in DIR, and remove pages of rules that no longer
 * exist: only with --force when DIR already holds anything (issue 11), and never into a file.
 */
function checkDocFolder(dir: string, out: string, force: boolean): void {
  let entries: string[];
  try {
    if (!statSync(dir).isDirectory()) throw new InputError(out, [{ path: "", message: MESSAGES.docOutIsFile }]);
    entries = readdirSync(dir);
  } catch (err) {
    if (err instanceof InputError) throw err;
    return; // a folder still to be made
  }
  if (entries.length > 0 && !force) throw new RefusalError(MESSAGES.docFolderNotEmpty(out));
}

export async function runRulesDoc(out: string, extraDirs: string[], force = false): Promise<number> {
  // "" would be the current folder and "-" a folder named "-": neither is ever meant.
  if (out === "" || out === "-") throw new UsageError(MESSAGES.docOutName);
  const dir = resolve(out);
  checkDocFolder(dir, out, force);
  const [{ ruleSet }, catalog] = await Promise.all([requireRuleSet(extraDirs), loadCatalog()]);
  // Folders made here are removed again if a page cannot be written: "nothing was written" holds.
  let made: string | undefined;
  try {
    made = mkdirSync(dir, { recursive: true });
  } catch (err) {
    throw new InputError(out, [{ path: "", message: describeWriteError(err) }]);
  }
  try {
    writeOutput(join(dir, "README.md"), renderRuleIndex(ruleSet, listCatalogSources(catalog)), true);
    for (const loaded of ruleSet.all) writeOutput(join(dir, rulePageName(loaded.rule.id)), renderRulePage(loaded), true);
  } catch (err) {
    if (made) rmSync(made, { recursive: true, force: true });
    throw err;
  }
  const pages = new Set(ruleSet.all.map((l) => rulePageName(l.rule.id)));
  // Pages of rules that no longer exist would mislead; only files named like rule pages go.
  for (const f of readdirSync(dir)) if (/^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+\.md$/.test(f) && !pages.has(f)) rmSync(join(dir, f));
  printNote(`wrote ${ruleSet.all.length + 1} pages to ${out}`);
  return EXIT.ok;
}
