// zod schemas of the catalog data files in catalog/ (facts the rules need, each citing its source).
import * as z from "zod";

const url = z.url({ protocol: /^https$/ });
const num = z.number().positive();
/** When a table's source was last checked against Microsoft Learn: every table records it. */
const checked = z.iso.date();
/** Per source name, when it was last checked; every source needs a date. */
const checkedPerSource = z.record(z.string(), checked);
/**
 * Fields of a row whose figures Microsoft Learn does not publish (any more): kept as assumptions,
 * and findings that use them say so.
 */
const unverified = z.array(z.string()).optional();

export const RegionsFileSchema = z.strictObject({
  sources: z.record(z.string(), url),
  checked: checkedPerSource,
  regions: z.array(
    z.strictObject({
      name: z.string().regex(/^[a-z0-9]+$/),
      displayName: z.string(),
      geo: z.string(),
      /** Where the region is (a city, state or country) and its Azure geography, as the regions list gives them. */
      physicalLocation: z.string().optional(),
      geography: z.string().optional(),
      availabilityZones: z.boolean(),
      ergwScale: z.boolean(),
      restricted: z.boolean(),
      /** Announced on the regions list but not open yet ("coming soon"). */
      comingSoon: z.boolean().default(false),
      note: z.string().optional(),
    }),
  ),
});

/** An ExpressRoute Metro as the Metro page lists it: what can be ordered there today. */
const metroSchema = z.strictObject({
  name: z.string(),
  localRegions: z.array(z.string()),
  /** Providers that take Metro circuit orders today. */
  providers: z.array(z.string()),
  /** Providers listed as "available in the future": circuit creation fails until they are active. */
  futureProviders: z.array(z.string()),
  /** ExpressRoute Direct offered on the Metro, and its port sizes (dual 10G or 100G). */
  direct: z.boolean(),
  directPortsGbps: z.array(num),
});

export const LocationsFileSchema = z.strictObject({
  sources: z.record(z.string(), url),
  checked: checkedPerSource,
  metros: z.array(metroSchema).default([]),
  locations: z.array(
    z.strictObject({
      name: z.string(),
      geo: z.string(),
      country: z.string(),
      pricingZone: z.number().int().min(1).max(4),
      localRegions: z.array(z.string()),
      direct: z.boolean(),
      metro: z.string().nullable(),
      metroPartner: z.string().nullable(),
      /** The local regions come from the Metro page only; the locations page marks Local "✗" here. */
      localRegionsMetroPageOnly: z.boolean().optional(),
      globalReach: z.boolean(),
      note: z.string().optional(),
    }),
  ),
});

export const BandwidthsFileSchema = z.strictObject({
  providerCircuitMbps: z.strictObject({ source: url, checked, sizes: z.array(num) }),
  directPorts: z.strictObject({
    source: url,
    checked,
    ports: z.array(
      z.strictObject({ gbps: num, circuitMbps: z.array(num), subscribedMbps: num, note: z.string(), unverified }),
    ),
  }),
  tiers: z.strictObject({
    source: url,
    routeLimitsSource: url,
    checked,
    privatePeeringIpv4Routes: z.strictObject({ Local: num, Standard: num, Premium: num }),
    microsoftPeeringIpv4Routes: num,
    vnetLinks: z.array(z.strictObject({ circuitMbps: num, standard: num, premium: num, unverified })),
  }),
  billing: z.strictObject({ source: url, checked, secondsPerMonth: num }),
});

/** A 0-based integer range, as Learn gives routing weights. */
const weightRange = z.strictObject({ min: z.number().int().nonnegative(), max: num });

const gatewaySku = z.strictObject({
  name: z.string(),
  zoneCapable: z.boolean(),
  mbps: num,
  connections: num,
  learnedRoutes: num,
  /** VMs (private endpoints, NVAs and VNet-injected PaaS instances count) the SKU supports, an estimate. */
  vms: num,
  fastPath: z.boolean(),
});

export const GatewaysFileSchema = z.strictObject({
  source: url,
  fastPathSource: url,
  scalableSource: url,
  /** The FAQ limits table: circuits per VNet from one peering location, ECMP. */
  limitsSource: url,
  /** The VNet-link page: the connection routing weight. */
  connectionWeightSource: url,
  /** When each *Source above (and source) was last checked, by those names. */
  checked: checkedPerSource,
  skus: z.array(gatewaySku),
  scalable: z.strictObject({
    name: z.literal("ErGwScale"),
    zoneCapable: z.boolean(),
    mbpsPerScaleUnit: num,
    minScaleUnits: num,
    maxScaleUnits: num,
    learnedRoutes: num,
    connectionSteps: z.array(z.strictObject({ fromScaleUnits: num, connections: num })),
    fastPathFromScaleUnits: num,
    ipsecOverExpressRoute: z.boolean(),
    /** VMs supported per scale unit, by the first scale unit each rate applies to. */
    vmsPerScaleUnit: z.array(z.strictObject({ fromScaleUnits: num, vms: num })),
  }),
  /** Route limits of every ExpressRoute gateway: prefixes advertised to on-premises, all routes. */
  routes: z.strictObject({ advertisedToOnPremises: num, total: num }),
  gatewaySubnet: z.strictObject({
    recommendedPrefixLength: num,
    sixteenCircuitsPrefixLength: num,
    coexistenceMaxPrefixLength: num,
  }),
  /** Circuits from one peering location linked to one VNet, whatever the SKU. */
  circuitsFromOnePeeringLocation: num,
  /** Circuits the VNet load-balances outbound traffic over (equal-cost multipath, per flow). */
  ecmpMaxCircuits: num,
  /** Routing weight of a circuit-to-gateway connection: the highest wins. */
  connectionWeight: weightRange.extend({ default: z.number().int().nonnegative() }),
});

