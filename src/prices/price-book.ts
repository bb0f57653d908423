// An Azure Retail Prices API download (https://learn.microsoft.com/rest/api/cost-management/retail-prices/azure-retail-prices)
// as a price book: its documented `Items[]` fields, checked and indexed. Accepted: one response page
// (`{ BillingCurrency, Items, NextPageLink, ... }`), a JSON array of pages, a bare array of items, or
// several pages concatenated as they come (`cat page1.json page2.json`; see joinConcatenatedJson).
// Pure: text or parsed data in, a book or the issues out; nothing here reads a file or the network.
import { PRICE_MESSAGES as M } from "./messages.js";

/** One meter price as the API documents an item (only the fields the estimate reads). */
export interface RetailPrice {
  serviceName: string;
  productName: string;
  skuName: string;
  meterName: string;
  /** ARM region, or a zone/"Global" for meters that are not regional (may be empty). */
  armRegionName: string;
  unitOfMeasure: string;
  retailPrice: number;
  currencyCode: string;
  effectiveStartDate: string;
  /** Tiered meters list one item per tier; the price applies from this many units on. */
  tierMinimumUnits: number;
  /** "Consumption", "Reservation", "DevTestConsumption"…: only Consumption prices are estimated. */
  type: string;
}

export interface PriceBook {
  currency: string;
  items: readonly RetailPrice[];
}

export interface PriceIssue {
  path: string;
  message: string;
}

export type PriceBookResult = { ok: true; book: PriceBook } | { ok: false; issues: PriceIssue[] };

/** The documented string fields an item must carry, then those it may leave out. */
const REQUIRED_STRINGS = ["serviceName", "productName", "skuName", "meterName", "unitOfMeasure", "currencyCode", "effectiveStartDate"] as const;
const MAX_ISSUES = 5;

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);
const isPage = (v: unknown) => isRecord(v) && "Items" in v;

function readItem(raw: unknown, path: string, issues: PriceIssue[]): RetailPrice | undefined {
  if (!isRecord(raw)) {
    issues.push({ path, message: M.itemNotObject });
    return undefined;
  }
  const before = issues.length;
  for (const key of REQUIRED_STRINGS) if (typeof raw[key] !== "string") issues.push({ path: `${path}.${key}`, message: M.expectedString });
  const price = raw.retailPrice;
  if (typeof price !== "number" || !Number.isFinite(price) || price < 0) issues.push({ path: `${path}.retailPrice`, message: M.expectedPrice });
  const tier = raw.tierMinimumUnits ?? 0;
  if (typeof tier !== "number" || !Number.isFinite(tier) || tier < 0) issues.push({ path: `${path}.tierMinimumUnits`, message: M.expectedTier });
  for (const key of ["armRegionName", "type"] as const) if (raw[key] !== undefined && typeof raw[key] !== "string") issues.push({ path: `${path}.${key}`, message: M.expectedString });
  if (typeof raw.effectiveStartDate === "string" && !/^\d{4}-\d{2}-\d{2}/.test(raw.effectiveStartDate)) issues.push({ path: `${path}.effectiveStartDate`, message: M.expectedDate });
  if (issues.length > before) return undefined;
  return {
    serviceName: raw.serviceName as string,
    productName: raw.productName as string,
    skuName: raw.skuName as string,
    meterName: raw.meterName as string,
    armRegionName: (raw.armRegionName as string | undefined) ?? "",
    unitOfMeasure: raw.unitOfMeasure as string,
    retailPrice: price as number,
    currencyCode: raw.currencyCode as string,
    effectiveStartDate: raw.effectiveStartDate as string,
    tierMinimumUnits: tier as number,
    type: (raw.type as string | undefined) ?? "Consumption",
  };
}

/** The items of one page, with their key paths (`Items[3]`, or `[1].Items[3]` in an array of pages). */
function itemsOfPage(page: Record<string, unknown>, prefix: string, issues: PriceIssue[]): [unknown, string][] {
  if (!Array.isArray(page.Items)) {
    issues.push({ path: `${prefix}Items`, message: M.itemsNotList });
    return [];
  }
  return page.Items.map((item, i) => [item, `${prefix}Items[${i}]`]);
}

/** Checks a parsed prices file and indexes it; every item must be in one currency. */
export function readPriceBook(data: unknown): PriceBookResult {
  const issues: PriceIssue[] = [];
  let raw: [unknown, string][];
  if (isPage(data)) raw = itemsOfPage(data as Record<string, unknown>, "", issues);
  else if (Array.isArray(data) && data.every(isPage)) raw = data.flatMap((page, i) => itemsOfPage(page as Record<string, unknown>, `[${i}].`, issues));
  else if (Array.isArray(data) && !data.some(isPage)) raw = data.map((item, i) => [item, `[${i}]`]);
  else return { ok: false, issues: [{ path: "", message: M.notPrices }] };
  const items: RetailPrice[] = [];
  let first: { currency: string; path: string } | undefined;
  for (const [value, path] of raw) {
    const item = readItem(value, path, issues);
    if (issues.length >= MAX_ISSUES) break;
    if (!item) continue;
    first ??= { currency: item.currencyCode, path };
    if (item.currencyCode !== first.currency) {
      issues.push({ path: `${path}.currencyCode`, message: M.mixedCurrencies(first.currency, first.path, item.currencyCode) });
      break;
    }
    items.push(item);
  }
  if (issues.length > 0) return { ok: false, issues: issues.slice(0, MAX_ISSUES) };
  if (!first) return { ok: false, issues: [{ path: "", message: M.noItems }] };
  return { ok: true, book: { currency: first.currency, items } };
}

/**
 * Pages saved one after another (`cat page*.json > prices.json`) are several JSON texts in a row,
 * which no JSON parser reads as one. Returns them as one JSON array, with every line where it was
 * (so a reported line is the file's), or undefined when the text holds at most one value.
 */
export function joinConcatenatedJson(text: string): string | undefined {
  if (!/^\s*[[{]/.test(text)) return undefined;
  const ends: number[] = [];
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === "{" || c === "[") depth++;
    else if (c === "}" || c === "]") {
      depth--;
      if (depth === 0) ends.push(i + 1);
      if (depth < 0) return undefined;
    }
  }
  if (ends.length < 2 || text.slice(ends.at(-1)).trim() !== "") return undefined;
  let out = "[";
  let from = 0;
  for (const [n, end] of ends.entries()) {
    out += text.slice(from, end) + (n < ends.length - 1 ? "," : "]");
    from = end;
  }
  return out + text.slice(from);
}
