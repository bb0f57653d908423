// The bill of materials: everything to order or prepare for a design, one item per thing, each with
// where it comes from (its design path and the Learn page), what to ask for, and the meters that
// price it. With a price book (plan --prices) each meter gets a monthly amount and the items a
// total; without one the meters are only named, and nothing is estimated. Pure: design, answers,
// catalog and prices in; no file, no clock.
import type { Answers } from "../answers/schema.js";
import type { Catalog } from "../catalog/catalog.js";
import type { Design, DesignCircuit, DesignGateway, DesignPort } from "../design/build.js";
import { costOf, describeQuery, findPrice, type MeterQuery, type PriceMatch } from "../prices/find-price.js";
import { METERS, type Family, type Tier } from "../prices/meters.js";
import type { PriceBook } from "../prices/price-book.js";
import { BOM_DOCS as DOCS, BOM_MESSAGES as M } from "./messages.js";

export type BomKind = "circuit" | "egress" | "port-pair" | "gateway" | "vpn-gateway" | "global-reach" | "peering-subnet" | "asn" | "check";
export type BomValue = string | number | boolean | null;

export interface BomMeter {
  query: MeterQuery;
  /** The query in words, for "meters to price". */
  description: string;
  /** Units a month (hours, months, GB); null when the answers do not say (egress, Global Reach traffic). */
  quantity: number | null;
  /** With prices: the meter found (null: not in the file) and its monthly amount (null: quantity unknown). */
  priced?: { match: PriceMatch | null; monthly: number | null };
}

export interface BomItem {
  kind: BomKind;
  id: string;
  /** The item's facts in machine form, in a fixed order. */
  fields: readonly (readonly [string, BomValue])[];
  /** What to ask for or prepare. */
  prepare: string[];
  /** The design path the item comes from. */
  source: string;
  docs: string;
  meters: BomMeter[];
  /** A note on what is not priced and why. */
  note?: string;
}

export interface BomEstimate {
  currency: string;
  /** Sum of every monthly amount known. */
  total: number;
  /** Meters without a price in the file, or without a quantity: the total leaves them out. */
  unpriced: number;
  /** The earliest and latest effectiveStartDate (date part) of the prices used. */
  effectiveFrom: string | null;
  effectiveTo: string | null;
}

export interface BillOfMaterials {
  name: string | null;
  items: BomItem[];
  /** Hours in a month, as the estimate counts them. */
  hoursPerMonth: number;
  estimate: BomEstimate | null;
}

export interface BomInput {
  design: Design;
  answers: Answers;
  catalog: Catalog;
  prices?: PriceBook;
}

const meter = (query: MeterQuery, quantity: number | null): BomMeter => ({ query, description: describeQuery(query), quantity });
const zoneOf = (catalog: Catalog, location: string | null) => (location === null ? null : (catalog.locationByName.get(location)?.pricingZone ?? null));

function circuitItem(c: DesignCircuit): BomItem {
  const provider = c.connection.type === "provider";
  const tier = c.sku.tier as Tier;
  const meters = provider ? [meter(METERS.circuit(tier, c.sku.family as Family, c.bandwidthMbps), 1)] : tier === "Premium" ? [meter(METERS.directPremium(c.bandwidthMbps), 1)] : [];
  return {
    kind: "circuit",
    id: c.id,
    fields: [
      ["role", c.role],
      ["group", c.group],
      ["sites", c.sites.join(",")],
      ["connection", c.connection.type],
      ["model", c.connection.model],
      ["peeringLocation", c.peeringLocation],
      ["metro", c.metro],
      ["bandwidthMbps", c.bandwidthMbps],
      ["tier", c.sku.tier],
      ["family", c.sku.family],
      ["port", c.port],
      ["regions", c.regions.join(",")],
    ],
    prepare: provider
      ? [c.peeringLocation === null ? M.unchosenLocation : M.chooseProvider(c.metro ?? c.peeringLocation, c.connection.model), M.serviceKey]
      : [M.onPort(c.port ?? "?")],
    source: `circuits[${c.id}]`,
    docs: provider ? DOCS.circuit : DOCS.directAbout,
    meters,
    ...(!provider && tier !== "Premium" ? { note: M.directIncluded } : {}),
  };
}

