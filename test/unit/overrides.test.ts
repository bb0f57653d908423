import { describe, expect, it } from "vitest";
import { applyOverrides, attributeOverrides, parseOverride } from "../../src/cli/overrides.js";

const answers = {
  apiVersion: "expressroute-advisor/v2",
  kind: "Answers",
  sites: [
    { name: "amsterdam-dc", requiredMbps: 1000 },
    { name: "frankfurt-dc", requiredMbps: 2000 },
  ],
  regions: [{ name: "westeurope" }, { name: "germanywestcentral" }],
};

const usageError = (fn: () => unknown) => {
  try {
    fn();
  } catch (err) {
    expect((err as Error).name).toBe("UsageError");
    return (err as Error).message;
  }
  throw new Error("expected a usage error");
};

describe("--set paths with list items", () => {
  it("parses keys, indexes and names", () => {
    expect(parseOverride("sites[0].requiredMbps=5")).toEqual({ path: ["sites", 0, "requiredMbps"], value: 5 });
    expect(parseOverride("sites[amsterdam-dc].requiredMbps=5")).toEqual({ path: ["sites", { name: "amsterdam-dc" }, "requiredMbps"], value: 5 });
    expect(parseOverride("transit.betweenSites=[[a, b]]")).toEqual({ path: ["transit", "betweenSites"], value: [["a", "b"]] });
    expect(parseOverride("transit.betweenSites[0][1]=b")).toEqual({ path: ["transit", "betweenSites", 0, 1], value: "b" });
  });

  it("sets an item's key by index or by name, leaving the file's data untouched", () => {
    const out = applyOverrides(answers, ["sites[1].requiredMbps=3000", "sites[amsterdam-dc].peeringLocation=Amsterdam", "regions[westeurope].vnetCount=3"]) as typeof answers;
    expect(out.sites).toEqual([
      { name: "amsterdam-dc", requiredMbps: 1000, peeringLocation: "Amsterdam" },
      { name: "frankfurt-dc", requiredMbps: 3000 },
    ]);
    expect(out.regions[0]).toEqual({ name: "westeurope", vnetCount: 3 });
    expect(answers.sites[1]!.requiredMbps).toBe(2000);
  });

  it("adds an item at one past the end, so answers can be built from --set alone", () => {
    const out = applyOverrides({ apiVersion: "expressroute-advisor/v2", kind: "Answers" }, ["sites[0].name=hq", "sites[0].requiredMbps=500", "regions[0].name=uksouth", "sites[1].name=dr"]);
    expect(out).toEqual({ apiVersion: "expressroute-advisor/v2", kind: "Answers", sites: [{ name: "hq", requiredMbps: 500 }, { name: "dr" }], regions: [{ name: "uksouth" }] });
    expect(applyOverrides(answers, ["sites[2]={name: paris-dc, requiredMbps: 100}"])).toMatchObject({ sites: [{}, {}, { name: "paris-dc", requiredMbps: 100 }] });
  });

  it("names an unknown item, suggesting the names there are", () => {
    expect(usageError(() => applyOverrides(answers, ["sites[amsterdam].requiredMbps=1"]))).toBe(
      '--set sites[amsterdam].requiredMbps=1: sites has no item named "amsterdam"; did you mean "amsterdam-dc"?',
    );
    expect(usageError(() => applyOverrides(answers, ["regions[uksouth].vnetCount=1"]))).toBe(
      '--set regions[uksouth].vnetCount=1: regions has no item named "uksouth"; the names are westeurope, germanywestcentral',
    );
    expect(usageError(() => applyOverrides(answers, ["sites[5].requiredMbps=1"]))).toBe(
      "--set sites[5].requiredMbps=1: sites has 2 items; use an index up to 2 (2 adds one)",
    );
    // A key path through a value of another kind replaces it; the schema then says what belongs there.
    expect(applyOverrides(answers, ["sites.requiredMbps=1", "kind[0]=1"])).toMatchObject({ sites: { requiredMbps: 1 }, kind: [1] });
  });

  it("refuses what is not a key path", () => {
    for (const bad of ["__proto__.x=1", "sites[0].__proto__=1", "sites[=1", "a..b=1", "=1", "nonsense"]) expect(usageError(() => parseOverride(bad)), bad).toMatch(/^--set/);
  });

  it("attributes issues at an item's key to the --set that named it, by index or by name", () => {
    const issues: { path: string; message: string; line?: number; file?: string }[] = [
      { path: "sites[0].requiredMbps", message: "m", line: 4 },
      { path: "sites[1].requiredMbps", message: "m", line: 7 },
      { path: "regions[1].name", message: "m", line: 9 },
    ];
    const attributed = attributeOverrides(issues, ["sites[amsterdam-dc].requiredMbps=0", "regions[1].name=germanywest"], answers);
    expect(attributed.map((i) => [i.path, i.file, i.line])).toEqual([
      ["sites[0].requiredMbps", "--set sites[amsterdam-dc].requiredMbps=0", undefined],
      ["sites[1].requiredMbps", undefined, 7],
      ["regions[1].name", "--set regions[1].name=germanywest", undefined],
    ]);
  });

  it("attributes an issue above the --set only where the --set made that key", () => {
    const issues: { path: string; message: string; line?: number; file?: string }[] = [
      { path: "azure.onPremisesRoutes", message: "m", line: 3 },
      { path: "sites", message: "m", line: 5 },
    ];
    const file = { ...answers, azure: { onPremisesRoutes: 5 } };
    const attributed = attributeOverrides(issues, ["azure.onPremisesRoutes.x=1", "sites[0].name=a"], file);
    expect(attributed.map((i) => i.file)).toEqual(["--set azure.onPremisesRoutes.x=1", undefined]);
  });
});
