// Design → ARM template (an object; the CLI prints it as JSON), deployable with
// `az deployment group create --template-file … --parameters …`. Resource shapes are typed against
// @azure/arm-network (arm-types.ts); names, addresses, providers, ASNs and keys the design cannot
// know are parameters, and no secret is ever written into the template.
// Template syntax (parameters, resources[].comments, condition, dependsOn):
// https://learn.microsoft.com/azure/azure-resource-manager/templates/syntax
import type { Design } from "../design/schema.js";
import { MACSEC_CIPHERS, MACSEC_SCI_STATES, PORT_ENCAPSULATIONS } from "./arm-types.js";
import type {
  ArmExpression,
  ArmTemplate,
  CircuitResource,
  ConnectionResource,
  GatewayResource,
  GlobalReachResource,
  HubConnectionResource,
  HubGatewayResource,
  HubResource,
  PeeringResource,
  PortResource,
  PublicIpResource,
  TemplateParameter,
  TemplateResource,
} from "./arm-types.js";
import { EXPORT_DOCS, EXPORT_TEXT } from "./export-text.js";
import { buildExportModel, describeNote, EXPLAINING_FINDINGS, isVirtualWan, orderLocation, type DecisionNote, type ExportModel } from "./export-model.js";

/**
 * The API version of every Microsoft.Network resource: the one the @azure/arm-network models the
 * generator is typed against were generated from (its client's default api-version, 2025-05-01).
 */
export const NETWORK_API_VERSION = "2025-05-01";
const SCHEMA = "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#";
const PRIVATE_PEERING = "AzurePrivatePeering";

/** A string literal inside a template expression: single quotes doubled (template functions: string). */
const lit = (s: string): string => `'${s.replace(/'/g, "''")}'`;
const expr = (inner: string): ArmExpression => `[${inner}]`;
const param = (name: string): string => `parameters(${lit(name)})`;

/** The name of a resource as an expression: `<prefix>-<suffix>`. */
const nameOf = (suffix: string): string => `format('{0}-{1}', ${param("namePrefix")}, ${lit(suffix)})`;

const TYPES = {
  circuit: "Microsoft.Network/expressRouteCircuits",
  peering: "Microsoft.Network/expressRouteCircuits/peerings",
  port: "Microsoft.Network/expressRoutePorts",
  publicIp: "Microsoft.Network/publicIPAddresses",
  gateway: "Microsoft.Network/virtualNetworkGateways",
  hub: "Microsoft.Network/virtualHubs",
  hubGateway: "Microsoft.Network/expressRouteGateways",
} as const;

const circuitName = (id: string) => nameOf(id);
const circuitId = (id: string) => expr(`resourceId(${lit(TYPES.circuit)}, ${circuitName(id)})`);
const peeringId = (id: string) => expr(`resourceId(${lit(TYPES.peering)}, ${circuitName(id)}, ${lit(PRIVATE_PEERING)})`);
const portId = (id: string) => expr(`resourceId(${lit(TYPES.port)}, ${nameOf(id)})`);
const publicIpName = (region: string) => nameOf(`${region}-ergw-pip`);
const gatewayName = (region: string) => nameOf(`${region}-ergw`);
const hubName = (region: string) => nameOf(`${region}-hub`);
const hubGatewayName = (region: string) => nameOf(`${region}-hub-ergw`);

/** `sku.tier = Standard: ER-SKU-010 (https://…)`, joined: ARM's comments field is one string. */
function describeNotes(heading: string, notes: readonly DecisionNote[]): string {
  return [heading, ...notes.map((n) => describeNote(n, (url) => `(${url})`))].join(" | ");
}

class TemplateBuilder {
  readonly parameters: Record<string, TemplateParameter> = {};
  readonly resources: TemplateResource[] = [];
  constructor(readonly model: ExportModel) {}

  addParameter(name: string, spec: TemplateParameter): ArmExpression {
    this.parameters[name] = spec;
    return expr(param(name));
  }
  addTextParameter(name: string, description: string): ArmExpression {
    return this.addParameter(name, { type: "string", metadata: { description } });
  }
}

