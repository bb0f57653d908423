// STUB on the engine branch; the rules helpers' file replaces it at merge.
import type { DerivedFact } from "../fact-types.js";

export const REGION_FACTS: Record<string, DerivedFact> = {};
