// Finding the price of one thing in a price book. The Retail Prices API documents its fields, not
// the names of ExpressRoute's meters, so a meter is found by the words its names carry (whole
// words, any case, in productName, skuName or meterName) within a service and unit, never by a
// full name this tool would have to invent. Only Consumption prices count; for each meter the
// latest effectiveStartDate wins; a tiered meter keeps its tiers (tierMinimumUnits).
import type { PriceBook, RetailPrice } from "./price-book.js";

export type PriceUnit = "month" | "hour" | "GB";

export interface MeterQuery {
  serviceName: string;
  /** Every one must appear as a whole word in the item's productName, skuName, meterName or armRegionName. */
  words: readonly string[];
  /** None may appear (a Standard circuit's meter is not the Premium one). */
  without?: readonly string[];
  /** The item's armRegionName, for meters priced per region (gateways). */
  region?: string;
  unit: PriceUnit;
}

export interface PriceTier {
  /** Units from which this price applies. */
  from: number;
  /** Price of one unit (an hour, a month, a GB). */
  price: number;
}

/** The meter found: its identifying fields as the prices file has them, and its price tiers. */
export interface PriceMatch extends Pick<RetailPrice, "serviceName" | "productName" | "skuName" | "meterName" | "armRegionName" | "unitOfMeasure" | "effectiveStartDate"> {
  tiers: readonly PriceTier[];
  /** Other meters the words also matched (the first by name was used). */
  alternatives: number;
}

/** "1 Hour", "100 Hours", "1/Month", "1 GB": how many units one retailPrice buys, and of what. */
export function parseUnitOfMeasure(unit: string): { count: number; unit: PriceUnit } | undefined {
  const m = /^\s*(\d+(?:\.\d+)?)?\s*\/?\s*(hours?|months?|gb)\s*$/i.exec(unit);
  if (!m) return undefined;
  const word = m[2]!.toLowerCase();
  const kind: PriceUnit = word.startsWith("hour") ? "hour" : word.startsWith("month") ? "month" : "GB";
  const count = m[1] === undefined ? 1 : Number(m[1]);
  return count > 0 ? { count, unit: kind } : undefined;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const wordPattern = (word: string) => new RegExp(`(^|[^a-z0-9])${escapeRegExp(word.toLowerCase())}($|[^a-z0-9])`);
// armRegionName too: data transfer is priced per zone ("Zone 1"), which may be named there or in the meter.
const namesOf = (i: RetailPrice) => `${i.productName} ${i.skuName} ${i.meterName} ${i.armRegionName}`.toLowerCase();

/** The query as a person would type it into a filter: for the bill of materials' "meters to price". */
export function describeQuery(q: MeterQuery): string {
  const words = q.words.map((w) => `"${w}"`).join(" + ");
  const without = q.without?.length ? ` without ${q.without.map((w) => `"${w}"`).join(", ")}` : "";
  return `serviceName "${q.serviceName}"${q.region ? `, armRegionName "${q.region}"` : ""}, names with ${words}${without}, per ${q.unit}`;
}

export function findPrice(book: PriceBook, q: MeterQuery): PriceMatch | undefined {
  const need = q.words.map(wordPattern);
  const avoid = (q.without ?? []).map(wordPattern);
  const groups = new Map<string, RetailPrice[]>();
  for (const item of book.items) {
    if (item.type !== "Consumption" || item.serviceName.toLowerCase() !== q.serviceName.toLowerCase()) continue;
    if (q.region !== undefined && item.armRegionName.toLowerCase() !== q.region.toLowerCase()) continue;
    if (parseUnitOfMeasure(item.unitOfMeasure)?.unit !== q.unit) continue;
    const names = namesOf(item);
    if (!need.every((p) => p.test(names)) || avoid.some((p) => p.test(names))) continue;
    const key = [item.productName, item.skuName, item.meterName, item.armRegionName, item.unitOfMeasure].join("\u0000");
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  if (groups.size === 0) return undefined;
  const [key] = [...groups.keys()].sort();
  const items = groups.get(key!)!;
  const latest = items.reduce((d, i) => (i.effectiveStartDate > d ? i.effectiveStartDate : d), "");
  const current = items.filter((i) => i.effectiveStartDate === latest).sort((a, b) => a.tierMinimumUnits - b.tierMinimumUnits);
  const first = current[0]!;
  const per = parseUnitOfMeasure(first.unitOfMeasure)!.count;
  return {
    serviceName: first.serviceName,
    productName: first.productName,
    skuName: first.skuName,
    meterName: first.meterName,
    armRegionName: first.armRegionName,
    unitOfMeasure: first.unitOfMeasure,
    effectiveStartDate: latest,
    tiers: current.map((i) => ({ from: i.tierMinimumUnits, price: i.retailPrice / per })),
    alternatives: groups.size - 1,
  };
}

/** The cost of `quantity` units at a (possibly tiered) price: each tier's price for the units within it. */
export function costOf(match: Pick<PriceMatch, "tiers">, quantity: number): number {
  let total = 0;
  match.tiers.forEach((tier, i) => {
    const upTo = match.tiers[i + 1]?.from ?? Infinity;
    const units = Math.min(quantity, upTo) - tier.from;
    if (units > 0) total += units * tier.price;
  });
  return total;
}

/** How many units `budget` buys at a (possibly tiered) price: the inverse of costOf; Infinity when the price runs out at 0. */
export function quantityForCost(match: Pick<PriceMatch, "tiers">, budget: number): number {
  let left = budget;
  for (const [i, tier] of match.tiers.entries()) {
    const width = (match.tiers[i + 1]?.from ?? Infinity) - tier.from;
    const cost = tier.price * width;
    if (cost >= left) return tier.price === 0 ? Infinity : tier.from + left / tier.price;
    left -= cost;
  }
  return Infinity;
}
