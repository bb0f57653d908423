// What a derived fact is and what it may read (src/rules/facts/*.ts define them; derived.ts is their
// registry). Apart from the registry so that fact files and the registry import no cycle.
import type { Answers } from "../answers/schema.js";
import type { Catalog } from "../catalog/catalog.js";
import type { FieldKind } from "../answers/fields.js";
import type { PriceBook } from "../prices/price-book.js";
import type { DecisionScope } from "./decisions.js";
import type { RegionPlan, SiteGroup, Topology } from "./site-groups.js";

export interface FactContext {
  answers: Answers;
  catalog: Catalog;
  topology: Topology;
  /** Prices from `plan --prices FILE` (the Azure Retail Prices API's JSON); absent without one. */
  prices?: PriceBook;
  /** The site group a group-scope fact is computed for. */
  group?: SiteGroup;
  /** The region a region-scope fact is computed for. */
  region?: RegionPlan;
  /** The value a slot got for this item (or the design); throws when it is not decided yet (rule-order bug). */
  decision(path: string): unknown;
  /** Another derived fact of this item or of the design (memoised). */
  fact(name: string): unknown;
  /** Another group's decided slot or fact (design facts aggregate over groups this way). */
  groupDecision(groupId: string, path: string): unknown;
  groupFact(groupId: string, name: string): unknown;
  /** A region's decided slot or fact. */
  regionDecision(region: string, path: string): unknown;
  regionFact(region: string, name: string): unknown;
}

export interface DerivedFact {
  kind: Exclude<FieldKind, "literal" | "pairs">;
  nullable?: boolean;
  description: string;
  /** Computed per site group or per region (absent: once for the design). Rules read a fact of their own scope or the design's. */
  scope?: Exclude<DecisionScope, "design">;
  /**
   * The latest decision slot the fact reads, directly or through other facts. Rules for that
   * slot or earlier ones cannot use it (checked at load; a test checks the declarations).
   */
  after?: string;
  /** Depends on the catalog alone: computed once per catalog, not once per design. */
  constant?: boolean;
  compute(ctx: FactContext): unknown;
}
