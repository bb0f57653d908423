// The questionnaire's table and logic, without a terminal: every answers key has a question,
// skips follow the answers, typed text is checked by the key's own schema.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ANSWER_FIELDS, TOP_LEVEL_KEYS } from "../../src/answers/fields.js";
import { ANSWER_SECTIONS } from "../../src/answers/schema.js";
import { orderAnswers, viewAnswers, withHeader } from "../../src/cli/questionnaire/answer-tree.js";
import { loadAutosave, saveAutosave } from "../../src/cli/questionnaire/autosave.js";
import { describeMissingMetro, listPeeringLocationChoices, listRegionChoices } from "../../src/cli/questionnaire/catalog-choices.js";
import { parseNumberAnswer, parseTextAnswer } from "../../src/cli/questionnaire/parse-answer.js";
import { changeAnswer, listPendingQuestions, type Session } from "../../src/cli/questionnaire/pending-questions.js";
import { prepareAnswers } from "../../src/cli/questionnaire/prepare-answers.js";
import { NOT_ASKED, QUESTION_BY_PATH, QUESTIONS, type AnswerPath } from "../../src/cli/questionnaire/questions.js";
import { getBundle, makeAnswers } from "../helpers/bundle.js";

const question = (path: AnswerPath) => QUESTION_BY_PATH.get(path)!;
const session = (answers: Record<string, unknown> = {}): Session => ({ answers: withHeader(answers), leftEmpty: new Set() });
const pendingPaths = async (answers: Record<string, unknown> = {}) =>
  listPendingQuestions(session(answers), (await getBundle()).catalog).map((q) => q.path);

describe("question table", () => {
  it("has a question for every answers-file key, and a reason for every key it does not ask", () => {
    const asked = new Set(QUESTIONS.map((q) => q.path));
    for (const field of ANSWER_FIELDS) expect(asked, `no question for ${field.path}`).toContain(field.path);
    for (const key of TOP_LEVEL_KEYS) {
      const covered = key in ANSWER_SECTIONS || asked.has(key as AnswerPath) || key in NOT_ASKED;
      expect(covered, `top-level key ${key} is neither asked nor listed in NOT_ASKED`).toBe(true);
    }
    expect(QUESTIONS).toHaveLength(ANSWER_FIELDS.length + 1);
  });

  it("takes kind, default and range from the schema, not from the table", () => {
    const mbps = question("bandwidth.requiredMbps");
    expect(mbps.field).toMatchObject({ kind: "number", min: 1, max: 1_000_000, integer: true, required: true });
    expect(question("resilience.level").field).toMatchObject({ kind: "enum", values: ["standard", "high", "maximum"], defaultValue: "high" });
    expect(question("resilience.pinnedZone").field).toMatchObject({ kind: "enum", values: [1, 2, 3], nullable: true });
    expect(question("name").schema.safeParse("x".repeat(201)).success).toBe(false);
  });

  it("has a prompt for every question: a kind the prompts know, or a catalog choice source", () => {
    for (const q of QUESTIONS) expect(q.choices ?? q.field.kind, q.path).toMatch(/^(boolean|enum|number|string|regions|peeringLocations)$/);
    expect(question("azure.regions").choices).toBe("regions");
    expect(question("sites.peeringLocation").choices).toBe("peeringLocations");
  });

  it("names what an empty answer means wherever a key may stay empty", () => {
    for (const q of QUESTIONS) {
      const mayBeEmpty = q.field.nullable || (!q.field.required && q.field.defaultValue === undefined);
      if (mayBeEmpty) expect(q.empty, `${q.path} needs an "empty" label`).toBeTruthy();
      expect(q.why.length, `${q.path} needs its "why we ask"`).toBeGreaterThan(20);
    }
  });

  it("keeps sections in the documented order and asks conditions only about earlier answers", async () => {
    const { catalog } = await getBundle();
    const sections = [...new Set(QUESTIONS.map((q) => q.section))];
    expect(sections).toEqual(["bandwidth", "compliance", "sites", "azure", "resilience", "performance"]);
    QUESTIONS.forEach((q, i) => {
      if (!q.when) return;
      const read: string[] = [];
      const view = viewAnswers(withHeader(makeAnswers()));
      q.when((path) => (read.push(path), view(path)), catalog);
      for (const path of read) expect(QUESTIONS.findIndex((x) => x.path === path), `${q.path} depends on ${path}`).toBeLessThan(i);
    });
  });
});

