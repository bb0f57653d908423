// The design's topology as a small graph (groups of nodes, and links), derived from the design
// alone. Mermaid and SVG draw this one graph, so both reports show the same picture.
//
// The design carries no site or VNet counts, so sites and VNets are drawn generically.
import type { Design } from "../../design/build.js";
import { listRegionZoning, zoningOfRegion, type ReportSources } from "./report-sources.js";
import type { LinkKind } from "./link-kind.js";
import { REPORT_TEXT } from "./report-text.js";

const D = REPORT_TEXT.diagram;

/** Left-to-right position of a node; the SVG layout gives each column its x. */
export type TopologyColumn = "on-premises" | "edge" | "location" | "circuit" | "gateway" | "network";

export type GroupArea = "on-premises" | "edge" | "internet" | "microsoft-edge" | "region" | "services";
export type { LinkKind } from "./link-kind.js";

export interface TopologyNode {
  id: string;
  column: TopologyColumn;
  title: string;
  details: string[];
  /** Availability zones of a zoned gateway's instances; null where zones do not apply. */
  zones: number[] | null;
}

export interface TopologyGroup {
  id: string;
  area: GroupArea;
  title: string;
  nodes: TopologyNode[];
}

export interface TopologyLink {
  from: string;
  to: string;
  kind: LinkKind;
  /** A fact about this link beyond its kind, e.g. "2 links" or "IPsec". */
  label: string | null;
  /** Whether a drawing without a legend should name the kind on this link. */
  captioned: boolean;
}

export interface Topology {
  groups: TopologyGroup[];
  links: TopologyLink[];
}

const node = (id: string, column: TopologyColumn, title: string, details: (string | null | false)[], zones: number[] | null = null): TopologyNode => ({
  id,
  column,
  title,
  details: details.filter((d): d is string => typeof d === "string" && d !== ""),
  zones,
});

// Node ids are short ASCII words plus an index: Mermaid treats ids starting with "o" or "x"
// after a link as circle/cross arrow heads, and reserves words such as "end".
export function buildTopology(design: Design, sources: ReportSources): Topology {
  const { connection, gateway, circuits } = design;
  const model = connection.model;
  const isDirect = connection.type === "direct";
  const links: TopologyLink[] = [];
  const link = (from: string, to: string, kind: LinkKind, label: string | null = null, captioned = false) =>
    links.push({ from, to, kind, label, captioned });

  const ipsec = design.encryption.ipsec;
  // A VPN gateway beside each ExpressRoute gateway: the end of the VPN backup, or of the IPsec
  // tunnels over private peering, whose other end is the on-premises VPN device.
  const vpnGatewayRoles = [design.vpnFailover.enabled && D.vpnGatewayRoles.backup, ipsec && D.vpnGatewayRoles.ipsec].filter((r) => r !== false);
  const sites = node("sites", "on-premises", D.sites, [D.sitesDetail[model], circuits.length > 1 && D.separatePaths, ipsec && D.sitesVpnDevice]);
  const edgeNodes = circuits.map((c, i) =>
    node(`link${i + 1}`, "edge", D.link[model], [
      isDirect ? D.directPorts(connection.directPortGbps) : D.linkDetail[model],
      D.toLocation(c.peeringLocation),
    ]),
  );
  const locationNodes = circuits.map((c, i) =>
    node(`loc${i + 1}`, "location", c.metro ?? D.location(c.peeringLocation), [c.metro ? D.metroDetail : D.locationDetail]),
  );
  const circuitNodes = circuits.map((c, i) =>
    node(`circuit${i + 1}`, "circuit", D.circuit(c.role), [REPORT_TEXT.mbps(c.bandwidthMbps), D.circuitSku(c)]),
  );
  const zoning = listRegionZoning(design, sources);

  const groups: TopologyGroup[] = [
    { id: "grp_onprem", area: "on-premises", title: D.groups.onPremises, nodes: [sites] },
    { id: "grp_connection", area: "edge", title: isDirect ? D.groups.direct : D.groups.provider, nodes: edgeNodes },
  ];
  if (design.vpnFailover.enabled) {
    groups.push({ id: "grp_internet", area: "internet", title: D.groups.internet, nodes: [node("inet", "edge", D.internet, [D.internetDetail])] });
  }
  const edgeGroup: TopologyGroup = { id: "grp_msee", area: "microsoft-edge", title: D.groups.edge, nodes: [...locationNodes, ...circuitNodes] };
  groups.push(edgeGroup);

  const linksLabel = design.encryption.macsec ? D.linkLabels.linksMacsec : D.linkLabels.links;
  circuits.forEach((_, i) => {
    link(sites.id, edgeNodes[i]!.id, "private");
    link(edgeNodes[i]!.id, locationNodes[i]!.id, "private", linksLabel);
    link(locationNodes[i]!.id, circuitNodes[i]!.id, "private");
  });
  if (design.vpnFailover.enabled) link(sites.id, "inet", "vpn");

  gateway.regions.forEach((region, r) => {
    const n = r + 1;
    // Zoning per region: a region without availability zones gets a regional gateway.
    const here = zoningOfRegion(zoning, region);
    const erGateway = node(`ergw${n}`, "gateway", D.erGateway, [
      REPORT_TEXT.gatewaySku(gateway),
      D.zoning(here.zoning),
      gateway.fastPath && D.fastPath,
      D.subnet(gateway.subnetPrefixLength),
    ], here.zones);
    const vnets = node(`vnets${n}`, "network", D.vnets, [D.vnetsDetail]);
    const regionNodes = [erGateway];
    for (const c of circuitNodes) link(c.id, erGateway.id, "private", null, true);
    link(erGateway.id, vnets.id, "private");
    if (vpnGatewayRoles.length > 0) {
      const vpnGateway = node(`vpngw${n}`, "gateway", D.vpnGateway, [D.vpnGatewayDetail(vpnGatewayRoles)]);
      regionNodes.push(vpnGateway);
      if (design.vpnFailover.enabled) link("inet", vpnGateway.id, "vpn", null, true);
      // The tunnels ride the circuit's private peering but end on these two devices.
      if (ipsec) link(sites.id, vpnGateway.id, "ipsec", null, true);
      link(vpnGateway.id, vnets.id, design.vpnFailover.enabled ? "vpn" : "ipsec");
    }
    groups.push({ id: `grp_region${n}`, area: "region", title: D.groups.region(region), nodes: [...regionNodes, vnets] });
  });

  if (design.globalReach.enabled) {
    // Global Reach joins circuits at different peering locations; with only one circuit in
    // this design its partners are circuits the organisation already has elsewhere.
    const partners = [...circuitNodes];
    if (partners.length < 2) {
      const other = node("peers", "circuit", D.otherCircuits, []);
      edgeGroup.nodes.push(other);
      partners.push(other);
    }
    for (let i = 1; i < partners.length; i++) link(partners[i - 1]!.id, partners[i]!.id, "global-reach", null, true);
  }

  if (design.microsoftPeering.enabled) {
    const services = node("msft", "gateway", D.microsoftServices[design.microsoftPeering.services], [D.microsoftDetail]);
    groups.push({ id: "grp_services", area: "services", title: D.groups.services, nodes: [services] });
    for (const c of circuitNodes) link(c.id, services.id, "microsoft", null, true);
  }
  return { groups, links };
}
