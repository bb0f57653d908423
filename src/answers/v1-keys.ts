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
