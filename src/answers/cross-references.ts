// Checks what one answer says about another (docs/contract.md §2): site and region names are
// unique, and every site named elsewhere (a transit pair, a region's sites) exists. Zod-free and
// on raw answers, so these mistakes are reported together with schema errors, at the key path
// the user's file has (`sites[1].name`, `transit.betweenSites[0][1]`).
import { listSome, quoteText } from "../text/format.js";
import { suggestNames } from "../text/closest.js";
import { readNameList } from "./name-list.js";
import { isMapping } from "./raw-tree.js";
import type { InputIssue } from "./input-issue.js";

/** Past this many unknown names, no more suggestions: each costs an edit distance per site (issue 11). */
const MAX_SUGGESTIONS = 20;

const MAX_V1_REGIONS_CHECKED = 100;

/** The names of a list of mappings (sites, regions) with their index; other entries are the schema's to report. */
function readNames(list: unknown): { name: string; index: number }[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((item, index) => (isMapping(item) && typeof item.name === "string" ? [{ name: item.name, index }] : []));
}

/**
 * Names must differ in more than case: they become Azure resource names (circuits, gateways),
 * which are case-insensitive, so `amsterdam-dc` and `AMSTERDAM-DC` would name one resource
 * (https://learn.microsoft.com/azure/azure-resource-manager/management/resource-name-rules).
 */
function checkUnique(list: unknown, section: string, what: string): InputIssue[] {
  const first = new Map<string, { index: number; name: string }>();
  const issues: InputIssue[] = [];
  for (const { name, index } of readNames(list)) {
    const earlier = first.get(name.toLowerCase());
    if (earlier === undefined) first.set(name.toLowerCase(), { index, name });
    else {
      const spelt = earlier.name === name ? "" : ` (${quoteText(earlier.name)}; Azure resource names ignore case)`;
      issues.push({ path: `${section}[${index}].name`, message: `${what} ${quoteText(name)} is already ${section}[${earlier.index}]${spelt}; ${what} names must be unique` });
    }
  }
  return issues;
}

/** Says which site a name meant, with the closest site names (or the list of them). */
function createSiteNameCheck(siteNames: readonly string[]) {
  const known = new Set(siteNames);
  let suggested = 0;
  return (name: unknown, path: string): InputIssue[] => {
    if (typeof name !== "string" || known.has(name)) return [];
    const hint = suggested++ < MAX_SUGGESTIONS ? suggestNames(name, siteNames) : "";
    return [{ path, message: `unknown site ${quoteText(name)}; ${hint || `the sites are ${listSome(siteNames)}`}` }];
  };
}

function checkTransit(transit: unknown, checkSite: ReturnType<typeof createSiteNameCheck>): InputIssue[] {
  const pairs = isMapping(transit) ? transit.betweenSites : undefined;
  if (!Array.isArray(pairs)) return [];
  return pairs.flatMap((pair, i) => {
    if (!Array.isArray(pair) || pair.length !== 2) return [];
    const path = `transit.betweenSites[${i}]`;
    if (typeof pair[0] === "string" && pair[0] === pair[1]) {
      return [{ path, message: `${quoteText(pair[0])} is paired with itself; a pair names two different sites` }];
    }
    return [...checkSite(pair[0], `${path}[0]`), ...checkSite(pair[1], `${path}[1]`)];
  });
}

function checkRegionSites(regions: unknown, checkSite: ReturnType<typeof createSiteNameCheck>): InputIssue[] {
  if (!Array.isArray(regions)) return [];
  return regions.flatMap((region, r) => {
    if (!isMapping(region)) return [];
    const given = region.sites;
    const names = readNameList(given);
    if (!Array.isArray(names)) return [];
    // Names joined by commas are one key in the file: issues point at it.
    const path = (i: number) => (Array.isArray(given) ? `regions[${r}].sites[${i}]` : `regions[${r}].sites`);
    const issues = names.flatMap((name, i) => checkSite(name, path(i)));
    const seen = new Set<unknown>();
    names.forEach((name, i) => {
      if (seen.has(name)) issues.push({ path: path(i), message: `site ${quoteText(String(name))} is listed more than once` });
      seen.add(name);
    });
    return issues;
  });
}

/** Cross-reference issues of raw v2 answers; [] when the names hang together (or cannot be read). */
export function checkCrossReferences(raw: Record<string, unknown>): InputIssue[] {
  const siteNames = [...new Set(readNames(raw.sites).map((s) => s.name))];
  const issues = [...checkUnique(raw.sites, "sites", "site"), ...checkUnique(raw.regions, "regions", "region")];
  // Without a readable list of sites there is nothing to check names against (the schema says why).
  if (siteNames.length === 0) return issues;
  const checkSite = createSiteNameCheck(siteNames);
  return [...issues, ...checkTransit(raw.transit, checkSite), ...checkRegionSites(raw.regions, checkSite)];
}

/** v1 files name regions only: each once (the design has one gateway per region). */
export function checkV1CrossReferences(raw: Record<string, unknown>): InputIssue[] {
  const regions = isMapping(raw.azure) ? readNameList(raw.azure.regions) : undefined;
  if (!Array.isArray(regions)) return [];
  const seen = new Set<unknown>();
  const duplicates = new Set<unknown>();
  // The schema takes at most 60 regions; past a few more, checking names only burns time (issue 11).
  for (const r of regions.slice(0, MAX_V1_REGIONS_CHECKED)) {
    if (typeof r === "string" && seen.has(r)) duplicates.add(r);
    seen.add(r);
  }
  return [...duplicates].map((d) => ({ path: "azure.regions", message: `region "${String(d)}" is listed more than once` }));
}