describe("conditional questions", () => {
  const conditional = [
    "bandwidth.horizonYears",
    "sites.interSiteTransit",
    "resilience.pinnedZone",
    "resilience.vpnDevice",
    "resilience.gatewaySubnetPrefixLength",
  ];

  it("skips what cannot matter on a blank start, and asks everything else", async () => {
    const pending = await pendingPaths();
    for (const path of conditional) expect(pending).not.toContain(path);
    expect(pending).toHaveLength(QUESTIONS.length - conditional.length);
  });

  it("asks the VPN device and the GatewaySubnet only with VPN failover", async () => {
    expect(await pendingPaths({ resilience: { vpnFailover: true } })).toEqual(expect.arrayContaining(["resilience.vpnDevice", "resilience.gatewaySubnetPrefixLength"]));
    expect(await pendingPaths({ resilience: { vpnFailover: false } })).not.toContain("resilience.vpnDevice");
  });

  it("asks the horizon only with growth, and inter-site transit only for several sites", async () => {
    expect(await pendingPaths({ bandwidth: { growthPercentPerYear: 5 } })).toContain("bandwidth.horizonYears");
    expect(await pendingPaths({ sites: { count: 2 } })).toContain("sites.interSiteTransit");
    expect(await pendingPaths({ sites: { count: 1 } })).not.toContain("sites.interSiteTransit");
  });

  it("offers a pinned zone only without zone redundancy and in a region with zones", async () => {
    expect(await pendingPaths({ resilience: { zoneRedundancy: false }, azure: { regions: ["westeurope"] } })).toContain("resilience.pinnedZone");
    expect(await pendingPaths({ resilience: { zoneRedundancy: true }, azure: { regions: ["westeurope"] } })).not.toContain("resilience.pinnedZone");
    const { catalog } = await getBundle();
    const noZones = catalog.regions.regions.find((r) => !r.availabilityZones)!.name;
    expect(await pendingPaths({ resilience: { zoneRedundancy: false }, azure: { regions: [noZones] } })).not.toContain("resilience.pinnedZone");
  });

  it("never asks a key that is already answered (prefill), nor one left empty", async () => {
    const s = session({ name: "x", bandwidth: { requiredMbps: 100 }, azure: { regions: ["westeurope"] } });
    s.leftEmpty.add("sites.peeringLocation");
    const pending = listPendingQuestions(s, (await getBundle()).catalog).map((q) => q.path);
    for (const p of ["name", "bandwidth.requiredMbps", "azure.regions", "sites.peeringLocation"]) expect(pending).not.toContain(p);
    expect(pending[0]).toBe("bandwidth.growthPercentPerYear");
  });

  it("withdraws answers that stop applying when one is changed in the review", async () => {
    const { catalog } = await getBundle();
    const s = session({ azure: { regions: ["westeurope"] }, resilience: { zoneRedundancy: false, pinnedZone: 2, vpnFailover: true, vpnDevice: "policy-based" } });
    expect(changeAnswer(s, "resilience.zoneRedundancy", true, catalog)).toEqual(["resilience.pinnedZone"]);
    expect(s.answers.resilience).toEqual({ zoneRedundancy: true, vpnFailover: true, vpnDevice: "policy-based" });
    expect(changeAnswer(s, "resilience.vpnFailover", false, catalog)).toEqual(["resilience.vpnDevice"]);
  });
});

