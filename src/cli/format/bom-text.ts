// The words of the bill of materials' renderings (`--format bom` and the reports' section).
export const BOM_TEXT = {
  header: (name: string | null) =>
    `Bill of materials${name ? ` for ${name}` : ""} (expressroute-advisor): one item per line; the kind=meter lines after an item name the Azure Retail Prices meters that price it`,
  unpricedNote: "No prices given (plan --prices FILE): the meters to price are named; nothing is estimated.",
  pricedNote: (hours: number) =>
    `Monthly amounts from the prices file (Azure Retail Prices API, retail prices without discounts), ${hours} hours a month; meters are found by the words of their names (unverified: Learn does not publish ExpressRoute's meter names).`,
  notInFile: "not-in-file",
  totalNote: "Leaves out meters not in the file and usage the answers do not give (egress unknown, Global Reach traffic); provider, colocation and cross-connect charges are not Azure's and are not included.",
  heading: "Bill of materials",
  columns: ["Item", "What", "Prepare or ask for", "Monthly"] as const,
  intro: "Everything to order or prepare, with the Learn page behind each item.",
  noPrices: "No prices were given (plan --prices FILE, the Azure Retail Prices API's JSON): the meters to price are listed with --format bom; nothing is estimated.",
  total: (amount: string, currency: string, from: string | null, to: string | null, unpriced: number) =>
    `Estimated total: ${amount} ${currency} a month, from retail prices effective ${from === to ? from : `${from} to ${to}`}${unpriced > 0 ? `; ${unpriced} meter(s) left out (not in the prices file, or usage unknown)` : ""}. Provider, colocation and cross-connect charges are not included.`,
  partial: (amount: string) => `${amount} + usage`,
  notPriced: "—",
} as const;
