// The questionnaire as one table keyed by answer path. Only the wording lives here: the prompt
// kind, default, enum values and validation come from ANSWER_FIELDS and the zod schema, so a new
// answers key fails to compile until it gets a question (and a test checks it at run time too).
// Keys of list items (one site, one region) are written `sites[].requiredMbps`, as in the field
// table; the list itself (add, edit, remove each entry) has its wording in LIST_TEXTS.
//
// Skips (`when`) drop questions that cannot matter given the answers before them; a skipped key
// is left out of the answers and takes its documented default. Each skip is explained beside it.
// The second peering location of the contract is not an answers key at all: the design rules
// derive it when resilience.level is maximum, so nothing here asks for it.
import type { z } from "zod";
import { ANSWER_FIELDS, HEADER_FIELDS, LIST_SECTIONS, type AnswerField } from "../../answers/fields.js";
import { ANSWER_SECTIONS, AnswersSchema, type SectionName } from "../../answers/schema.js";
import type { Catalog } from "../../catalog/catalog.js";
import { describeMissingMetro } from "./catalog-choices.js";

type AnswersInput = z.input<typeof AnswersSchema>;

/** The sections that are lists of entries (sites, regions). */
export type ListSectionName = { [S in SectionName]: NonNullable<AnswersInput[S]> extends readonly unknown[] ? S : never }[SectionName];

type SectionKey<S extends SectionName> = keyof z.input<(typeof ANSWER_SECTIONS)[S]> & string;

/** Every key an answers file can hold below its header: "name", "section.key" and "list[].key". */
export type AnswerPath = "name" | { [S in SectionName]: S extends ListSectionName ? `${S}[].${SectionKey<S>}` : `${S}.${SectionKey<S>}` }[SectionName];

/** Header keys that are never asked, and why. */
export const NOT_ASKED: Readonly<Record<string, string>> = {
  $schema: "an editor hint; it has no bearing on the design",
  apiVersion: "always expressroute-advisor/v2, written by the questionnaire",
  kind: "always Answers, written by the questionnaire",
};

/**
 * The answer a question currently has: given, or else its default (undefined when left empty).
 * A list section's name reads the whole list; an item key reads the entry being asked about.
 */
export type AnswerView = (path: AnswerPath | ListSectionName) => unknown;

export interface QuestionText {
  /** The question as asked. */
  prompt: string;
  /** Short name in the review list. */
  label: string;
  /** "Why we ask", shown above the prompt. */
  why: string;
  /** Ask only when this holds for the answers so far; every path it reads comes earlier. */
  when?: (answers: AnswerView, catalog: Catalog) => boolean;
  /** Choices from the catalog (searchable by typing), or from the sites given so far. */
  choices?: "regions" | "peeringLocations" | "sites";
  /** A list item's key whose value no two entries of the list may share (a site's name). */
  unique?: boolean;
  /** What no value means, for optional and nullable keys (e.g. "unknown"). */
  empty?: string;
  /** One-line notes on enum values, shown under the highlighted choice. */
  valueNotes?: Readonly<Record<string, string>>;
  /** Why a choice cannot be had given the answers so far, said before it is picked (not refused). */
  caveat?: (value: string, answers: AnswerView, catalog: Catalog) => string | undefined;
  /** The choice Enter lands on when the default has a caveat (the first one without, otherwise). */
  fallback?: Readonly<Record<string, string>>;
  /** How a number may be typed besides a plain number (parse-answer.ts knows each): "5 Gbps", "/27". */
  unit?: "mbps" | "prefixLength";
}

/** The wording of a list section: what one entry is called, and how an entry is summed up. */
export interface ListText {
  /** One entry, lower case: "site". */
  noun: string;
  /** Heading of an entry while it is asked: "Site 2". */
  heading: string;
  /** Label of the list in the review. */
  label: string;
  /** Item keys shown after the name in the list and the review (their answers, formatted). */
  summary: readonly string[];
  /** "Why we ask" for the list as a whole. */
  why: string;
}

