// The price book: what it accepts of the Retail Prices API's JSON (documented `Items[]` fields),
// how a meter is found by its words, tiered prices, and the metered/unlimited break-even.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compareFamilies } from "../../src/prices/break-even.js";
import { costOf, findPrice, parseUnitOfMeasure, quantityForCost } from "../../src/prices/find-price.js";
import { METERS, bandwidthLabel } from "../../src/prices/meters.js";
import { joinConcatenatedJson, readPriceBook, type PriceBook } from "../../src/prices/price-book.js";
import { ROOT } from "../helpers/run-cli.js";

const item = (over: Record<string, unknown> = {}) => ({
  serviceName: "ExpressRoute",
  productName: "ExpressRoute",
  skuName: "Standard Metered Data",
  meterName: "Standard Metered Data 1 Gbps Circuit",
  armRegionName: "Global",
  unitOfMeasure: "1/Month",
  retailPrice: 400,
  currencyCode: "EUR",
  effectiveStartDate: "2026-10-01T00:00:00Z",
  type: "Consumption",
  ...over,
});
const book = (...items: Record<string, unknown>[]): PriceBook => {
  const r = readPriceBook({ Items: items });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.book;
};

describe("readPriceBook", () => {
  it("reads one page, a list of pages and a bare list of items alike", () => {
    for (const data of [{ BillingCurrency: "EUR", Items: [item()], NextPageLink: null }, [{ Items: [item()] }, { Items: [] }], [item()]]) {
      const r = readPriceBook(data);
      expect(r.ok && r.book.items.length).toBe(1);
      expect(r.ok && r.book.currency).toBe("EUR");
    }
  });

  it("names the key path of a bad item and what was expected", () => {
    const r = readPriceBook([{ Items: [item()] }, { Items: [item(), item({ retailPrice: "400" })] }]);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.issues).toEqual([{ path: "[1].Items[1].retailPrice", message: expect.stringMatching(/^expected retailPrice as a number/) }]);
  });

  it("refuses prices in two currencies, naming both", () => {
    const r = readPriceBook({ Items: [item(), item({ currencyCode: "USD" })] });
    expect(!r.ok && r.issues[0]).toEqual({ path: "Items[1].currencyCode", message: expect.stringMatching(/Items\[0\] is in EUR, this one in USD/) });
  });

  it("refuses what is not a prices response, and an empty one", () => {
    expect(readPriceBook({ answers: 1 }).ok).toBe(false);
    expect(!readPriceBook({ Items: [] }).ok && readPriceBook({ Items: [] })).toMatchObject({ issues: [{ message: expect.stringMatching(/no price items/) }] });
  });

  it("takes missing optional fields as the API's defaults (tier 0, Consumption)", () => {
    const { tierMinimumUnits, type, armRegionName, ...bare } = { ...item(), tierMinimumUnits: 0 };
    const r = readPriceBook({ Items: [bare] });
    expect(r.ok && r.book.items[0]).toMatchObject({ tierMinimumUnits: 0, type: "Consumption", armRegionName: "" });
    void [tierMinimumUnits, type, armRegionName];
  });
});

describe("joinConcatenatedJson", () => {
  it("joins pages saved one after another into one array, every line where it was", () => {
    const text = '{"Items": [1]}\n{"Items": [2,\n3]}\n';
    const joined = joinConcatenatedJson(text)!;
    expect(JSON.parse(joined)).toEqual([{ Items: [1] }, { Items: [2, 3] }]);
    expect(joined.split("\n").length).toBe(text.split("\n").length);
  });

  it("leaves one value, text inside strings and YAML alone", () => {
    expect(joinConcatenatedJson('{"a": "}{"}')).toBeUndefined();
    expect(joinConcatenatedJson("Items:\n  - {a: 1}\n")).toBeUndefined();
  });

  it("reads the fixture's two concatenated pages", () => {
    const r = readPriceBook(JSON.parse(joinConcatenatedJson(readFileSync(join(ROOT, "fixtures/prices/retail-eur.json"), "utf8"))!));
    expect(r.ok && r.book.items.length).toBeGreaterThan(30);
  });
});

