// `explain --answers FILE [PATH]`: why each decision came out as it did, from the same
// evaluation as `plan`. PATH names list items by id (circuits[syd-dc-1].sku.tier); a prefix
// (circuits[syd-dc-1], gateways) explains every decision under it (src/explain/explain.ts).
import { adviseDesign } from "../../advise.js";
import { describeLeaf, explainEvaluation, UnknownExplainPathError, type Explanation } from "../../explain/explain.js";
import { suggestNames } from "../../text/closest.js";
import { EXIT, InputError, UsageError } from "../errors.js";
import { loadBundle } from "../load-bundle.js";
import { MESSAGES } from "../messages.js";
import { locateIssues, readDataFile } from "../io/read-data-file.js";
import { applyOverrides, attributeOverrides } from "../overrides.js";
import { renderJson } from "../format/render.js";
import { writeStdout } from "../io/standard-streams.js";
import { makePrintable } from "../../text/printable.js";

const EXPLAIN_TEXT = {
  designNames:
    "note: design.<name> in a condition is the name rules use for a decision of the same item (design.gateway.sku is this region's gateways[<region>].sku, design.circuits[].sku.tier this group's circuits' tier); `explain FILE gateway.sku` explains one for every item",
  pathHint:
    "paths name items by id, e.g. circuits[syd-dc-1].sku.tier or gateways[westeurope].sku; a rule's name for a decision (gateway.sku, siteGroup.locations) explains it for every item; a prefix such as circuits[syd-dc-1] explains all under it; finding ids look like ER-VPN-F02",
} as const;

export interface ExplainOptions {
  answers: string;
  format: "text" | "json";
  set: string[];
  rulesDir: string[];
}

/** The explanations as text for a terminal (exported for its unit test). */
export function renderExplainText(explanations: Explanation[]): string {
  const lines: string[] = [];
  for (const e of explanations) {
    if (e.kind === "derived") {
      lines.push(`${e.path} is not a decision: it follows from ${e.followsFrom}`);
      if (e.decisions.length > 0) lines.push(`  the decisions of this item: ${e.decisions.join(", ")}`);
      lines.push("");
      continue;
    }
    if (e.kind === "unfired-finding") {
      const f = e.finding;
      lines.push(`finding ${f.id} did not fire: ${f.title}  [${f.file}]`);
      lines.push(`  because ${f.firstFailure ? describeLeaf(f.firstFailure) : "its conditions do not hold"}`, "");
      continue;
    }
    if (e.kind === "finding") {
      const f = e.finding;
      // A per-item finding fires once for each item (circuit, gateway) it is about: say which.
      const about = "about" in f && Array.isArray(f.about) ? ` about ${f.about.join(", ")}` : "";
      lines.push(`finding ${f.id}${about} (${f.severity}): ${f.title}  [${f.file}${f.overrides ? "; replaces the built-in rule of the same id" : ""}]`);
      lines.push(`  ${f.message}`);
      for (const leaf of f.leaves) lines.push(`  because ${describeLeaf(leaf)}`);
      lines.push(`  docs: ${f.docs}`, "");
      continue;
    }
    lines.push(`${e.path} = ${JSON.stringify(e.value)}`);
    const replaced = e.winner.overrides ? `; replaces the built-in rule of the same id` : "";
    const rank = e.winner.constraint ? "constraint: no rule offered an allowed value" : `priority ${e.winner.priority}`;
    lines.push(`  won: ${e.winner.rule} "${e.winner.title}" (${rank}, ${e.winner.file}${replaced})`);
    if (e.winner.leaves.length === 0) lines.push(e.winner.constraint ? "    no conditions: it always applies" : "    no conditions: it always applies when no rule of higher priority does");
    for (const leaf of e.winner.leaves) lines.push(`    ${leaf.passed ? "✓" : "·"} ${describeLeaf(leaf)}`);
    // A winner a constraint does not allow stands only because nothing is allowed: say so.
    if (e.winner.blockedBy) lines.push(`    not allowed by ${e.winner.blockedBy}; kept because no value is allowed (see the error finding ${e.winner.blockedBy})`);
    lines.push(`  why: ${e.rationale}`, `  docs: ${e.docs}`);
    for (const { candidate: c, reason } of e.losers) {
      const why =
        reason === "not-allowed"
          ? `its conditions hold, but constraint ${c.blockedBy} does not allow its value`
          : reason === "outranked"
            ? `its conditions hold too, but ${e.winner.rule} has higher priority (${e.winner.priority} vs ${c.priority}) or comes first by id`
            : `because ${c.firstFailure ? describeLeaf(c.firstFailure) : "its conditions do not hold"}`;
      lines.push(`  lost: ${c.rule} "${c.title}" (priority ${c.priority}): ${why}`);
    }
    lines.push("");
  }
  // Conditions quote decisions by the names rules use (design.gateway.fastPath): say once what those are.
  if (explanations.some((e) => e.kind === "decision" && [e.winner, ...e.losers.map((l) => l.candidate)].some((c) => c.leaves.some((l) => l.fact.startsWith("design."))))) {
    lines.push(EXPLAIN_TEXT.designNames, "");
  }
  return lines.join("\n");
}

export async function runExplain(path: string | undefined, options: ExplainOptions): Promise<number> {
  const [file, bundle] = await Promise.all([readDataFile(options.answers), loadBundle(options.rulesDir)]);
  const result = adviseDesign(applyOverrides(file.data, options.set), bundle.catalog, bundle.ruleSet);
  if (!result.ok) throw new InputError(file.name, attributeOverrides(locateIssues(file, result.issues), options.set, file.data), MESSAGES.answersHint);
  let explanations: Explanation[];
  try {
    explanations = explainEvaluation(result.evaluation, path);
  } catch (err) {
    if (err instanceof UnknownExplainPathError) {
      const hint = suggestNames(err.path, err.known);
      throw new UsageError(`${err.message}${hint ? `; ${hint}` : ""} (${EXPLAIN_TEXT.pathHint})`);
    }
    throw err;
  }
  // Names, answers and rule text reach a terminal: controls (C1, bidi) escaped, in JSON as \u escapes.
  writeStdout(makePrintable(options.format === "json" ? renderJson(explanations) : renderExplainText(explanations)));
  return EXIT.ok;
}
