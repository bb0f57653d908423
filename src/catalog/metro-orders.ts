// Whether an ExpressRoute Metro circuit can be ordered today (Metro page,
// https://learn.microsoft.com/azure/expressroute/metro): a provider circuit needs a provider the
// page lists as active (not "future"); Direct needs Direct on the Metro, with the port size when
// it is known (Metro Direct is dual 10G or 100G only). One answer for the rules (derived facts)
// and the questionnaire's caveat, so the two never disagree.
import type { Metro } from "./schema.js";

export function canOrderMetro(metro: Metro, type: "provider" | "direct", portGbps?: number | null): boolean {
  if (type === "provider") return metro.providers.length > 0;
  return metro.direct && (portGbps === undefined || (portGbps !== null && metro.directPortsGbps.includes(portGbps)));
}
