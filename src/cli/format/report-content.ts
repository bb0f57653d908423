// What a human report says, independent of markup: the Markdown and HTML renderers both format
// this one structure, so the two reports cannot drift apart in content.
import type { SectionName } from "../../answers/schema.js";
import { SEVERITIES, type Severity } from "../../rules/vocabulary.js";
import { formatNumber, formatValue } from "../../text/format.js";
import { formatAnswer } from "../questionnaire/format-answer.js";
import { QUESTIONS, SECTION_TITLES } from "../questionnaire/questions.js";
import type { Design, DesignFinding } from "./design-v2-shape.js";
import type { ReportSources } from "./report-sources.js";
import { REPORT_TEXT as T } from "./report-text.js";
import { itemMonthly, type BillOfMaterials } from "../../bom/build-bom.js";
import { formatMoney } from "./bom.js";
import { BOM_TEXT } from "./bom-text.js";

export interface LabelledValue {
  label: string;
  value: string;
}

/** A table as plain-text cells; `id` names it (the HTML class) and each row's first cell is its key. */
export interface ReportTable {
  id: string;
  columns: readonly string[];
  rows: string[][];
}

export interface DecisionRow {
  /** The decisions this row stands for: one, or every item's where they agree in value, rule and rationale. */
  paths: string[];
  label: string;
  value: string;
  rationale: string;
  rule: string;
  docs: string;
}

export interface FindingItem extends DesignFinding {
  /** "Circuit us-branches-1" for a per-item finding, null for one about the whole design. */
  aboutLabel: string | null;
}

export interface FindingGroup {
  severity: Severity;
  heading: string;
  findings: FindingItem[];
}

export interface AnswerGroup {
  heading: string;
  answers: LabelledValue[];
  /** The sites or regions answers, a row each (list sections). */
  table?: ReportTable;
}

export interface ReportContent {
  title: string;
  intro: string;
  summary: LabelledValue[];
  sites: ReportTable;
  regions: ReportTable;
  transit: string;
  /** "What you told us": the other answers as used, by questionnaire section. */
  answerGroups: AnswerGroup[];
  siteGroups: ReportTable;
  /** Each distinct grouping reason once, after the groups it is the reason for. */
  siteGroupReasons: ReportTable;
  circuits: ReportTable;
  /** Null when no circuit is on ExpressRoute Direct. */
  ports: ReportTable | null;
  gateways: ReportTable;
  /** Circuits × regions: the weight of each connection, ★ where the circuit's site group prefers it for the region. */
  connections: ReportTable;
  /** Null when Global Reach is not enabled. */
  globalReach: ReportTable | null;
  /** What to order or prepare, priced with --prices; null when the CLI built none. */
  bom: { table: ReportTable; note: string } | null;
  decisions: DecisionRow[];
  findingGroups: FindingGroup[];
}

// Most serious first: a workshop reads errors before caveats.
const SEVERITY_ORDER: readonly Severity[] = [...SEVERITIES].reverse();

