// What a human report says, independent of markup: the Markdown and HTML renderers both format
// this one structure, so the two reports cannot drift apart in content.
import type { SectionName } from "../../answers/schema.js";
import type { Design } from "../../design/build.js";
import { SEVERITIES, type Severity } from "../../rules/vocabulary.js";
import { formatValue } from "../../text/format.js";
import { formatAnswer } from "../questionnaire/format-answer.js";
import { QUESTIONS, SECTION_TITLES } from "../questionnaire/questions.js";
import { listRegionZoning, type ReportSources } from "./report-sources.js";
import { REPORT_TEXT as T } from "./report-text.js";

export interface LabelledValue {
  label: string;
  value: string;
}

export interface DecisionRow {
  path: string;
  label: string;
  value: string;
  rationale: string;
  rule: string;
  docs: string;
}

export interface FindingGroup {
  severity: Severity;
  heading: string;
  findings: Design["findings"];
}

export interface AnswerGroup {
  heading: string;
  answers: LabelledValue[];
}

export interface ReportContent {
  title: string;
  intro: string;
  summary: LabelledValue[];
  /** "What you told us": the answers as used, by questionnaire section. */
  answerGroups: AnswerGroup[];
  /** One row per circuit, in the order of `circuitColumns`. */
  circuits: string[][];
  decisions: DecisionRow[];
  findingGroups: FindingGroup[];
}

// Most serious first: a workshop reads errors before caveats.
const SEVERITY_ORDER: readonly Severity[] = [...SEVERITIES].reverse();

export function composeReport(design: Design, sources: ReportSources): ReportContent {
  const L = T.summaryLabels;
  const firstCircuit = design.circuits[0]!;
  const summary: LabelledValue[] = [
    { label: L.connection, value: T.connection(design.connection) },
    { label: L.resilience, value: T.resilience(design) },
    { label: L.bandwidth, value: T.bandwidth(design.requirements) },
    { label: L.regions, value: design.gateway.regions.join(", ") },
    { label: L.circuits, value: T.circuitCount(design.circuits.length, firstCircuit.bandwidthMbps) },
    { label: L.gatewaySku, value: T.gatewaySku(design.gateway) },
    { label: L.gatewayZoning, value: T.zoning(listRegionZoning(design, sources)) },
    { label: L.fastPath, value: T.onOff(design.gateway.fastPath) },
    { label: L.gatewaySubnet, value: T.subnet(design.gateway.subnetPrefixLength) },
    { label: L.vpnFailover, value: T.vpnFailover(design.vpnFailover.enabled, vpnRequirementIds(design)) },
    { label: L.globalReach, value: T.enabled(design.globalReach.enabled) },
    { label: L.microsoftPeering, value: T.microsoftPeering(design.microsoftPeering) },
    { label: L.encryption, value: T.encryption(design.encryption) },
    { label: L.findings, value: T.findingCounts(design.summary) },
  ];
  return {
    title: T.title(design.name),
    intro: T.intro(design.apiVersion),
    summary,
    answerGroups: groupAnswers(sources),
    circuits: design.circuits.map((c) => [
      T.roles[c.role],
      c.peeringLocation ?? T.unchosenLocation,
      c.metro ?? T.noMetro,
      T.mbps(c.bandwidthMbps),
      c.sku.tier,
      c.sku.family,
    ]),
    decisions: design.decisions.map((d) => ({
      path: d.path,
      label: T.decisionLabels[d.path] ?? d.path,
      value: typeof d.value === "boolean" ? T.yesNo(d.value) : formatValue(d.value),
      rationale: d.rationale,
      rule: d.rule,
      docs: d.docs,
    })),
    findingGroups: SEVERITY_ORDER.map((severity) => {
      const findings = design.findings.filter((f) => f.severity === severity);
      return { severity, heading: `${T.severityHeadings[severity]} (${findings.length})`, findings };
    }),
  };
}

// Labels, order and sections come from the questionnaire's one question table, so the report
// names each answer as the workshop was asked it; a key left out is marked as its default.
function groupAnswers({ answers, given }: ReportSources): AnswerGroup[] {
  const groups = new Map<string, LabelledValue[]>();
  for (const q of QUESTIONS) {
    const value = q.path === "name" ? answers.name : (answers[q.section] as Record<string, unknown>)[q.field.key];
    const text = formatAnswer(q, value);
    const rows = groups.get(q.section) ?? [];
    rows.push({ label: q.label, value: given.has(q.path) ? text : T.defaultAnswer(text) });
    groups.set(q.section, rows);
  }
  return [...groups].map(([section, rows]) => ({ heading: SECTION_TITLES[section as SectionName], answers: rows }));
}

// The VPN coexistence requirements are also findings; point at those rather than repeat them.
function vpnRequirementIds(design: Design): string[] {
  const requirements = new Set(design.vpnFailover.requirements);
  return design.findings.filter((f) => requirements.has(f.message)).map((f) => f.id);
}
