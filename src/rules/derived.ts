// Derived facts: values computed from the answers and the catalog tables that rules may test
// or set (`derived.<name>`). Each is a lookup over catalog data, never a design decision itself;
// the rules decide. A fact may read earlier decisions through ctx.decision().
import { canOrderMetro } from "../catalog/metro-orders.js";
import type { Answers } from "../answers/schema.js";
import type { Catalog } from "../catalog/catalog.js";
import type { GatewaySku, Metro, PeeringLocation } from "../catalog/schema.js";
import type { FieldKind } from "../answers/fields.js";

export interface FactContext {
  answers: Answers;
  catalog: Catalog;
  /** The value a decision slot got; throws when the slot is not decided yet (rule-order bug). */
  decision(path: string): unknown;
  /** Another derived fact (memoised). */
  fact(name: string): unknown;
}

export interface DerivedFact {
  kind: Exclude<FieldKind, "literal">;
  nullable?: boolean;
  description: string;
  /**
   * The latest decision slot the fact reads, directly or through other facts. Rules for that
   * slot or earlier ones cannot use it (checked at load; a test checks the declarations).
   */
  after?: string;
  /** Depends on the catalog alone: computed once per catalog, not once per design. */
  constant?: boolean;
  compute(ctx: FactContext): unknown;
}

const location = (ctx: FactContext): PeeringLocation | undefined =>
  ctx.answers.sites.peeringLocation === undefined ? undefined : ctx.catalog.locationByName.get(ctx.answers.sites.peeringLocation);

const regions = (ctx: FactContext) => ctx.answers.azure.regions.map((r) => ctx.catalog.regionByName.get(r)!).filter(Boolean);

const smallestAtLeast = (sizes: readonly number[], need: number): number | null => {
  const fit = [...sizes].sort((a, b) => a - b).find((s) => s >= need);
  return fit ?? null;
};

const num = (ctx: FactContext, name: string) => ctx.fact(name) as number;

const metroOf = (ctx: FactContext): Metro | undefined => {
  const name = location(ctx)?.metro;
  return name ? ctx.catalog.metroByName.get(name) : undefined;
};

/** A Metro circuit of the decided kind (and Direct port size) can be ordered there today. */
function metroOrderable(ctx: FactContext, metro: Metro): boolean {
  if (ctx.decision("connection.type") !== "direct") return canOrderMetro(metro, "provider");
  return canOrderMetro(metro, "direct", ctx.decision("connection.directPortGbps") as number | null);
}

/** "Amsterdam2" and "Amsterdam" are sites of one city; Azure numbers a city's extra sites. */
const cityOf = (location: string) => location.replace(/\d+$/, "");

/** The Direct port type decided for the design (undefined for a provider circuit). */
function chosenDirectPort(ctx: FactContext) {
  const gbps = ctx.decision("connection.directPortGbps") as number | null;
  return ctx.catalog.bandwidths.directPorts.ports.find((p) => p.gbps === gbps);
}

/** Circuit bandwidth as decided (all circuits share one size). */
const circuitMbps = (ctx: FactContext) => ctx.decision("circuits[].bandwidthMbps") as number;

function directPortFor(ctx: FactContext, need: number) {
  return ctx.catalog.bandwidths.directPorts.ports
    .slice()
    .sort((a, b) => a.gbps - b.gbps)
    .find((p) => p.circuitMbps.some((s) => s >= need));
}

function fitsGateway(sku: GatewaySku, ctx: FactContext, fastPath: boolean): boolean {
  const needMbps = num(ctx, "gatewayNeedMbps");
  return (
    (fastPath ? sku.fastPath : sku.mbps >= needMbps) &&
    sku.connections >= num(ctx, "gatewayConnectionsNeeded") &&
    sku.learnedRoutes >= ctx.answers.azure.onPremisesRoutes &&
    sku.vms >= (ctx.answers.azure.vmCount ?? 0)
  );
}