describe("typed answers", () => {
  it("reads numbers as the schema allows them", () => {
    const mbps = question("bandwidth.requiredMbps");
    expect(parseNumberAnswer(mbps, "4,000")).toEqual({ ok: true, value: 4000 });
    expect(parseNumberAnswer(mbps, " 250 ")).toEqual({ ok: true, value: 250 });
    expect(parseNumberAnswer(mbps, "2.5")).toMatchObject({ ok: false, message: "Enter a whole number from 1 to 1,000,000 (e.g. 500, 500 Mbps, 5G or 1.5 Gbps)" });
    expect(parseNumberAnswer(mbps, "")).toMatchObject({ ok: false });
    expect(parseNumberAnswer(mbps, "lots")).toMatchObject({ ok: false });
    expect(parseNumberAnswer(question("bandwidth.growthPercentPerYear"), "2.5")).toEqual({ ok: true, value: 2.5 });
  });

  it("reads bandwidth with its unit, stored in Mbps, and a prefix length with its slash", () => {
    const mbps = question("bandwidth.requiredMbps");
    const cases: [string, number][] = [["5 Gbps", 5000], ["5G", 5000], ["5g", 5000], ["500M", 500], ["500 Mbps", 500], ["1.5 Gbps", 1500], ["1.1Gbps", 1100], ["2,500 Mbps", 2500], ["10 Gbit/s", 10000]];
    for (const [text, value] of cases) expect(parseNumberAnswer(mbps, text), text).toEqual({ ok: true, value });
    for (const text of ["5 parsecs", "G", "1.5 Mbps", "2000 Gbps", "Gbps 5"]) expect(parseNumberAnswer(mbps, text), text).toMatchObject({ ok: false });
    const prefix = question("resilience.gatewaySubnetPrefixLength");
    expect(parseNumberAnswer(prefix, "/27")).toEqual({ ok: true, value: 27 });
    expect(parseNumberAnswer(prefix, "27")).toEqual({ ok: true, value: 27 });
    expect(parseNumberAnswer(prefix, "/15")).toMatchObject({ ok: false, message: expect.stringContaining("e.g. 27 or /27") });
    // The unit applies only where the table gives one.
    expect(parseNumberAnswer(question("azure.vnetCount"), "5G")).toMatchObject({ ok: false });
  });

  it("clears an optional answer with -, empty text or its own empty word", () => {
    const egress = question("bandwidth.monthlyEgressGB");
    for (const text of ["-", "", "unknown"]) expect(parseNumberAnswer(egress, text), text).toEqual({ ok: true, value: undefined });
    expect(parseNumberAnswer(question("bandwidth.requiredMbps"), "-")).toMatchObject({ ok: false });
  });

  it("maps an empty answer to a left-out key or to null, as the schema has it", () => {
    expect(parseNumberAnswer(question("bandwidth.monthlyEgressGB"), "")).toEqual({ ok: true, value: undefined });
    expect(parseNumberAnswer(question("resilience.gatewaySubnetPrefixLength"), "")).toEqual({ ok: true, value: null });
    expect(parseNumberAnswer(question("resilience.gatewaySubnetPrefixLength"), "15")).toMatchObject({ ok: false });
    expect(parseTextAnswer(question("name"), "  ")).toEqual({ ok: true, value: undefined });
    expect(parseTextAnswer(question("name"), " contoso ")).toEqual({ ok: true, value: "contoso" });
  });
});

describe("prefilled answers", () => {
  it("re-asks a bad value of a known key and keeps the rest", async () => {
    const { catalog } = await getBundle();
    const raw = withHeader({ bandwidth: { requiredMbps: 0, growthPercentPerYear: 3 }, azure: { regions: ["westeurope", "atlantis"] } });
    const prepared = prepareAnswers(raw, catalog);
    expect(prepared.ok).toBe(true);
    if (!prepared.ok) return;
    expect(prepared.answers.bandwidth).toEqual({ growthPercentPerYear: 3 });
    expect(prepared.answers.azure).toBeUndefined();
    expect(prepared.reasked.map((i) => i.path)).toEqual(["bandwidth.requiredMbps", "azure.regions[1]"]);
  });

  it("steps aside for problems that asking cannot fix", async () => {
    const { catalog } = await getBundle();
    expect(prepareAnswers(withHeader({ bandwidth: { requiredMbps: 10, typo: 1 } }), catalog).ok).toBe(false);
    expect(prepareAnswers({ apiVersion: "v0", kind: "Answers" }, catalog).ok).toBe(false);
    expect(prepareAnswers(withHeader({}), catalog)).toMatchObject({ ok: true, reasked: [] });
  });
});

describe("catalog choices", () => {
  it("finds regions and peering locations by what is typed", async () => {
    const { catalog } = await getBundle();
    expect(listRegionChoices(catalog, "west eu")[0]!.value).toBe("westeurope");
    expect(listRegionChoices(catalog, "West Europe")[0]!.value).toBe("westeurope");
    expect(listPeeringLocationChoices(catalog, "frank").map((c) => c.value).slice(0, 2)).toEqual(["Frankfurt", "Frankfurt2"]);
    expect(listPeeringLocationChoices(catalog, "netherlands").map((c) => c.value)).toContain("Amsterdam");
    expect(listPeeringLocationChoices(catalog, "zzz")).toEqual([]);
  });

  it("lists every catalog entry, regions local to the chosen location first", async () => {
    const { catalog } = await getBundle();
    expect(listPeeringLocationChoices(catalog, undefined)).toHaveLength(catalog.locations.locations.length);
    const regions = listRegionChoices(catalog, "", "Amsterdam");
    expect(regions).toHaveLength(catalog.regions.regions.length);
    expect(regions[0]).toMatchObject({ value: "westeurope", description: expect.stringContaining("local to Amsterdam") });
  });
});

