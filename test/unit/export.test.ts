// The infrastructure-as-code export on the core (src/export/): what the ARM template and the
// Terraform configuration hold for a design, that every parameter or variable they use is declared
// (and every one declared is used), that no secret is written into them, that names from a design
// file can never break out of a string, and that a design whose references do not resolve is refused.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { parse as parseHcl } from "@cdktn/hcl2json";
import type { Design } from "../../src/design/schema.js";
import { buildArmTemplate, NETWORK_API_VERSION, renderArmTemplate } from "../../src/export/arm-template.js";
import { findExportIssues } from "../../src/export/export-model.js";
import { quote } from "../../src/export/hcl-writer.js";
import { renderTerraform } from "../../src/export/terraform.js";
import { makeAnswersV2, planRaw } from "../helpers/bundle.js";
import { ROOT } from "../helpers/run-cli.js";

const readDesign = (name: string): Design => parseYaml(readFileSync(join(ROOT, "fixtures/designs", `${name}.yaml`), "utf8")) as Design;

const parametersUsed = (text: string) => new Set([...text.matchAll(/parameters\('([^']+)'\)/g)].map((m) => m[1]!));
const variablesUsed = (text: string) => new Set([...text.matchAll(/\bvar\.([a-z_]+)/g)].map((m) => m[1]!));

const byType = (design: Design, type: string) => buildArmTemplate(design).resources.filter((r) => r.type === type);

describe("ARM template", () => {
  it("declares every parameter it uses, and uses every one it declares", () => {
    for (const name of ["margie-bank-macsec-london", "v2-virtual-wan-four-hubs", "v2-australia-two-dc", "no-location-australia-central"]) {
      const template = buildArmTemplate(readDesign(name));
      const used = parametersUsed(JSON.stringify(template.resources) + JSON.stringify(template.outputs));
      expect([...used].sort(), name).toEqual(Object.keys(template.parameters).sort());
    }
  });

  it("writes no secret: the BGP key is a securestring without a value, MACsec keys stay in Key Vault", () => {
    const template = buildArmTemplate(readDesign("margie-bank-macsec-london"));
    const secure = Object.entries(template.parameters).filter(([, p]) => p.type === "securestring");
    expect(secure.map(([n]) => n)).toEqual(["peeringSharedKey"]);
    expect(secure[0]![1].defaultValue).toBe("");
    const links = byType(readDesign("margie-bank-macsec-london"), "Microsoft.Network/expressRoutePorts").flatMap((p) => (p.properties as { links?: unknown[] }).links ?? []);
    expect(links).toHaveLength(4);
    expect(JSON.stringify(links)).toMatch(/MacsecCknSecretId'\)\]/);
  });

  it("writes one circuit per design circuit: provider circuits by provider and location, Direct ones on their port", () => {
    const design = readDesign("v2-mixed-provider-direct");
    const circuits = byType(design, "Microsoft.Network/expressRouteCircuits");
    expect(circuits).toHaveLength(design.circuits.length);
    for (const [i, c] of design.circuits.entries()) {
      const r = circuits[i]! as { sku: { tier: string; family: string; name: string }; properties: Record<string, unknown> };
      expect(r.sku).toEqual({ name: `${c.sku.tier}_${c.sku.family}`, tier: c.sku.tier, family: c.sku.family });
      if (c.connection.type === "direct") expect(r.properties.bandwidthInGbps).toBe(c.bandwidthMbps / 1000);
      else expect((r.properties.serviceProviderProperties as { bandwidthInMbps: number }).bandwidthInMbps).toBe(c.bandwidthMbps);
    }
    expect(new Set(buildArmTemplate(design).resources.map((r) => r.apiVersion))).toEqual(new Set([NETWORK_API_VERSION]));
  });

  it("orders a Metro circuit at the Metro", () => {
    const design = readDesign("alpine-paas-vpn");
    const circuit = byType(design, "Microsoft.Network/expressRouteCircuits")[0]! as { properties: { serviceProviderProperties: { peeringLocation: string } } };
    expect(circuit.properties.serviceProviderProperties.peeringLocation).toBe(design.circuits[0]!.metro);
  });

  it("gives each connection the design's routing weight, and holds peerings and connections back until the circuits are provisioned", () => {
    const design = readDesign("v2-bank-two-dc-maximum");
    const connections = byType(design, "Microsoft.Network/connections") as { condition?: string; properties: { routingWeight: number } }[];
    expect(connections.map((c) => c.properties.routingWeight)).toEqual(design.connections.map((c) => c.weight));
    expect(connections.every((c) => c.condition === "[parameters('deployPeerings')]")).toBe(true);
    expect((byType(design, "Microsoft.Network/expressRouteCircuits/peerings") as { condition?: string }[]).every((p) => p.condition === "[parameters('deployPeerings')]")).toBe(true);
  });

  it("zones each gateway's public IP as the design says", () => {
    const design = readDesign("v2-australia-two-dc");
    const ips = byType(design, "Microsoft.Network/publicIPAddresses") as { zones?: string[]; sku: { name: string } }[];
    expect(ips.map((ip) => ip.zones)).toEqual([["1", "2", "3"], undefined]);
    expect(ips.every((ip) => ip.sku.name === "Standard")).toBe(true);
    const zonal = byType(readDesign("consolidated-zone2"), "Microsoft.Network/publicIPAddresses") as { zones?: string[] }[];
    expect(zonal[0]!.zones).toEqual(["2"]);
  });

  it("sizes ErGwScale and Virtual WAN gateways in scale units", () => {
    const scale = byType(readDesign("v2-hpc-450g-port-pairs"), "Microsoft.Network/virtualNetworkGateways")[0] as { properties: { autoScaleConfiguration?: unknown } };
    expect(scale.properties.autoScaleConfiguration).toEqual({ bounds: { min: 40, max: 40 } });
    const wan = readDesign("v2-virtual-wan-four-hubs");
    expect(byType(wan, "Microsoft.Network/virtualNetworkGateways")).toEqual([]);
    const hubGateways = byType(wan, "Microsoft.Network/expressRouteGateways") as { properties: { autoScaleConfiguration: { bounds: { min: number } } } }[];
    expect(hubGateways.map((g) => g.properties.autoScaleConfiguration.bounds.min)).toEqual(wan.gateways.map((g) => g.scaleUnits));
    expect(byType(wan, "Microsoft.Network/expressRouteGateways/expressRouteConnections")).toHaveLength(wan.connections.length);
  });

  it("links Global Reach circuits' private peerings with a /29 parameter each", () => {
    const design = readDesign("relecloud-multinational");
    const links = byType(design, "Microsoft.Network/expressRouteCircuits/peerings/connections") as { properties: { addressPrefix: string } }[];
    expect(links).toHaveLength(design.globalReach.links.length);
    expect(links.map((l) => l.properties.addressPrefix)).toEqual(design.globalReach.links.map((_, i) => `[parameters('globalReach${i + 1}AddressPrefix')]`));
  });

  it("cites the rule and Learn page of each decision behind a resource", () => {
    const design = readDesign("v2-australia-two-dc");
    const circuit = byType(design, "Microsoft.Network/expressRouteCircuits")[0]!;
    const decision = design.decisions.find((d) => d.path === "circuits[syd-dc-1].sku.tier")!;
    expect(circuit.comments).toContain(`sku.tier = ${decision.value}: ${decision.rule} (${decision.docs})`);
  });

  it("cites the findings that explain what no decision sets: the peering plan, the weights", () => {
    const design = readDesign("v2-bank-two-dc-maximum");
    const peering = byType(design, "Microsoft.Network/expressRouteCircuits/peerings")[0]!;
    const plan = design.findings.find((f) => f.id === "ER-RTG-F01")!;
    expect(peering.comments).toContain(`finding ER-RTG-F01 (info) (${plan.docs})`);
    const connection = byType(design, "Microsoft.Network/connections")[0]!;
    expect(connection.comments).toContain("finding ER-RTG-F03 (info)");
  });

  it("keeps names from a design file inside their string literals", () => {
    const design = readDesign("v2-australia-two-dc");
    const evil = "syd'dc]-1";
    const renamed = JSON.parse(JSON.stringify(design).replaceAll("syd-dc-1", evil)) as Design;
    const text = renderArmTemplate(renamed);
    expect(text).toContain("'syd''dc]-1'");
    // Parameter names are identifiers whatever the ids hold.
    expect(Object.keys(buildArmTemplate(renamed).parameters).every((k) => /^[A-Za-z][A-Za-z0-9]*$/.test(k))).toBe(true);
  });

  it("gives ids that differ only in punctuation or case parameters of their own", () => {
    const design = readDesign("v2-australia-two-dc");
    const clash = JSON.parse(JSON.stringify(design).replaceAll("mel-dc-1", "syd_dc_1")) as Design;
    const names = Object.keys(buildArmTemplate(clash).parameters).filter((k) => k.endsWith("VlanId"));
    expect(names).toEqual(["sydDc1VlanId", "sydDc12VlanId"]);
  });
});

/**
 * Whether a template expression is well formed as far as its characters go: `[…]`, string
 * literals closed (`''` an escaped quote), parentheses and brackets balanced outside them.
 */
function isWellFormedExpression(value: string): boolean {
  if (!value.startsWith("[") || !value.endsWith("]") || value.startsWith("[[")) return false;
  const stack: string[] = [];
  let inString = false;
  const body = value.slice(1, -1);
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (inString) {
      if (ch === "'" && body[i + 1] === "'") i++;
      else if (ch === "'") inString = false;
    } else if (ch === "'") inString = true;
    else if (ch === "(" || ch === "[") stack.push(ch);
    else if (ch === ")" || ch === "]") {
      if (stack.pop() !== (ch === ")" ? "(" : "[")) return false;
    }
  }
  return !inString && stack.length === 0;
}

describe("ARM expressions", () => {
  it("are well formed in every golden template, and only strings meant as expressions start with [", () => {
    const strings: string[] = [];
    const walk = (v: unknown) => {
      if (typeof v === "string") strings.push(v);
      else if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === "object") Object.values(v).forEach(walk);
    };
    for (const name of ["margie-bank-macsec-london", "v2-virtual-wan-four-hubs", "relecloud-multinational", "v2-hpc-450g-port-pairs"]) {
      walk(JSON.parse(readFileSync(join(ROOT, "fixtures/exports", `${name}.json`), "utf8")));
    }
    const expressions = strings.filter((s) => s.startsWith("["));
    expect(expressions.length).toBeGreaterThan(100);
    expect(expressions.filter((e) => !isWellFormedExpression(e))).toEqual([]);
    expect(isWellFormedExpression("[format('{0}', 'a''b')]")).toBe(true);
    expect(isWellFormedExpression("[format('{0}', 'a'b')]")).toBe(false);
  });
});

describe("Terraform", () => {
  it("parses, and declares every variable it uses (and uses every one it declares)", async () => {
    for (const name of ["margie-bank-macsec-london", "v2-virtual-wan-four-hubs", "relecloud-multinational", "no-location-australia-central"]) {
      const text = renderTerraform(readDesign(name));
      const parsed = (await parseHcl(`${name}.tf`, text)) as { variable: Record<string, unknown> };
      const declared = Object.keys(parsed.variable).sort();
      expect([...variablesUsed(text)].sort(), name).toEqual(declared);
    }
  });

  it("marks the BGP key sensitive and writes no key of any kind", async () => {
    const text = renderTerraform(readDesign("margie-bank-macsec-london"));
    const parsed = (await parseHcl("m.tf", text)) as { variable: Record<string, { sensitive?: boolean; default?: unknown }[]>; output: Record<string, { sensitive?: boolean }[]> };
    expect(parsed.variable.peering_shared_key![0]).toMatchObject({ sensitive: true, default: null });
    expect(Object.entries(parsed.variable).filter(([, [v]]) => v!.sensitive).map(([k]) => k)).toEqual(["peering_shared_key"]);
    expect(parsed.output.circuit_service_keys![0]!.sensitive).toBe(true);
    expect(text).toContain("macsec_ckn_keyvault_secret_id = var.ports[");
  });

  it("writes the design's resources: circuits, peerings held by circuits_provisioned, gateways, weighted connections, Global Reach", async () => {
    const design = readDesign("relecloud-multinational");
    const parsed = (await parseHcl("r.tf", renderTerraform(design))) as { resource: Record<string, Record<string, Record<string, unknown>[]>> };
    const r = parsed.resource;
    // The parser returns blocks sorted by label.
    const sorted = (xs: string[]) => [...xs].sort();
    expect(Object.keys(r.azurerm_express_route_circuit!)).toEqual(sorted(design.circuits.map((c) => c.id)));
    expect(Object.values(r.azurerm_express_route_circuit_peering!).every(([p]) => p!.count === "${var.circuits_provisioned ? 1 : 0}")).toBe(true);
    expect(Object.keys(r.azurerm_virtual_network_gateway!)).toEqual(sorted(design.gateways.map((g) => g.region)));
    const weights = Object.fromEntries(Object.entries(r.azurerm_virtual_network_gateway_connection!).map(([label, [c]]) => [label, c!.routing_weight]));
    expect(weights).toEqual(Object.fromEntries(design.connections.map((c) => [`${c.circuit}-to-${c.region}`, c.weight])));
    expect(Object.keys(r.azurerm_express_route_circuit_connection!)).toHaveLength(design.globalReach.links.length);
  });

  it("writes Virtual WAN hubs, hub gateways in scale units and their connections", async () => {
    const design = readDesign("v2-virtual-wan-four-hubs");
    const parsed = (await parseHcl("w.tf", renderTerraform(design))) as { resource: Record<string, Record<string, Record<string, unknown>[]>> };
    const units = Object.fromEntries(Object.entries(parsed.resource.azurerm_express_route_gateway!).map(([label, [g]]) => [label, g!.scale_units]));
    expect(units).toEqual(Object.fromEntries(design.gateways.map((g) => [g.region, g.scaleUnits])));
    expect(Object.keys(parsed.resource.azurerm_virtual_hub!).sort()).toEqual(design.gateways.map((g) => g.region).sort());
    expect(Object.keys(parsed.resource.azurerm_express_route_connection!)).toHaveLength(design.connections.length);
    expect(parsed.resource.azurerm_virtual_network_gateway).toBeUndefined();
  });

  it("keeps names from a design file inside their strings and comments", async () => {
    const design = readDesign("v2-australia-two-dc");
    const evil = 'syd"${file("/etc/passwd")}\n%{x}-1';
    const renamed = JSON.parse(JSON.stringify(design).replaceAll("syd-dc-1", JSON.stringify(evil).slice(1, -1))) as Design;
    const text = renderTerraform(renamed);
    const parsed = (await parseHcl("e.tf", text)) as { variable: { circuits: { validation: { condition: string }[] }[] } };
    expect(parsed.variable.circuits[0]!.validation[0]!.condition).toContain("syd");
    expect(text).not.toContain('file("/etc/passwd")}\n');
    expect(text).toContain(quote(evil));
  });

  it("is the same for the same design, whether planned now or read back", async () => {
    const { design } = await planRaw(makeAnswersV2({ name: "same", transit: { betweenSites: "none" } }));
    expect(renderTerraform(design)).toBe(renderTerraform(JSON.parse(JSON.stringify(design)) as Design));
    expect(renderArmTemplate(design)).toBe(renderArmTemplate(JSON.parse(JSON.stringify(design)) as Design));
  });
});

describe("design checks before an export", () => {
  it("accepts every golden design", () => {
    for (const name of ["v2-six-sites-five-regions", "v2-virtual-wan-four-hubs", "huge-bandwidth-450g", "conglomerate-business-units"]) expect(findExportIssues(readDesign(name)), name).toEqual([]);
  });

  it("names what does not resolve, by its path in the file", () => {
    const design = readDesign("v2-australia-two-dc");
    const broken = JSON.parse(JSON.stringify(design)) as Design;
    broken.connections[0]!.circuit = "nowhere-1";
    (broken.gateways[1] as { sku: string }).sku = "ExpressRouteGateway";
    broken.globalReach.links[0]!.circuits[1] = "gone-1";
    expect(findExportIssues(broken).map((i) => i.path)).toEqual(["gateways[1].sku", "connections[0].circuit", "globalReach.links[0].circuits[1]"]);
  });
});