/** VMs an ErGwScale gateway of `units` scale units supports (the rate per unit drops past 10). */
function scaleUnitVms(ctx: FactContext, units: number): number {
  const steps = [...ctx.catalog.gateways.scalable.vmsPerScaleUnit].sort((a, b) => a.fromScaleUnits - b.fromScaleUnits);
  return steps.reduce((total, step, i) => {
    const next = steps[i + 1]?.fromScaleUnits ?? Infinity;
    return total + Math.max(0, Math.min(units, next - 1) - step.fromScaleUnits + 1) * step.vms;
  }, 0);
}

/** Fewest ErGwScale scale units that support `vms` VMs (Infinity when even the maximum does not). */
function scaleUnitsForVms(ctx: FactContext, vms: number): number {
  const g = ctx.catalog.gateways.scalable;
  for (let units = g.minScaleUnits; units <= g.maxScaleUnits; units++) if (scaleUnitVms(ctx, units) >= vms) return units;
  return Infinity;
}

/**
 * VMs to size ErGwScale for: the answer plus headroom, so the near-limit warning (more than
 * NEAR_LIMIT_PERCENT of the gateway's VMs) does not fire on the size just chosen. Falls back to
 * the bare count when the headroom needs more than the maximum scale units.
 */
const NEAR_LIMIT_PERCENT = 80;
function vmsWithHeadroom(ctx: FactContext): number {
  const vms = ctx.answers.azure.vmCount ?? 0;
  const padded = Math.ceil((vms * 100) / NEAR_LIMIT_PERCENT);
  return Number.isFinite(scaleUnitsForVms(ctx, padded)) ? padded : vms;
}

/** Percentage of a limit used, or null when the count is unknown or the limit is 0. */
const percentOf = (count: number | undefined, limit: number): number | null =>
  count === undefined || limit <= 0 ? null : (count / limit) * 100;

