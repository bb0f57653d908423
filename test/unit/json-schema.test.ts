// The generated JSON Schemas accept every fixture (answers and designs) and reject invalid answers.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import Ajv2020 from "ajv/dist/2020.js";
import { parse } from "yaml";
import { generateJsonSchema } from "../../src/cli/commands/schema.js";
import { indexCatalog } from "../../src/catalog/catalog.js";
import { readCatalogFiles } from "../../src/cli/load-sources.js";

/** The answers schema needs only the catalog (its region and location names). */
const compileAnswersSchema = async () =>
  new Ajv2020.default({ strict: false }).compile(generateJsonSchema("answers", indexCatalog(await readCatalogFiles())));
import { ROOT } from "../helpers/run-cli.js";

const read = (dir: string) =>
  readdirSync(join(ROOT, dir))
    .filter((f) => f.endsWith(".yaml"))
    .map((f) => [f, parse(readFileSync(join(ROOT, dir, f), "utf8"))] as const);

describe("JSON Schema", () => {
  it("answers schema accepts every fixture answers file, v2 and v1", async () => {
    const validate = await compileAnswersSchema();
    for (const [name, data] of read("fixtures/answers")) expect(validate(data), `${name}: ${JSON.stringify(validate.errors)}`).toBe(true);
  });

  it("answers schema rejects the invalid fixtures and typos", async () => {
    const validate = await compileAnswersSchema();
    for (const [name, data] of read("fixtures/invalid-answers")) expect(validate(data), name).toBe(false);
    const base = {
      apiVersion: "expressroute-advisor/v2",
      kind: "Answers",
      sites: [{ name: "amsterdam-dc", requiredMbps: 100, peeringLocation: "Amsterdam" }],
      regions: [{ name: "westeurope", sites: ["amsterdam-dc"] }],
      transit: { betweenSites: "all" },
    };
    expect(validate(base)).toBe(true);
    expect(validate({ ...base, regions: [{ name: "west-europe" }] })).toBe(false);
    expect(validate({ ...base, sites: [{ name: "amsterdam-dc", requiredMbps: 100, peeringLocation: "amsterdam" }] })).toBe(false);
    expect(validate({ ...base, sites: [{ name: "amsterdam-dc", requiredMbps: 0 }] })).toBe(false);
    expect(validate({ ...base, sites: [] })).toBe(false);
    expect(validate({ ...base, transit: { betweenSites: [["amsterdam-dc", "frankfurt-dc"]] } })).toBe(true);
    expect(validate({ ...base, transit: { betweenSites: [["amsterdam-dc"]] } })).toBe(false);
    expect(validate({ ...base, resilience: { level: "maximal" } })).toBe(false);
    expect(validate({ ...base, azure: { network: "virtual-wan" } })).toBe(true);
    // A v1 file is judged by the v1 schema, by its apiVersion.
    const v1 = { apiVersion: "expressroute-advisor/v1", kind: "Answers", bandwidth: { requiredMbps: 100 }, azure: { regions: ["westeurope"] } };
    expect(validate(v1)).toBe(true);
    expect(validate({ ...v1, azure: { regions: ["west-europe"] } })).toBe(false);
    // One region may be written as a name (read as a list of one), and only a known one.
    expect(validate({ ...v1, azure: { regions: "uksouth" } })).toBe(true);
    expect(validate({ ...v1, azure: { regions: "uk-south" } })).toBe(false);
    expect(validate({ ...v1, bandwidth: { requiredMbps: 0 } })).toBe(false);
    expect(validate({ ...v1, apiVersion: "expressroute-advisor/v2" })).toBe(false);
    expect(validate({ ...base, apiVersion: "expressroute-advisor/v1" })).toBe(false);
  });

  it("design schema accepts every golden design", () => {
    const validate = new Ajv2020.default({ strict: false }).compile(generateJsonSchema("design"));
    for (const [name, data] of read("fixtures/designs")) expect(validate(data), `${name}: ${JSON.stringify(validate.errors)}`).toBe(true);
  });
});

describe("committed schemas", () => {
  it.each(["answers", "design"])("schemas/%s.schema.json is what `schema %s` prints", async (name) => {
    const catalog = name === "answers" ? indexCatalog(await readCatalogFiles()) : undefined;
    const committed = readFileSync(join(ROOT, "schemas", `${name}.schema.json`), "utf8");
    expect(committed).toBe(`${JSON.stringify(generateJsonSchema(name, catalog), null, 2)}\n`);
  });
});
