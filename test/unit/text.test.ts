import { describe, expect, it } from "vitest";
import { findClosest, suggestNames } from "../../src/text/closest.js";
import { fillTemplate, formatNumber } from "../../src/text/format.js";

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
  it("fills placeholders from a lookup and renders lists and nulls", () => {
    const facts: Record<string, unknown> = { "a.b": 10000, "c[].d": ["x", "y"], e: null };
    expect(fillTemplate("{a.b} Mbps to {c[].d}; {e}", (p) => facts[p])).toBe("10,000 Mbps to x, y; none");
  });
});