export const SECTION_TITLES: Readonly<Record<SectionName, string>> = {
  sites: "On-premises sites",
  regions: "Azure regions",
  transit: "Transit between sites",
  bandwidth: "Growth and bandwidth",
  compliance: "Compliance",
  azure: "Azure network",
  resilience: "Resiliency",
  performance: "Performance",
};

export const LIST_TEXTS: { readonly [S in ListSectionName]: ListText } = {
  sites: {
    noun: "site",
    heading: "Site",
    label: "Sites",
    summary: ["requiredMbps", "peeringLocation", "count", "wan", "businessUnit"],
    why: "each data centre, or group of like branches on one WAN, gets the circuits it needs at its own peering location.",
  },
  regions: {
    noun: "region",
    heading: "Region",
    label: "Regions",
    summary: ["vnetCount", "vmCount", "sites"],
    why: "each region gets a gateway of its own, sized and zoned for its own traffic and facts.",
  },
};

/** The names of the entries of a list so far (sites, regions). */
export function listNames(answers: AnswerView, section: ListSectionName): string[] {
  const list = answers(section);
  if (!Array.isArray(list)) return [];
  return list.flatMap((item) => (item !== null && typeof item === "object" && typeof (item as { name?: unknown }).name === "string" ? [(item as { name: string }).name] : []));
}

const hasSeveralSites = (answers: AnswerView) => listNames(answers, "sites").length > 1;

const anyRegionHasZones = (answers: AnswerView, catalog: Catalog) =>
  listNames(answers, "regions").some((r) => catalog.regionByName.get(r)?.availabilityZones === true);

/** The sites given a peering location, with their own-edge answer (for the Metro caveat). */
function listSiteLocations(answers: AnswerView): { location: string; ownEdge: boolean }[] {
  const sites = answers("sites");
  if (!Array.isArray(sites)) return [];
  return sites.flatMap((s) => {
    const site = (s ?? {}) as { peeringLocation?: unknown; ownEdgeAtPeeringLocation?: unknown };
    return typeof site.peeringLocation === "string" ? [{ location: site.peeringLocation, ownEdge: site.ownEdgeAtPeeringLocation === true }] : [];
  });
}

