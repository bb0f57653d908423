// explain, diff, schema, validate and --set, through the real binary.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ROOT, runCli } from "../helpers/run-cli.js";

const fixture = (name: string) => join(ROOT, "fixtures/answers", `${name}.yaml`);
const design = (name: string) => join(ROOT, "fixtures/designs", `${name}.yaml`);

describe("explain", () => {
  it("takes the rules' name for a decision (gateway.sku) and explains it for every item, on v2 and v1 files", () => {
    const r = runCli(["explain", fixture("v2-bank-two-dc-maximum"), "gateway.sku"]);
    expect(r.code).toBe(0);
    expect(r.stdout.match(/^gateways\[[\w-]+\]\.sku = /gm)).toEqual(["gateways[uksouth].sku = ", "gateways[ukwest].sku = "]);
    const located = runCli(["explain", fixture("v2-bank-two-dc-maximum"), "siteGroup.locations"]);
    expect(located.code).toBe(0);
    expect(located.stdout).toMatch(/^siteGroups\[[\w-]+\]\.locations = 2$/m);
    const v1 = runCli(["explain", fixture("small-retailer"), "design.gateway.sku"]);
    expect(v1.code).toBe(0);
    expect(v1.stdout).toMatch(/^gateways\[westeurope\]\.sku = "ErGw/m);
  });

  it("help and examples name v2 paths", () => {
    const r = runCli(["explain", "--help"]);
    expect(r.stdout).toContain("gateways[westeurope].sku");
    expect(r.stdout).not.toMatch(/e\.g\. circuits\[\]\.sku\.tier, gateway\.sku\)/);
  });

  it("says a field of an existing item is not a decision, what it follows from, and the item's decisions", () => {
    const r = runCli(["explain", fixture("v2-bank-two-dc-maximum"), "gateways[ukwest].circuits"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("gateways[ukwest].circuits is not a decision: it follows from the region's preferred circuits (derived.regionConnections)");
    expect(r.stdout).toMatch(/the decisions of this item: .*gateways\[ukwest\]\.sku/);
    expect(r.stdout).not.toContain("no gateways item");
    const typo = runCli(["explain", fixture("v2-bank-two-dc-maximum"), "gateways[ukwest].skew"]);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('"gateways[ukwest].skew" is not a decision; the decisions of gateways[ukwest] are');
    expect(typo.stderr).toContain('did you mean "gateways[ukwest].sku"');
  });

  it("says what connections, Global Reach links and ports follow from", () => {
    const cases: [string, string, string][] = [
      ["v2-bank-two-dc-maximum", "connections", "the region's preferred circuits (derived.regionConnections)"],
      ["v2-bank-two-dc-maximum", "connections[].weight", "the region's preferred circuits (derived.regionConnections)"],
      ["v2-germany-two-dc-transit", "globalReach.links", "the transit pairs (transit.betweenSites"],
      ["huge-bandwidth-450g", "ports", "the Direct port plan"],
    ];
    for (const [name, path, text] of cases) {
      const r = runCli(["explain", fixture(name), path]);
      expect(r.code, path).toBe(0);
      expect(r.stdout).toContain(`${path} is not a decision: it follows from ${text}`);
    }
  });

  it("says once that design.* names in conditions are the rules' names for this item's decisions", () => {
    const r = runCli(["explain", fixture("v2-bank-two-dc-maximum"), "gateways[uksouth].sku"]);
    expect(r.stdout).toContain("design.gateway.fastPath");
    expect(r.stdout.match(/^note: design\.<name> in a condition is the name rules use for a decision of the same item/gm)).toHaveLength(1);
    // No design.* condition quoted: no note.
    expect(runCli(["explain", fixture("v2-bank-two-dc-maximum"), "network"]).stdout).not.toContain("note: design.");
  });

  it("says why Premium won and why every other tier rule lost", () => {
    const r = runCli(["explain", "--answers", fixture("tailspin-cross-geopolitical"), "circuits[].sku.tier"]);
    expect(r.code).toBe(0);
    // circuits[] is every circuit: each line names its circuit by id.
    expect(r.stdout).toMatch(/^circuits\[[\w-]+\]\.sku\.tier = "Premium"$/m);
    expect(r.stdout).toContain("won: ER-SKU-001");
    expect(r.stdout).toContain("✓ derived.crossGeo = true");
    // v2: a circuit links to each region's hub gateway (spokes use gateway transit), so the four VNets
    // in two regions need 2 links, not 4 (learn.microsoft.com/azure/vpn-gateway/vpn-gateway-peering-gateway-transit).
    expect(r.stdout).toContain('lost: ER-SKU-003 "Premium for more VNet links than Standard allows" (priority 380): because derived.vnetLinksNeeded = 2 ≤ 10 (needs > 10)');
    expect(r.stdout).toMatch(/lost: ER-SKU-099 .*higher priority/);
  });

  it("never disagrees with the design, for every decision of every fixture", () => {
    for (const name of ["contoso-bank-direct", "media-ingest-westeurope", "relecloud-multinational", "policy-vpn-small-subnet"]) {
      const explained = JSON.parse(runCli(["explain", "--answers", fixture(name), "--format", "json"]).stdout);
      const planned = parse(readFileSync(design(name), "utf8"));
      expect(explained.map((e: { path: string; value: unknown; winner: { rule: string } }) => [e.path, e.value, e.winner.rule])).toEqual(
        planned.decisions.map((d: { path: string; value: unknown; rule: string }) => [d.path, d.value, d.rule]),
      );
      for (const e of explained) {
        expect(e.winner.passed).toBe(true);
        // Every rule tried before the winner failed; after it, rules either failed or were outranked.
        const before = e.losers.filter((l: { candidate: { priority: number } }) => l.candidate.priority > e.winner.priority);
        for (const l of before) expect(l.reason).toBe("condition-failed");
      }
    }
  });

  it("explains a finding by id and suggests a path for a typo", () => {
    const r = runCli(["explain", "--answers", fixture("policy-vpn-small-subnet"), "ER-VPN-F02"]);
    expect(r.code).toBe(0);
    // A per-region finding names its gateway.
    expect(r.stdout).toMatch(/finding ER-VPN-F02 about gateways\[westeurope\] \(error\)/);
    expect(r.stdout).toContain("because answers.resilience.gatewaySubnetPrefixLength = 29 > 27");
    const quiet = runCli(["explain", "--answers", fixture("small-retailer"), "ER-VPN-F02"]);
    expect(quiet.stdout).toContain("finding ER-VPN-F02 did not fire");
    expect(quiet.stdout).toContain("because derived.vpnGatewayNeeded = false");
    const typo = runCli(["explain", "--answers", fixture("small-retailer"), "gateways[].skus"]);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('did you mean "gateways[].sku"?');
    // An id that is not there: the list's ids, and the closest one.
    const planned = JSON.parse(runCli(["plan", "--answers", fixture("small-retailer"), "--format", "json"]).stdout);
    const id: string = planned.circuits[0].id;
    const unknown = runCli(["explain", "--answers", fixture("small-retailer"), `circuits[${id}x].sku.tier`]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain(`circuits has ${id}`);
    expect(unknown.stderr).toContain(`did you mean "circuits[${id}].sku.tier"?`);
    // A prefix explains every decision about that circuit, all named by its id.
    const prefix = runCli(["explain", "--answers", fixture("small-retailer"), `circuits[${id}]`, "--format", "json"]);
    const paths = JSON.parse(prefix.stdout).map((e: { path: string }) => e.path);
    expect(paths.length).toBeGreaterThan(1);
    for (const path of paths) expect(path.startsWith(`circuits[${id}].`)).toBe(true);
  });
});

describe("--set (what-if)", () => {
  it("overrides answers and is validated like the file", () => {
    const r = runCli(["plan", "--answers", fixture("small-retailer"), "--set", "bandwidth.requiredMbps=20000", "--format", "json"]);
    expect(r.code).toBe(0);
    const d = JSON.parse(r.stdout);
    expect(d.circuits[0].connection.type).toBe("direct");
    expect(d.circuits[0].bandwidthMbps).toBe(40000);
    const bad = runCli(["plan", "--answers", fixture("small-retailer"), "--set", "bandwidth.requiredMbs=20000"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('bandwidth.requiredMbs: unknown key; did you mean "requiredMbps"?');
    // A bad value given with --set is not blamed on a line of the file.
    const wrong = runCli(["plan", "--answers", fixture("small-retailer"), "--set", "azure.vnetCount=abc"]);
    expect(wrong.stderr).toContain('error: --set azure.vnetCount=abc: azure.vnetCount: expected a whole number from 1 to 1000, got "abc"');
    expect(wrong.stderr).not.toContain("small-retailer.yaml");
    // v2 list items on a v1 file: say which keys it takes, not that an empty list lacks the name.
    const v2Key = runCli(["plan", "--answers", fixture("small-retailer"), "--set", "regions[westeurope].vnetCount=3"]);
    expect(v2Key.code).toBe(2);
    expect(v2Key.stderr).toContain("error: --set regions[westeurope].vnetCount=3: the answers file is v1 (apiVersion: expressroute-advisor/v1), where this answer is azure.vnetCount");
    expect(v2Key.stderr).toContain("expressroute-advisor migrate FILE");
    const v2 = runCli(["plan", "--answers", fixture("v2-germany-two-dc-transit"), "--set", "regions[germanynorth].vnetCount=3", "--format", "json"]);
    expect(v2.code).toBe(0);
    expect(JSON.parse(v2.stdout).requirements.regions.find((r: { name: string }) => r.name === "germanynorth").vnetCount).toBe(3);
    expect(runCli(["plan", "--answers", fixture("small-retailer"), "--set", "nonsense"]).code).toBe(2);
    expect(runCli(["plan", "--answers", fixture("small-retailer"), "--set", "__proto__.x=1"]).code).toBe(2);
  });

  it("saves the answers as used, to replay the what-if", () => {
    const dir = mkdtempSync(join(tmpdir(), "era-"));
    const saved = join(dir, "what-if.yaml");
    // More on-premises routes than Standard's 4,000 need Premium (v2 no longer counts spoke VNets as
    // circuit links, so azure.vnetCount=12 in one region stays Standard).
    const first = runCli(["plan", "--answers", fixture("small-retailer"), "--set", "azure.onPremisesRoutes=5000", "--save-answers", saved]);
    expect(first.code).toBe(0);
    expect(parse(readFileSync(saved, "utf8")).azure.onPremisesRoutes).toBe(5000);
    const replay = runCli(["plan", "--answers", saved]);
    expect(replay.stdout).toBe(first.stdout);
    expect(parse(replay.stdout).circuits[0].sku.tier).toBe("Premium");
  });
});

describe("diff", () => {
  it("a v1 design from an earlier release gets one line saying to re-plan it, not schema errors", () => {
    const dir = mkdtempSync(join(tmpdir(), "era-"));
    const old = join(dir, "old-v1-design.yaml");
    writeFileSync(
      old,
      "apiVersion: expressroute-advisor/v1\nkind: Design\nname: contoso-bank\nrequirements:\n  requiredMbps: 8000\nconnection:\n  type: direct\ncircuits:\n  - role: primary\n    bandwidthMbps: 10000\n",
    );
    for (const args of [[old, fixture("small-retailer")], [fixture("small-retailer"), old]]) {
      const r = runCli(["diff", ...args]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr.trim().split("\n")).toEqual([
        `error: ${old}:1: apiVersion: this is a v1 design from an earlier release (apiVersion expressroute-advisor/v1); re-plan it from its answers (v1 answers files still work) and diff the answers files or the new designs`,
      ]);
    }
  });

  it("exits 0 for equal designs and 1 with the changed decisions and rules", () => {
    expect(runCli(["diff", design("small-retailer"), fixture("small-retailer")])).toMatchObject({ code: 0, stdout: expect.stringContaining("no differences") });
    const r = runCli(["diff", fixture("small-retailer"), fixture("small-retailer"), "--format", "json"]);
    expect(JSON.parse(r.stdout).equal).toBe(true);
    const dir = mkdtempSync(join(tmpdir(), "era-"));
    const changed = join(dir, "more.yaml");
    writeFileSync(changed, readFileSync(fixture("small-retailer"), "utf8").replace("requiredMbps: 200", "requiredMbps: 1500"));
    const d = runCli(["diff", fixture("small-retailer"), changed, "--format", "json"]);
    expect(d.code).toBe(1);
    const diff = JSON.parse(d.stdout);
    expect(diff.decisions).toContainEqual(
      expect.objectContaining({ path: expect.stringMatching(/^circuits\[[\w-]+\]\.bandwidthMbps$/), old: 200, new: 2000, newRule: "ER-BW-005" }),
    );
    expect(diff.decisions).toContainEqual(expect.objectContaining({ path: expect.stringMatching(/^gateways\[\w+\]\.sku$/), old: "ErGw1AZ", new: "ErGw2AZ" }));
    const text = runCli(["diff", fixture("small-retailer"), changed]);
    expect(text.stdout).toMatch(/~ gateways\[\w+\]\.sku: "ErGw1AZ" → "ErGw2AZ" \(rule ER-GWSKU-003\)/);
  });

  it("reports a field changed by hand in a design, which the trace does not show", () => {
    const dir = mkdtempSync(join(tmpdir(), "era-"));
    const edited = join(dir, "edited.yaml");
    writeFileSync(edited, readFileSync(design("small-retailer"), "utf8").replace("sku: ErGw1AZ", "sku: ErGw3AZ"));
    const r = runCli(["diff", design("small-retailer"), edited, "--format", "json"]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).fields).toEqual([{ path: expect.stringMatching(/^gateways\[\w+\]\.sku$/), old: "ErGw1AZ", new: "ErGw3AZ" }]);
    expect(JSON.parse(r.stdout).items).toEqual({ added: [], removed: [] });
  });

  it("exits 2 for a file that is neither a design nor answers", () => {
    const dir = mkdtempSync(join(tmpdir(), "era-"));
    writeFileSync(join(dir, "x.yaml"), "kind: Something\n");
    expect(runCli(["diff", join(dir, "x.yaml"), fixture("small-retailer")]).code).toBe(2);
  });
});

describe("schema and validate", () => {
  it("prints JSON Schemas whose answers schema lists catalog names", () => {
    const answers = JSON.parse(runCli(["schema", "answers"]).stdout);
    // v2 by default, v1 by its apiVersion.
    expect(answers.if.properties.apiVersion.const).toBe("expressroute-advisor/v1");
    const v2 = answers.$defs.answersV2;
    expect(v2.properties.regions.items.properties.name.enum).toContain("westeurope");
    expect(v2.properties.sites.items.properties.peeringLocation.enum).toContain("Washington DC");
    expect(v2.additionalProperties).toBe(false);
    // v1: a list of region names, or one name (read as a list of one).
    const [list, one] = answers.$defs.answersV1.properties.azure.properties.regions.anyOf;
    expect(list.items.enum).toContain("westeurope");
    expect(one.enum).toEqual(list.items.enum);
    const designSchema = JSON.parse(runCli(["schema", "design"]).stdout);
    expect(designSchema.required).toContain("decisions");
    expect(runCli(["schema", "nope"]).code).toBe(2);
  });

  it("validates answers files with exit 0 or 2, writing nothing to stdout", () => {
    for (const f of readdirSync(join(ROOT, "fixtures/answers")).slice(0, 5)) {
      const r = runCli(["validate", join(ROOT, "fixtures/answers", f)]);
      expect(r).toMatchObject({ code: 0, stdout: "" });
    }
    const r = runCli(["validate", join(ROOT, "fixtures/invalid-answers/unknown-key-typo.yaml")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("onPremisesRoutes");
    for (const f of readdirSync(join(ROOT, "fixtures/invalid-answers"))) {
      expect(runCli(["validate", join(ROOT, "fixtures/invalid-answers", f)]).code, f).toBe(2);
    }
  });
});