export const DERIVED_FACTS: Readonly<Record<string, DerivedFact>> = {
  // ── Bandwidth ────────────────────────────────────────────────────────────
  projectedMbps: {
    kind: "number",
    description: "Required Mbps grown by growthPercentPerYear over horizonYears, rounded up",
    compute: ({ answers: { bandwidth: b } }) =>
      Math.ceil(b.requiredMbps * Math.pow(1 + b.growthPercentPerYear / 100, b.horizonYears) - 1e-9),
  },
  growthApplied: {
    kind: "boolean",
    description: "Growth over the horizon raises the need above today's",
    compute: (ctx) => num(ctx, "projectedMbps") > ctx.answers.bandwidth.requiredMbps,
  },
  providerMaxMbps: {
    constant: true,
    kind: "number",
    description: "Largest circuit a connectivity provider offers",
    compute: (ctx) => Math.max(...ctx.catalog.bandwidths.providerCircuitMbps.sizes),
  },
  providerMinMbps: {
    constant: true,
    kind: "number",
    description: "Smallest circuit a connectivity provider offers",
    compute: (ctx) => Math.min(...ctx.catalog.bandwidths.providerCircuitMbps.sizes),
  },
  businessUnitProviderMinimumMbps: {
    kind: "number",
    description: "Bandwidth of one smallest provider circuit per business unit",
    compute: (ctx) => num(ctx, "providerMinMbps") * ctx.answers.compliance.businessUnits,
  },
  providerCircuitMbps: {
    kind: "number",
    nullable: true,
    description: "Smallest provider circuit size that carries the projected need (null above 10 Gbps)",
    compute: (ctx) => smallestAtLeast(ctx.catalog.bandwidths.providerCircuitMbps.sizes, num(ctx, "projectedMbps")),
  },
  directPortGbps: {
    kind: "number",
    nullable: true,
    description: "Smallest Direct port type that offers a circuit carrying the projected need",
    compute: (ctx) => directPortFor(ctx, num(ctx, "projectedMbps"))?.gbps ?? null,
  },
  directMaxMbps: {
    constant: true,
    kind: "number",
    description: "Largest circuit any Direct port type offers",
    compute: (ctx) => Math.max(...ctx.catalog.bandwidths.directPorts.ports.flatMap((p) => p.circuitMbps)),
  },
  directCircuitMbps: {
    after: "connection.directPortGbps",
    kind: "number",
    nullable: true,
    description: "Smallest circuit on the chosen Direct port that carries the projected need",
    compute: (ctx) => {
      const port = chosenDirectPort(ctx);
      return port ? smallestAtLeast(port.circuitMbps, num(ctx, "projectedMbps")) : null;
    },
  },
  day1CircuitMbps: {
    after: "connection.directPortGbps",
    kind: "number",
    nullable: true,
    description: "Smallest circuit of the chosen kind that carries today's need (before growth)",
    compute: (ctx) => {
      const need = ctx.answers.bandwidth.requiredMbps;
      if (ctx.decision("connection.type") === "direct") {
        const port = chosenDirectPort(ctx);
        return port ? smallestAtLeast(port.circuitMbps, need) : null;
      }
      return smallestAtLeast(ctx.catalog.bandwidths.providerCircuitMbps.sizes, need);
    },
  },
  directPortSubscribedMbps: {
    after: "connection.directPortGbps",
    kind: "number",
    nullable: true,
    description: "Total circuit bandwidth the chosen Direct port pair can be over-subscribed to",
    compute: (ctx) => {
      return chosenDirectPort(ctx)?.subscribedMbps ?? null;
    },
  },
  directPortSubscribedUnverified: {
    after: "connection.directPortGbps",
    kind: "boolean",
    description: "The chosen Direct port pair's subscribed bandwidth is an assumption Microsoft Learn does not publish",
    compute: (ctx) => chosenDirectPort(ctx)?.unverified?.includes("subscribedMbps") ?? false,
  },
  businessUnitMinimumMbps: {
    after: "circuits[].bandwidthMbps",
    kind: "number",
    description: "Bandwidth of one smallest circuit per business unit on the chosen Direct port",
    compute: (ctx) => {
      const port = chosenDirectPort(ctx);
      return port ? Math.min(...port.circuitMbps) * ctx.answers.compliance.businessUnits : 0;
    },
  },
  directPortMbps: {
    after: "connection.directPortGbps",
    kind: "number",
    description: "Line rate of one port of the chosen Direct port pair, in Mbps",
    compute: (ctx) => ((ctx.decision("connection.directPortGbps") as number | null) ?? 0) * 1000,
  },
  circuitCapacityGBPerMonth: {
    after: "circuits[].bandwidthMbps",
    kind: "number",
    description: "Data one direction of the circuit can carry in a month at full rate",
    compute: (ctx) => Math.round((circuitMbps(ctx) * ctx.catalog.bandwidths.billing.secondsPerMonth) / 8 / 1000),
  },
  egressKnown: {
    kind: "boolean",
    description: "The answers give the expected monthly egress",
    compute: (ctx) => ctx.answers.bandwidth.monthlyEgressGB !== undefined,
  },
  egressUtilisationPercent: {
    after: "circuits[].bandwidthMbps",
    kind: "number",
    nullable: true,
    description: "Monthly egress as a percentage of what the circuit could carry (null when unknown)",
    compute: (ctx) => {
      const egress = ctx.answers.bandwidth.monthlyEgressGB;
      if (egress === undefined) return null;
      // Unrounded, so thresholds compare the real share; messages format it to two decimals.
      return (egress / num(ctx, "circuitCapacityGBPerMonth")) * 100;
    },
  },

  // ── Geography ────────────────────────────────────────────────────────────
  regionCount: {
    kind: "number",
    description: "How many Azure regions the design reaches",
    compute: (ctx) => ctx.answers.azure.regions.length,
  },
  regionGeos: {
    kind: "string[]",
    description: "ExpressRoute geopolitical regions of the target Azure regions",
    compute: (ctx) => [...new Set(regions(ctx).map((r) => r.geo))].sort(),
  },
  geoCount: {
    kind: "number",
    description: "How many geopolitical regions the target Azure regions span",
    compute: (ctx) => (ctx.fact("regionGeos") as string[]).length,
  },
  locationKnown: {
    kind: "boolean",
    description: "The answers name a peering location",
    compute: (ctx) => location(ctx) !== undefined,
  },
  locationGeo: { kind: "string", nullable: true, description: "Geopolitical region of the peering location", compute: (ctx) => location(ctx)?.geo ?? null },
  locationDirect: { kind: "boolean", description: "The peering location offers ExpressRoute Direct", compute: (ctx) => location(ctx)?.direct ?? false },
  locationMetro: { kind: "string", nullable: true, description: "ExpressRoute Metro of the peering location", compute: (ctx) => location(ctx)?.metro ?? null },
  locationMetroPartnerDirect: {
    kind: "boolean",
    description: "The other site of the peering location's metro offers ExpressRoute Direct (true when there is none)",
    compute: (ctx) => {
      const partner = location(ctx)?.metroPartner;
      return partner ? (ctx.catalog.locationByName.get(partner)?.direct ?? false) : true;
    },
  },
  locationMetroOrderable: {
    after: "connection.directPortGbps",
    kind: "boolean",
    description: "A Metro circuit of the decided kind (provider, or Direct with the chosen port size) can be ordered at the peering location's Metro today",
    compute: (ctx) => {
      const metro = metroOf(ctx);
      return metro ? metroOrderable(ctx, metro) : false;
    },
  },
  locationMetroProviders: {
    kind: "string[]",
    description: "Providers that take orders at the peering location's Metro today",
    compute: (ctx) => metroOf(ctx)?.providers ?? [],
  },
  locationMetroFutureProviders: {
    kind: "string[]",
    description: "Providers the peering location's Metro lists as available in the future (orders fail until then)",
    compute: (ctx) => metroOf(ctx)?.futureProviders ?? [],
  },
  locationMetroDirect: {
    kind: "boolean",
    description: "The peering location's Metro offers ExpressRoute Direct",
    compute: (ctx) => metroOf(ctx)?.direct ?? false,
  },
  locationMetroDirectPortsGbps: {
    kind: "string[]",
    description: "Direct port sizes (Gbps) the peering location's Metro offers",
    compute: (ctx) => (metroOf(ctx)?.directPortsGbps ?? []).map(String),
  },
  locationGlobalReach: {
    kind: "boolean",
    description: "Global Reach is offered in the peering location's country",
    compute: (ctx) => location(ctx)?.globalReach ?? false,
  },
  locationPricingZone: { kind: "number", nullable: true, description: "Pricing zone of the peering location", compute: (ctx) => location(ctx)?.pricingZone ?? null },
  locationLocalRegions: { kind: "string[]", description: "Azure regions local to the peering location", compute: (ctx) => location(ctx)?.localRegions ?? [] },
  locationLocalMetroPageOnly: {
    kind: "boolean",
    description: "Only the Metro page names the peering location's local regions; the locations page marks Local there as not offered",
    compute: (ctx) => location(ctx)?.localRegionsMetroPageOnly ?? false,
  },
  regionsOutsideLocationGeo: {
    kind: "string[]",
    description: "Target regions outside the peering location's geopolitical region",
    compute: (ctx) => {
      const geo = location(ctx)?.geo;
      return geo ? regions(ctx).filter((r) => r.geo !== geo).map((r) => r.name) : [];
    },
  },
  crossGeo: {
    kind: "boolean",
    description: "Reaching the target regions crosses a geopolitical boundary",
    compute: (ctx) => num(ctx, "geoCount") > 1 || (ctx.fact("regionsOutsideLocationGeo") as string[]).length > 0,
  },
  allRegionsLocal: {
    kind: "boolean",
    description: "Every target region is local to the peering location (ExpressRoute Local possible)",
    compute: (ctx) => {
      const local = location(ctx)?.localRegions ?? [];
      return local.length > 0 && ctx.answers.azure.regions.every((r) => local.includes(r));
    },
  },
  candidateLocations: {
    kind: "string[]",
    description: "Peering locations local to a target region",
    compute: (ctx) =>
      ctx.catalog.locations.locations.filter((l) => l.localRegions.some((r) => ctx.answers.azure.regions.includes(r))).map((l) => l.name),
  },
  candidateMetros: {
    after: "connection.directPortGbps",
    kind: "string[]",
    description: "ExpressRoute Metros local to a target region where a Metro circuit of the decided kind can be ordered today",
    compute: (ctx) => {
      const names = new Set(ctx.fact("candidateLocations") as string[]);
      return orderableMetros(ctx, (l) => names.has(l.name));
    },
  },
  metrosInLocationGeo: {
    after: "connection.directPortGbps",
    kind: "string[]",
    description: "ExpressRoute Metros in the peering location's geopolitical region where a Metro circuit of the decided kind can be ordered today",
    compute: (ctx) => {
      const geo = location(ctx)?.geo;
      return orderableMetros(ctx, (l) => l.geo === geo);
    },
  },
  secondPeeringLocation: {
    after: "connection.type",
    kind: "string",
    nullable: true,
    description: "A second, distinct peering location for maximum resiliency",
    compute: (ctx) => {
      const first = location(ctx);
      if (!first) return null;
      const all = ctx.catalog.locations.locations;
      const usable = (l: PeeringLocation) =>
        l.name !== first.name && l.geo === first.geo && (ctx.decision("connection.type") !== "direct" || l.direct);
      // Prefer the other site of the same metro, then another site of the same city local to the
      // same regions (Sao Paulo2 before Campinas), then any site local to the same regions: all keep
      // latency to the target regions similar (design-architecture-for-resiliency).
      const partner = all.find((l) => l.name === first.metroPartner && usable(l));
      if (partner) return partner.name;
      const sameCity = all.find(
        (l) => usable(l) && cityOf(l.name) === cityOf(first.name) && l.localRegions.some((r) => first.localRegions.includes(r)),
      );
      if (sameCity) return sameCity.name;
      const sameLocal = all.find((l) => usable(l) && l.localRegions.some((r) => first.localRegions.includes(r)));
      if (sameLocal) return sameLocal.name;
      const regionLocal = all.find((l) => usable(l) && l.localRegions.some((r) => ctx.answers.azure.regions.includes(r)));
      if (regionLocal) return regionLocal.name;
      // Last resort: another location in the same geopolitical region, preferably in another city
      // (latency may differ); a distinct site in the same city (Canberra2 for Canberra) still
      // counts as a second peering location.
      return (all.find((l) => usable(l) && cityOf(l.name) !== cityOf(first.name)) ?? all.find(usable))?.name ?? null;
    },
  },
  secondLocationCandidates: {
    kind: "string[]",
    description: "Peering locations local to a target region and the other sites of their cities, other than the preferred one",
    compute: (ctx) => {
      // A city's other sites (Canberra2 beside Canberra) are candidates too: maximum resiliency
      // needs a pair, and a same-city site may serve a different local region.
      const local = ctx.fact("candidateLocations") as string[];
      const cities = new Set(local.map(cityOf));
      return ctx.catalog.locations.locations
        .map((l) => l.name)
        .filter((n) => (local.includes(n) || cities.has(cityOf(n))) && n !== ctx.answers.sites.peeringLocation);
    },
  },
  secondLocationSameMetro: {
    after: "circuits[1].peeringLocation",
    kind: "boolean",
    description: "The two circuits' peering locations are sites of the same metro or city",
    compute: (ctx) => {
      const a = ctx.catalog.locationByName.get(ctx.decision("circuits[0].peeringLocation") as string);
      const b = ctx.catalog.locationByName.get(ctx.decision("circuits[1].peeringLocation") as string);
      return Boolean(a && b && (a.metroPartner === b.name || cityOf(a.name) === cityOf(b.name)));
    },
  },
  allRegionsHaveZones: { kind: "boolean", description: "Every target region has availability zones", compute: (ctx) => regions(ctx).every((r) => r.availabilityZones) },
  anyRegionHasZones: { kind: "boolean", description: "Some target region has availability zones", compute: (ctx) => regions(ctx).some((r) => r.availabilityZones) },
  regionsWithZones: {
    kind: "string[]",
    description: "Target regions with availability zones",
    compute: (ctx) => regions(ctx).filter((r) => r.availabilityZones).map((r) => r.name),
  },
  regionsWithoutZones: {
    kind: "string[]",
    description: "Target regions without availability zones",
    compute: (ctx) => regions(ctx).filter((r) => !r.availabilityZones).map((r) => r.name),
  },
  regionsRestricted: {
    kind: "string[]",
    description: "Target regions with restricted access (granted on request)",
    compute: (ctx) => regions(ctx).filter((r) => r.restricted).map((r) => r.name),
  },
  regionsComingSoon: {
    kind: "string[]",
    description: "Target regions announced but not open yet",
    compute: (ctx) => regions(ctx).filter((r) => r.comingSoon).map((r) => r.name),
  },
  ergwScaleInAllRegions: { kind: "boolean", description: "ErGwScale is offered in every target region", compute: (ctx) => regions(ctx).every((r) => r.ergwScale) },
  regionsWithoutErgwScale: {
    kind: "string[]",
    description: "Target regions where ErGwScale is not offered",
    compute: (ctx) => regions(ctx).filter((r) => !r.ergwScale).map((r) => r.name),
  },

  // ── Limits ───────────────────────────────────────────────────────────────
  vnetLinksNeeded: {
    after: "globalReach.enabled",
    kind: "number",
    description: "VNet links per circuit, counting one slot for a Global Reach connection",
    compute: (ctx) => ctx.answers.azure.vnetCount + (ctx.decision("globalReach.enabled") ? 1 : 0),
  },
  standardVnetLinkLimit: {
    after: "circuits[].bandwidthMbps",
    kind: "number",
    description: "VNet links a Local or Standard circuit of the chosen size allows",
    compute: (ctx) => vnetLinkRow(ctx).standard,
  },
  premiumVnetLinkLimit: {
    after: "circuits[].bandwidthMbps",
    kind: "number",
    description: "VNet links a Premium circuit of the chosen size allows",
    compute: (ctx) => vnetLinkRow(ctx).premium,
  },
  vnetLinkLimitUnverified: {
    after: "circuits[].bandwidthMbps",
    kind: "boolean",
    description: "The VNet-link limits for the chosen circuit size are assumptions Microsoft Learn does not publish",
    compute: (ctx) => (vnetLinkRow(ctx).unverified ?? []).length > 0,
  },
  standardRouteLimit: {
    constant: true,
    kind: "number",
    description: "IPv4 prefixes a Local or Standard circuit accepts over private peering",
    compute: (ctx) => ctx.catalog.bandwidths.tiers.privatePeeringIpv4Routes.Standard,
  },
  premiumRouteLimit: {
    constant: true,
    kind: "number",
    description: "IPv4 prefixes a Premium circuit accepts over private peering",
    compute: (ctx) => ctx.catalog.bandwidths.tiers.privatePeeringIpv4Routes.Premium,
  },

  // ── Gateway ──────────────────────────────────────────────────────────────
  gatewayNeedMbps: {
    kind: "number",
    description: "Throughput the gateway must carry: the projected need",
    compute: (ctx) => num(ctx, "projectedMbps"),
  },
  gatewayConnectionsNeeded: {
    after: "circuits.length",
    kind: "number",
    description: "Circuit connections each gateway needs",
    compute: (ctx) => ctx.decision("circuits.length") as number,
  },
  maxFixedGatewayMbps: {
    constant: true,
    kind: "number",
    description: "Throughput of the largest fixed-size gateway SKU",
    compute: (ctx) => Math.max(...ctx.catalog.gateways.skus.map((s) => s.mbps)),
  },
  maxScalableGatewayMbps: {
    constant: true,
    kind: "number",
    description: "Throughput of ErGwScale at its maximum scale units",
    compute: ({ catalog: { gateways: g } }) => g.scalable.maxScaleUnits * g.scalable.mbpsPerScaleUnit,
  },
  azGatewaySku: {
    after: "gateway.fastPath",
    kind: "string",
    nullable: true,
    description: "Smallest fixed AZ gateway SKU whose throughput (or FastPath support), connections and learned routes fit",
    compute: (ctx) => {
      const fastPath = ctx.decision("gateway.fastPath") as boolean;
      return ctx.catalog.gateways.skus.find((s) => s.zoneCapable && fitsGateway(s, ctx, fastPath))?.name ?? null;
    },
  },
  ergwScaleUnits: {
    after: "gateway.fastPath",
    kind: "number",
    nullable: true,
    description: "ErGwScale scale units that carry the need (with FastPath: at least its minimum, at most the maximum); null above the maximum without FastPath",
    compute: (ctx) => {
      const g = ctx.catalog.gateways.scalable;
      let units = Math.max(g.minScaleUnits, Math.ceil(num(ctx, "gatewayNeedMbps") / g.mbpsPerScaleUnit));
      const connections = num(ctx, "gatewayConnectionsNeeded");
      const step = g.connectionSteps.find((s) => s.connections >= connections);
      if (step) units = Math.max(units, step.fromScaleUnits);
      units = Math.max(units, scaleUnitsForVms(ctx, vmsWithHeadroom(ctx)));
      if (ctx.decision("gateway.fastPath")) {
        // FastPath carries VM traffic past the gateway, so beyond the maximum the largest
        // ErGwScale still serves what FastPath does not carry (private endpoints, ILBs, spokes).
        return Math.min(Math.max(units, g.fastPathFromScaleUnits), g.maxScaleUnits);
      }
      return units <= g.maxScaleUnits ? units : null;
    },
  },
  ergwScaleUnitsForVms: {
    kind: "boolean",
    description: "The VMs behind the gateway (with headroom), rather than throughput, connections or FastPath, set the ErGwScale scale units",
    compute: (ctx) => {
      const g = ctx.catalog.gateways.scalable;
      const vmUnits = scaleUnitsForVms(ctx, vmsWithHeadroom(ctx));
      const throughputUnits = Math.max(g.minScaleUnits, Math.ceil(num(ctx, "gatewayNeedMbps") / g.mbpsPerScaleUnit));
      return ctx.answers.azure.vmCount !== undefined && Number.isFinite(vmUnits) && vmUnits > throughputUnits;
    },
  },
  gatewayCapacityMbps: {
    after: "gateway.scaleUnits",
    kind: "number",
    description: "Throughput of the chosen gateway",
    compute: (ctx) => {
      const sku = ctx.decision("gateway.sku");
      if (sku === "ErGwScale") return (ctx.decision("gateway.scaleUnits") as number) * ctx.catalog.gateways.scalable.mbpsPerScaleUnit;
      return ctx.catalog.gateways.skus.find((s) => s.name === sku)?.mbps ?? 0;
    },
  },
  maxFixedGatewayVms: {
    constant: true,
    kind: "number",
    description: "VMs the largest fixed-size gateway SKU supports",
    compute: (ctx) => Math.max(...ctx.catalog.gateways.skus.map((s) => s.vms)),
  },
  vmCountKnown: {
    kind: "boolean",
    description: "The answers give the VMs (private endpoints, PaaS instances) behind the gateway",
    compute: (ctx) => ctx.answers.azure.vmCount !== undefined,
  },
  gatewayVmLimit: {
    after: "gateway.scaleUnits",
    kind: "number",
    description: "VMs (private endpoints, NVAs, VNet-injected PaaS count) the chosen gateway supports",
    compute: (ctx) => {
      const sku = ctx.decision("gateway.sku");
      if (sku === "ErGwScale") return scaleUnitVms(ctx, ctx.decision("gateway.scaleUnits") as number);
      return ctx.catalog.gateways.skus.find((s) => s.name === sku)?.vms ?? 0;
    },
  },
  gatewayVmPercent: {
    after: "gateway.scaleUnits",
    kind: "number",
    nullable: true,
    description: "VMs behind the gateway as a percentage of what it supports (null when unknown)",
    compute: (ctx) => {
      const vms = ctx.answers.azure.vmCount;
      return vms === undefined ? null : (vms / num(ctx, "gatewayVmLimit")) * 100;
    },
  },
  advertisedRouteLimit: {
    constant: true,
    kind: "number",
    description: "Routes a gateway advertises to on-premises at most",
    compute: (ctx) => ctx.catalog.gateways.routes.advertisedToOnPremises,
  },
  totalRouteLimit: {
    constant: true,
    kind: "number",
    description: "Routes ExpressRoute handles across VNet address spaces, on-premises and peered VNets",
    compute: (ctx) => ctx.catalog.gateways.routes.total,
  },
  totalRoutes: {
    kind: "number",
    nullable: true,
    description: "On-premises prefixes plus VNet prefixes behind the gateway (null when the VNet prefixes are unknown)",
    compute: (ctx) => {
      const vnet = ctx.answers.azure.vnetPrefixes;
      return vnet === undefined ? null : ctx.answers.azure.onPremisesRoutes + vnet;
    },
  },
  gatewayLearnedRouteLimit: {
    after: "gateway.sku",
    kind: "number",
    description: "Routes the chosen gateway can learn",
    compute: (ctx) => {
      const sku = ctx.decision("gateway.sku");
      if (sku === "ErGwScale") return ctx.catalog.gateways.scalable.learnedRoutes;
      return ctx.catalog.gateways.skus.find((s) => s.name === sku)?.learnedRoutes ?? 0;
    },
  },
  gatewayLearnedRoutePercent: {
    after: "gateway.sku",
    kind: "number",
    nullable: true,
    description: "On-premises routes as a percentage of what the chosen gateway learns",
    compute: (ctx) => percentOf(ctx.answers.azure.onPremisesRoutes, num(ctx, "gatewayLearnedRouteLimit")),
  },
  advertisedRoutePercent: {
    kind: "number",
    nullable: true,
    description: "VNet prefixes as a percentage of the routes a gateway advertises to on-premises (null when unknown)",
    compute: (ctx) => percentOf(ctx.answers.azure.vnetPrefixes, num(ctx, "advertisedRouteLimit")),
  },
  premiumRoutePercent: {
    kind: "number",
    description: "On-premises routes as a percentage of what a Premium circuit accepts over private peering",
    compute: (ctx) => percentOf(ctx.answers.azure.onPremisesRoutes, num(ctx, "premiumRouteLimit")) ?? 0,
  },
  vpnGatewayNeeded: {
    after: "vpnFailover.enabled",
    kind: "boolean",
    description: "A VPN gateway coexists with the ExpressRoute gateway (VPN failover or IPsec over private peering)",
    compute: (ctx) => (ctx.decision("vpnFailover.enabled") as boolean) || (ctx.decision("encryption.ipsec") as boolean),
  },
  recommendedSubnetPrefixLength: {
    constant: true,
    kind: "number",
    description: "GatewaySubnet prefix length Microsoft recommends for most designs",
    compute: (ctx) => ctx.catalog.gateways.gatewaySubnet.recommendedPrefixLength,
  },
};

/** Metros of the locations that pass `keep`, in catalog order, that can be ordered today. */
function orderableMetros(ctx: FactContext, keep: (l: PeeringLocation) => boolean): string[] {
  const names = new Set(ctx.catalog.locations.locations.filter((l) => l.metro && keep(l)).map((l) => l.metro!));
  return [...names].filter((n) => metroOrderable(ctx, ctx.catalog.metroByName.get(n)!));
}

function vnetLinkRow(ctx: FactContext) {
  const mbps = circuitMbps(ctx);
  const rows = ctx.catalog.bandwidths.tiers.vnetLinks;
  return rows.find((r) => r.circuitMbps >= mbps) ?? rows.at(-1)!;
}