/** Azure Virtual WAN: a hub's ExpressRoute gateway (scale units), the hub, and what Virtual WAN supports. */
export const VirtualWanFileSchema = z.strictObject({
  sources: z.record(z.string(), url),
  checked: checkedPerSource,
  gateway: z.strictObject({
    mbpsPerScaleUnit: num,
    minScaleUnits: num,
    maxScaleUnits: num,
    /** The smallest scale units that keep their throughput during maintenance. */
    steadyUnderMaintenanceFromScaleUnits: num,
    circuitsFromOnePeeringLocation: num,
    /** Circuits from different peering locations connected to one hub. */
    circuits: num,
    fastPath: z.strictObject({ directOnly: z.boolean(), fromScaleUnits: num }),
    circuitSkus: z.array(z.enum(["Local", "Standard", "Premium"])),
    localCircuitSameRegionOnly: z.boolean(),
    /** Learn publishes none: null, and listed in `unverified`. */
    zoning: z.enum(["zone-redundant", "zonal"]).nullable(),
    unverified,
  }),
  hub: z.strictObject({
    minAddressPrefixLength: num,
    maxRoutes: num,
    singleFlowMbps: num,
    /** VNet connections per hub = this figure minus the number of hubs in the Virtual WAN. */
    vnetConnectionsBeforeHubCount: num,
    /** Address spaces of the VNets connected to one hub with routing intent private policies. */
    routingIntentAddressSpaces: num,
    /** Routing infrastructure units of the hub router: throughput and VMs of the connected VNets. */
    router: z.strictObject({
      defaultUnits: num,
      maxUnits: num,
      units: z.array(z.strictObject({ units: num, mbps: num, vms: num })),
    }),
  }),
  connection: z.strictObject({ routingWeight: weightRange }),
  support: z.strictObject({
    ipv6OverExpressRoute: z.boolean(),
    expressRouteTransitByDefault: z.boolean(),
    ipsecOverExpressRoute: z.boolean(),
  }),
  /** Thresholds from Learn's topology guidance (branch sites, regions) for choosing Virtual WAN. */
  guidance: z.strictObject({ branchSitesThreshold: num, regionsThreshold: num }),
});

/** ExpressRoute Global Reach: where it is offered and what a link needs. */
export const GlobalReachFileSchema = z.strictObject({
  sources: z.record(z.string(), url),
  checked: checkedPerSource,
  /** Countries as peering-locations.yaml spells them; onlyLocations where Learn limits a country to some. */
  places: z.array(z.strictObject({ country: z.string(), onlyLocations: z.array(z.string()).optional() })),
  samePeeringLocation: z.boolean(),
  transitive: z.boolean(),
  premiumAcrossGeopoliticalRegions: z.boolean(),
  local: z.boolean(),
  countsAgainstVnetLinks: z.boolean(),
  /** IPv4 prefix length of the address block each link needs. */
  linkPrefixLength: num,
});

export type RegionsFile = z.output<typeof RegionsFileSchema>;
export type LocationsFile = z.output<typeof LocationsFileSchema>;
export type BandwidthsFile = z.output<typeof BandwidthsFileSchema>;
export type GatewaysFile = z.output<typeof GatewaysFileSchema>;
export type VirtualWanFile = z.output<typeof VirtualWanFileSchema>;
export type GlobalReachFile = z.output<typeof GlobalReachFileSchema>;
export type Region = RegionsFile["regions"][number];
export type PeeringLocation = LocationsFile["locations"][number];
export type Metro = LocationsFile["metros"][number];
export type GatewaySku = GatewaysFile["skus"][number];

/** The catalog files by name: the CLI reads catalog/<name>.yaml for each. */
export const CATALOG_FILES = {
  regions: RegionsFileSchema,
  "peering-locations": LocationsFileSchema,
  bandwidths: BandwidthsFileSchema,
  gateways: GatewaysFileSchema,
  "virtual-wan": VirtualWanFileSchema,
  "global-reach": GlobalReachFileSchema,
} as const;

export type CatalogFileName = keyof typeof CATALOG_FILES;
