// The design v2 document as the reports, explain and diff read it: the builder's own types
// (src/design/schema.ts, typed from the decision table), plus names for a few of their parts.
import type { Design, DesignCircuit, DesignGateway } from "../../design/schema.js";

export type { Design, DesignCircuit, DesignConnection, DesignDecision, DesignFinding, DesignGateway, DesignPort, DesignSiteGroup } from "../../design/schema.js";
export type Zoning = DesignGateway["zoning"];
export type CircuitRole = DesignCircuit["role"];
export type ConnectionType = DesignCircuit["connection"]["type"];
export type ConnectionModel = DesignCircuit["connection"]["model"];
export type Transit = Design["requirements"]["transit"];
export type DesignSiteRequirement = Design["requirements"]["sites"][number];
export type DesignRegionRequirement = Design["requirements"]["regions"][number];
export type DesignGlobalReachLink = Design["globalReach"]["links"][number];
