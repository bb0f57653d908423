// Where each v1 answer went in v2 (docs/contract.md §2; migrate.ts does the moving), so a v1
// key in a v2 file is met with where it belongs now rather than a bare "unknown key".
export const V1_KEY_MOVES: Readonly<Record<string, string>> = {
  "bandwidth.requiredMbps": "sites[].requiredMbps",
  "bandwidth.monthlyEgressGB": "sites[].monthlyEgressGB",
  "compliance.businessUnits": "sites[].businessUnit (one site entry per business unit)",
  "sites.count": "sites[].count",
  "sites.wan": "sites[].wan",
  "sites.colocation": "sites[].colocation",
  "sites.ownEdgeAtPeeringLocation": "sites[].ownEdgeAtPeeringLocation",
  "sites.peeringLocation": "sites[].peeringLocation",
  "sites.interSiteTransit": "transit.betweenSites (the pairs of sites that must reach each other, or all)",
  "azure.regions": "regions[].name (one entry per region)",
  "azure.vnetCount": "regions[].vnetCount",
  "azure.vmCount": "regions[].vmCount",
  "azure.vnetPrefixes": "regions[].vnetPrefixes",
};

/** Keys (field form, list items as `[]`) only v2 files have: a --set of one on a v1 file is a mix-up. */
export const V2_ONLY_KEYS: readonly string[] = ["sites[]", "regions", "transit", "azure.network"];

/** The v1 answer a v2 key came from, where there is one: V1_KEY_MOVES read backwards. */
export const V1_KEY_FOR: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(V1_KEY_MOVES).map(([v1, v2]) => [v2.split(" ")[0]!, v1]),
);