export function composeReport(design: Design, sources: ReportSources): ReportContent {
  const L = T.summaryLabels;
  const summary: LabelledValue[] = [
    { label: L.network, value: T.network(design.network) },
    { label: L.resilience, value: T.resilience(design) },
    { label: L.sites, value: T.sites(design) },
    { label: L.regions, value: T.list(design.gateways.map((g) => g.region)) },
    { label: L.circuits, value: T.circuits(design) },
    { label: L.ports, value: T.ports(design) },
    { label: L.gateways, value: T.gateways(design) },
    { label: L.vpnFailover, value: T.vpnFailover(design.vpnFailover.enabled, vpnRequirementIds(design)) },
    { label: L.globalReach, value: T.globalReach(design) },
    { label: L.microsoftPeering, value: T.microsoftPeering(design.microsoftPeering) },
    { label: L.encryption, value: T.encryption(design.encryption) },
    { label: L.findings, value: T.findingCounts(design.summary) },
  ];
  const { requirements: r } = design;
  return {
    title: T.title(design.name),
    intro: T.intro(design.apiVersion),
    summary,
    sites: {
      id: "sites",
      columns: T.siteColumns,
      rows: r.sites.map((s) => [
        s.name,
        T.mbps(s.requiredMbps),
        T.mbps(s.projectedMbps),
        s.peeringLocation ?? T.unchosenLocation,
        formatNumber(s.count),
        s.businessUnit ?? T.noBusinessUnit,
      ]),
    },
    regions: {
      id: "regions",
      columns: T.regionColumns,
      rows: r.regions.map((g) => [g.name, T.mbps(g.requiredMbps), T.mbps(g.projectedMbps), formatNumber(g.vnetCount), T.count(g.vmCount), T.list(g.sites)]),
    },
    transit: T.transit(r.transit),
    answerGroups: groupAnswers(sources),
    siteGroups: {
      id: "site-groups",
      columns: T.siteGroupColumns,
      rows: design.siteGroups.map((g) => [
        g.id,
        T.list(g.sites),
        g.businessUnit ?? T.noBusinessUnit,
        T.mbps(g.projectedMbps),
        T.list(g.circuits),
        g.directPortGbps === null ? T.noPort : T.gbps(g.directPortGbps),
      ]),
    },
    siteGroupReasons: { id: "site-group-reasons", columns: T.siteGroupReasonColumns, rows: groupReasons(design) },
    circuits: {
      id: "circuits",
      columns: T.circuitColumns,
      rows: design.circuits.map((c) => [
        c.id,
        T.roles[c.role],
        T.list(c.sites),
        c.peeringLocation ?? T.unchosenLocation,
        c.metro ?? T.noMetro,
        T.connectionKind(c.connection),
        c.port ?? T.noPort,
        T.circuitSize(c.bandwidthMbps),
        c.sku.tier,
        c.sku.family,
        T.list(c.regions),
      ]),
    },
    ports:
      design.ports.length === 0
        ? null
        : {
            id: "ports",
            columns: T.portColumns,
            rows: design.ports.map((p) => [p.id, p.peeringLocation ?? T.unchosenLocation, T.gbps(p.sizeGbps), T.list(p.circuits), T.yesNo(p.macsec)]),
          },
    gateways: {
      id: "gateways",
      columns: T.gatewayColumns,
      rows: design.gateways.map((g) => [
        g.region,
        T.gatewaySku(g),
        T.zoning(g),
        T.onOff(g.fastPath),
        T.subnet(g.subnetPrefixLength),
        T.list(g.circuits),
        T.yesNo(g.vpnFailover),
      ]),
    },
    connections: composeConnections(design),
    globalReach: design.globalReach.enabled
      ? {
          id: "global-reach",
          columns: T.globalReachColumns,
          rows: design.globalReach.links.map((l) => [l.circuits[0], l.circuits[1], T.yesNo(l.crossesGeopoliticalRegions)]),
        }
      : null,
    bom: sources.bom ? composeBom(sources.bom) : null,
    decisions: groupDecisions(design),
    findingGroups: SEVERITY_ORDER.map((severity) => {
      const findings = orderByAbout(design.findings.filter((f) => f.severity === severity));
      return { severity, heading: `${T.severityHeadings[severity]} (${findings.length})`, findings };
    }),
  };
}

/** One row per item: its kind and id, its facts, what to prepare, and its monthly amount with --prices. */
function composeBom(bom: BillOfMaterials): { table: ReportTable; note: string } {
  const e = bom.estimate;
  const monthly = (item: BillOfMaterials["items"][number]) => {
    const m = itemMonthly(item);
    if (!m) return BOM_TEXT.notPriced;
    const amount = `${formatMoney(m.amount)} ${e!.currency}`;
    return m.complete ? amount : BOM_TEXT.partial(amount);
  };
  return {
    table: {
      id: "bom",
      columns: BOM_TEXT.columns,
      rows: bom.items.map((item) => [
        `${item.kind} ${item.id}`,
        item.fields
          .filter(([, v]) => v !== null)
          .map(([k, v]) => `${k}: ${formatValue(v)}`)
          .join(", "),
        [...item.prepare, ...(item.note ? [item.note] : [])].join("; "),
        monthly(item),
      ]),
    },
    note: e ? BOM_TEXT.total(formatMoney(e.total), e.currency, e.effectiveFrom, e.effectiveTo, e.unpriced) : BOM_TEXT.noPrices,
  };
}

