// v1 answers (one site group at one peering location) → v2 (sites[] and regions[]), as
// docs/contract.md §2 says ("v1 files keep working"). Pure. Where v1 did not say what v2 asks
// (which region the VNets were in, how a need splits between business units), the migration
// makes an assumption and records it as a note, which `migrate` prints as a YAML comment.
// Zod-free (type imports only), so the fast path can migrate too (fast-validate.ts).
import type { Answers, AnswersV1, RegionAnswer, SiteAnswer } from "./schema.js";
import { MAX_SITES, SITE_NAME_MAX_LENGTH } from "./limits.js";
import { API_VERSION } from "./version.js";

/** An assumption the migration made, at a v2 key path (`sites`, `regions[1].vnetCount`). */
export interface MigrationNote {
  path: string;
  note: string;
}

export interface Migration {
  answers: Answers;
  notes: MigrationNote[];
}

/** The v1 `name` as a site name (letters, digits, - and _), or "site" when nothing is left. */
export function slugSiteName(name: string | undefined): string {
  const slug = (name ?? "")
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, "-")
    .replace(/-{2,}/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, SITE_NAME_MAX_LENGTH)
    .replace(/-+$/, "");
  return slug === "" ? "site" : slug;
}

/** `total` split into `parts` whole shares that add up to it, larger shares first. */
function splitCount(total: number, parts: number): number[] {
  const base = Math.floor(total / parts);
  return Array.from({ length: parts }, (_, i) => base + (i < total % parts ? 1 : 0));
}

/** An even share of a monthly volume, rounded up to a whole GB when it is split at all. */
const shareOf = (total: number | undefined, parts: number) => (total === undefined || parts === 1 ? total : Math.ceil(total / parts));

interface SiteTemplate {
  name: string;
  requiredMbps: number;
  count: number;
  monthlyEgressGB: number | undefined;
  businessUnit: string | null;
}

/**
 * The sites v1 described. Business units (v1 compliance.businessUnits ≥ 2) each get a site
 * entry, since sites of different units never share a circuit; separate networks that must
 * reach each other (v1 sites.count ≥ 2 with interSiteTransit) each get their own entry too.
 */
function planSites(v1: AnswersV1, notes: MigrationNote[]): SiteTemplate[] {
  const units = v1.compliance.businessUnits >= 2 ? Array.from({ length: v1.compliance.businessUnits }, (_, i) => `bu-${i + 1}`) : [null];
  const transit = v1.sites.count >= 2 && v1.sites.interSiteTransit;
  const egress = v1.bandwidth.monthlyEgressGB;
  // Each unit has at least one site, as v1 gave each unit a circuit.
  const unitCounts = units.length > 1 ? splitCount(Math.max(v1.sites.count, units.length), units.length).map((c) => Math.max(c, 1)) : [v1.sites.count];
  const unitMbps = Math.ceil(v1.bandwidth.requiredMbps / units.length);
  const unitEgress = shareOf(egress, units.length);
  if (units.length > 1) {
    notes.push({
      path: "sites",
      note: `v1 compliance.businessUnits: ${units.length} — one site entry per business unit (bu-1 … bu-${units.length}), each with an even share of requiredMbps and monthlyEgressGB (rounded up) and of the ${v1.sites.count} site(s); rename them after the real units`,
    });
  }
  const entriesPerUnit = transit ? Math.max(1, Math.floor(MAX_SITES / units.length)) : 1;
  const sites: SiteTemplate[] = [];
  units.forEach((unit, u) => {
    const count = unitCounts[u]!;
    if (!transit) {
      sites.push({ name: unit ?? slugSiteName(v1.name), requiredMbps: unitMbps, count, monthlyEgressGB: unitEgress, businessUnit: unit });
      return;
    }
    const entries = Math.min(count, entriesPerUnit);
    splitCount(count, entries).forEach((share, i) => {
      sites.push({
        name: `${unit ? `${unit}-` : ""}site-${i + 1}`,
        requiredMbps: Math.ceil(unitMbps / entries),
        count: share,
        monthlyEgressGB: shareOf(unitEgress, entries),
        businessUnit: unit,
      });
    });
  });
  if (transit) {
    const capped = sites.some((s) => s.count > 1);
    notes.push({
      path: "sites",
      note: `v1 sites.count: ${v1.sites.count} with interSiteTransit: the sites are separate networks that must reach each other, so each is its own site entry (requiredMbps and monthlyEgressGB split evenly, rounded up)${capped ? `; v2 takes at most ${MAX_SITES} entries, so some entries group several sites` : ""}`,
    });
  }
  return sites;
}

