// What both exports (ARM, Terraform) read from a design, once: stable keys for parameters and
// resource names, the decisions behind each item (its rule and Learn link, for the comment above
// the resource), and what the design asks for that neither export builds.
import type { Design, DesignCircuit, DesignDecision, DesignPort } from "../design/schema.js";
import { EXPORT_TEXT } from "./export-text.js";

/**
 * One decision as the comment above a resource shows it: `sku.tier = Standard: ER-SKU-010 <docs>`;
 * a finding shows as `finding ER-RTG-F01 (info) <docs>`.
 */
export interface DecisionNote {
  /** A finding rather than a decision: `value` is its rule id, `rule` its severity. */
  finding?: true;
  field: string;
  value: string;
  rule: string;
  docs: string;
}

export interface ExportLink {
  key: string;
  circuits: [string, string];
  crossesGeopoliticalRegions: boolean;
}

export interface ExportModel {
  design: Design;
  /** A parameter-safe key per circuit, port and region id (letters and digits, camelCase, unique). */
  keyOf: (kind: "circuit" | "port" | "region", id: string) => string;
  circuitById: ReadonlyMap<string, DesignCircuit>;
  portById: ReadonlyMap<string, DesignPort>;
  /** Decisions about an item: circuits[id] (with its site group's), ports[id], gateways[region]. */
  notesFor: (item: "circuit" | "port" | "gateway" | "design", id: string) => DecisionNote[];
  links: ExportLink[];
  /**
   * The design's findings that explain a resource without deciding it (the peering subnets and ASN,
   * the connection weights), as notes: `finding ER-RTG-F01` and its Learn page.
   */
  findingNotes: (ids: readonly string[], about?: string) => DecisionNote[];
  /** What the design calls for that the export leaves to other tools (a note at the top). */
  notExported: string[];
  /** The default name prefix: the design's name, lower case, other characters as `-`. */
  namePrefix: string;
}

/** `dc-london-1` → `dcLondon1`; a leading digit gets a letter, so the key is an identifier. */
function camelKey(id: string): string {
  const words = id.split(/[^A-Za-z0-9]+/).filter((w) => w.length > 0);
  const key = words.map((w, i) => (i === 0 ? w.charAt(0).toLowerCase() + w.slice(1) : w.charAt(0).toUpperCase() + w.slice(1))).join("");
  if (key === "") return "item";
  return /^[0-9]/.test(key) ? `n${key}` : key;
}

/**
 * Unique keys, allocated in the design's order so they are stable: ARM parameter names are
 * case-insensitive, and `a-b` and `a_b` would otherwise share one.
 */
function allocateKeys(design: Design): (kind: "circuit" | "port" | "region", id: string) => string {
  const taken = new Set<string>();
  const keys = new Map<string, string>();
  const add = (kind: string, id: string) => {
    const base = camelKey(id);
    let key = base;
    for (let n = 2; taken.has(key.toLowerCase()); n++) key = `${base}${n}`;
    taken.add(key.toLowerCase());
    keys.set(`${kind}:${id}`, key);
  };
  for (const c of design.circuits) add("circuit", c.id);
  for (const p of design.ports) add("port", p.id);
  for (const g of design.gateways) add("region", g.region);
  return (kind, id) => keys.get(`${kind}:${id}`) ?? camelKey(id);
}

const show = (value: DesignDecision["value"]) => (value === null ? "null" : String(value));

/** The decisions under `prefix` (`circuits[x].`), with the field relative to it. */
function notesUnder(decisions: readonly DesignDecision[], prefix: string): DecisionNote[] {
  return decisions.filter((d) => d.path.startsWith(prefix)).map((d) => ({ field: d.path.slice(prefix.length), value: show(d.value), rule: d.rule, docs: d.docs }));
}