/**
 * One row per decision, except that the same decision of several items (every circuit's billing
 * family, every gateway's subnet) with the same value, rule and rationale is one row listing them:
 * with six sites and five regions a row per item repeats one sentence dozens of times.
 */
function groupDecisions(design: Design): DecisionRow[] {
  const MARK = "\u0000";
  const rows = new Map<string, { row: DecisionRow; ids: string[]; template: string | null }>();
  for (const d of design.decisions) {
    const slot = d.path.replace(/\[[^\]]*\]/g, "[]");
    const value = typeof d.value === "boolean" ? T.yesNo(d.value) : formatValue(d.value);
    // A rationale that differs between items only by naming its own item ("the gateway in eastus
    // …") is the same reason: one row, the items named together where the one was.
    const id = /^\w+\[([^\]]+)\]/.exec(d.path)?.[1];
    const template = id === undefined ? null : maskName(d.rationale, id, MARK);
    const key = JSON.stringify([slot, value, template ?? d.rationale, d.rule, d.docs]);
    const entry = rows.get(key);
    if (entry) {
      entry.row.paths.push(d.path);
      entry.ids.push(id!);
    } else {
      rows.set(key, { row: { paths: [d.path], label: T.decisionLabels[slot] ?? d.path, value, rationale: d.rationale, rule: d.rule, docs: d.docs }, ids: id === undefined ? [] : [id], template });
    }
  }
  return [...rows.values()].map(({ row, ids, template }) =>
    template === null || ids.length === 1 ? row : { ...row, rationale: template.split(MARK).join(T.itemsTogether(ids)) },
  );
}

/** `text` with each whole-word mention of `name` (not inside eastus2 or ams-dc-1) replaced by `mark`; null when it has none. */
function maskName(text: string, name: string, mark: string): string | null {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const masked = text.replace(new RegExp(`(?<![\\w-])${escaped}(?![\\w-])`, "g"), mark);
  return masked === text ? null : masked;
}

/**
 * Each grouping reason once, with the groups it explains. A reason that differs between groups only
 * by the group's own name where the sentence starts ("site-1 has a circuit of its own: …") is one
 * reason: "Each of site-1, site-2, site-3 has a circuit of its own: …".
 */
function groupReasons(design: Design): string[][] {
  const MARK = "\u0000";
  const byTemplate = new Map<string, { ids: string[]; reason: string }>();
  for (const g of design.siteGroups) {
    const template = maskName(g.reason, g.id, MARK) ?? g.reason;
    // Only a sentence that names its group once, first, can speak for several.
    const key = template.startsWith(MARK) && template.indexOf(MARK, 1) < 0 ? template : `${g.id}\n${g.reason}`;
    const entry = byTemplate.get(key) ?? { ids: [], reason: g.reason };
    entry.ids.push(g.id);
    byTemplate.set(key, entry);
  }
  return [...byTemplate].map(([key, { ids, reason }]) => [T.list(ids), ids.length === 1 ? reason : `${T.eachOf(ids)}${key.slice(MARK.length)}`]);
}

/** One row per circuit, one column per region (the gateways' order). */
function composeConnections(design: Design): ReportTable {
  const regions = design.gateways.map((g) => g.region);
  const byPair = new Map(design.connections.map((c) => [`${c.circuit}\n${c.region}`, c]));
  return {
    id: "connections",
    columns: [T.connectionCorner, ...regions],
    rows: design.circuits.map((c) => [
      c.id,
      ...regions.map((region) => {
        const link = byPair.get(`${c.id}\n${region}`);
        return link ? T.connectionCell(link.weight, link.preferred) : T.noConnection;
      }),
    ]),
  };
}