describe("findPrice", () => {
  it("finds a circuit's fee by tier, family, bandwidth and 'Circuit', never another tier's", () => {
    const b = book(item(), item({ skuName: "Premium Metered Data", meterName: "Premium Metered Data 1 Gbps Circuit", retailPrice: 700 }));
    expect(findPrice(b, METERS.circuit("Standard", "MeteredData", 1000))?.tiers).toEqual([{ from: 0, price: 400 }]);
    expect(findPrice(b, METERS.circuit("Premium", "MeteredData", 1000))?.tiers).toEqual([{ from: 0, price: 700 }]);
    expect(findPrice(b, METERS.circuit("Standard", "UnlimitedData", 1000))).toBeUndefined();
  });

  it("matches whole words: 1 Gbps is not 10 Gbps", () => {
    const b = book(item({ meterName: "Standard Metered Data 10 Gbps Circuit" }));
    expect(findPrice(b, METERS.circuit("Standard", "MeteredData", 1000))).toBeUndefined();
  });

  it("uses the latest effectiveStartDate, Consumption prices only, in the asked region and unit", () => {
    const gw = { productName: "ExpressRoute Gateway", skuName: "ErGw1AZ", meterName: "ErGw1AZ Gateway", unitOfMeasure: "1 Hour", armRegionName: "westeurope" };
    const b = book(
      item({ ...gw, retailPrice: 0.3, effectiveStartDate: "2025-01-01T00:00:00Z" }),
      item({ ...gw, retailPrice: 0.35 }),
      item({ ...gw, retailPrice: 0.01, type: "Reservation", effectiveStartDate: "2027-01-01T00:00:00Z" }),
      item({ ...gw, retailPrice: 9, armRegionName: "eastus" }),
    );
    const found = findPrice(b, METERS.gateway("ErGw1AZ", "westeurope"));
    expect(found).toMatchObject({ tiers: [{ from: 0, price: 0.35 }], effectiveStartDate: "2026-10-01T00:00:00Z", alternatives: 0 });
    expect(findPrice(b, { ...METERS.gateway("ErGw1AZ", "westeurope"), unit: "month" })).toBeUndefined();
  });

  it("prices per unit of measure: 100 Hours, 1/Month, 1 GB", () => {
    expect(parseUnitOfMeasure("100 Hours")).toEqual({ count: 100, unit: "hour" });
    expect(parseUnitOfMeasure("1/Month")).toEqual({ count: 1, unit: "month" });
    expect(parseUnitOfMeasure("1 GB")).toEqual({ count: 1, unit: "GB" });
    expect(parseUnitOfMeasure("1/Day")).toBeUndefined();
  });

  it("keeps a tiered meter's tiers and charges each tier for its own units", () => {
    const egress = { skuName: "Standard", meterName: "Standard Data Transfer Out", armRegionName: "Zone 1", unitOfMeasure: "1 GB" };
    const b = book(item({ ...egress, retailPrice: 0, tierMinimumUnits: 0 }), item({ ...egress, retailPrice: 0.025, tierMinimumUnits: 5 }));
    const found = findPrice(b, METERS.egress(1))!;
    expect(found.tiers).toEqual([{ from: 0, price: 0 }, { from: 5, price: 0.025 }]);
    expect(costOf(found, 4)).toBe(0);
    expect(costOf(found, 1005)).toBeCloseTo(25);
    expect(quantityForCost(found, 25)).toBeCloseTo(1005);
  });

  it("writes circuit sizes as the meters do", () => {
    expect([50, 1000, 2000, 10000, 100000].map(bandwidthLabel)).toEqual(["50 Mbps", "1 Gbps", "2 Gbps", "10 Gbps", "100 Gbps"]);
  });
});

describe("compareFamilies", () => {
  const prices = book(
    item(),
    item({ skuName: "Standard Unlimited Data", meterName: "Standard Unlimited Data 1 Gbps Circuit", retailPrice: 450 }),
    item({ skuName: "Standard", meterName: "Standard Data Transfer Out", armRegionName: "Zone 1", unitOfMeasure: "1 GB", retailPrice: 0.025 }),
  );
  const input = { tier: "Standard" as const, mbps: 1000, circuits: 1, zone: 1 };

  it("unlimited once egress passes the break-even, metered below it (a tie keeps metered)", () => {
    expect(compareFamilies(prices, { ...input, egressGB: 4000 })).toMatchObject({ meteredMonthly: 500, unlimitedMonthly: 450, breakEvenGB: 2000, cheaper: "UnlimitedData" });
    expect(compareFamilies(prices, { ...input, egressGB: 1000 })?.cheaper).toBe("MeteredData");
    expect(compareFamilies(prices, { ...input, egressGB: 2000 })?.cheaper).toBe("MeteredData");
  });

  it("counts every circuit's fee and the group's egress once", () => {
    expect(compareFamilies(prices, { ...input, circuits: 2, egressGB: 4000 })).toMatchObject({ meteredMonthly: 900, unlimitedMonthly: 900, breakEvenGB: 4000 });
  });

  it("gives up when a meter is missing (zone 2 egress is not in the book)", () => {
    expect(compareFamilies(prices, { ...input, zone: 2, egressGB: 4000 })).toBeUndefined();
  });
});
