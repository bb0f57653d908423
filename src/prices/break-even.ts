// Metered or unlimited, from prices: what a site group's circuits cost a month on each billing
// family with its expected egress, and the egress at which the two cost the same. Metered data is a
// monthly fee plus egress per GB at the peering location's zone rate; unlimited data a higher fee
// with egress included (https://learn.microsoft.com/azure/expressroute/plan-manage-cost).
import { costOf, findPrice, quantityForCost, type PriceMatch } from "./find-price.js";
import { METERS, type Tier } from "./meters.js";
import type { PriceBook } from "./price-book.js";

export interface FamilyComparison {
  meteredMonthly: number;
  unlimitedMonthly: number;
  /** Monthly egress GB at which unlimited costs the same as metered (Infinity: never). */
  breakEvenGB: number;
  cheaper: "MeteredData" | "UnlimitedData";
  /** Latest effectiveStartDate of the prices used. */
  effective: string;
}

export interface FamilyInput {
  tier: Tier;
  mbps: number;
  circuits: number;
  zone: number;
  egressGB: number;
}

/** Undefined when a meter the comparison needs is not in the book. */
export function compareFamilies(book: PriceBook, input: FamilyInput): FamilyComparison | undefined {
  const metered = findPrice(book, METERS.circuit(input.tier, "MeteredData", input.mbps));
  const unlimited = findPrice(book, METERS.circuit(input.tier, "UnlimitedData", input.mbps));
  const egress = findPrice(book, METERS.egress(input.zone));
  if (!metered || !unlimited || !egress) return undefined;
  const fee = (m: PriceMatch) => costOf(m, 1) * input.circuits;
  const meteredMonthly = fee(metered) + costOf(egress, input.egressGB);
  const unlimitedMonthly = fee(unlimited);
  const gap = unlimitedMonthly - fee(metered);
  return {
    meteredMonthly,
    unlimitedMonthly,
    breakEvenGB: gap <= 0 ? 0 : quantityForCost(egress, gap),
    // A tie keeps metered: it is the reversible choice (a provider circuit cannot return from unlimited).
    cheaper: unlimitedMonthly < meteredMonthly ? "UnlimitedData" : "MeteredData",
    effective: [metered, unlimited, egress].map((m) => m.effectiveStartDate).sort().at(-1)!,
  };
}