function addCommonParameters(b: TemplateBuilder): void {
  b.addParameter("namePrefix", { type: "string", defaultValue: b.model.namePrefix, minLength: 1, maxLength: 40, metadata: { description: EXPORT_TEXT.namePrefix } });
  b.addParameter("location", { type: "string", defaultValue: "[resourceGroup().location]", metadata: { description: EXPORT_TEXT.location } });
  b.addParameter("peerAsn", { type: "int", minValue: 1, maxValue: 4294967295, metadata: { description: EXPORT_TEXT.peerAsnArm } });
  b.addParameter("peeringSharedKey", { type: "securestring", defaultValue: "", maxLength: 25, metadata: { description: EXPORT_TEXT.sharedKey } });
  b.addParameter("deployPeerings", { type: "bool", defaultValue: false, metadata: { description: EXPORT_TEXT.deployPeerings } });
}

function addPorts(b: TemplateBuilder): void {
  const { design, keyOf } = b.model;
  const macsec = design.ports.some((p) => p.macsec);
  if (macsec) {
    b.addTextParameter("macsecIdentityId", EXPORT_TEXT.macsecIdentity);
    b.addParameter("macsecCipher", { type: "string", allowedValues: [...MACSEC_CIPHERS], metadata: { description: EXPORT_TEXT.macsecCipher } });
    b.addParameter("macsecSciState", { type: "string", allowedValues: [...MACSEC_SCI_STATES], metadata: { description: EXPORT_TEXT.macsecSci } });
  }
  for (const port of design.ports) {
    const key = keyOf("port", port.id);
    const peeringLocation = port.peeringLocation ?? b.addTextParameter(`${key}PeeringLocation`, EXPORT_TEXT.peeringLocation(`port pair ${port.id}`));
    const encapsulation = b.addParameter(`${key}Encapsulation`, { type: "string", allowedValues: [...PORT_ENCAPSULATIONS], metadata: { description: EXPORT_TEXT.encapsulation(port.id) } });
    const links: NonNullable<PortResource["properties"]["links"]> = [];
    if (port.macsec) {
      const ckn = b.addTextParameter(`${key}MacsecCknSecretId`, EXPORT_TEXT.macsecCkn(port.id));
      const cak = b.addTextParameter(`${key}MacsecCakSecretId`, EXPORT_TEXT.macsecCak(port.id));
      // MACsec is set per link, both links of the pair alike (Learn: expressroute-howto-macsec).
      for (const name of ["link1", "link2"]) {
        links.push({ name, properties: { macSecConfig: { cknSecretIdentifier: ckn, cakSecretIdentifier: cak, cipher: expr(param("macsecCipher")), sciState: expr(param("macsecSciState")) } } });
      }
    }
    const resource: PortResource = {
      type: TYPES.port,
      apiVersion: NETWORK_API_VERSION,
      name: expr(nameOf(port.id)),
      location: expr(param("location")),
      comments: describeNotes(`${EXPORT_TEXT.portNote(port.id)} (${EXPORT_DOCS.direct})`, b.model.notesFor("port", port.id)),
      // The port reads the MACsec secrets from Key Vault as this identity (Learn: expressroute-howto-macsec).
      ...(port.macsec ? { identity: { type: "UserAssigned" as const, userAssignedIdentities: expr(`createObject(${param("macsecIdentityId")}, createObject())`) } } : {}),
      properties: {
        peeringLocation,
        bandwidthInGbps: port.sizeGbps,
        encapsulation,
        ...(links.length > 0 ? { links } : {}),
      },
    };
    b.resources.push(resource);
  }
}

