// Checks the names only the catalog knows (Azure regions, peering locations), with the
// closest suggestions. Works on raw answers (v2, or v1 in v1 terms), so these mistakes are
// reported together with schema errors. Free of zod, for the zod-free answers check
// (fast-validate.ts).
import type { Catalog } from "../catalog/catalog.js";
import { findClosest, suggestNames } from "../text/closest.js";
import type { InputIssue } from "./input-issue.js";
import { readNameList } from "./name-list.js";
import { isMapping } from "./raw-tree.js";
import { quoteText } from "../text/format.js";
import { V1_API_VERSION } from "./version.js";
import { describeV2Shape } from "./v2-shape.js";

/** The schema takes at most 60 regions and 500 sites; past a few more, checking names only burns time (issue 11). */
const MAX_REGIONS_CHECKED = 100;
const MAX_SITES_CHECKED = 600;

function checkRegionName(name: unknown, path: string, catalog: Catalog): InputIssue[] {
  if (typeof name !== "string" || catalog.regionByName.has(name)) return [];
  // Accept nothing fuzzy silently, but point display names ("West Europe") at their ARM name.
  const byDisplay = catalog.regions.regions.find((r) => r.displayName.toLowerCase() === name.toLowerCase() || r.name === name.toLowerCase());
  const close = byDisplay
    ? [byDisplay.name]
    : findClosest(name, [...catalog.regionByName.keys(), ...catalog.regions.regions.map((r) => r.displayName)]).map(
        (c) => catalog.regions.regions.find((r) => r.displayName === c)?.name ?? c,
      );
  const unique = [...new Set(close)];
  return [
    {
      path,
      message: `unknown Azure region ${quoteText(name)}; ${unique.length ? `did you mean ${unique.map((c) => `"${c}"`).join(" or ")}?` : "use an ARM region name such as westeurope or eastus"}`,
    },
  ];
}

function checkLocationName(name: unknown, path: string, catalog: Catalog): InputIssue[] {
  if (typeof name !== "string" || catalog.locationByName.has(name)) return [];
  const hint = suggestNames(name, [...catalog.locationByName.keys()]);
  return [{ path, message: `unknown peering location ${quoteText(name)}; ${hint || "use Azure's spelling, e.g. Amsterdam, Washington DC, Silicon Valley"}` }];
}

/** The items of a list section that are mappings, with their index (the schema reports the rest). */
const readItems = (list: unknown, max: number) =>
  Array.isArray(list) ? list.slice(0, max).flatMap((item, i) => (isMapping(item) ? [{ item, i }] : [])) : [];

function checkV1(answers: Record<string, unknown>, catalog: Catalog): InputIssue[] {
  const azure = isMapping(answers.azure) ? answers.azure : {};
  const given = azure.regions;
  // One name, or names with commas, stand for a list (the schema reads them so); issues then
  // point at the key.
  const listed = readNameList(given);
  const regions = Array.isArray(listed) ? (listed as unknown[]).slice(0, MAX_REGIONS_CHECKED) : [];
  const regionPath = (i: number) => (Array.isArray(given) ? `azure.regions[${i}]` : "azure.regions");
  const sites = isMapping(answers.sites) ? answers.sites : {};
  return [...regions.flatMap((name, i) => checkRegionName(name, regionPath(i), catalog)), ...checkLocationName(sites.peeringLocation, "sites.peeringLocation", catalog)];
}

/**
 * Checks names that only the catalog knows: each region's name and each site's peering location
 * (v1: azure.regions and sites.peeringLocation). Works on raw answers too.
 */
export function checkAnswersAgainstCatalog(answers: object, catalog: Catalog): InputIssue[] {
  const raw = answers as Record<string, unknown>;
  // A v2-shaped file that says v1 is checked as v2 (v2-shape.ts).
  if (raw.apiVersion === V1_API_VERSION && describeV2Shape(raw) === undefined) return checkV1(raw, catalog);
  return [
    ...readItems(raw.sites, MAX_SITES_CHECKED).flatMap(({ item, i }) => checkLocationName(item.peeringLocation, `sites[${i}].peeringLocation`, catalog)),
    ...readItems(raw.regions, MAX_REGIONS_CHECKED).flatMap(({ item, i }) => checkRegionName(item.name, `regions[${i}].name`, catalog)),
  ];
}
