// `schema answers|design`: JSON Schema generated from the zod schemas (zod 4's toJSONSchema),
// so editors can validate answers files while they are written.
import { writeStdout } from "../io/standard-streams.js";
import * as z from "zod";
import { AnswersSchema, AnswersV1Schema, V1_API_VERSION } from "../../answers/schema.js";
import { DesignSchema } from "../../design/schema.js";
import type { Catalog } from "../../catalog/catalog.js";
import { UsageError } from "../errors.js";
import { loadCatalog } from "../load-bundle.js";

export const SCHEMA_NAMES = ["answers", "design"] as const;
const BASE_ID = "https://github.com/expressroute-advisor/expressroute-advisor/schemas";

type JsonObject = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Region and peering-location names are catalog data; listing them lets editors complete them. */
function addCatalogEnums(schema: JsonObject, catalog: Catalog): void {
  const regionNames = [...catalog.regionByName.keys()];
  const locationNames = [...catalog.locationByName.keys()];
  // v2: each region's name, each site's peering location.
  const region = schema.properties?.regions?.items?.properties;
  if (region?.name) region.name.enum = regionNames;
  const site = schema.properties?.sites?.items?.properties;
  if (site?.peeringLocation) site.peeringLocation.enum = locationNames;
  // v1: a list of names, or one name (listOfOne), and the one peering location.
  const regions = schema.properties?.azure?.properties?.regions;
  for (const names of [regions?.anyOf?.[0]?.items, regions?.anyOf?.[1]]) if (names) names.enum = regionNames;
  const sites = schema.properties?.sites?.properties;
  if (sites?.peeringLocation) sites.peeringLocation.enum = locationNames;
}

/** One answers schema as JSON Schema: "input", so defaults make keys optional, as in the file a user writes. */
function convertAnswersSchema(schema: z.ZodType, catalog: Catalog | undefined): JsonObject {
  const { $schema: _draft, ...json }: JsonObject = z.toJSONSchema(schema, { io: "input", target: "draft-2020-12", override: describeListOfOne });
  if (catalog) addCatalogEnums(json, catalog);
  return json;
}

/**
 * v2, and v1 files (still read, docs/contract.md §2) by their apiVersion: if/then/else rather
 * than oneOf, so an editor reports a v2 file's mistakes against v2 alone.
 */
function generateAnswersJsonSchema(catalog: Catalog | undefined): JsonObject {
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: `${BASE_ID}/answers.v2.json`,
    title: "expressroute-advisor answers (v2; v1 files are read too)",
    if: { properties: { apiVersion: { const: V1_API_VERSION } }, required: ["apiVersion"] },
    then: { $ref: "#/$defs/answersV1" },
    else: { $ref: "#/$defs/answersV2" },
    $defs: { answersV2: convertAnswersSchema(AnswersSchema, catalog), answersV1: convertAnswersSchema(AnswersV1Schema, catalog) },
  };
}

/**
 * The schema's only preprocessing is listOfOne (a single name read as a list of one); JSON Schema
 * cannot express the step, so the published schema says what the file may hold: the list, or one
 * of its items. (Names joined by commas are read too, but editors are shown the canonical forms.)
 */
function describeListOfOne(ctx: { zodSchema: { _zod: { def: unknown } }; jsonSchema: JsonObject }): void {
  const def = ctx.zodSchema._zod.def as { type: string; in?: { _zod: { def: { type: string } } } };
  if (def.type !== "pipe" || def.in?._zod.def.type !== "transform") return;
  const { description, ...list } = ctx.jsonSchema;
  for (const key of Object.keys(ctx.jsonSchema)) delete ctx.jsonSchema[key];
  Object.assign(ctx.jsonSchema, { description, anyOf: [list, structuredClone(list.items)] });
}

export function generateJsonSchema(name: string, catalog?: Catalog): JsonObject {
  if (name === "answers") return generateAnswersJsonSchema(catalog);
  if (name === "design") {
    const schema = z.toJSONSchema(DesignSchema, { io: "output", target: "draft-2020-12" });
    return { $id: `${BASE_ID}/design.v2.json`, title: "expressroute-advisor design (v2)", ...schema };
  }
  throw new UsageError(`unknown schema "${name}"; choose one of: ${SCHEMA_NAMES.join(", ")}`);
}

export async function runSchema(name: string): Promise<number> {
  const catalog = name === "answers" ? await loadCatalog() : undefined;
  writeStdout(`${JSON.stringify(generateJsonSchema(name, catalog), null, 2)}\n`);
  return 0;
}