export const QUESTION_TEXTS: { readonly [P in AnswerPath]: QuestionText } = {
  name: {
    prompt: "Name of this design (organisation or project)",
    label: "Name",
    why: "it is echoed into the design document, so designs can be told apart.",
    empty: "no name",
  },
  "sites[].name": {
    prompt: "Name of this site, or group of like sites (letters, digits, - and _), e.g. amsterdam-dc",
    label: "Name",
    why: "it names the site's circuits (amsterdam-dc-1), and regions and transit pairs refer to the site by it.",
    unique: true,
  },
  "sites[].requiredMbps": {
    prompt: "Peak throughput needed between this site and Azure, in Mbps (or e.g. 5 Gbps)",
    label: "Peak bandwidth",
    unit: "mbps",
    why: "a site's circuits are sized for its peak, and beyond 10 Gbps only ExpressRoute Direct ports are large enough.",
  },
  "sites[].peeringLocation": {
    prompt: "ExpressRoute peering location nearest this site",
    label: "Peering location",
    why: "it sets the pricing zone and decides Local SKU, Metro and Global Reach; left open, the design lists candidates.",
    choices: "peeringLocations",
    empty: "leave open",
  },
  "sites[].count": {
    prompt: "How many like sites does this entry stand for (e.g. branches on one WAN)?",
    label: "Sites in this entry",
    why: "like sites (branches on one MPLS or SD-WAN) share circuits, and their number changes the connectivity model.",
  },
  "sites[].monthlyEgressGB": {
    prompt: "Expected data leaving Azure towards this site per month, in GB",
    label: "Egress per month (GB)",
    why: "it decides metered against unlimited data: past some volume the flat price is cheaper.",
    empty: "unknown",
  },
  "sites[].wan": {
    prompt: "How is this site (or group) connected to the others today?",
    label: "WAN",
    // Asked for a single site too: one site on a provider's MPLS IPVPN still connects any-to-any.
    why: "sites on an MPLS IPVPN reach Azure through the provider (any-to-any), as one more branch; sites on one WAN can share circuits.",
    valueNotes: { none: "no shared WAN", mpls: "a provider's MPLS IPVPN", "sd-wan": "an SD-WAN overlay" },
  },
  "sites[].colocation": {
    prompt: "Presence of this site in a colocation facility",
    label: "Colocation",
    why: "a facility with a cloud exchange gives the quickest path to Microsoft: a virtual cross-connect.",
    valueNotes: {
      none: "no colocation",
      "with-cloud-exchange": "in a facility with a cloud exchange",
      "without-cloud-exchange": "in a facility without a cloud exchange",
    },
  },
  "sites[].ownEdgeAtPeeringLocation": {
    prompt: "Can you place and run your own routers at this site's peering location?",
    label: "Own routers at peering location",
    why: "ExpressRoute Direct needs your routers at the peering location; otherwise a provider or partner runs the edge.",
  },
  "sites[].businessUnit": {
    prompt: "Business unit this site belongs to, if units must be kept on separate circuits",
    label: "Business unit",
    why: "sites of different business units never share a circuit; several units can carve their circuits from one ExpressRoute Direct port pair.",
    empty: "none",
  },
  "regions[].name": {
    prompt: "Azure region",
    label: "Region",
    why: "regions decide gateway zones, the Local SKU and whether Premium is needed across geopolitical regions.",
    choices: "regions",
    unique: true,
  },
  "regions[].vnetCount": {
    prompt: "How many VNets in this region (hub and spokes) reach on-premises?",
    label: "VNets",
    why: "each circuit size and SKU tier allows a limited number of VNet links.",
  },
  "regions[].vmCount": {
    prompt: "How many VMs, private endpoints and VNet-injected PaaS instances in this region talk to on-premises?",
    label: "VMs behind the gateway",
    why: "each gateway SKU supports a limited number of VMs (private endpoints and PaaS instances count) before it drops packets.",
    empty: "unknown",
  },
  "regions[].requiredMbps": {
    prompt: "Peak traffic between on-premises and this region, in Mbps (or e.g. 5 Gbps)",
    label: "Peak bandwidth",
    unit: "mbps",
    why: "each region's gateway is sized for its own traffic; left empty, it is the sum of the needs of the sites using the region.",
    empty: "sum of its sites",
  },
  "regions[].vnetPrefixes": {
    prompt: "How many IPv4 address prefixes do this region's VNets (hub and spokes) have?",
    label: "VNet prefixes",
    why: "a gateway advertises at most 1,000 prefixes to on-premises, and about 11,000 routes in all.",
    empty: "unknown",
  },
  "regions[].sites": {
    prompt: "Which sites use this region?",
    label: "Used by",
    why: "a region's gateway connects to the circuits of the sites that use it, and is sized for their traffic.",
    choices: "sites",
    empty: "every site",
    // With one site, that site uses every region.
    when: hasSeveralSites,
  },
  "transit.betweenSites": {
    prompt: "Which sites must reach each other over Microsoft's backbone?",
    label: "Transit between sites",
    why: "sites reach each other through Microsoft's backbone with Global Reach links between their circuits; links are not transitive, so each pair counts.",
    valueNotes: {
      none: "no site-to-site traffic through Microsoft",
      all: "every site reaches every other site",
    },
    // One site has nothing to reach.
    when: hasSeveralSites,
  },
  "bandwidth.growthPercentPerYear": {
    prompt: "Expected growth of the sites' needs per year, in percent",
    label: "Growth per year (%)",
    why: "a circuit can be upgraded in place but never downsized, so it is sized for the need at the end of the planning horizon.",
  },
  "bandwidth.horizonYears": {
    prompt: "Over how many years must the design carry that growth?",
    label: "Planning horizon (years)",
    why: "the projected need is today's peak grown every year over this horizon.",
    // Without growth the projected need equals today's peak whatever the horizon.
    when: (a) => Number(a("bandwidth.growthPercentPerYear")) > 0,
  },
  "bandwidth.massiveDataIngestion": {
    prompt: "Will you bulk-ingest data into Azure Storage or Cosmos DB?",
    label: "Bulk data ingestion",
    why: "massive data ingestion is one of the uses Microsoft names for ExpressRoute Direct, whose ports are not shared.",
  },
  "compliance.regulatedIndustry": {
    prompt: "Regulated industry the organisation belongs to",
    label: "Regulated industry",
    why: "regulated organisations usually must encrypt data in transit and may need dedicated ports.",
  },
  "compliance.physicalIsolation": {
    prompt: "Are dedicated, physically isolated ports required?",
    label: "Physical isolation",
    why: "only ExpressRoute Direct gives the organisation its own port pair on Microsoft's edge.",
  },
  "compliance.encryption": {
    prompt: "Encryption in transit over the private link",
    label: "Encryption",
    why: "ExpressRoute is private but not encrypted; MACsec needs Direct ports, IPsec a VPN gateway over the circuit.",
    valueNotes: {
      none: "no encryption on the link itself (TLS end to end is still possible)",
      macsec: "layer-2 encryption between your routers and Microsoft's (ExpressRoute Direct only)",
      ipsec: "IPsec tunnels over private peering",
    },
  },
  "azure.onPremisesRoutes": {
    prompt: "How many IPv4 prefixes will on-premises advertise over private peering?",
    label: "On-premises routes",
    why: "circuits (per SKU tier) and gateways accept a limited number of prefixes.",
  },
  "azure.microsoftPeering": {
    prompt: "Microsoft public services to reach over ExpressRoute",
    label: "Microsoft peering",
    why: "Microsoft peering needs public IP prefixes, NAT and route filters, so it is set up only when asked for.",
    valueNotes: {
      none: "private peering only (VNets)",
      "azure-paas": "Azure public services (PaaS endpoints)",
      "microsoft-365": "Microsoft 365",
    },
  },
  "azure.dualStack": {
    prompt: "Are the VNets dual-stack (IPv4 + IPv6)?",
    label: "Dual stack",
    why: "IPv6 over private peering narrows the gateway and VPN options.",
  },
  "azure.network": {
    prompt: "How are the VNets of each region organised?",
    label: "Azure network",
    why: "hub-and-spoke gives each region a hub VNet with its own ExpressRoute gateway; Virtual WAN gives managed hubs whose ExpressRoute gateways are sized in scale units.",
    valueNotes: {
      auto: "let the design decide, and say why",
      "hub-and-spoke": "a hub VNet per region with an ExpressRoute gateway, spokes peered to it",
      "virtual-wan": "Virtual WAN hubs: any-to-any transit through the hubs, gateways in scale units",
    },
  },
  "resilience.level": {
    prompt: "Resiliency tier",
    label: "Resiliency",
    why: "Microsoft's site-resiliency tiers decide how many circuits each site gets, and where.",
    valueNotes: {
      standard: "one circuit at one peering location",
      high: "one ExpressRoute Metro circuit across two locations of a metro",
      maximum: "two circuits at two peering locations",
    },
    // Without a Metro, the tier that still survives the loss of a peering location is maximum
    // (two circuits at two locations), so Enter lands there rather than on standard.
    fallback: { high: "maximum" },
    // "high" promises a Metro; say up front when a site's chosen location has none.
    caveat: (value, a, catalog) => {
      if (value !== "high") return undefined;
      const regions = listNames(a, "regions");
      for (const { location, ownEdge } of listSiteLocations(a)) {
        const missing = describeMissingMetro(catalog, location, regions, ownEdge);
        if (missing) return missing;
      }
      return undefined;
    },
  },
  "resilience.zoneRedundancy": {
    prompt: "Must the gateways survive the loss of one availability zone?",
    label: "Zone redundancy",
    why: "a zone-redundant gateway spreads its instances across zones, at no extra cost.",
  },
  "resilience.pinnedZone": {
    prompt: "Pin the gateways to one availability zone, next to zonal workloads?",
    label: "Pinned zone",
    why: "a zonal gateway sits next to zonal workloads but does not survive the loss of its zone.",
    empty: "no pinned zone",
    // Pinning contradicts zone redundancy, and needs a region with zones.
    when: (a, catalog) => a("resilience.zoneRedundancy") === false && anyRegionHasZones(a, catalog),
  },
  "resilience.vpnFailover": {
    prompt: "Site-to-site VPN as the backup path for private peering?",
    label: "VPN failover",
    why: "a VPN gateway can coexist with the ExpressRoute gateway as a cheaper backup path, with constraints.",
  },
  "resilience.vpnDevice": {
    prompt: "Type of the on-premises VPN device",
    label: "VPN device",
    why: "coexistence with ExpressRoute needs a route-based VPN.",
    valueNotes: { "route-based": "route-based (BGP-capable)", "policy-based": "policy-based (traffic selectors)" },
    // The device only matters for the VPN backup.
    when: (a) => a("resilience.vpnFailover") === true,
  },
  "resilience.gatewaySubnetPrefixLength": {
    prompt: "Prefix length of the existing GatewaySubnet, e.g. 27",
    label: "Existing GatewaySubnet",
    unit: "prefixLength",
    why: "a coexisting VPN gateway needs a /27 or larger GatewaySubnet; a smaller existing one must be recreated.",
    empty: "to be created",
    // Asked when a VPN gateway will coexist (VPN failover, or IPsec over private peering): there
    // it decides whether the design can be built as is (an error finding). Otherwise it only feeds
    // an advisory warning about later SKU migrations, so the workshop skips it; an answers file or
    // --set can still give it.
    when: (a) => a("resilience.vpnFailover") === true || a("compliance.encryption") === "ipsec",
  },
  "performance.latencySensitive": {
    prompt: "Does the workload need the lowest latency and highest throughput to VMs?",
    label: "Latency sensitive",
    why: "FastPath sends VM traffic around the gateway but needs the largest gateway SKUs.",
  },
};

