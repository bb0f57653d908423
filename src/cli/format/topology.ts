// The design's topology as a small graph (groups of nodes, and links), derived from the design
// alone: site → provider link or Direct port pair → peering location → circuit → the gateway of
// each region it connects to → that region's virtual networks, with Global Reach between circuits.
// Mermaid and SVG draw this one graph, so both reports show the same picture.
import type { Design, DesignCircuit } from "./design-v2-shape.js";
import type { LinkKind } from "./link-kind.js";
import { listGatewayZones } from "./report-sources.js";
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
  /** The node whose box holds this one (a circuit inside its peering location), or null. */
  parent: string | null;
  /** The node this one is best drawn level with (a provider link or port pair: the first circuit it carries). */
  alignWith: string | null;
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
  /** A fact about this link beyond its kind. */
  label: string | null;
  /** Whether a drawing without a legend should name the kind on this link. */
  captioned: boolean;
  /** A circuit-to-gateway connection the region does not prefer (another circuit is nearer). */
  standby: boolean;
}

export interface Topology {
  groups: TopologyGroup[];
  links: TopologyLink[];
}

const node = (
  id: string,
  column: TopologyColumn,
  title: string,
  details: (string | null | false)[],
  zones: number[] | null = null,
  parent: string | null = null,
): TopologyNode => ({
  id,
  column,
  title,
  details: details.filter((d): d is string => typeof d === "string" && d !== ""),
  zones,
  parent,
  alignWith: null,
});

