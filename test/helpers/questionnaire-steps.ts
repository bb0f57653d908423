// Steps of the questionnaire as a user takes them in a pseudo-terminal (test/helpers/pty.ts):
// one site, one region, a list's menu. Shared by the interactive tests.
import { answer, KEY, literally, type PtyStep } from "./pty.js";

export const HEADER = "apiVersion: expressroute-advisor/v2\nkind: Answers\n";
export const REVIEW = "? Pick an answer to change, or generate the design";

/** Picks in a list: waits for the prompt, presses the down arrow `downs` times, then Enter. */
export const choose = (prompt: string, downs = 0): PtyStep[] => [{ expect: literally(`? ${prompt}`) }, { send: KEY.down.repeat(downs) + KEY.enter }];

/** Types into a search, waits until `pick` is highlighted, then Enter. */
export const search = (prompt: string, text: string, pick: string): PtyStep[] => [
  { expect: literally(`? ${prompt}`) },
  { send: text },
  { expect: literally(`❯ ${pick}`) },
  { send: KEY.enter },
];

/** The prompts answered, as their "✔ <prompt>" lines show them. */
export const answeredPrompts = (screen: string) => [...screen.matchAll(/✔ (.*)/g)].map((m) => m[1]!.trim());

/** A new site's questions: its name, its peak, a peering location found by typing (or left open), the rest as offered. */
export const addSite = (name: string, mbps: string, location?: { type: string; pick: string }): PtyStep[] => [
  ...answer("? Name of this site", name),
  ...answer("? Peak throughput needed between this site", mbps),
  ...(location ? search("ExpressRoute peering location nearest this site", location.type, location.pick) : answer("? ExpressRoute peering location nearest this site")),
  ...answer("? How many like sites"),
  ...answer("? Expected data leaving Azure towards this site"),
  ...choose("How is this site"),
  ...choose("Presence of this site in a colocation facility"),
  ...answer("? Can you place and run your own routers"),
  ...answer("? Business unit this site belongs to"),
];

/**
 * A new region's questions: the region found by typing, its VNets, the rest as offered; with
 * several sites, which of them use it (`untick` unticks the first site listed, Space then Enter).
 */
export const addRegion = (type: string, pick: string, options: { vnets?: string; severalSites?: boolean; untickFirst?: boolean } = {}): PtyStep[] => [
  ...search("Azure region", type, pick),
  ...answer("? How many VNets in this region", options.vnets ?? ""),
  ...answer("? How many VMs"),
  ...answer("? Peak traffic between on-premises and this region"),
  ...answer("? How many IPv4 address prefixes do this region's VNets"),
  ...(options.severalSites ? [{ expect: literally("? Which sites use this region?") }, { send: `${options.untickFirst ? " " : ""}${KEY.enter}` }] : []),
];

/** A list's menu after `count` entries: Done (the default), or "Add a …" one row down. */
export const listMenu = (label: "Sites" | "Regions", count: number, then: "done" | "add"): PtyStep[] => choose(`${label}: ${count} so far`, then === "add" ? 1 : 0);

/** A complete v2 answers file for one site in London, line by line, to take keys out of. */
export const FULL_FILE = [
  "name: northwind",
  "sites:",
  "  - {name: hq, requiredMbps: 500, peeringLocation: London, count: 1, monthlyEgressGB: 10, wan: none, colocation: none, ownEdgeAtPeeringLocation: false, businessUnit: null}",
  "regions:",
  "  - {name: uksouth, vnetCount: 2, vmCount: 100, requiredMbps: null, vnetPrefixes: 10}",
  "bandwidth: {growthPercentPerYear: 0, massiveDataIngestion: false}",
  "compliance: {regulatedIndustry: none, physicalIsolation: false, encryption: none}",
  "azure: {onPremisesRoutes: 50, microsoftPeering: none, dualStack: false, network: auto}",
  "resilience: {level: standard, zoneRedundancy: true, vpnFailover: false}",
  "performance: {latencySensitive: false}",
];

/** FULL_FILE as a file, each `[from, to]` replaced first (to take a key out, or change it). */
export const fullFile = (...edits: [string, string][]) => HEADER + edits.reduce((text, [from, to]) => text.replace(from, to), `${FULL_FILE.join("\n")}\n`);
