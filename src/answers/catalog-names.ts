// Checks the names only the catalog knows (Azure regions, the peering location), with the
// closest suggestions. Works on raw answers, so these mistakes are reported together with
// schema errors. Free of zod, for the zod-free answers check (fast-validate.ts).
import type { Catalog } from "../catalog/catalog.js";
import { findClosest, suggestNames } from "../text/closest.js";
import type { InputIssue } from "./validate.js";
import { readNameList } from "./name-list.js";
import { quoteText } from "../text/format.js";

const MAX_REGIONS_CHECKED = 100;

/** The parts of (possibly invalid) answers that name catalog entries. */
interface CatalogNames {
  azure?: { regions?: unknown };
  sites?: { peeringLocation?: unknown };
}

/**
 * Checks names that only the catalog knows: Azure regions and the peering location. Works on
 * raw answers too, so these mistakes are reported together with schema errors.
 */
export function checkAnswersAgainstCatalog(answers: CatalogNames, catalog: Catalog): InputIssue[] {
  const issues: InputIssue[] = [];
  const regionNames = [...catalog.regionByName.keys()];
  const given = answers.azure?.regions;
  // One name, or names with commas, stand for a list (the schema reads them so); issues then
  // point at the key.
  const listed = readNameList(given);
  // The schema takes at most 60 regions; past a few more, checking names only burns time (issue 11).
  const regions = Array.isArray(listed) ? (listed as unknown[]).slice(0, MAX_REGIONS_CHECKED) : [];
  const regionPath = (i: number) => (Array.isArray(given) ? `azure.regions[${i}]` : "azure.regions");
  regions.forEach((name, i) => {
    if (typeof name !== "string" || catalog.regionByName.has(name)) return;
    // Accept nothing fuzzy silently, but point display names ("West Europe") at their ARM name.
    const byDisplay = catalog.regions.regions.find((r) => r.displayName.toLowerCase() === name.toLowerCase() || r.name === name.toLowerCase());
    const close = byDisplay ? [byDisplay.name] : findClosest(name, [...regionNames, ...catalog.regions.regions.map((r) => r.displayName)])
      .map((c) => catalog.regions.regions.find((r) => r.displayName === c)?.name ?? c);
    const unique = [...new Set(close)];
    issues.push({
      path: regionPath(i),
      message: `unknown Azure region ${quoteText(name)}; ${unique.length ? `did you mean ${unique.map((c) => `"${c}"`).join(" or ")}?` : "use an ARM region name such as westeurope or eastus"}`,
    });
  });
  const duplicates = regions.filter((r, i) => regions.indexOf(r) !== i);
  for (const d of new Set(duplicates)) issues.push({ path: "azure.regions", message: `region "${String(d)}" is listed more than once` });
  const loc = answers.sites?.peeringLocation;
  if (typeof loc === "string" && !catalog.locationByName.has(loc)) {
    const hint = suggestNames(loc, [...catalog.locationByName.keys()]);
    issues.push({
      path: "sites.peeringLocation",
      message: `unknown peering location ${quoteText(loc)}; ${hint || "use Azure's spelling, e.g. Amsterdam, Washington DC, Silicon Valley"}`,
    });
  }
  return issues;
}
