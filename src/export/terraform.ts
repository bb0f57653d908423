// Design → Terraform configuration (azurerm provider) as text: the same objects as the ARM export,
// with variables for what the design cannot know and `sensitive = true` on the one secret (the BGP
// key). Arguments as the azurerm documentation names them,
// https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/<resource>:
// express_route_circuit, express_route_circuit_peering, express_route_port, public_ip,
// virtual_network_gateway, virtual_network_gateway_connection, express_route_circuit_connection,
// virtual_hub, express_route_gateway, express_route_connection.
import type { Design } from "../design/schema.js";
import { EXPORT_DOCS, EXPORT_TEXT } from "./export-text.js";
import { buildExportModel, describeNote, EXPLAINING_FINDINGS, isVirtualWan, orderLocation, type DecisionNote, type ExportModel } from "./export-model.js";
import { MACSEC_CIPHERS, PORT_ENCAPSULATIONS } from "./arm-types.js";
import { quote, raw, renderHclFile, type HclBlock, type HclRaw, type HclValue } from "./hcl-writer.js";

const PRIVATE_PEERING = "AzurePrivatePeering";
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/** `"${var.name_prefix}-<suffix>"`: the suffix a quoted literal, so it can never interpolate. */
const prefixed = (suffix: string): HclRaw => raw(`"\${var.name_prefix}${quote(`-${suffix}`).slice(1)}`);
const lookup = (variable: string, key: string, field?: string): HclRaw => raw(`var.${variable}[${quote(key)}]${field === undefined ? "" : `.${field}`}`);

/** `sku.tier = Standard: ER-SKU-010 <docs>`, one comment line per decision. */
const noteLines = (heading: string, notes: readonly DecisionNote[]): string[] => [heading, ...notes.map((n) => `  ${describeNote(n, (url) => url)}`)];

/** Resource labels: the id where it is a Terraform identifier, else its key; unique per resource type. */
function makeLabeller(model: ExportModel): (kind: "circuit" | "port" | "region", id: string) => string {
  const labels = new Map<string, string>();
  const taken = new Set<string>();
  const add = (kind: "circuit" | "port" | "region", id: string) => {
    const base = IDENTIFIER.test(id) ? id : model.keyOf(kind, id);
    let label = base;
    for (let n = 2; taken.has(`${kind}:${label}`); n++) label = `${base}_${n}`;
    taken.add(`${kind}:${label}`);
    labels.set(`${kind}:${id}`, label);
  };
  for (const c of model.design.circuits) add("circuit", c.id);
  for (const p of model.design.ports) add("port", p.id);
  for (const g of model.design.gateways) add("region", g.region);
  return (kind, id) => labels.get(`${kind}:${id}`)!;
}

/** A `variable` block. */
function variable(name: string, type: string, description: string, extra: { default?: HclValue; sensitive?: boolean; validation?: [string, string][] } = {}): HclBlock {
  return {
    type: "variable",
    labels: [name],
    attributes: [
      ["description", description],
      ["type", raw(type)],
      ["default", extra.default],
      ["sensitive", extra.sensitive],
    ],
    blocks: (extra.validation ?? []).map(([condition, message]) => ({ type: "validation", attributes: [["condition", raw(condition)], ["error_message", message]] })),
  };
}

/** `map(object({ … }))`, one field a line. */
const objectMapType = (fields: readonly [string, string][]): string => {
  const width = Math.max(...fields.map(([k]) => k.length));
  return `map(object({\n${fields.map(([k, t]) => `    ${k.padEnd(width)} = ${t}`).join("\n")}\n  }))`;
};

/** A map variable must name every item of the design: the keys it needs, checked at plan time. */
const requireKeys = (variableName: string, keys: readonly string[], what: string): [string, string] => [
  `alltrue([for k in [${keys.map(quote).join(", ")}] : contains(keys(var.${variableName}), k)])`,
  `Give every ${what} of the design: ${keys.join(", ")}.`,
];

/** An optional field some items must have (the provider of a provider circuit): checked at plan time. */
const requireFields = (variableName: string, field: string, keys: readonly string[], what: string): [string, string][] =>
  keys.length === 0
    ? []
    : [[`alltrue([for k in [${keys.map(quote).join(", ")}] : try(var.${variableName}[k].${field} != null, false)])`, `Give ${field} for every ${what}: ${keys.join(", ")}.`]];