function addCircuits(b: TemplateBuilder): void {
  const { design, keyOf } = b.model;
  for (const c of design.circuits) {
    const key = keyOf("circuit", c.id);
    const direct = c.connection.type === "direct" && c.port !== null;
    // A Direct circuit is where its port pair is; a provider circuit names its own location.
    const location = direct ? null : (orderLocation(c) ?? b.addTextParameter(`${key}PeeringLocation`, EXPORT_TEXT.peeringLocation(`circuit ${c.id}`)));
    const resource: CircuitResource = {
      type: TYPES.circuit,
      apiVersion: NETWORK_API_VERSION,
      name: expr(circuitName(c.id)),
      location: expr(param("location")),
      comments: describeNotes(EXPORT_TEXT.circuitNote(c.id), b.model.notesFor("circuit", c.id)),
      ...(direct ? { dependsOn: [portId(c.port!)] } : {}),
      sku: { name: `${c.sku.tier}_${c.sku.family}`, tier: c.sku.tier, family: c.sku.family },
      properties: direct
        ? // A circuit on a Direct port pair: its bandwidth in Gbps (Learn: expressroute-howto-erdirect).
          { expressRoutePort: { id: portId(c.port!) }, bandwidthInGbps: c.bandwidthMbps / 1000 }
        : { serviceProviderProperties: { serviceProviderName: b.addTextParameter(`${key}ProviderName`, EXPORT_TEXT.providerName(c.id)), peeringLocation: location!, bandwidthInMbps: c.bandwidthMbps } },
    };
    b.resources.push(resource);
  }
  for (const c of design.circuits) {
    const key = keyOf("circuit", c.id);
    const peering: PeeringResource = {
      type: TYPES.peering,
      apiVersion: NETWORK_API_VERSION,
      name: expr(`format('{0}/{1}', ${circuitName(c.id)}, ${lit(PRIVATE_PEERING)})`),
      condition: expr(param("deployPeerings")),
      comments: describeNotes(`${EXPORT_TEXT.peeringNote(c.id)} (${EXPORT_DOCS.routing})`, b.model.findingNotes(EXPLAINING_FINDINGS.peering)),
      dependsOn: [circuitId(c.id)],
      properties: {
        peeringType: PRIVATE_PEERING,
        peerASN: expr(param("peerAsn")),
        primaryPeerAddressPrefix: b.addTextParameter(`${key}PrimaryPeerAddressPrefix`, EXPORT_TEXT.primaryPrefix(c.id)),
        secondaryPeerAddressPrefix: b.addTextParameter(`${key}SecondaryPeerAddressPrefix`, EXPORT_TEXT.secondaryPrefix(c.id)),
        vlanId: b.addParameter(`${key}VlanId`, { type: "int", minValue: 1, maxValue: 4094, metadata: { description: EXPORT_TEXT.vlanId(c.id) } }),
        sharedKey: expr(`if(empty(${param("peeringSharedKey")}), null(), ${param("peeringSharedKey")})`),
      },
    };
    b.resources.push(peering);
  }
}

const ZONES: Record<string, (zone: number | null) => string[] | undefined> = {
  "zone-redundant": () => ["1", "2", "3"],
  zonal: (zone) => (zone === null ? undefined : [String(zone)]),
  none: () => undefined,
};