function sanitizePrefix(name: string | null): string {
  const cleaned = (name ?? "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 24).replace(/-+$/, "");
  return cleaned === "" ? "er" : cleaned;
}

export function buildExportModel(design: Design): ExportModel {
  const circuitById = new Map(design.circuits.map((c) => [c.id, c]));
  const portById = new Map(design.ports.map((p) => [p.id, p]));
  const groupOf = (circuit: string) => circuitById.get(circuit)?.group;
  const notesFor = (item: "circuit" | "port" | "gateway" | "design", id: string): DecisionNote[] => {
    switch (item) {
      case "circuit": {
        const group = groupOf(id);
        return [...notesUnder(design.decisions, `circuits[${id}].`), ...(group === undefined ? [] : notesUnder(design.decisions, `siteGroups[${group}].`))];
      }
      case "port": {
        // A port pair carries the site groups of its circuits: their port size and MACsec decisions.
        const groups = [...new Set((portById.get(id)?.circuits ?? []).map(groupOf).filter((g): g is string => g !== undefined))];
        return groups.flatMap((g) => notesUnder(design.decisions, `siteGroups[${g}].`).filter((n) => n.field === "directPortGbps" || n.field === "macsec"));
      }
      case "gateway":
        return notesUnder(design.decisions, `gateways[${id}].`);
      case "design":
        return design.decisions.filter((d) => d.path === id).map((d) => ({ field: d.path, value: show(d.value), rule: d.rule, docs: d.docs }));
    }
  };
  const links = design.globalReach.links.map((l, i) => ({ key: `globalReach${i + 1}`, circuits: l.circuits, crossesGeopoliticalRegions: l.crossesGeopoliticalRegions }));
  const notExported = [
    ...(design.vpnFailover.enabled ? [EXPORT_TEXT.notExportedVpn] : []),
    ...(design.microsoftPeering.enabled ? [EXPORT_TEXT.notExportedMicrosoftPeering] : []),
    ...(design.encryption.ipsec ? [EXPORT_TEXT.notExportedIpsec] : []),
  ];
  const findingNotes = (ids: readonly string[], about?: string): DecisionNote[] => {
    const seen = new Set<string>();
    return design.findings
      .filter((f) => ids.includes(f.id) && (about === undefined || (f.about?.includes(about) ?? false)) && !seen.has(f.id) && seen.add(f.id))
      .map((f) => ({ finding: true as const, field: "finding", value: f.id, rule: f.severity, docs: f.docs }));
  };
  return { design, keyOf: allocateKeys(design), circuitById, portById, notesFor, findingNotes, links, notExported, namePrefix: sanitizePrefix(design.name) };
}

/** A circuit's peering location as its order names it: the Metro when it is one (Learn: metro). */
export const orderLocation = (c: DesignCircuit): string | null => c.metro ?? c.peeringLocation;

/** Whether the design's gateways are Virtual WAN hubs' (else hub VNets' virtual network gateways). */
export const isVirtualWan = (design: Design): boolean => design.network === "virtual-wan";

/**
 * What a design read from a file must hold for an export beyond its schema: references that
 * resolve (a connection's circuit and region, a circuit's port, a link's circuits), unique ids,
 * and gateways of the design's network kind. Paths name list items by index, as the file has them.
 */
export function findExportIssues(design: Design): { path: string; message: string }[] {
  const issues: { path: string; message: string }[] = [];
  const circuits = new Set<string>();
  design.circuits.forEach((c, i) => {
    if (circuits.has(c.id)) issues.push({ path: `circuits[${i}].id`, message: `expected a circuit id used once, got "${c.id}" again` });
    circuits.add(c.id);
  });
  const ports = new Set(design.ports.map((p) => p.id));
  const regions = new Set<string>();
  design.gateways.forEach((g, i) => {
    if (regions.has(g.region)) issues.push({ path: `gateways[${i}].region`, message: `expected one gateway per region, got "${g.region}" again` });
    regions.add(g.region);
    const hub = g.sku === "ExpressRouteGateway";
    if (hub !== isVirtualWan(design)) {
      issues.push({ path: `gateways[${i}].sku`, message: hub ? "expected a virtual network gateway SKU (ErGw1AZ … ErGwScale) in a hub-and-spoke design" : "expected ExpressRouteGateway (a Virtual WAN hub's gateway) in a virtual-wan design" });
    }
  });
  design.circuits.forEach((c, i) => {
    if (c.connection.type === "direct" && (c.port === null || !ports.has(c.port))) issues.push({ path: `circuits[${i}].port`, message: "expected the id of a port pair in ports[] for an ExpressRoute Direct circuit" });
  });
  design.connections.forEach((conn, i) => {
    if (!circuits.has(conn.circuit)) issues.push({ path: `connections[${i}].circuit`, message: `expected the id of a circuit in circuits[], got "${conn.circuit}"` });
    if (!regions.has(conn.region)) issues.push({ path: `connections[${i}].region`, message: `expected the region of a gateway in gateways[], got "${conn.region}"` });
  });
  design.globalReach.links.forEach((l, i) =>
    l.circuits.forEach((id, j) => {
      if (!circuits.has(id)) issues.push({ path: `globalReach.links[${i}].circuits[${j}]`, message: `expected the id of a circuit in circuits[], got "${id}"` });
    }),
  );
  return issues;
}

/** Findings (by rule id) that explain a resource the decisions do not: the peering plan, the weights. */
export const EXPLAINING_FINDINGS = {
  peering: ["ER-RTG-F01", "ER-RTG-F02"],
  connection: ["ER-RTG-F03"],
} as const;

/** A note as one line of text: `sku.tier = Standard: ER-SKU-010 <docs>`, `finding ER-RTG-F01 (info) <docs>`. */
export const describeNote = (n: DecisionNote, docs: (url: string) => string): string =>
  n.finding ? `finding ${n.value} (${n.rule}) ${docs(n.docs)}` : `${n.field} = ${n.value}: ${n.rule} ${docs(n.docs)}`;
