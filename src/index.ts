// Library entry: the pure engine, for embedding and tests. The command line is bundled into
// dist/bin/ from src/cli/entry.ts.
export { adviseDesign, checkAnswers, planDesign, hasErrorFindings, type Advice, type AdviceResult } from "./advise.js";
export { AnswersSchema, API_VERSION, type Answers, type AnswersInput } from "./answers/schema.js";
export { validateAnswers, type InputIssue } from "./answers/validate.js";
export { checkAnswersAgainstCatalog } from "./answers/catalog-names.js";
export { ANSWER_FIELDS, type AnswerField } from "./answers/fields.js";
export { indexCatalog, type Catalog, type CatalogFiles } from "./catalog/catalog.js";
export { CATALOG_FILES } from "./catalog/schema.js";
export { compileRules, type RuleSource, type RuleIssue } from "./rule-tooling/compile.js";
export type { RuleSet } from "./rules/rule-set.js";
export { DECISION_SLOTS } from "./rules/decisions.js";
export { DERIVED_FACTS } from "./rules/derived.js";
export { evaluateRules, type EvaluateOptions, type Evaluation, type DecisionTrace, type Finding } from "./engine/evaluate.js";
export { RuleEvaluationError } from "./engine/errors.js";
export { buildDesign, type Design } from "./design/build.js";
export { readPriceBook, joinConcatenatedJson, type PriceBook, type RetailPrice, type PriceIssue } from "./prices/price-book.js";
export { buildBillOfMaterials, type BillOfMaterials, type BomItem, type BomMeter, type BomEstimate } from "./bom/build-bom.js";