function buildSite(t: SiteTemplate, v1: AnswersV1): SiteAnswer {
  return {
    name: t.name,
    requiredMbps: t.requiredMbps,
    ...(v1.sites.peeringLocation !== undefined ? { peeringLocation: v1.sites.peeringLocation } : {}),
    count: t.count,
    ...(t.monthlyEgressGB !== undefined ? { monthlyEgressGB: t.monthlyEgressGB } : {}),
    wan: v1.sites.wan,
    colocation: v1.sites.colocation,
    ownEdgeAtPeeringLocation: v1.sites.ownEdgeAtPeeringLocation,
    businessUnit: t.businessUnit,
  };
}

function buildRegions(v1: AnswersV1, notes: MigrationNote[]): RegionAnswer[] {
  const regions = v1.azure.regions.map((name, i) => ({
    name,
    vnetCount: i === 0 ? v1.azure.vnetCount : 1,
    vmCount: v1.azure.vmCount ?? null,
    requiredMbps: null,
    vnetPrefixes: v1.azure.vnetPrefixes ?? null,
    sites: null,
  }));
  if (regions.length > 1) {
    notes.push({
      path: "regions[0].vnetCount",
      note: `v1 azure.vnetCount (${v1.azure.vnetCount}) counted the VNets of every region without saying where they are: all placed in ${regions[0]!.name}, 1 in each other region; correct the counts per region`,
    });
    if (v1.azure.vmCount !== undefined || v1.azure.vnetPrefixes !== undefined) {
      notes.push({
        path: "regions",
        note: "v1 sized its one gateway for azure.vmCount and azure.vnetPrefixes: copied to every region; give each region its own figures",
      });
    }
  }
  return regions;
}

/** v1 answers → v2 answers with the assumptions made on the way. Pure. */
export function migrateAnswersWithNotes(v1: AnswersV1): Migration {
  const notes: MigrationNote[] = [];
  const sites = planSites(v1, notes).map((t) => buildSite(t, v1));
  const regions = buildRegions(v1, notes);
  const answers: Answers = {
    ...(v1.$schema !== undefined ? { $schema: v1.$schema } : {}),
    apiVersion: API_VERSION,
    kind: "Answers",
    ...(v1.name !== undefined ? { name: v1.name } : {}),
    sites,
    regions,
    transit: { betweenSites: sites.length > 1 && v1.sites.interSiteTransit && v1.sites.count >= 2 ? "all" : "none" },
    bandwidth: {
      growthPercentPerYear: v1.bandwidth.growthPercentPerYear,
      horizonYears: v1.bandwidth.horizonYears,
      massiveDataIngestion: v1.bandwidth.massiveDataIngestion,
    },
    compliance: {
      regulatedIndustry: v1.compliance.regulatedIndustry,
      physicalIsolation: v1.compliance.physicalIsolation,
      encryption: v1.compliance.encryption,
    },
    azure: {
      onPremisesRoutes: v1.azure.onPremisesRoutes,
      microsoftPeering: v1.azure.microsoftPeering,
      dualStack: v1.azure.dualStack,
      // v1 had no such key; auto decides (hub-and-spoke for one site group).
      network: "auto",
    },
    resilience: { ...v1.resilience },
    performance: { ...v1.performance },
  };
  return { answers, notes };
}

/** v1 answers → v2 answers (docs/contract.md §2). Pure. */
export function migrateAnswers(v1: AnswersV1): Answers {
  return migrateAnswersWithNotes(v1).answers;
}
