// Where each catalog table comes from and when it was last checked against Microsoft Learn,
// for `rules doc` and reviews: volatile facts show their age.
import type { Catalog } from "./catalog.js";

export interface CatalogSource {
  /** Catalog file and table, e.g. "bandwidths: directPorts". */
  table: string;
  source: string;
  checked: string;
  /** Fields whose figures Learn does not publish, with the rows they are in. */
  unverified: string[];
}

/** Every source of the catalog with its checked date, in file order. */
export function listCatalogSources(catalog: Catalog): CatalogSource[] {
  const { regions, locations, bandwidths: b, gateways: g, virtualWan: v, globalReach: gr } = catalog;
  const perSource = (file: string, sources: Record<string, string>, checked: Record<string, string>) =>
    Object.entries(sources).map(([name, source]) => ({ table: `${file}: ${name}`, source, checked: checked[name]!, unverified: [] as string[] }));
  const marks = (rows: readonly { unverified?: string[] }[], label: (i: number) => string) =>
    rows.flatMap((r, i) => (r.unverified ?? []).map((f) => `${f} (${label(i)})`));
  return [
    ...perSource("regions", regions.sources, regions.checked),
    ...perSource("peering-locations", locations.sources, locations.checked),
    { table: "bandwidths: providerCircuitMbps", source: b.providerCircuitMbps.source, checked: b.providerCircuitMbps.checked, unverified: [] },
    {
      table: "bandwidths: directPorts",
      source: b.directPorts.source,
      checked: b.directPorts.checked,
      unverified: marks(b.directPorts.ports, (i) => `${b.directPorts.ports[i]!.gbps} Gbps`),
    },
    {
      table: "bandwidths: tiers",
      source: b.tiers.source,
      checked: b.tiers.checked,
      unverified: marks(b.tiers.vnetLinks, (i) => `VNet links, ${b.tiers.vnetLinks[i]!.circuitMbps} Mbps`),
    },
    { table: "bandwidths: billing", source: b.billing.source, checked: b.billing.checked, unverified: [] },
    ...perSource(
      "gateways",
      {
        source: g.source,
        fastPathSource: g.fastPathSource,
        scalableSource: g.scalableSource,
        limitsSource: g.limitsSource,
        connectionWeightSource: g.connectionWeightSource,
      },
      g.checked,
    ),
    // The one unverified field of the Virtual WAN file (hub gateway zoning) belongs to its first source.
    ...perSource("virtual-wan", v.sources, v.checked).map((s, i) =>
      i === 0 ? { ...s, unverified: (v.gateway.unverified ?? []).map((f) => `gateway.${f}`) } : s,
    ),
    ...perSource("global-reach", gr.sources, gr.checked),
  ];
}
