import { describe, expect, it } from "vitest";
import { findClosest, suggestNames } from "../../src/text/closest.js";
import { formatNumber, formatValue, splitTemplate } from "../../src/text/format.js";

describe("closest names", () => {
  it("prefers exact matches ignoring case, spaces and hyphens", () => {
    expect(findClosest("west-europe", ["westeurope", "northeurope"])).toEqual(["westeurope"]);
    expect(findClosest("washington dc", ["Washington DC", "Washington DC2"])).toEqual(["Washington DC"]);
  });
  it("finds small typos and says nothing for unrelated names", () => {
    expect(suggestNames("onPremiseRoutes", ["regions", "onPremisesRoutes"])).toBe('did you mean "onPremisesRoutes"?');
    expect(suggestNames("zzzzzz", ["regions", "vnetCount"])).toBe("");
  });
});

describe("formatting", () => {
  it("groups thousands without depending on the locale", () => {
    expect(formatNumber(1234567)).toBe("1,234,567");
    expect(formatNumber(0.25)).toBe("0.25");
    expect(formatNumber(-4000)).toBe("-4,000");
  });
  it("splits templates into text and placeholders, and renders lists and nulls", () => {
    expect(splitTemplate("{a.b} Mbps to {c[].d}; {e}")).toEqual(["", "a.b", " Mbps to ", "c[].d", "; ", "e", ""]);
    expect([10000, ["x", "y"], null].map(formatValue)).toEqual(["10,000", "x, y", "none"]);
  });
});