function buildVariables(model: ExportModel): HclBlock[] {
  const { design } = model;
  const blocks: HclBlock[] = [
    variable("resource_group_name", "string", EXPORT_TEXT.resourceGroup),
    variable("location", "string", EXPORT_TEXT.location),
    variable("name_prefix", "string", EXPORT_TEXT.namePrefix, { default: model.namePrefix }),
    variable("peer_asn", "number", EXPORT_TEXT.peerAsn, {
      validation: [["var.peer_asn >= 1 && var.peer_asn <= 4294967295 && !(var.peer_asn >= 65515 && var.peer_asn <= 65520) && var.peer_asn != 12076", "Use a 2- or 4-byte ASN other than 65515-65520 (reserved by Microsoft) and 12076 (Microsoft's)."]],
    }),
    variable("peering_shared_key", "string", EXPORT_TEXT.sharedKey, { default: null, sensitive: true }),
    variable("circuits_provisioned", "bool", EXPORT_TEXT.deployPeerings.replace("false for", "Leave false for"), { default: false }),
  ];
  const anyProvider = design.circuits.some((c) => c.connection.type !== "direct");
  const anyUnplaced = design.circuits.some((c) => c.connection.type !== "direct" && orderLocation(c) === null);
  blocks.push(
    variable(
      "circuits",
      objectMapType([
        ...(anyProvider ? ([["service_provider_name", "optional(string)"]] as [string, string][]) : []),
        ...(anyUnplaced ? ([["peering_location", "optional(string)"]] as [string, string][]) : []),
        ["primary_peer_address_prefix", "string"],
        ["secondary_peer_address_prefix", "string"],
        ["vlan_id", "number"],
      ]),
      "Per circuit id: the provider (provider circuits), the private peering's two /30 subnets (unused anywhere else) and its VLAN ID.",
      {
        validation: [
          requireKeys("circuits", design.circuits.map((c) => c.id), "circuit"),
          ...requireFields("circuits", "service_provider_name", design.circuits.filter((c) => c.connection.type !== "direct").map((c) => c.id), "provider circuit"),
          ...requireFields("circuits", "peering_location", design.circuits.filter((c) => c.connection.type !== "direct" && orderLocation(c) === null).map((c) => c.id), "circuit without a location"),
        ],
      },
    ),
  );
  if (design.ports.length > 0) {
    const macsec = design.ports.some((p) => p.macsec);
    blocks.push(
      variable(
        "ports",
        objectMapType([
          ["encapsulation", "string"],
          ...(design.ports.some((p) => p.peeringLocation === null) ? ([["peering_location", "optional(string)"]] as [string, string][]) : []),
          ...(macsec
            ? ([
                ["macsec_ckn_keyvault_secret_id", "optional(string)"],
                ["macsec_cak_keyvault_secret_id", "optional(string)"],
              ] as [string, string][])
            : []),
        ]),
        "Per Direct port pair id: its encapsulation (Dot1Q or QinQ)" + (macsec ? " and the Key Vault secret IDs of its MACsec CKN and CAK (the keys stay in Key Vault)." : "."),
        {
          validation: [
            requireKeys("ports", design.ports.map((p) => p.id), "port pair"),
            [`alltrue([for p in values(var.ports) : contains([${PORT_ENCAPSULATIONS.map(quote).join(", ")}], p.encapsulation)])`, `encapsulation is one of ${PORT_ENCAPSULATIONS.join(", ")}.`],
          ],
        },
      ),
    );
    if (macsec) {
      blocks.push(variable("macsec_identity_id", "string", EXPORT_TEXT.macsecIdentity));
      blocks.push(
        variable("macsec_cipher", "string", EXPORT_TEXT.macsecCipher, {
          validation: [[`contains([${MACSEC_CIPHERS.map(quote).join(", ")}], var.macsec_cipher)`, `macsec_cipher is one of ${MACSEC_CIPHERS.join(", ")}.`]],
        }),
      );
      blocks.push(variable("macsec_sci_enabled", "bool", EXPORT_TEXT.macsecSci.replace(": Enabled or Disabled,", " (true or false),")));
    }
  }
  const regions = design.gateways.map((g) => g.region);
  if (isVirtualWan(design)) {
    blocks.push(variable("virtual_wan_id", "string", EXPORT_TEXT.virtualWan));
    blocks.push(variable("hub_address_prefixes", "map(string)", "Per region: the address prefix of its Virtual WAN hub, unused anywhere else.", { validation: [requireKeys("hub_address_prefixes", regions, "region")] }));
  } else {
    blocks.push(
      variable("gateway_subnet_ids", "map(string)", "Per region: the resource ID of the subnet named GatewaySubnet in its hub VNet (at least the prefix length the design recommends).", {
        validation: [requireKeys("gateway_subnet_ids", regions, "region")],
      }),
    );
  }
  if (model.links.length > 0) {
    const keys = model.links.map((l) => `${l.circuits[0]}:${l.circuits[1]}`);
    blocks.push(
      variable("global_reach_address_prefixes", "map(string)", "Per Global Reach link (\"<circuit>:<circuit>\"): a /29 unused anywhere else.", { validation: [requireKeys("global_reach_address_prefixes", keys, "Global Reach link")] }),
    );
  }
  return blocks;
}

