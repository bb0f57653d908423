// The hand-written design v2 samples (test/fixtures-v2-samples/) and report sources for them, for
// the report, explain and diff unit tests until the builder writes real v2 designs.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import type { Answers } from "../../src/answers/schema.js";
import type { Design } from "../../src/cli/format/design-v2-shape.js";
import type { ReportSources } from "../../src/cli/format/report-sources.js";
import { ROOT } from "./run-cli.js";

export const SAMPLES = ["two-sites-global-reach", "six-sites-mixed", "six-sites-vwan"] as const;
export type SampleName = (typeof SAMPLES)[number];

export function loadSample(name: SampleName): Design {
  return parse(readFileSync(join(ROOT, "test/fixtures-v2-samples", `${name}.yaml`), "utf8")) as Design;
}

/** A copy of a sample with `change` applied. */
export function changeSample(name: SampleName, change: (d: Design) => void): Design {
  const design = structuredClone(loadSample(name));
  change(design);
  return design;
}

/**
 * The v2 answers a sample design could have come from (the scalar sections the report's "What you
 * told us" lists); `given` marks the sections as written in full, except resilience left to defaults.
 */
export function sampleSources(design: Design): ReportSources {
  const answers = {
    apiVersion: "expressroute-advisor/v2",
    kind: "Answers",
    ...(design.name === null ? {} : { name: design.name }),
    sites: design.requirements.sites.map((s) => ({
      name: s.name,
      requiredMbps: s.requiredMbps,
      peeringLocation: s.peeringLocation ?? undefined,
      count: s.count,
      wan: s.count > 1 ? "mpls" : "none",
      colocation: "none",
      ownEdgeAtPeeringLocation: false,
      businessUnit: s.businessUnit,
    })),
    regions: design.requirements.regions.map((r) => ({ name: r.name, vnetCount: r.vnetCount, vmCount: r.vmCount, requiredMbps: null, vnetPrefixes: null, sites: r.sites })),
    transit: { betweenSites: design.requirements.transit },
    bandwidth: { growthPercentPerYear: design.requirements.growthPercentPerYear, horizonYears: design.requirements.horizonYears, massiveDataIngestion: false },
    compliance: { regulatedIndustry: "none", physicalIsolation: false, encryption: design.encryption.macsec ? "macsec" : "none" },
    azure: { onPremisesRoutes: 100, microsoftPeering: design.microsoftPeering.services, dualStack: false, network: design.network },
    resilience: { level: design.resilience.level, zoneRedundancy: true, pinnedZone: null, vpnFailover: design.vpnFailover.enabled, vpnDevice: "route-based", gatewaySubnetPrefixLength: null },
    performance: { latencySensitive: false },
  } as unknown as Answers;
  const given = new Set(["name", "sites", "regions", "transit", "bandwidth", "bandwidth.growthPercentPerYear", "bandwidth.horizonYears", "azure", "azure.microsoftPeering"]);
  return { answers, given };
}
