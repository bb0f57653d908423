// Facts from a price book (`plan --prices FILE`, the Azure Retail Prices API's JSON): what a site
// group's circuits would cost a month as metered and as unlimited data, and the break-even egress.
// Null without prices, and wherever the comparison does not apply or a meter is not in the file,
// so the priced rules (rules/billing-prices.yaml) stand aside and the egress heuristic decides.
import { compareFamilies, type FamilyComparison } from "../../prices/break-even.js";
import type { Tier } from "../../prices/meters.js";
import type { DerivedFact, FactContext } from "../fact-types.js";
import { groupOf } from "./fact-helpers.js";

const group = (fact: Omit<DerivedFact, "scope">): DerivedFact => ({ ...fact, scope: "group" });

/** Prices were given and the comparison applies to the group (egress known, a provider circuit, not Local). */
function comparable(ctx: FactContext): boolean {
  // A Direct circuit's fee is its port pair's (Standard circuits are included), and Local is sold
  // with unlimited data only (https://learn.microsoft.com/azure/expressroute/expressroute-faqs):
  // neither is a circuit-fee comparison.
  return (
    ctx.prices !== undefined &&
    groupOf(ctx).monthlyEgressGB !== null &&
    ctx.fact("primaryPricingZone") !== null &&
    ctx.decision("circuits[].sku.tier") !== "Local" &&
    ctx.decision("connection.type") === "provider"
  );
}

/** The comparison for the group, or null where prices cannot decide. */
function comparisonOf(ctx: FactContext): FamilyComparison | null {
  if (!comparable(ctx)) return null;
  const circuits = (ctx.decision("siteGroup.locations") as number) * (ctx.decision("siteGroup.parallel") as number);
  return (
    compareFamilies(ctx.prices!, {
      tier: ctx.decision("circuits[].sku.tier") as Tier,
      mbps: ctx.decision("circuits[].bandwidthMbps") as number,
      circuits,
      zone: ctx.fact("primaryPricingZone") as number,
      egressGB: groupOf(ctx).monthlyEgressGB!,
    }) ?? null
  );
}

const money = (n: number) => Math.round(n * 100) / 100;

export const PRICE_FACTS: Readonly<Record<string, DerivedFact>> = {
  priceCurrency: {
    kind: "string",
    nullable: true,
    description: "Currency of the price book given with --prices (null without one)",
    compute: (ctx) => ctx.prices?.currency ?? null,
  },
  pricedComparison: group({
    after: "circuits[].sku.tier",
    kind: "string[]",
    nullable: true,
    description:
      "The group's circuits priced from --prices (record: meteredMonthly, unlimitedMonthly, breakEvenGB, cheaper, effective); null without prices, unknown egress, Local, Direct, or a meter missing from the file",
    compute: comparisonOf,
  }),
  pricedMetersMissing: group({
    after: "circuits[].sku.tier",
    kind: "boolean",
    description: "Prices were given and apply to the group, but the file lacks a meter the metered/unlimited comparison needs",
    compute: (ctx) => comparable(ctx) && ctx.fact("pricedComparison") === null,
  }),
  pricedFamily: group({
    after: "circuits[].sku.tier",
    kind: "string",
    nullable: true,
    description: "The billing family that costs less a month at the group's expected egress, from --prices (null where prices cannot decide)",
    compute: (ctx) => (ctx.fact("pricedComparison") as FamilyComparison | null)?.cheaper ?? null,
  }),
  pricedMeteredMonthly: group({
    after: "circuits[].sku.tier",
    kind: "number",
    nullable: true,
    description: "Monthly cost of the group's circuits as metered data, fees plus expected egress, from --prices",
    compute: (ctx) => {
      const c = ctx.fact("pricedComparison") as FamilyComparison | null;
      return c ? money(c.meteredMonthly) : null;
    },
  }),
  pricedUnlimitedMonthly: group({
    after: "circuits[].sku.tier",
    kind: "number",
    nullable: true,
    description: "Monthly cost of the group's circuits as unlimited data, from --prices",
    compute: (ctx) => {
      const c = ctx.fact("pricedComparison") as FamilyComparison | null;
      return c ? money(c.unlimitedMonthly) : null;
    },
  }),
  pricedBreakEvenGB: group({
    after: "circuits[].sku.tier",
    kind: "number",
    nullable: true,
    description: "Monthly egress in GB at which unlimited data costs the same as metered for the group, from --prices (null where it never does)",
    compute: (ctx) => {
      const c = ctx.fact("pricedComparison") as FamilyComparison | null;
      return c && Number.isFinite(c.breakEvenGB) ? Math.round(c.breakEvenGB) : null;
    },
  }),
  pricesEffective: group({
    after: "circuits[].sku.tier",
    kind: "string",
    nullable: true,
    description: "Latest effectiveStartDate (the date part) of the prices the group's comparison used",
    compute: (ctx) => (ctx.fact("pricedComparison") as FamilyComparison | null)?.effective.slice(0, 10) ?? null,
  }),
};