/**
 * Findings about the whole design first, then those about each item, items in the order they are
 * first named, so one circuit's or gateway's findings read together (the sort is stable).
 */
function orderByAbout(findings: DesignFinding[]): FindingItem[] {
  const rank = new Map<string, number>();
  // A finding about several items is placed with the first of them.
  const first = (f: DesignFinding) => f.about?.[0];
  for (const f of findings) if (first(f) !== undefined && !rank.has(first(f)!)) rank.set(first(f)!, rank.size + 1);
  return findings
    .map((f) => ({ ...f, aboutLabel: f.about === undefined ? null : f.about.map(T.about).join(", ") }))
    .sort((a, b) => (first(a) === undefined ? 0 : rank.get(first(a)!)!) - (first(b) === undefined ? 0 : rank.get(first(b)!)!));
}

// Labels, order and sections come from the questionnaire's one question table, so the report
// names each answer as the workshop was asked it; a key left out is marked as its default. The
// sites and regions are lists, shown as their own tables from the design's requirements.
function groupAnswers({ answers, given }: ReportSources): AnswerGroup[] {
  const groups = new Map<string, LabelledValue[]>();
  for (const q of QUESTIONS) {
    const section: unknown = q.path === "name" ? answers : (answers as Record<string, unknown>)[q.section];
    if (section === null || typeof section !== "object" || Array.isArray(section)) continue;
    const value = q.path === "name" ? answers.name : (section as Record<string, unknown>)[q.field.key];
    const text = formatAnswer(q, value);
    const rows = groups.get(q.section) ?? [];
    rows.push({ label: q.label, value: given.has(q.path) ? text : T.defaultAnswer(text) });
    groups.set(q.section, rows);
  }
  // The sites and regions lists get a table each, in their sections (every section in the questionnaire's order).
  const tables: Partial<Record<SectionName, ReportTable>> = { sites: composeSiteAnswers(answers), regions: composeRegionAnswers(answers) };
  return (Object.keys(SECTION_TITLES) as SectionName[])
    .filter((section) => groups.has(section) || tables[section])
    .map((section) => ({ heading: SECTION_TITLES[section], answers: groups.get(section) ?? [], ...(tables[section] ? { table: tables[section] } : {}) }));
}

function composeSiteAnswers(answers: ReportSources["answers"]): ReportTable {
  return {
    id: "site-answers",
    columns: T.answerSiteColumns,
    rows: answers.sites.map((s) => [
      s.name,
      T.mbps(s.requiredMbps),
      s.peeringLocation ?? T.unchosenLocation,
      formatNumber(s.count),
      s.wan,
      s.colocation,
      T.yesNo(s.ownEdgeAtPeeringLocation),
      s.businessUnit ?? T.noBusinessUnit,
      s.monthlyEgressGB === undefined ? "—" : T.gigabytes(s.monthlyEgressGB),
    ]),
  };
}

function composeRegionAnswers(answers: ReportSources["answers"]): ReportTable {
  return {
    id: "region-answers",
    columns: T.answerRegionColumns,
    rows: answers.regions.map((r) => [
      r.name,
      formatNumber(r.vnetCount),
      T.count(r.vmCount),
      r.requiredMbps === null ? T.regionNeedFromSites : T.mbps(r.requiredMbps),
      T.count(r.vnetPrefixes),
      r.sites === null ? T.everySite : T.list(r.sites),
    ]),
  };
}

// The VPN coexistence requirements are also findings; point at those rather than repeat them.
function vpnRequirementIds(design: Design): string[] {
  const requirements = new Set(design.vpnFailover.requirements);
  return [...new Set(design.findings.filter((f) => requirements.has(f.message)).map((f) => f.id))];
}