describe("regions by city and country", () => {
  it("finds regions by their city or country, and by a peering location's city", async () => {
    const { catalog } = await getBundle();
    const values = (term: string) => listRegionChoices(catalog, term).map((c) => c.value);
    // London: UK South is there, UK West is in the same country (its peering location's).
    expect(values("london").slice(0, 2)).toEqual(["uksouth", "ukwest"]);
    expect(values("germany").slice(0, 2).sort()).toEqual(["germanynorth", "germanywestcentral"]);
    expect(values("cardiff")[0]).toBe("ukwest");
    expect(values("netherlands")[0]).toBe("westeurope");
    expect(values("amsterdam")).toContain("westeurope");
    // Names still rank first.
    expect(values("uksouth")[0]).toBe("uksouth");
    expect(listRegionChoices(catalog, "ukwest")[0]!.description).toContain("Cardiff, United Kingdom");
  });
});

describe("autosave", () => {
  it("round-trips the answers and the keys left empty, as a valid answers file", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "era-autosave-")), "sub", "answers.partial.yaml");
    const answers = withHeader({ azure: { regions: ["westeurope"] }, bandwidth: { requiredMbps: 100 } });
    saveAutosave(answers, new Set(["name", "sites.peeringLocation"]), { file, from: "--answers partial.yaml", startedAt: new Date(0) });
    const loaded = await loadAutosave(file);
    expect(loaded).toMatchObject({ answers, leftEmpty: new Set(["name", "sites.peeringLocation"]), from: "--answers partial.yaml" });
    expect(readFileSync(file, "utf8")).toContain("# started: 1970-01-01T00:00:00.000Z\n");
    // Written in documented order: bandwidth before azure.
    const text = readFileSync(file, "utf8");
    expect(text.indexOf("bandwidth:")).toBeLessThan(text.indexOf("azure:"));
    expect(Object.keys(orderAnswers(answers))).toEqual(["apiVersion", "kind", "bandwidth", "azure"]);
  });

  it("reports no autosave, or an unreadable one", async () => {
    const dir = mkdtempSync(join(tmpdir(), "era-autosave-"));
    expect(await loadAutosave(join(dir, "none.yaml"))).toBeUndefined();
    writeFileSync(join(dir, "list.yaml"), "- not answers\n");
    expect(await loadAutosave(join(dir, "list.yaml"))).toBe("unreadable");
    writeFileSync(join(dir, "broken.yaml"), "bandwidth: [\n");
    expect(await loadAutosave(join(dir, "broken.yaml"))).toBe("unreadable");
  });
});

describe("the Metro caveat on high resiliency", () => {
  // Found in review: the caveat asked only whether a Metro exists, the rules whether it takes orders.
  it("agrees with the rules: a Metro without an active provider is not offered, unless as Direct with an own edge", async () => {
    const { catalog } = await getBundle();
    expect(describeMissingMetro(catalog, "Amsterdam", ["westeurope"])).toBeUndefined();
    const johannesburg = describeMissingMetro(catalog, "Johannesburg", ["southafricanorth"]);
    expect(johannesburg).toMatch(/^not offered at Johannesburg: Johannesburg Metro takes no circuit orders yet/);
    expect(johannesburg).not.toContain("Metros to consider: Johannesburg Metro");
    expect(describeMissingMetro(catalog, "Johannesburg", ["southafricanorth"], true)).toBeUndefined();
    const london = describeMissingMetro(catalog, "London", ["uksouth"])!;
    expect(london).toMatch(/no ExpressRoute Metro there; Metros to consider: /);
    for (const name of london.replace(/^.*Metros to consider: /, "").replace(/ and \d+ more$/, "").split(", ")) {
      expect(catalog.metroByName.get(name)!.providers.length, name).toBeGreaterThan(0);
    }
  });
});