const common = (): [string, HclValue][] => [
  ["resource_group_name", raw("var.resource_group_name")],
  ["location", raw("var.location")],
];
const whenProvisioned: [string, HclValue] = ["count", raw("var.circuits_provisioned ? 1 : 0")];

function buildResources(model: ExportModel): HclBlock[] {
  const { design } = model;
  const label = makeLabeller(model);
  const blocks: HclBlock[] = [];
  for (const port of design.ports) {
    const l = label("port", port.id);
    const link = (n: string): HclBlock => ({
      type: n,
      attributes: [
        ["macsec_cipher", raw("var.macsec_cipher")],
        ["macsec_ckn_keyvault_secret_id", lookup("ports", port.id, "macsec_ckn_keyvault_secret_id")],
        ["macsec_cak_keyvault_secret_id", lookup("ports", port.id, "macsec_cak_keyvault_secret_id")],
        ["macsec_sci_enabled", raw("var.macsec_sci_enabled")],
      ],
    });
    blocks.push({
      type: "resource",
      labels: ["azurerm_express_route_port", l],
      comments: noteLines(`${EXPORT_TEXT.portNote(port.id)} ${EXPORT_DOCS.direct}`, model.notesFor("port", port.id)),
      attributes: [
        ["name", prefixed(port.id)],
        ...common(),
        ["peering_location", port.peeringLocation ?? lookup("ports", port.id, "peering_location")],
        ["bandwidth_in_gbps", port.sizeGbps],
        ["encapsulation", lookup("ports", port.id, "encapsulation")],
      ],
      blocks: port.macsec
        ? [{ type: "identity", attributes: [["type", "UserAssigned"], ["identity_ids", [raw("var.macsec_identity_id")]]] }, link("link1"), link("link2")]
        : [],
    });
  }
  for (const c of design.circuits) {
    const l = label("circuit", c.id);
    const direct = c.connection.type === "direct" && c.port !== null;
    blocks.push({
      type: "resource",
      labels: ["azurerm_express_route_circuit", l],
      comments: noteLines(EXPORT_TEXT.circuitNote(c.id), model.notesFor("circuit", c.id)),
      attributes: [
        ["name", prefixed(c.id)],
        ...common(),
        ...((direct
          ? [
              ["express_route_port_id", raw(`azurerm_express_route_port.${label("port", c.port!)}.id`)],
              ["bandwidth_in_gbps", c.bandwidthMbps / 1000],
            ]
          : [
              ["service_provider_name", lookup("circuits", c.id, "service_provider_name")],
              ["peering_location", orderLocation(c) ?? lookup("circuits", c.id, "peering_location")],
              ["bandwidth_in_mbps", c.bandwidthMbps],
            ]) as [string, HclValue][]),
      ],
      blocks: [{ type: "sku", attributes: [["tier", c.sku.tier], ["family", c.sku.family]] }],
    });
    blocks.push({
      type: "resource",
      labels: ["azurerm_express_route_circuit_peering", l],
      comments: noteLines(`${EXPORT_TEXT.peeringNote(c.id)} ${EXPORT_DOCS.routing}`, model.findingNotes(EXPLAINING_FINDINGS.peering)),
      attributes: [
        whenProvisioned,
        ["peering_type", PRIVATE_PEERING],
        ["express_route_circuit_name", raw(`azurerm_express_route_circuit.${l}.name`)],
        ["resource_group_name", raw("var.resource_group_name")],
        ["peer_asn", raw("var.peer_asn")],
        ["primary_peer_address_prefix", lookup("circuits", c.id, "primary_peer_address_prefix")],
        ["secondary_peer_address_prefix", lookup("circuits", c.id, "secondary_peer_address_prefix")],
        ["vlan_id", lookup("circuits", c.id, "vlan_id")],
        ["shared_key", raw("var.peering_shared_key")],
      ],
    });
  }
  if (isVirtualWan(design)) {
    for (const g of design.gateways) {
      const l = label("region", g.region);
      blocks.push({
        type: "resource",
        labels: ["azurerm_virtual_hub", l],
        comments: [`${EXPORT_TEXT.hubNote(g.region)} ${EXPORT_DOCS.virtualWan}`],
        attributes: [
          ["name", prefixed(`${g.region}-hub`)],
          ["resource_group_name", raw("var.resource_group_name")],
          ["location", g.region],
          ["virtual_wan_id", raw("var.virtual_wan_id")],
          ["address_prefix", lookup("hub_address_prefixes", g.region)],
        ],
      });
      blocks.push({
        type: "resource",
        labels: ["azurerm_express_route_gateway", l],
        comments: noteLines(EXPORT_TEXT.gatewayNote(g.region), model.notesFor("gateway", g.region)),
        attributes: [
          ["name", prefixed(`${g.region}-hub-ergw`)],
          ["resource_group_name", raw("var.resource_group_name")],
          ["location", g.region],
          ["virtual_hub_id", raw(`azurerm_virtual_hub.${l}.id`)],
          ["scale_units", g.scaleUnits ?? 1],
        ],
      });
    }
    for (const conn of design.connections) {
      const g = design.gateways.find((x) => x.region === conn.region);
      const c = label("circuit", conn.circuit);
      blocks.push({
        type: "resource",
        labels: ["azurerm_express_route_connection", `${c}-to-${label("region", conn.region)}`],
        comments: noteLines(EXPORT_TEXT.connectionNote(conn.circuit, conn.region, conn.weight, conn.preferred), model.findingNotes(EXPLAINING_FINDINGS.connection, `gateways[${conn.region}]`)),
        attributes: [
          whenProvisioned,
          ["name", prefixed(conn.circuit)],
          ["express_route_gateway_id", raw(`azurerm_express_route_gateway.${label("region", conn.region)}.id`)],
          ["express_route_circuit_peering_id", raw(`azurerm_express_route_circuit_peering.${c}[0].id`)],
          ["routing_weight", conn.weight],
          ["express_route_gateway_bypass_enabled", g?.fastPath ? true : undefined],
        ],
      });
    }
  } else {
    for (const g of design.gateways) {
      const l = label("region", g.region);
      const zones = g.zoning === "zone-redundant" ? ["1", "2", "3"] : g.zoning === "zonal" && g.zone !== null ? [String(g.zone)] : undefined;
      blocks.push({
        type: "resource",
        labels: ["azurerm_public_ip", `${l}-ergw`],
        comments: noteLines(
          `${EXPORT_TEXT.publicIpNote(g.region, g.zoning, g.zone ?? null)} ${EXPORT_DOCS.gateway}`,
          model.notesFor("gateway", g.region).filter((n) => n.field === "zoning" || n.field === "zone"),
        ),
        attributes: [
          ["name", prefixed(`${g.region}-ergw-pip`)],
          ["resource_group_name", raw("var.resource_group_name")],
          ["location", g.region],
          ["allocation_method", "Static"],
          ["sku", "Standard"],
          ["zones", zones],
        ],
      });
      blocks.push({
        type: "resource",
        labels: ["azurerm_virtual_network_gateway", l],
        comments: [
          ...noteLines(EXPORT_TEXT.gatewayNote(g.region), model.notesFor("gateway", g.region)),
          ...(g.sku === "ErGwScale" ? [`${EXPORT_TEXT.azurermScaleUnitsUnverified} ${EXPORT_DOCS.scalableGateway}`] : []),
        ],
        attributes: [
          ["name", prefixed(`${g.region}-ergw`)],
          ["resource_group_name", raw("var.resource_group_name")],
          ["location", g.region],
          ["type", "ExpressRoute"],
          ["sku", g.sku],
        ],
        blocks: [
          {
            type: "ip_configuration",
            attributes: [
              ["name", "default"],
              ["public_ip_address_id", raw(`azurerm_public_ip.${l}-ergw.id`)],
              ["private_ip_address_allocation", "Dynamic"],
              ["subnet_id", lookup("gateway_subnet_ids", g.region)],
            ],
          },
        ],
      });
    }
    for (const conn of design.connections) {
      const g = design.gateways.find((x) => x.region === conn.region);
      const c = label("circuit", conn.circuit);
      const r = label("region", conn.region);
      blocks.push({
        type: "resource",
        labels: ["azurerm_virtual_network_gateway_connection", `${c}-to-${r}`],
        comments: noteLines(EXPORT_TEXT.connectionNote(conn.circuit, conn.region, conn.weight, conn.preferred), model.findingNotes(EXPLAINING_FINDINGS.connection, `gateways[${conn.region}]`)),
        attributes: [
          whenProvisioned,
          ["name", prefixed(`${conn.circuit}-to-${conn.region}`)],
          ["resource_group_name", raw("var.resource_group_name")],
          ["location", conn.region],
          ["type", "ExpressRoute"],
          ["virtual_network_gateway_id", raw(`azurerm_virtual_network_gateway.${r}.id`)],
          ["express_route_circuit_id", raw(`azurerm_express_route_circuit.${c}.id`)],
          ["routing_weight", conn.weight],
          ["express_route_gateway_bypass", g?.fastPath ? true : undefined],
          // The circuit's private peering comes before a connection uses it (Learn: expressroute-howto-linkvnet-arm).
          ["depends_on", [raw(`azurerm_express_route_circuit_peering.${c}`)]],
        ],
      });
    }
  }
  const globalReachNotes = model.notesFor("design", "globalReach.enabled");
  for (const link of model.links) {
    const [a, z] = link.circuits;
    const la = label("circuit", a);
    const lz = label("circuit", z);
    blocks.push({
      type: "resource",
      labels: ["azurerm_express_route_circuit_connection", `${la}-${lz}`],
      comments: noteLines(EXPORT_TEXT.globalReachNote(a, z, link.crossesGeopoliticalRegions), globalReachNotes),
      attributes: [
        whenProvisioned,
        ["name", `gr-${z}`],
        ["peering_id", raw(`azurerm_express_route_circuit_peering.${la}[0].id`)],
        ["peer_peering_id", raw(`azurerm_express_route_circuit_peering.${lz}[0].id`)],
        ["address_prefix_ipv4", lookup("global_reach_address_prefixes", `${a}:${z}`)],
      ],
    });
  }
  const ids: { [key: string]: HclValue } = {};
  const keys: { [key: string]: HclValue } = {};
  for (const c of design.circuits) {
    ids[c.id] = raw(`azurerm_express_route_circuit.${label("circuit", c.id)}.id`);
    keys[c.id] = raw(`azurerm_express_route_circuit.${label("circuit", c.id)}.service_key`);
  }
  blocks.push({ type: "output", labels: ["circuit_ids"], attributes: [["value", ids]] });
  // The service key is what a provider provisions the circuit with: kept out of plain output.
  blocks.push({ type: "output", labels: ["circuit_service_keys"], attributes: [["value", keys], ["sensitive", true]] });
  return blocks;
}

/** The Terraform configuration of a design: deterministic (the design's order), no secret in it. */
export function renderTerraform(design: Design): string {
  const model = buildExportModel(design);
  const header = [
    EXPORT_TEXT.generatedBy(design.name),
    EXPORT_TEXT.twoStages("circuits_provisioned = true"),
    ...(model.notExported.length > 0 ? [EXPORT_TEXT.notExported(model.notExported)] : []),
    ...noteLines(EXPORT_TEXT.designNotes, model.notesFor("design", "network")),
  ];
  const blocks: HclBlock[] = [
    {
      type: "terraform",
      // optional() object attributes need Terraform 1.3.
      attributes: [["required_version", ">= 1.3"]],
      blocks: [{ type: "required_providers", attributes: [["azurerm", { source: "hashicorp/azurerm", version: ">= 4.0, < 5.0" }]] }],
    },
    { type: "provider", labels: ["azurerm"], blocks: [{ type: "features" }] },
    ...buildVariables(model),
    ...buildResources(model),
  ];
  return renderHclFile(header, blocks);
}
