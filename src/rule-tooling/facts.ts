// Every fact a rule may name, with its type: answers.*, derived.* and design.* (earlier decisions).
import { ANSWER_FIELDS } from "../answers/fields.js";
import { DERIVED_FACTS } from "../rules/derived.js";
import { DECISION_SLOTS, type DecisionScope } from "../rules/decisions.js";

export interface FactType {
  kind: "number" | "boolean" | "enum" | "string" | "string[]" | "literal";
  values?: readonly (string | number)[];
  nullable: boolean;
  /** For design.* facts: the decision slot, whose position bounds which rules may read it. */
  slotIndex?: number;
  /** Decided or computed once for the design, per site group or per region. */
  scope: DecisionScope;
}

function buildFactTypes(): Map<string, FactType> {
  const types = new Map<string, FactType>();
  types.set("answers.name", { kind: "string", nullable: true, scope: "design" });
  for (const f of ANSWER_FIELDS) {
    // List items (sites[], regions[]) and transit pairs are read through group and region facts.
    if (f.path.includes("[") || f.kind === "pairs") continue;
    // Optional answers without a default read as null in conditions.
    types.set(`answers.${f.path}`, { kind: f.kind as FactType["kind"], values: f.values, nullable: f.nullable || (!f.required && f.defaultValue === undefined), scope: "design" });
  }
  const slotIndexOf = (path: string) => DECISION_SLOTS.findIndex((s) => s.path === path);
  for (const [name, d] of Object.entries(DERIVED_FACTS)) {
    types.set(`derived.${name}`, { kind: d.kind, nullable: d.nullable ?? false, slotIndex: d.after ? slotIndexOf(d.after) : undefined, scope: d.scope ?? "design" });
  }
  DECISION_SLOTS.forEach((s, slotIndex) => types.set(`design.${s.path}`, { kind: s.kind, values: s.values, nullable: s.nullable, slotIndex, scope: s.scope }));
  return types;
}

export const FACT_TYPES: ReadonlyMap<string, FactType> = buildFactTypes();
export const FACT_NAMES: readonly string[] = [...FACT_TYPES.keys()];
