// Derived facts: values computed from the answers, the topology and the catalog tables that rules
// may test or set (`derived.<name>`). Each is a lookup over data, never a design decision itself;
// the rules decide. A fact may read earlier decisions through ctx.decision(). Facts live in
// src/rules/facts/, one file per scope; this is their registry.
import type { DerivedFact } from "./fact-types.js";
import { DESIGN_FACTS } from "./facts/design-facts.js";
import { GROUP_FACTS } from "./facts/group-facts.js";
import { NETWORK_FACTS } from "./facts/network-facts.js";
import { PRICE_FACTS } from "./facts/price-facts.js";
import { REGION_FACTS } from "./facts/region-facts.js";

export type { DerivedFact, FactContext } from "./fact-types.js";

export const DERIVED_FACTS: Readonly<Record<string, DerivedFact>> = { ...DESIGN_FACTS, ...GROUP_FACTS, ...REGION_FACTS, ...NETWORK_FACTS, ...PRICE_FACTS };
