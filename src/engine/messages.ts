// The engine's own words: errors a rule set can cause at evaluation, and the findings the engine
// itself raises (deprecations, constraints that allow nothing). Kept here, not in the logic.
import type { CatalogList, DecisionSlot } from "../rules/decisions.js";

const CATALOG_LIST_NAMES: Record<CatalogList, string> = {
  peeringLocations: "a peering location of the catalog",
  metros: "an ExpressRoute Metro of the catalog",
  circuitSizes: "a circuit size ExpressRoute offers (the catalog's bandwidths)",
};

const readerText = (reader: string) => (reader ? `rule ${reader}` : "a rule");

export const ENGINE_MESSAGES = {
  undecided: (reader: string, path: string) =>
    `${readerText(reader)} reads design.${path}, which is not decided yet (a decision may read only the decisions before it)`,
  undecidedThroughFact: (reader: string, path: string) =>
    `${readerText(reader)} reads a derived fact that needs decision ${path}, which is not decided yet`,
  selfDependentFact: (name: string) => `derived fact ${name} depends on itself`,
  unknownFact: (fact: string) => `unknown fact ${fact}`,
  unknownItem: (reader: string, item: string) => `${readerText(reader)} reads ${item}, which the design does not have`,
  outOfScope: (reader: string, fact: string, scope: string, from: string) =>
    `${readerText(reader)} reads ${fact}, which is decided per ${scope}, from a ${from === "design" ? "design-wide" : `per-${from}`} rule; read it through a ${from === "design" ? "design" : from} fact instead`,
  noDefault: (path: string) => `no rule decides ${path} for these answers; the rule set needs a default rule (one without "when") for it`,
  wrongValue: (rule: string, path: string, value: unknown, expected: string) => {
    const shown = JSON.stringify(value) ?? String(value);
    return `rule ${rule} set ${path} to ${shown.length > 60 ? `${shown.slice(0, 60)}…` : shown}, which is not ${expected}`;
  },
  expectedType: (slot: DecisionSlot) =>
    `${slot.values ? `one of ${slot.values.join(" | ")}` : slot.kind === "string" ? "text" : `a ${slot.kind}`}${slot.nullable ? " or null" : ""}`,
  expectedFromCatalog: (list: CatalogList) => CATALOG_LIST_NAMES[list],
  nothingAllowed: (title: string, path: string, value: unknown) =>
    `${title}: no value of ${path} is allowed here, so it stays ${JSON.stringify(value)} as the rules decided; change the constraint or the answers.`,
  deprecated: (id: string, title: string, reason: string | undefined, replacedBy: string | undefined) =>
    `Rule ${id} ("${title}") is deprecated${reason ? ` (${reason})` : ""}${replacedBy ? `; use ${replacedBy} instead` : ""}.`,
} as const;
