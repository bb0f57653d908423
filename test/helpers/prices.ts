// The hand-built prices fixture (Azure Retail Prices API items; round test figures, not Azure's),
// read as plan --prices reads it: two pages saved one after another.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { joinConcatenatedJson, readPriceBook, type PriceBook } from "../../src/prices/price-book.js";
import { ROOT } from "./run-cli.js";

export const PRICES_FIXTURE = join(ROOT, "fixtures/prices/retail-eur.json");

export function loadPricesFixture(): PriceBook {
  const r = readPriceBook(JSON.parse(joinConcatenatedJson(readFileSync(PRICES_FIXTURE, "utf8"))!));
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.book;
}
