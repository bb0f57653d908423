// `plan --prices FILE`: the Azure Retail Prices API's JSON, read with the data-file reader's limits
// (a larger size limit: a currency's ExpressRoute and Virtual WAN meters span a few pages) and
// checked by the pure price book (src/prices). Pages saved one after another are joined first.
import { joinConcatenatedJson, readPriceBook, type PriceBook } from "../../prices/price-book.js";
import { PRICE_MESSAGES } from "../../prices/messages.js";
import { InputError } from "../errors.js";
import { locateIssues, parseDataText, readDataText, type DataFile } from "../io/read-data-file.js";
import { MESSAGES } from "../messages.js";

export const MAX_PRICES_BYTES = 16 * 1024 * 1024;

export async function readPricesFile(file: string): Promise<PriceBook> {
  const name = file === "-" ? "stdin" : file;
  const text = await readDataText(file, MAX_PRICES_BYTES);
  // The data reader's "empty file" words are about answers files.
  if (text.trim() === "") throw new InputError(name, [{ path: "", message: PRICE_MESSAGES.noItems }], MESSAGES.pricesHint);
  const joined = joinConcatenatedJson(text) ?? text;
  let located: DataFile | undefined;
  let data: unknown;
  // JSON.parse first: the API's pages are JSON, and the YAML reader is slow on megabytes. The YAML
  // reader (lines, syntax errors in its words) only for what JSON.parse refuses or to locate issues.
  try {
    data = JSON.parse(joined);
  } catch {
    located = parseDataText(joined, name);
    data = located.data;
  }
  const result = readPriceBook(data);
  if (!result.ok) {
    located ??= parseDataText(joined, name);
    throw new InputError(name, locateIssues(located, result.issues), MESSAGES.pricesHint);
  }
  return result.book;
}
