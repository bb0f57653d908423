// The bill of materials from a design: one item per thing to order or prepare, in a fixed order,
// each with its source and Learn page; meters named without prices, priced with them.
import { describe, expect, it } from "vitest";
import { adviseDesign } from "../../src/advise.js";
import { buildBillOfMaterials, itemMonthly, type BillOfMaterials } from "../../src/bom/build-bom.js";
import type { AnswersInput } from "../../src/answers/schema.js";
import { getBundle, makeAnswersV2 } from "../helpers/bundle.js";
import { loadPricesFixture } from "../helpers/prices.js";

async function bomOf(answers: AnswersInput, priced = false): Promise<BillOfMaterials> {
  const { catalog, ruleSet } = await getBundle();
  const prices = priced ? loadPricesFixture() : undefined;
  const advice = adviseDesign(answers, catalog, ruleSet, prices ? { prices } : {});
  if (!advice.ok) throw new Error(JSON.stringify(advice.issues));
  return buildBillOfMaterials({ design: advice.design, answers: advice.answers, catalog, prices });
}
const ids = (bom: BillOfMaterials, kind: string) => bom.items.filter((i) => i.kind === kind).map((i) => i.id);
const field = (bom: BillOfMaterials, kind: string, id: string, key: string) => bom.items.find((i) => i.kind === kind && i.id === id)?.fields.find(([k]) => k === key)?.[1];

describe("buildBillOfMaterials", () => {
  it("lists circuits, egress, gateways, subnets, ASNs and checks in that order, each with a Learn page", async () => {
    const bom = await bomOf(makeAnswersV2({ sites: [{ name: "dc", requiredMbps: 1000, peeringLocation: "London", monthlyEgressGB: 1000 }] }));
    const kinds = [...new Set(bom.items.map((i) => i.kind))];
    expect(kinds).toEqual(["circuit", "egress", "gateway", "peering-subnet", "asn", "check"]);
    expect(bom.items.every((i) => i.docs.startsWith("https://learn.microsoft.com/"))).toBe(true);
    expect(bom.estimate).toBeNull();
    expect(bom.items.flatMap((i) => i.meters).every((m) => m.priced === undefined && m.description.startsWith('serviceName "'))).toBe(true);
  });

  it("asks for two /30 per circuit, and two /126 as well when dual-stack", async () => {
    const single = await bomOf(makeAnswersV2());
    expect(ids(single, "peering-subnet").every((id) => id.endsWith("/IPv4"))).toBe(true);
    const dual = await bomOf(makeAnswersV2({ azure: { dualStack: true } }));
    const v6 = dual.items.find((i) => i.kind === "peering-subnet" && i.id.endsWith("/IPv6"))!;
    expect(Object.fromEntries(v6.fields)).toMatchObject({ subnets: 2, prefixLength: 126, peering: "AzurePrivatePeering" });
  });

  it("names Microsoft's ASN 12076 and the reserved 65515-65520", async () => {
    const bom = await bomOf(makeAnswersV2());
    expect(field(bom, "asn", "microsoft", "asn")).toBe("12076");
    expect(field(bom, "asn", "reserved", "asn")).toBe("65515-65520");
  });

  it("a Direct port pair: LOA, two cross-connects, the encapsulation to choose, MACsec keys when encrypted", async () => {
    const bom = await bomOf(
      makeAnswersV2({
        sites: [{ name: "bank", requiredMbps: 5000, peeringLocation: "London", ownEdgeAtPeeringLocation: true }],
        regions: [{ name: "uksouth" }],
        compliance: { encryption: "macsec", regulatedIndustry: "banking" },
      }),
    );
    const port = bom.items.find((i) => i.kind === "port-pair");
    expect(port, JSON.stringify(bom.items.map((i) => i.kind))).toBeDefined();
    expect(Object.fromEntries(port!.fields)).toMatchObject({ loa: true, crossConnects: 2, encapsulation: "Dot1Q|QinQ", macsec: true });
    expect(port!.prepare.join(" ")).toMatch(/LOA.*cross-connects.*CAK and a CKN/s);
  });

  it("prices every meter from the book, totals the known amounts and dates them", async () => {
    const bom = await bomOf(makeAnswersV2({ sites: [{ name: "dc", requiredMbps: 1000, peeringLocation: "Paris", monthlyEgressGB: 1000 }], regions: [{ name: "francecentral" }] }), true);
    expect(bom.estimate).toMatchObject({ currency: "EUR", unpriced: 0, effectiveFrom: "2026-10-01", effectiveTo: "2026-10-01" });
    const sum = bom.items.reduce((a, i) => a + (itemMonthly(i)?.amount ?? 0), 0);
    expect(bom.estimate!.total).toBeCloseTo(sum);
    const egress = bom.items.find((i) => i.kind === "egress")!;
    // 1,000 GB at zone 1: the first 5 GB at 0, the rest at 0.025.
    expect(itemMonthly(egress)).toEqual({ amount: expect.closeTo(24.875, 6), complete: true });
  });

  it("leaves out of the total what it cannot price, and says so", async () => {
    const bom = await bomOf(makeAnswersV2({ regions: [{ name: "southeastasia" }] }), true);
    const gateway = bom.items.find((i) => i.kind === "gateway")!;
    expect(gateway.meters[0]!.priced).toEqual({ match: null, monthly: null });
    expect(itemMonthly(gateway)).toEqual({ amount: 0, complete: false });
    expect(bom.estimate!.unpriced).toBeGreaterThanOrEqual(1);
  });
});

describe("the priced metered/unlimited decision", () => {
  it("turns to unlimited when the prices say so, citing them; the heuristic keeps metered without prices", async () => {
    const answers = makeAnswersV2({ sites: [{ name: "dc", requiredMbps: 1000, peeringLocation: "Paris", monthlyEgressGB: 4000 }], regions: [{ name: "francecentral" }] });
    const { catalog, ruleSet } = await getBundle();
    const plain = adviseDesign(answers, catalog, ruleSet);
    const priced = adviseDesign(answers, catalog, ruleSet, { prices: loadPricesFixture() });
    expect(plain.ok && plain.design.circuits[0]!.sku.family).toBe("MeteredData");
    const decision = priced.ok ? priced.design.decisions.find((d) => d.path.endsWith(".sku.family")) : undefined;
    expect(decision).toMatchObject({ value: "UnlimitedData", rule: "ER-BILL-010" });
    expect(decision!.rationale).toMatch(/EUR, effective 2026-10-01.*450 a month as unlimited.*499\.88 as metered.*2,005 GB/);
  });
});
