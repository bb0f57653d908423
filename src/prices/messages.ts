// What the price book says about a prices file it cannot read (the CLI prefixes file:line: path).
export const PRICE_MESSAGES = {
  notPrices: "expected an Azure Retail Prices API response: an object with Items[], a list of such pages, or a list of items",
  itemsNotList: "expected a list of price items",
  itemNotObject: "expected a price item (an object with serviceName, meterName, retailPrice…)",
  expectedString: "expected a string, as the Retail Prices API returns it",
  expectedPrice: "expected retailPrice as a number, 0 or more",
  expectedTier: "expected tierMinimumUnits as a number, 0 or more",
  expectedDate: "expected an ISO date (2024-01-01T00:00:00Z), as the Retail Prices API returns effectiveStartDate",
  noItems: "the file holds no price items; download them with the command in the README (Cost estimate)",
  mixedCurrencies: (first: string, at: string, other: string) =>
    `expected one currency: ${at || "the first item"} is in ${first}, this one in ${other}; download the prices with one currencyCode`,
} as const;