/** Egress of a site group's metered circuits: one item per group, priced at the first location's zone. */
function egressItems(design: Design, answers: Answers, catalog: Catalog): BomItem[] {
  const egressOf = new Map(answers.sites.map((s) => [s.name, s.monthlyEgressGB]));
  return design.siteGroups.flatMap((g): BomItem[] => {
    const first = design.circuits.find((c) => c.group === g.id);
    if (!first || first.sku.family !== "MeteredData") return [];
    const given = g.sites.map((s) => egressOf.get(s)).filter((v): v is number => v !== undefined);
    const gb = given.length === 0 ? null : given.reduce((a, b) => a + b, 0);
    const zone = zoneOf(catalog, first.peeringLocation);
    return [
      {
        kind: "egress",
        id: g.id,
        fields: [
          ["circuits", g.circuits.join(",")],
          ["peeringLocation", first.peeringLocation],
          ["pricingZone", zone],
          ["monthlyEgressGB", gb],
          ["family", first.sku.family],
        ],
        prepare: [],
        source: `siteGroups[${g.id}]`,
        docs: DOCS.cost,
        meters: zone === null ? [] : [meter(METERS.egress(zone), gb)],
        ...(gb === null ? { note: M.egressUnknown } : {}),
      },
    ];
  });
}

function portItem(p: DesignPort, design: Design): BomItem {
  const family = (design.circuits.find((c) => c.id === p.circuits[0])?.sku.family ?? "MeteredData") as Family;
  const location = p.peeringLocation ?? "?";
  return {
    kind: "port-pair",
    id: p.id,
    fields: [
      ["peeringLocation", p.peeringLocation],
      ["sizeGbps", p.sizeGbps],
      ["links", 2],
      ["encapsulation", "Dot1Q|QinQ"],
      ["circuits", p.circuits.join(",")],
      ["macsec", p.macsec],
      ["loa", true],
      ["crossConnects", 2],
    ],
    prepare: [M.encapsulation, M.loa, M.crossConnects(location), ...(p.macsec ? [M.macsecKeys] : [])],
    source: `ports[${p.id}]`,
    docs: p.macsec ? DOCS.macsec : DOCS.direct,
    meters: [meter(METERS.portPair(p.sizeGbps, family), 1)],
  };
}

function gatewayItem(g: DesignGateway, hours: number): BomItem {
  const hub = g.sku === "ExpressRouteGateway";
  const units = g.scaleUnits ?? 1;
  const zoning = g.zoning === "zonal" ? M.zonal(g.zone ?? 0) : g.zoning === "none" ? M.regional : M.zoneRedundant;
  const query = hub ? METERS.virtualWanScaleUnit(g.region) : METERS.gateway(g.sku, g.region);
  return {
    kind: "gateway",
    id: g.region,
    fields: [
      ["sku", g.sku],
      ["scaleUnits", g.scaleUnits],
      ["zoning", g.zoning],
      ["zone", g.zone],
      ["fastPath", g.fastPath],
      ["gatewaySubnet", g.subnetPrefixLength === null ? null : `/${g.subnetPrefixLength}`],
      ["publicIp", hub ? null : "Standard"],
      ["circuits", g.circuits.join(",")],
    ],
    prepare: hub
      ? [M.hubGateway, M.scaleUnits(units)]
      : [...(g.subnetPrefixLength === null ? [] : [M.gatewaySubnet(g.subnetPrefixLength)]), M.publicIp(zoning), ...(g.scaleUnits === null ? [] : [M.scaleUnits(g.scaleUnits)])],
    source: `gateways[${g.region}]`,
    docs: hub ? DOCS.virtualWan : DOCS.gateway,
    // ErGwScale and a hub's gateway are billed per scale unit and hour; the fixed SKUs per hour.
    meters: [meter(query, hours * (hub || g.scaleUnits !== null ? units : 1))],
  };
}

function vpnItems(design: Design, answers: Answers): BomItem[] {
  return design.gateways
    .filter((g) => g.vpnFailover)
    .map((g) => ({
      kind: "vpn-gateway" as const,
      id: g.region,
      fields: [
        ["sku", null],
        ["vpnDevice", answers.resilience.vpnDevice],
        ["gatewaySubnet", g.subnetPrefixLength === null ? null : `/${g.subnetPrefixLength}`],
      ] as const,
      prepare: [M.vpnCoexist, M.vpnDevice(answers.resilience.vpnDevice)],
      source: `gateways[${g.region}].vpnFailover`,
      docs: DOCS.vpn,
      meters: [],
      note: M.vpnSku,
    }));
}

function globalReachItems(design: Design, catalog: Catalog): BomItem[] {
  const byId = new Map(design.circuits.map((c) => [c.id, c]));
  const addOnDone = new Set<string>();
  return design.globalReach.links.map((l) => {
    const [a, b] = l.circuits.map((id) => byId.get(id)!);
    // The add-on is per circuit: charged on the first link that uses it.
    const addOns = [a!, b!].filter((c) => !addOnDone.has(c.id));
    for (const c of addOns) addOnDone.add(c.id);
    const zone = zoneOf(catalog, a!.peeringLocation);
    return {
      kind: "global-reach" as const,
      id: `${l.circuits[0]}+${l.circuits[1]}`,
      fields: [
        ["circuits", l.circuits.join(",")],
        ["subnet", `/${catalog.globalReach.linkPrefixLength}`],
        ["crossesGeopoliticalRegions", l.crossesGeopoliticalRegions],
      ] as const,
      prepare: [M.globalReachSubnet(catalog.globalReach.linkPrefixLength), M.globalReachTraffic],
      source: "globalReach.links",
      docs: DOCS.globalReach,
      meters: [...addOns.map((c) => meter(METERS.globalReachAddOn(c.bandwidthMbps), 1)), ...(zone === null ? [] : [meter(METERS.globalReachData(zone), null)])],
    };
  });
}

