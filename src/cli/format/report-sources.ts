// What the human reports need beyond the design document: the answers as used, to say which were
// given and which took their default. Zoning is per gateway in the v2 document itself (each region's
// own facts), so the reports no longer look anything up in the catalog. Pure: the CLI gathers these
// from what it already holds; nothing here reads a file.
import type { Answers } from "../../answers/schema.js";
import type { BillOfMaterials } from "../../bom/build-bom.js";
import type { DesignGateway } from "./design-v2-shape.js";

export interface ReportSources {
  /** The answers as used: the file, --set and the questionnaire, defaults applied. */
  answers: Answers;
  /** Answer paths ("name", "section.key") given explicitly; the others took their defaults. */
  given: ReadonlySet<string>;
  /** The bill of materials (priced with --prices): `--format bom`, and a section of the reports. */
  bom?: BillOfMaterials;
}

/**
 * `raw` is the answers object before validation (file plus --set plus questionnaire): a key it
 * holds was given, any other key took its default.
 */
export function collectReportSources(answers: Answers, raw: unknown, bom?: BillOfMaterials): ReportSources {
  return { answers, given: listGivenPaths(raw), ...(bom ? { bom } : {}) };
}

function listGivenPaths(raw: unknown): Set<string> {
  const given = new Set<string>();
  if (raw === null || typeof raw !== "object") return given;
  for (const [key, value] of Object.entries(raw)) {
    if (value === undefined) continue;
    given.add(key);
    if (value !== null && typeof value === "object" && !Array.isArray(value)) {
      for (const [inner, v] of Object.entries(value)) if (v !== undefined) given.add(`${key}.${inner}`);
    }
  }
  return given;
}

/** Availability zones of a gateway's instances: all three, the pinned one, or none (regional). */
export function listGatewayZones(gateway: Pick<DesignGateway, "zoning" | "zone">): number[] | null {
  if (gateway.zoning === "zone-redundant") return [1, 2, 3];
  return gateway.zoning === "zonal" && gateway.zone !== null ? [gateway.zone] : null;
}
