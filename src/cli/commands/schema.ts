// `schema answers|design`: JSON Schema generated from the zod schemas (zod 4's toJSONSchema),
// so editors can validate answers files while they are written.
import * as z from "zod";
import { AnswersSchema } from "../../answers/schema.js";
import { DesignSchema } from "../../design/schema.js";
import type { Catalog } from "../../catalog/catalog.js";
import { UsageError } from "../errors.js";
import { loadCatalog } from "../load-bundle.js";

export const SCHEMA_NAMES = ["answers", "design"] as const;
const BASE_ID = "https://github.com/expressroute-advisor/expressroute-advisor/schemas";

type JsonObject = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Region and peering-location names are catalog data; listing them lets editors complete them. */
function addCatalogEnums(schema: JsonObject, catalog: Catalog): void {
  const azure = schema.properties?.azure?.properties;
  if (azure?.regions?.items) azure.regions.items.enum = [...catalog.regionByName.keys()];
  const sites = schema.properties?.sites?.properties;
  if (sites?.peeringLocation) sites.peeringLocation.enum = [...catalog.locationByName.keys()];
}

export function generateJsonSchema(name: string, catalog?: Catalog): JsonObject {
  if (name === "answers") {
    // "input": defaults make keys optional, as in the file a user writes.
    const schema: JsonObject = z.toJSONSchema(AnswersSchema, { io: "input", target: "draft-2020-12" });
    if (catalog) addCatalogEnums(schema, catalog);
    return { $id: `${BASE_ID}/answers.v1.json`, title: "expressroute-advisor answers (v1)", ...schema };
  }
  if (name === "design") {
    const schema = z.toJSONSchema(DesignSchema, { io: "output", target: "draft-2020-12" });
    return { $id: `${BASE_ID}/design.v1.json`, title: "expressroute-advisor design (v1)", ...schema };
  }
  throw new UsageError(`unknown schema "${name}"; choose one of: ${SCHEMA_NAMES.join(", ")}`);
}

export async function runSchema(name: string): Promise<number> {
  const catalog = name === "answers" ? await loadCatalog() : undefined;
  process.stdout.write(`${JSON.stringify(generateJsonSchema(name, catalog), null, 2)}\n`);
  return 0;
}
