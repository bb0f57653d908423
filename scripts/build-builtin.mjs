// Build step: validates the built-in rules and catalog and writes dist/builtin.json (see
// src/cli/builtin-bundle.ts). Fails the build on any rule or catalog problem.
import { writeFileSync } from "node:fs";
import { BUILTIN_BUNDLE_FILE, BUILTIN_RULES_DIR, fingerprintSources } from "../dist/cli/builtin-bundle.js";
import { readCatalogFiles, readRuleSources } from "../dist/cli/load-sources.js";
import { compileRules } from "../dist/rule-tooling/compile.js";
import { FIELD_TABLE } from "../dist/answers/fields.js";

const fingerprint = await fingerprintSources();
const catalog = await readCatalogFiles();
const { sources } = await readRuleSources([BUILTIN_RULES_DIR]);
const result = compileRules(sources);
if (!result.ok) {
  for (const i of result.issues) console.error(`${i.file}: ${i.path}: ${i.message}`);
  process.exit(1);
}
const answerFields = FIELD_TABLE;
// Example cases are for `rules test`, which reads the YAML; a design run needs none of them.
const rules = result.ruleSet.all.map(({ rule: { cases: _cases, ...rule }, ...loaded }) => ({ ...loaded, rule }));
const constraints = [...result.ruleSet.constraints.values()].flat();
const scopes = [...result.ruleSet.scopes];
writeFileSync(BUILTIN_BUNDLE_FILE, JSON.stringify({ fingerprint, catalog, rules, constraints, answerFields, scopes }));
console.error(`built-in bundle: ${result.ruleSet.all.length} rules, ${catalog.regions.regions.length} regions, ${catalog["peering-locations"].locations.length} peering locations`);
