// The generated JSON Schemas accept every fixture (answers and designs) and reject invalid answers.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import Ajv2020 from "ajv/dist/2020.js";
import { parse } from "yaml";
import { generateJsonSchema } from "../../src/cli/commands/schema.js";
import { getBundle } from "../helpers/bundle.js";
import { ROOT } from "../helpers/run-cli.js";

const read = (dir: string) =>
  readdirSync(join(ROOT, dir))
    .filter((f) => f.endsWith(".yaml"))
    .map((f) => [f, parse(readFileSync(join(ROOT, dir, f), "utf8"))] as const);

describe("JSON Schema", () => {
  it("answers schema accepts every fixture answers file", async () => {
    const { catalog } = await getBundle();
    const validate = new Ajv2020.default({ strict: false }).compile(generateJsonSchema("answers", catalog));
    for (const [name, data] of read("fixtures/answers")) expect(validate(data), `${name}: ${JSON.stringify(validate.errors)}`).toBe(true);
  });

  it("answers schema rejects the invalid fixtures and typos", async () => {
    const { catalog } = await getBundle();
    const validate = new Ajv2020.default({ strict: false }).compile(generateJsonSchema("answers", catalog));
    for (const [name, data] of read("fixtures/invalid-answers")) expect(validate(data), name).toBe(false);
    const base = { apiVersion: "expressroute-advisor/v1", kind: "Answers", bandwidth: { requiredMbps: 100 }, azure: { regions: ["westeurope"] } };
    expect(validate(base)).toBe(true);
    expect(validate({ ...base, azure: { regions: ["west-europe"] } })).toBe(false);
    // One region may be written as a name (read as a list of one), and only a known one.
    expect(validate({ ...base, azure: { regions: "uksouth" } })).toBe(true);
    expect(validate({ ...base, azure: { regions: "uk-south" } })).toBe(false);
    expect(validate({ ...base, resilience: { level: "maximal" } })).toBe(false);
    expect(validate({ ...base, bandwidth: { requiredMbps: 0 } })).toBe(false);
  });

  it("design schema accepts every golden design", () => {
    const validate = new Ajv2020.default({ strict: false }).compile(generateJsonSchema("design"));
    for (const [name, data] of read("fixtures/designs")) expect(validate(data), `${name}: ${JSON.stringify(validate.errors)}`).toBe(true);
  });
});

describe("committed schemas", () => {
  it.each(["answers", "design"])("schemas/%s.schema.json is what `schema %s` prints", async (name) => {
    const { catalog } = await getBundle();
    const committed = readFileSync(join(ROOT, "schemas", `${name}.schema.json`), "utf8");
    expect(committed).toBe(`${JSON.stringify(generateJsonSchema(name, name === "answers" ? catalog : undefined), null, 2)}\n`);
  });
});
