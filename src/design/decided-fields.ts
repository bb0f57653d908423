// The decided fields of a design list's items, from the decision table. Free of zod: the design
// builder (every plan) and the design schema (schema design, diff) both read it.
import { DECISION_SLOTS, type DecisionSlot } from "../rules/decisions.js";

/** Fields under `prefix` (`circuits[]`, `gateways[]`, `siteGroups[]`), nested by their dotted paths, in table order. */
export function decidedFields(prefix: string): [string, DecisionSlot][] {
  const seen = new Set<string>();
  const fields: [string, DecisionSlot][] = [];
  for (const slot of DECISION_SLOTS) {
    if (!slot.field.startsWith(`${prefix}.`)) continue;
    const rel = slot.field.slice(prefix.length + 1);
    if (seen.has(rel)) continue;
    seen.add(rel);
    // A field only some circuits get from a slot (metro: first location) is null on the others.
    fields.push([rel, slot.location !== undefined ? { ...slot, nullable: true } : slot]);
  }
  return fields;
}
