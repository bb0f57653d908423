// Design fields no rule decides: what each follows from, for `explain` to say instead of "nothing
// to explain". Paths are generic (`gateways[].circuits`); a list or object named here covers every
// field under it (`connections[].weight`). One table, so the wording lives in one place.

const REGION_CONNECTIONS =
  "the region's preferred circuits (derived.regionConnections): the region's gateway connects to the circuits of every site group whose sites use the region, and each site group's nearest circuit gets the higher weight (preferred: true) so traffic stays symmetric";
const TRANSIT_PAIRS =
  "the transit pairs (transit.betweenSites in the answers): one link for each pair of circuits whose sites must reach each other, never between a redundant pair serving the same sites; globalReach.enabled decides whether there are any";
const PORT_PLAN =
  "the Direct port plan (derived.directPortPlan): port pairs of each site group's port size (siteGroups[].directPortGbps) at its peering locations, as many as its circuits need, MACsec as encryption.macsec decides";
const SITE_GROUPING = "the site grouping (docs/topology.md): sites share a group, and its circuits, only with the same business unit, peering location and WAN, and not when they are a transit pair";
const ANSWERS = "the answers as given (the requirements section repeats them, with the projected growth)";

/** What a field follows from, by its generic path; a key covers the fields under it. */
export const DERIVED_FIELDS: Readonly<Record<string, string>> = {
  connections: REGION_CONNECTIONS,
  "gateways[].circuits": REGION_CONNECTIONS,
  "circuits[].regions": REGION_CONNECTIONS,
  "globalReach.links": TRANSIT_PAIRS,
  ports: PORT_PLAN,
  "circuits[].port": PORT_PLAN,
  "siteGroups[].id": SITE_GROUPING,
  "siteGroups[].sites": SITE_GROUPING,
  "siteGroups[].businessUnit": SITE_GROUPING,
  "siteGroups[].reason": SITE_GROUPING,
  "siteGroups[].circuits": "its locations and parallel circuits (siteGroups[].locations × siteGroups[].parallel)",
  "siteGroups[].projectedMbps": ANSWERS,
  "circuits[].id": "its site group: the group's id and the circuit's number, first location's circuits first",
  "circuits[].role": "its site group's locations: primary at the group's first peering location, secondary at its second",
  "circuits[].group": SITE_GROUPING,
  "circuits[].sites": SITE_GROUPING,
  "gateways[].region": ANSWERS,
  "gateways[].vpnFailover": "vpnFailover.enabled, the design-wide decision",
  requirements: ANSWERS,
  name: ANSWERS,
  "microsoftPeering.services": ANSWERS,
};

/** The table entry covering a generic path (`connections[].weight` → `connections`), if any. */
export function findDerivedField(genericPath: string): string | undefined {
  for (let p = genericPath; p !== ""; p = p.replace(/(\[\]|\.[^.[]*)$/, "")) {
    const entry = DERIVED_FIELDS[p];
    if (entry !== undefined) return entry;
    if (!/(\[\]|\.[^.[]*)$/.test(p)) break;
  }
  return undefined;
}