function addHubAndSpokeGateways(b: TemplateBuilder): void {
  const { design, keyOf } = b.model;
  for (const g of design.gateways) {
    const key = keyOf("region", g.region);
    const zones = ZONES[g.zoning]?.(g.zone ?? null);
    const publicIp: PublicIpResource = {
      type: TYPES.publicIp,
      apiVersion: NETWORK_API_VERSION,
      name: expr(publicIpName(g.region)),
      location: g.region,
      comments: describeNotes(
        `${EXPORT_TEXT.publicIpNote(g.region, g.zoning, g.zone ?? null)} (${EXPORT_DOCS.gateway})`,
        b.model.notesFor("gateway", g.region).filter((n) => n.field === "zoning" || n.field === "zone"),
      ),
      sku: { name: "Standard", tier: "Regional" },
      ...(zones ? { zones } : {}),
      properties: { publicIPAllocationMethod: "Static" },
    };
    const subnet = b.addTextParameter(`${key}GatewaySubnetId`, EXPORT_TEXT.gatewaySubnet(g.region, g.subnetPrefixLength));
    const sku = g.sku as Exclude<typeof g.sku, "ExpressRouteGateway">;
    const gateway: GatewayResource = {
      type: TYPES.gateway,
      apiVersion: NETWORK_API_VERSION,
      name: expr(gatewayName(g.region)),
      location: g.region,
      comments: describeNotes(
        `${EXPORT_TEXT.gatewayNote(g.region)}${g.sku === "ErGwScale" ? ` ${EXPORT_TEXT.scaleUnitsFixed}` : ""}`,
        b.model.notesFor("gateway", g.region),
      ),
      dependsOn: [expr(`resourceId(${lit(TYPES.publicIp)}, ${publicIpName(g.region)})`)],
      properties: {
        gatewayType: "ExpressRoute",
        sku: { name: sku, tier: sku },
        ipConfigurations: [
          {
            name: "default",
            properties: {
              privateIPAllocationMethod: "Dynamic",
              subnet: { id: subnet },
              publicIPAddress: { id: expr(`resourceId(${lit(TYPES.publicIp)}, ${publicIpName(g.region)})`) },
            },
          },
        ],
        // ErGwScale is sized in scale units (Learn: scalable-gateway); the design's size, fixed.
        ...(g.sku === "ErGwScale" && g.scaleUnits !== null ? { autoScaleConfiguration: { bounds: { min: g.scaleUnits, max: g.scaleUnits } } } : {}),
      },
    };
    b.resources.push(publicIp, gateway);
  }
  for (const conn of design.connections) {
    const g = design.gateways.find((x) => x.region === conn.region);
    const connection: ConnectionResource = {
      type: "Microsoft.Network/connections",
      apiVersion: NETWORK_API_VERSION,
      name: expr(nameOf(`${conn.circuit}-to-${conn.region}`)),
      location: conn.region,
      condition: expr(param("deployPeerings")),
      comments: describeNotes(EXPORT_TEXT.connectionNote(conn.circuit, conn.region, conn.weight, conn.preferred), b.model.findingNotes(EXPLAINING_FINDINGS.connection, `gateways[${conn.region}]`)),
      dependsOn: [expr(`resourceId(${lit(TYPES.gateway)}, ${gatewayName(conn.region)})`), peeringId(conn.circuit)],
      properties: {
        connectionType: "ExpressRoute",
        virtualNetworkGateway1: { id: expr(`resourceId(${lit(TYPES.gateway)}, ${gatewayName(conn.region)})`) },
        peer: { id: circuitId(conn.circuit) },
        routingWeight: conn.weight,
        ...(g?.fastPath ? { expressRouteGatewayBypass: true } : {}),
      },
    };
    b.resources.push(connection);
  }
}