/** Addresses for each circuit's peerings: two /30 (IPv4) and, dual-stack, two /126 (IPv6) per peering (expressroute-routing). */
function subnetItems(design: Design, answers: Answers): BomItem[] {
  const rows: [peering: string, family: string, prefix: number, extra: string[]][] = [["AzurePrivatePeering", "IPv4", 30, []]];
  if (answers.azure.dualStack) rows.push(["AzurePrivatePeering", "IPv6", 126, []]);
  if (design.microsoftPeering.enabled) rows.push(["MicrosoftPeering", "IPv4", 30, [M.microsoftPeeringPublic]]);
  return design.circuits.flatMap((c) =>
    rows.map(([peering, family, prefix, extra]) => ({
      kind: "peering-subnet" as const,
      id: `${c.id}/${peering}/${family}`,
      fields: [
        ["circuit", c.id],
        ["peering", peering],
        ["family", family],
        ["subnets", 2],
        ["prefixLength", prefix],
        ["vlan", null],
      ] as const,
      prepare: [M.peeringSubnets(2, prefix, family), M.vlan, ...extra],
      source: `circuits[${c.id}]`,
      docs: DOCS.routing,
      meters: [],
    })),
  );
}

/** Microsoft uses AS 12076 on every peering and reserves 65515 to 65520 (expressroute-routing#autonomous-system-numbers). */
function asnItems(): BomItem[] {
  const asn = (id: string, value: BomValue, text: string): BomItem => ({ kind: "asn", id, fields: [["asn", value]], prepare: [text], source: "circuits", docs: DOCS.asn, meters: [] });
  return [asn("yours", null, M.customerAsn), asn("microsoft", "12076", M.microsoftAsn), asn("reserved", "65515-65520", M.reservedAsns)];
}

function checkItems(design: Design): BomItem[] {
  const check = (id: string, text: string, docs: string): BomItem => ({ kind: "check", id, fields: [], prepare: [text], source: "resilience", docs, meters: [] });
  return [
    check("bgp-sessions", M.checkBgp, DOCS.bfd),
    check("failover-test", M.checkFailover, DOCS.highAvailability),
    check("resiliency-validation", M.checkResiliency, DOCS.resiliency),
    ...(design.vpnFailover.enabled ? [check("vpn-failover", M.checkVpn, DOCS.vpn)] : []),
    check("monitoring", M.checkAlerts, DOCS.resiliency),
  ];
}

/** Prices each meter from the book: the monthly amount where the meter and its quantity are known. */
function priceMeters(items: BomItem[], book: PriceBook): BomEstimate {
  let total = 0;
  let unpriced = 0;
  const dates: string[] = [];
  for (const item of items) {
    for (const m of item.meters) {
      const match = findPrice(book, m.query) ?? null;
      const monthly = match && m.quantity !== null ? costOf(match, m.quantity) : null;
      m.priced = { match, monthly };
      if (match) dates.push(match.effectiveStartDate.slice(0, 10));
      if (monthly === null) unpriced++;
      else total += monthly;
    }
  }
  dates.sort();
  return { currency: book.currency, total, unpriced, effectiveFrom: dates[0] ?? null, effectiveTo: dates.at(-1) ?? null };
}

/** An item's monthly amount: the sum of its priced meters, incomplete when one has no price or quantity; undefined without prices or meters. */
export function itemMonthly(item: BomItem): { amount: number; complete: boolean } | undefined {
  if (item.meters.length === 0 || item.meters.some((m) => m.priced === undefined)) return undefined;
  const known = item.meters.map((m) => m.priced!.monthly);
  return { amount: known.reduce<number>((a, b) => a + (b ?? 0), 0), complete: known.every((v) => v !== null) };
}

export function buildBillOfMaterials({ design, answers, catalog, prices }: BomInput): BillOfMaterials {
  const hoursPerMonth = catalog.bandwidths.billing.secondsPerMonth / 3600;
  const items: BomItem[] = [
    ...design.circuits.map(circuitItem),
    ...egressItems(design, answers, catalog),
    ...design.ports.map((p) => portItem(p, design)),
    ...design.gateways.map((g) => gatewayItem(g, hoursPerMonth)),
    ...vpnItems(design, answers),
    ...globalReachItems(design, catalog),
    ...subnetItems(design, answers),
    ...asnItems(),
    ...checkItems(design),
  ];
  return { name: design.name, items, hoursPerMonth, estimate: prices ? priceMeters(items, prices) : null };
}
