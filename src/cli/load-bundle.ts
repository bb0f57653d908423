// Loads the catalog and rules a run needs. The common case (built-in rules only) reads the
// prebuilt dist/builtin.json; YAML parsing and zod validation (load-sources.ts) are loaded only
// for --rules-dir folders or when the prebuilt bundle is stale.
import { indexCatalog, type Catalog } from "../catalog/catalog.js";
import { assembleRuleSet, type RuleSet } from "../rules/rule-set.js";
import { readBuiltinBundle } from "./builtin-bundle.js";
import type { FieldTable } from "../answers/fast-validate.js";

export interface Bundle {
  catalog: Catalog;
  ruleSet: RuleSet;
  /** Present with the prebuilt bundle: lets answers be checked without loading zod. */
  answerFields?: FieldTable;
}

export interface LoadOptions {
  /** false: always read the YAML sources (tests do, so they never see a stale build). */
  prebuilt?: boolean;
}

export async function loadBundle(extraRuleDirs: readonly string[] = [], options: LoadOptions = {}): Promise<Bundle> {
  const prebuilt = options.prebuilt === false ? undefined : await readBuiltinBundle();
  if (prebuilt && extraRuleDirs.length === 0) {
    return { catalog: indexCatalog(prebuilt.catalog), ruleSet: assembleRuleSet(prebuilt.rules, prebuilt.constraints, prebuilt.scopes), answerFields: prebuilt.answerFields };
  }
  const { readCatalogFiles, loadRuleSet } = await import("./load-sources.js");
  const [catalogFiles, ruleSet] = await Promise.all([prebuilt?.catalog ?? readCatalogFiles(), loadRuleSet(extraRuleDirs)]);
  return { catalog: indexCatalog(catalogFiles), ruleSet, answerFields: prebuilt?.answerFields };
}

export async function loadCatalog(): Promise<Catalog> {
  const prebuilt = await readBuiltinBundle();
  if (prebuilt) return indexCatalog(prebuilt.catalog);
  const { readCatalogFiles } = await import("./load-sources.js");
  return indexCatalog(await readCatalogFiles());
}
