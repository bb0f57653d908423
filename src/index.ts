// Library entry: the pure engine, for embedding and tests. The command line is bundled into
// dist/bin/ from src/cli/entry.ts.
export { adviseDesign, checkAnswers, planDesign, hasErrorFindings, type Advice, type AdviceResult } from "./advise.js";
export {
  AnswersSchema,
  AnswersV1Schema,
  API_VERSION,
  V1_API_VERSION,
  SiteSchema,
  RegionSchema,
  type Answers,
  type AnswersInput,
  type AnswersV1,
  type SiteAnswer,
  type RegionAnswer,
} from "./answers/schema.js";
export { migrateAnswers } from "./answers/migrate.js";
export { validateAnswers, type InputIssue } from "./answers/validate.js";
export { checkAnswersAgainstCatalog } from "./answers/catalog-names.js";
export { ANSWER_FIELDS, type AnswerField } from "./answers/fields.js";
export { indexCatalog, type Catalog, type CatalogFiles } from "./catalog/catalog.js";
export { CATALOG_FILES } from "./catalog/schema.js";
export { compileRules, type RuleSource, type RuleIssue } from "./rule-tooling/compile.js";
export type { RuleSet } from "./rules/rule-set.js";
export { DECISION_SLOTS, type DecisionPath, type DecisionScope } from "./rules/decisions.js";
export { planTopology, type SiteGroup, type RegionPlan, type Topology } from "./rules/site-groups.js";
export { DERIVED_FACTS } from "./rules/derived.js";
export { evaluateRules, requireTrace, type EvaluateOptions, type Evaluation, type TracedEvaluation, type DecisionTrace, type Finding } from "./engine/evaluate.js";
export { RuleEvaluationError } from "./engine/errors.js";
export { buildDesign, type Design, type DesignCircuit, type DesignGateway, type DesignPort, type DesignSiteGroup } from "./design/build.js";
export { DesignSchema } from "./design/schema.js";
export { readPriceBook, joinConcatenatedJson, type PriceBook, type RetailPrice, type PriceIssue } from "./prices/price-book.js";
export { buildBillOfMaterials, type BillOfMaterials, type BomItem, type BomMeter, type BomEstimate } from "./bom/build-bom.js";