function addVirtualWanGateways(b: TemplateBuilder): void {
  const { design, keyOf } = b.model;
  const wan = b.addTextParameter("virtualWanId", EXPORT_TEXT.virtualWan);
  for (const g of design.gateways) {
    const key = keyOf("region", g.region);
    const hub: HubResource = {
      type: TYPES.hub,
      apiVersion: NETWORK_API_VERSION,
      name: expr(hubName(g.region)),
      location: g.region,
      comments: `${EXPORT_TEXT.hubNote(g.region)} (${EXPORT_DOCS.virtualWan})`,
      properties: { virtualWan: { id: wan }, addressPrefix: b.addTextParameter(`${key}HubAddressPrefix`, EXPORT_TEXT.hubPrefix(g.region)) },
    };
    const gateway: HubGatewayResource = {
      type: TYPES.hubGateway,
      apiVersion: NETWORK_API_VERSION,
      name: expr(hubGatewayName(g.region)),
      location: g.region,
      comments: describeNotes(EXPORT_TEXT.gatewayNote(g.region), b.model.notesFor("gateway", g.region)),
      dependsOn: [expr(`resourceId(${lit(TYPES.hub)}, ${hubName(g.region)})`)],
      properties: {
        virtualHub: { id: expr(`resourceId(${lit(TYPES.hub)}, ${hubName(g.region)})`) },
        autoScaleConfiguration: { bounds: { min: g.scaleUnits ?? 1 } },
      },
    };
    b.resources.push(hub, gateway);
  }
  for (const conn of design.connections) {
    const g = design.gateways.find((x) => x.region === conn.region);
    const connection: HubConnectionResource = {
      type: "Microsoft.Network/expressRouteGateways/expressRouteConnections",
      apiVersion: NETWORK_API_VERSION,
      name: expr(`format('{0}/{1}', ${hubGatewayName(conn.region)}, ${nameOf(conn.circuit)})`),
      condition: expr(param("deployPeerings")),
      comments: describeNotes(EXPORT_TEXT.connectionNote(conn.circuit, conn.region, conn.weight, conn.preferred), b.model.findingNotes(EXPLAINING_FINDINGS.connection, `gateways[${conn.region}]`)),
      dependsOn: [expr(`resourceId(${lit(TYPES.hubGateway)}, ${hubGatewayName(conn.region)})`), peeringId(conn.circuit)],
      properties: {
        expressRouteCircuitPeering: { id: peeringId(conn.circuit) },
        routingWeight: conn.weight,
        ...(g?.fastPath ? { expressRouteGatewayBypass: true } : {}),
      },
    };
    b.resources.push(connection);
  }
}

function addGlobalReach(b: TemplateBuilder): void {
  const notes = b.model.notesFor("design", "globalReach.enabled");
  for (const link of b.model.links) {
    const [a, z] = link.circuits;
    const resource: GlobalReachResource = {
      type: "Microsoft.Network/expressRouteCircuits/peerings/connections",
      apiVersion: NETWORK_API_VERSION,
      name: expr(`format('{0}/{1}/{2}', ${circuitName(a)}, ${lit(PRIVATE_PEERING)}, ${lit(`gr-${z}`)})`),
      condition: expr(param("deployPeerings")),
      comments: describeNotes(EXPORT_TEXT.globalReachNote(a, z, link.crossesGeopoliticalRegions), notes),
      dependsOn: [peeringId(a), peeringId(z)],
      properties: {
        expressRouteCircuitPeering: { id: peeringId(a) },
        peerExpressRouteCircuitPeering: { id: peeringId(z) },
        addressPrefix: b.addTextParameter(`${link.key}AddressPrefix`, EXPORT_TEXT.globalReachPrefix(a, z)),
      },
    };
    b.resources.push(resource);
  }
}

/** The ARM template of a design: deterministic (the design's order), no secret in it. */
export function buildArmTemplate(design: Design): ArmTemplate {
  const model = buildExportModel(design);
  const b = new TemplateBuilder(model);
  addCommonParameters(b);
  addPorts(b);
  addCircuits(b);
  if (isVirtualWan(design)) addVirtualWanGateways(b);
  else addHubAndSpokeGateways(b);
  addGlobalReach(b);
  const outputs: ArmTemplate["outputs"] = {};
  for (const c of design.circuits) outputs[`${model.keyOf("circuit", c.id)}Id`] = { type: "string", value: circuitId(c.id) };
  return {
    $schema: SCHEMA,
    contentVersion: "1.0.0.0",
    metadata: {
      description: EXPORT_TEXT.generatedBy(design.name),
      deployment: EXPORT_TEXT.twoStages("deployPeerings=true"),
      ...(model.notExported.length > 0 ? { notExported: EXPORT_TEXT.notExported(model.notExported) } : {}),
      decisions: describeNotes(EXPORT_TEXT.designNotes, model.notesFor("design", "network")),
    },
    parameters: b.parameters,
    resources: b.resources,
    outputs,
  };
}

/** The template as the file holds it: two-space JSON and a final newline. */
export function renderArmTemplate(design: Design): string {
  return `${JSON.stringify(buildArmTemplate(design), null, 2)}\n`;
}
