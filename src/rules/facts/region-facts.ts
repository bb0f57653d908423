// STUB on the engine branch; the rules helpers' file replaces it at merge.
import type { DerivedFact } from "../derived.js";

export const REGION_FACTS: Record<string, DerivedFact> = {};
