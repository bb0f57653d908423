// Words the site-group planner puts into a design (siteGroups[].reason), kept apart from its logic.
export const TOPOLOGY_MESSAGES = {
  ownGroup: (site: string) =>
    `${site} has a circuit of its own: a site (or branch group) reaches Azure over its own connection unless it shares an MPLS or SD-WAN with other sites at the same peering location and business unit.`,
  sharedGroup: (sites: readonly string[], wan: string, location: string, businessUnit: string | null) =>
    `${sites.join(", ")} share one ${wan === "mpls" ? "MPLS" : "SD-WAN"} network at ${location}${businessUnit ? ` (business unit ${businessUnit})` : ""}, so one circuit (or redundant pair) serves them all, connected to the WAN.`,
} as const;