export interface Question extends QuestionText {
  path: AnswerPath;
  section: SectionName;
  field: AnswerField;
  /** The list section whose entries this key belongs to (sites[].name → sites). */
  list?: ListSectionName;
  /** The zod schema of this one key: every typed value is checked against it. */
  schema: z.ZodType;
}

// `name` sits above the sections, so ANSWER_FIELDS does not list it; it opens the first section.
const NAME_FIELD: AnswerField = HEADER_FIELDS.find((f) => f.key === "name")!;

function buildQuestion(field: AnswerField, schema: z.ZodType): Question {
  const text = QUESTION_TEXTS[field.path as AnswerPath];
  if (!text) throw new Error(`questionnaire: answers key ${field.path} has no question`);
  return { ...text, path: field.path as AnswerPath, section: field.section, field, schema, ...(field.item ? { list: field.section as ListSectionName } : {}) };
}

/** Every question, in asking order: sections in schema order, keys in file order. */
export const QUESTIONS: readonly Question[] = [
  // The field table files header keys under a placeholder section; the name opens the first one.
  { ...buildQuestion(NAME_FIELD, AnswersSchema.shape.name), section: Object.keys(ANSWER_SECTIONS)[0] as SectionName },
  ...ANSWER_FIELDS.map((f) => buildQuestion(f, (ANSWER_SECTIONS[f.section].shape as Record<string, z.ZodType>)[f.key]!)),
];

export const QUESTION_BY_PATH: ReadonlyMap<string, Question> = new Map(QUESTIONS.map((q) => [q.path, q]));

export const SECTION_NAMES = Object.keys(ANSWER_SECTIONS) as SectionName[];

/** The list sections, in file order. */
export const LIST_SECTION_NAMES: readonly ListSectionName[] = LIST_SECTIONS.map((l) => l.section as ListSectionName);

export const isListSection = (name: string): name is ListSectionName => (LIST_SECTION_NAMES as readonly string[]).includes(name);

/** The questions about one entry of a list, in file order. */
export const listItemQuestions = (section: ListSectionName): Question[] => QUESTIONS.filter((q) => q.list === section);

/** Whether a question applies, given the answers so far. */
export function isRelevant(question: Question, answers: AnswerView, catalog: Catalog): boolean {
  return question.when ? question.when(answers, catalog) : true;
}