// Node ids are short ASCII words plus an index, never the design's names: Mermaid treats ids
// starting with "o" or "x" after a link as circle/cross arrow heads, and reserves words such as
// "end"; a site or circuit name is free text for Mermaid's purposes and goes in labels only.
export function buildTopology(design: Design): Topology {
  const links: TopologyLink[] = [];
  const seen = new Set<string>();
  const link = (from: string, to: string, kind: LinkKind, label: string | null = null, captioned = false, standby = false) => {
    const key = `${from}>${to}>${kind}`;
    if (seen.has(key)) return;
    seen.add(key);
    links.push({ from, to, kind, label, captioned, standby });
  };
  const ipsec = design.encryption.ipsec;
  const vpn = design.vpnFailover.enabled;

  const siteIds = new Map(design.requirements.sites.map((s, i) => [s.name, `site${i + 1}`]));
  const siteNodes = design.requirements.sites.map((s) => node(siteIds.get(s.name)!, "on-premises", D.site(s.name), [D.siteDetail(s.projectedMbps, s.count, s.businessUnit)]));
  const onPremises = [...siteNodes];
  if (ipsec) onPremises.push(node("vpndev", "on-premises", D.vpnDevice, [D.vpnDeviceDetail]));

  // Peering locations in the circuits' order; an ExpressRoute Metro circuit is its own location box.
  const locationKey = (c: DesignCircuit) => `${c.metro ?? ""}\n${c.peeringLocation ?? ""}`;
  const locationIds = new Map<string, string>();
  const locationNodes: TopologyNode[] = [];
  for (const c of design.circuits) {
    const key = locationKey(c);
    if (locationIds.has(key)) continue;
    const id = `loc${locationIds.size + 1}`;
    locationIds.set(key, id);
    locationNodes.push(node(id, "location", D.location(c.peeringLocation, c.metro), [D.locationDetail(c.metro)]));
  }
  const circuitIds = new Map(design.circuits.map((c, i) => [c.id, `circuit${i + 1}`]));
  const circuitNodes = design.circuits.map((c) =>
    node(circuitIds.get(c.id)!, "circuit", D.circuit(c.id), [D.circuitDetail(c)], null, locationIds.get(locationKey(c))!),
  );

  // The way in: a provider link per provider circuit, a node per Direct port pair (its circuits share it).
  const portIds = new Map(design.ports.map((p, i) => [p.id, `port${i + 1}`]));
  const edgeNodes: TopologyNode[] = [];
  const edgeOf = new Map<string, string>();
  design.circuits.forEach((c, i) => {
    if (c.port !== null && portIds.has(c.port)) {
      edgeOf.set(c.id, portIds.get(c.port)!);
      return;
    }
    const id = `link${i + 1}`;
    edgeOf.set(c.id, id);
    edgeNodes.push(node(id, "edge", D.link[c.connection.model], [D.linkDetail(c.id)]));
  });
  for (const p of design.ports) edgeNodes.push(node(portIds.get(p.id)!, "edge", D.port(p.id), [D.portDetail(p.sizeGbps, p.macsec)]));
  // Ports after the provider links would break the circuits' order: sort by first circuit served.
  const firstUse = new Map<string, number>();
  design.circuits.forEach((c, i) => firstUse.has(edgeOf.get(c.id)!) || firstUse.set(edgeOf.get(c.id)!, i));
  edgeNodes.sort((a, b) => (firstUse.get(a.id) ?? Infinity) - (firstUse.get(b.id) ?? Infinity));

  const edgeById = new Map(edgeNodes.map((n) => [n.id, n]));
  for (const c of design.circuits) {
    const edge = edgeOf.get(c.id)!;
    const circuit = circuitIds.get(c.id)!;
    edgeById.get(edge)!.alignWith ??= circuit;
    for (const site of c.sites) if (siteIds.has(site)) link(siteIds.get(site)!, edge, "private");
    link(edge, locationIds.get(locationKey(c))!, "private");
    link(locationIds.get(locationKey(c))!, circuit, "private");
  }

  const groups: TopologyGroup[] = [
    { id: "grp_onprem", area: "on-premises", title: D.groups.onPremises, nodes: onPremises },
    { id: "grp_connection", area: "edge", title: D.groups.connection, nodes: edgeNodes },
  ];
  if (vpn) {
    groups.push({ id: "grp_internet", area: "internet", title: D.groups.internet, nodes: [node("inet", "edge", D.internet, [D.internetDetail])] });
    for (const s of siteNodes) link(s.id, "inet", "vpn");
  }
  groups.push({ id: "grp_msee", area: "microsoft-edge", title: D.groups.edge, nodes: [...locationNodes, ...circuitNodes] });

  const hub = design.network === "virtual-wan";
  const regionRequirements = new Map(design.requirements.regions.map((r) => [r.name, r]));
  const regionOf = new Map<string, number>();
  design.gateways.forEach((gateway, r) => {
    const n = r + 1;
    regionOf.set(gateway.region, n);
    // Zone chips only where this region's gateway has zones: its own zoning, per region.
    const erGateway = node(
      `ergw${n}`,
      "gateway",
      D.erGateway,
      [REPORT_TEXT.gatewaySku(gateway), D.zoning(gateway.zoning), gateway.fastPath && D.fastPath, D.subnet(gateway.subnetPrefixLength)],
      listGatewayZones(gateway),
    );
    const vnets = node(`vnets${n}`, "network", D.vnets(regionRequirements.get(gateway.region)?.vnetCount ?? null), [D.vnetsDetail[design.network]]);
    const regionNodes = [erGateway];
    link(erGateway.id, vnets.id, "private");
    const roles = [gateway.vpnFailover && vpn && D.vpnGatewayRoles.backup, ipsec && D.vpnGatewayRoles.ipsec].filter((role) => role !== false);
    if (roles.length > 0) {
      const vpnGateway = node(`vpngw${n}`, "gateway", D.vpnGateway, [D.vpnGatewayDetail(roles)]);
      regionNodes.push(vpnGateway);
      if (gateway.vpnFailover && vpn) link("inet", vpnGateway.id, "vpn", null, true);
      // The tunnels ride private peering but end on these two devices.
      if (ipsec) link("vpndev", vpnGateway.id, "ipsec", null, true);
      link(vpnGateway.id, vnets.id, gateway.vpnFailover && vpn ? "vpn" : "ipsec");
    }
    groups.push({ id: `grp_region${n}`, area: "region", title: hub ? D.groups.hub(gateway.region) : D.groups.region(gateway.region), nodes: [...regionNodes, vnets] });
  });
  // Connections: the weights are in the connections table; the drawing tells preferred from standby.
  for (const c of design.connections) {
    const n = regionOf.get(c.region);
    if (n !== undefined && circuitIds.has(c.circuit)) link(circuitIds.get(c.circuit)!, `ergw${n}`, "private", null, false, !c.preferred);
  }

  for (const l of design.globalReach.enabled ? design.globalReach.links : []) {
    const [a, b] = l.circuits.map((id) => circuitIds.get(id));
    if (a && b) link(a, b, "global-reach", null, true);
  }

  if (design.microsoftPeering.enabled) {
    const services = node("msft", "gateway", D.microsoftServices[design.microsoftPeering.services], [D.microsoftDetail]);
    groups.push({ id: "grp_services", area: "services", title: D.groups.services, nodes: [services] });
    for (const c of circuitNodes) link(c.id, services.id, "microsoft", null, true);
  }
  return { groups, links };
}
