// The questionnaire as a user meets it: the built binary in a pseudo-terminal, typed answers,
// arrow keys and Ctrl-C. Each design must equal the one the same answers give through --answers.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { answer, KEY, literally, runInPty, type PtyStep } from "../helpers/pty.js";
import { runCli } from "../helpers/run-cli.js";

const tmp = () => mkdtempSync(join(tmpdir(), "era-pty-"));
const AUTOSAVE = join(".expressroute-advisor", "answers.partial.yaml");
/** The autosave of a run prefilled from --answers <stem>.yaml. */
const FILE_AUTOSAVE = (stem: string) => join(".expressroute-advisor", `answers.${stem}.partial.yaml`);

/** Picks in a list: waits for the prompt, presses the down arrow `downs` times, then Enter. */
const choose = (prompt: string, downs = 0): PtyStep[] => [{ expect: literally(`? ${prompt}`) }, { send: KEY.down.repeat(downs) + KEY.enter }];

/** Types into a catalog search, waits until `pick` is highlighted, then Enter. */
const search = (prompt: string, text: string, pick: string): PtyStep[] => [
  { expect: literally(`? ${prompt}`) },
  { send: text },
  { expect: literally(`❯ ${pick}`) },
  { send: KEY.enter },
];

/** The prompts answered, as their "✔ <prompt>" lines show them. */
const answeredPrompts = (screen: string) => [...screen.matchAll(/✔ (.*)/g)].map((m) => m[1]!.trim());

// Every section, typing, accepting defaults, arrow keys and both catalog searches.
const FULL_RUN: PtyStep[] = [
  { expect: "Section 1 of 6 · Workload and bandwidth" },
  ...answer("? Name of this design", "tailspin"),
  ...answer("? Peak throughput", "2,500"),
  ...answer("? Expected growth", "20"),
  ...answer("? Over how many years", ""),
  ...answer("? Will you bulk-ingest", ""),
  ...answer("? Expected data leaving Azure", ""),
  { expect: "Section 2 of 6 · Compliance" },
  ...choose("Regulated industry", 3),
  ...answer("? Are dedicated, physically isolated ports required?", "n"),
  ...choose("Encryption in transit"),
  ...answer("? How many business units", ""),
  { expect: "Section 3 of 6 · Sites and connectivity" },
  ...answer("? How many on-premises sites", "2"),
  ...choose("How are those sites interconnected", 1),
  ...choose("Presence in a colocation facility"),
  ...answer("? Can you place and run your own routers", ""),
  ...search("Preferred ExpressRoute peering location", "amster", "Amsterdam"),
  ...answer("? Should your on-premises sites reach each other", "y"),
  { expect: "Section 4 of 6 · Azure footprint" },
  ...search("Azure regions to reach", "west eu", "westeurope"),
  ...search("Azure regions to reach: westeurope so far", "north eu", "northeurope"),
  { expect: literally("❯ Done: westeurope, northeurope") },
  { send: KEY.enter },
  ...answer("? How many VNets", "3"),
  ...answer("? How many IPv4 prefixes", ""),
  ...answer("? How many VMs, private endpoints", ""),
  ...answer("? How many IPv4 address prefixes do the VNets", ""),
  ...choose("Microsoft public services"),
  ...answer("? Are the VNets dual-stack", ""),
  { expect: "Section 5 of 6 · Resiliency" },
  ...choose("Resiliency tier"),
  ...answer("? Must the gateway survive the loss of one availability zone?", ""),
  ...answer("? Site-to-site VPN as the backup path", "y"),
  ...choose("Type of the on-premises VPN device"),
  ...answer("? Prefix length of the existing GatewaySubnet", "27"),
  { expect: "Section 6 of 6 · Performance" },
  ...answer("? Does the workload need the lowest latency", ""),
  ...choose("Pick an answer to change, or generate the design"),
];

describe("interactive questionnaire", () => {
  it("walks every section and produces the design the saved answers give through --answers", () => {
    const cwd = tmp();
    const r = runInPty(["-o", "design.yaml", "--save-answers", "answers.yaml"], FULL_RUN, { cwd });
    expect(r.error, r.screen).toBeNull();
    expect(r.code, r.screen).toBe(0);
    expect(r.stdout).toBe("");
    expect(r.screen).toContain(`Answers are saved as you go to ${AUTOSAVE}`);
    expect(r.screen).toMatch(/Why we ask: /);
    // The terminal summary with its reasons, then the file.
    expect(r.screen).toMatch(/Connection +connectivity provider, any-to-any/);
    expect(r.screen).toContain("wrote design.yaml");

    const saved = parse(readFileSync(join(cwd, "answers.yaml"), "utf8"));
    expect(saved).toMatchObject({
      name: "tailspin",
      bandwidth: { requiredMbps: 2500, growthPercentPerYear: 20, horizonYears: 3 },
      compliance: { regulatedIndustry: "healthcare" },
      sites: { count: 2, wan: "mpls", peeringLocation: "Amsterdam", interSiteTransit: true },
      azure: { regions: ["westeurope", "northeurope"], vnetCount: 3 },
      resilience: { vpnFailover: true, vpnDevice: "route-based", gatewaySubnetPrefixLength: 27 },
    });
    // Left empty: stays out of the file rather than being written as a value.
    expect(saved.bandwidth).not.toHaveProperty("monthlyEgressGB");
    // Not asked: zone redundancy was kept, so no pinned zone.
    expect(saved.resilience).not.toHaveProperty("pinnedZone");
    expect(answeredPrompts(r.screen).filter((p) => p.startsWith("Pin the gateway"))).toEqual([]);

    const replay = runCli(["plan", "--answers", join(cwd, "answers.yaml"), "--no-input"]);
    expect(replay.code).toBe(0);
    expect(replay.stdout).toBe(readFileSync(join(cwd, "design.yaml"), "utf8"));
    // The final answers file replaces the autosave.
    expect(existsSync(join(cwd, AUTOSAVE))).toBe(false);
  });

  it("with --ask, asks what a partial answers file leaves out, and re-asks a bad value", () => {
    const cwd = tmp();
    writeFileSync(
      join(cwd, "partial.yaml"),
      [
        "apiVersion: expressroute-advisor/v1",
        "kind: Answers",
        "name: northwind",
        "bandwidth: {requiredMbps: 0, growthPercentPerYear: 0, massiveDataIngestion: false, monthlyEgressGB: 500}",
        "compliance: {regulatedIndustry: none, physicalIsolation: false, businessUnits: 1}",
        "sites: {count: 1, wan: none, colocation: none, ownEdgeAtPeeringLocation: false, peeringLocation: London}",
        "azure: {regions: [uksouth], vnetCount: 2, onPremisesRoutes: 50, vmCount: 100, vnetPrefixes: 10, microsoftPeering: none, dualStack: false}",
        "resilience: {level: standard, zoneRedundancy: true, vpnFailover: false}",
        "performance: {latencySensitive: false}",
        "",
      ].join("\n"),
    );
    const steps: PtyStep[] = [
      ...answer("? Peak throughput", "800"),
      ...choose("Encryption in transit", 2),
      // IPsec brings a VPN gateway, so the existing GatewaySubnet matters: left empty (to be created).
      ...answer("? Prefix length of the existing GatewaySubnet", ""),
      ...choose("Pick an answer to change, or generate the design"),
    ];
    const r = runInPty(["--answers", "partial.yaml", "--ask", "-o", "design.yaml"], steps, { cwd });
    expect(r.error, r.screen).toBeNull();
    expect(r.code, r.screen).toBe(0);
    expect(r.screen.replace(/\s+/g, " ")).toContain("partial.yaml: bandwidth.requiredMbps: expected a whole number from 1 to 1000000, got 0; asking again");
    expect(answeredPrompts(r.screen)).toEqual([
      "Peak throughput needed between on-premises and Azure, in Mbps (or e.g. 5 Gbps) 800 Mbps",
      "Encryption in transit over the private link ipsec",
      "Prefix length of the existing GatewaySubnet, e.g. 27 to be created",
      "Pick an answer to change, or generate the design Generate the design",
    ]);
    // The autosave (the file's own, beside the workshop's) holds the completed answers; the
    // design equals theirs through --answers.
    expect(existsSync(join(cwd, AUTOSAVE))).toBe(false);
    const replay = runCli(["plan", "--answers", join(cwd, FILE_AUTOSAVE("partial")), "--no-input"]);
    expect(replay.stdout).toBe(readFileSync(join(cwd, "design.yaml"), "utf8"));
    expect(parse(replay.stdout).encryption.ipsec).toBe(true);
  });

  it("changes an answer in the review, dropping the follow-up that no longer applies", () => {
    const cwd = tmp();
    writeFileSync(
      join(cwd, "partial.yaml"),
      "apiVersion: expressroute-advisor/v1\nkind: Answers\nname: x\nbandwidth: {requiredMbps: 500, growthPercentPerYear: 0, massiveDataIngestion: false}\n" +
        "compliance: {regulatedIndustry: none, physicalIsolation: false, encryption: none, businessUnits: 1}\n" +
        "sites: {count: 1, wan: none, colocation: none, ownEdgeAtPeeringLocation: false}\n" +
        "azure: {regions: [westeurope], vnetCount: 1, onPremisesRoutes: 10, vmCount: 100, vnetPrefixes: 10, microsoftPeering: none, dualStack: false}\n" +
        "resilience: {level: high, vpnFailover: false}\nperformance: {latencySensitive: false}\n",
    );
    const steps: PtyStep[] = [
      ...answer("? Expected data leaving Azure", ""),
      ...answer("? Preferred ExpressRoute peering location", ""),
      ...answer("? Must the gateway survive the loss of one availability zone?", "n"),
      ...choose("Pin the gateway to one availability zone", 2),
      // Review: typing jumps to the answer whose label starts with the text.
      { expect: literally("? Pick an answer to change") },
      { expect: literally("Pinned zone") },
      { send: "zone" },
      { expect: literally("❯ Zone redundancy") },
      { send: KEY.enter },
      ...answer("? Must the gateway survive the loss of one availability zone?", "y"),
      { expect: literally("? Pick an answer to change") },
      { send: KEY.enter },
    ];
    const r = runInPty(["--answers", "partial.yaml", "--ask"], steps, { cwd });
    expect(r.error, r.screen).toBeNull();
    expect(r.code, r.screen).toBe(0);
    const design = parse(r.stdout);
    expect(design.gateway.zoning).toBe("zone-redundant");
    const autosave = parse(readFileSync(join(cwd, FILE_AUTOSAVE("partial")), "utf8"));
    expect(autosave.resilience).toEqual({ level: "high", vpnFailover: false, zoneRedundancy: true });
  });

  it("exits 130 on Ctrl-C with one line saying what was kept and what was not written, and resumes", () => {
    const cwd = tmp();
    const steps: PtyStep[] = [
      ...answer("? Name of this design", "contoso"),
      ...answer("? Peak throughput", "1500"),
      { expect: literally("? Expected growth") },
      { send: KEY.ctrlC },
    ];
    const r = runInPty(["-o", "design.yaml"], steps, { cwd });
    expect(r.error, r.screen).toBeNull();
    expect(r.code).toBe(130);
    const after = r.screen.slice(r.screen.lastIndexOf("? Expected growth"));
    expect(after.split("\n").filter((l) => l.trim() !== "").slice(1)).toEqual([
      `interrupted; the answers so far are kept in ${AUTOSAVE} (run \`expressroute-advisor plan\` here to continue); the design (design.yaml) was not written`,
    ]);
    expect(readdirSync(cwd)).toEqual([".expressroute-advisor"]);
    expect(parse(readFileSync(join(cwd, AUTOSAVE), "utf8"))).toEqual({
      apiVersion: "expressroute-advisor/v1",
      kind: "Answers",
      name: "contoso",
      bandwidth: { requiredMbps: 1500 },
    });

    // The next run offers to continue and starts at the first missing answer.
    const resume = runInPty(
      ["-o", "design.yaml"],
      [{ expect: "Continue from the 2 answers saved on .* \\(started from a blank questionnaire\\)\\?" }, { send: KEY.enter }, { expect: literally("? Expected growth") }, { send: KEY.ctrlC }],
      { cwd },
    );
    expect(resume.error, resume.screen).toBeNull();
    expect(resume.code).toBe(130);
    expect(resume.screen).not.toContain("? Name of this design");
  });

  it("starts afresh when the saved answers cannot be repaired by asking", () => {
    const cwd = tmp();
    mkdirSync(join(cwd, ".expressroute-advisor"));
    writeFileSync(join(cwd, AUTOSAVE), "apiVersion: expressroute-advisor/v1\nkind: Answers\nname: old\nazure: {regions: [westeurope], bogus: 1}\n");
    const r = runInPty([], [...answer("? Continue from the"), { expect: "starting afresh" }, { expect: literally("? Name of this design") }, { send: KEY.ctrlC }], { cwd });
    expect(r.error, r.screen).toBeNull();
    expect(r.code).toBe(130);
  });

  it("colours prompts on a terminal (an empty NO_COLOR too), and not with --no-color or a NO_COLOR value", () => {
    const steps: PtyStep[] = [{ expect: literally("? Name of this design") }, { send: KEY.ctrlC }];
    const colour = /\u001b\[[0-9;]*m/;
    expect(runInPty([], steps, { cwd: tmp(), env: { NO_COLOR: undefined } }).raw).toMatch(colour);
    expect(runInPty([], steps, { cwd: tmp(), env: { NO_COLOR: "" } }).raw).toMatch(colour);
    for (const [args, env] of [[["--no-color"], { NO_COLOR: undefined }], [[], { NO_COLOR: "1" }]] as const) {
      const r = runInPty([...args], steps, { cwd: tmp(), env });
      expect(r.code).toBe(130);
      expect(r.raw).not.toMatch(colour);
    }
  });

  it("refuses an existing -o file before asking anything", () => {
    const cwd = tmp();
    writeFileSync(join(cwd, "design.yaml"), "keep me");
    const r = runInPty(["-o", "design.yaml"], [], { cwd });
    expect(r.code).toBe(2);
    expect(r.screen).toContain("design.yaml already exists; pass --force to replace it");
    expect(r.screen).not.toContain("?");
    expect(readFileSync(join(cwd, "design.yaml"), "utf8")).toBe("keep me");
  });
});

describe("without a terminal", () => {
  it("never prompts: missing required answers exit 2 naming the keys", () => {
    const cwd = tmp();
    writeFileSync(join(cwd, "partial.yaml"), "apiVersion: expressroute-advisor/v1\nkind: Answers\nbandwidth: {growthPercentPerYear: 5}\n");
    // CI=true (runCli's default) and a pipe on stdin both rule prompts out.
    for (const env of [{}, { CI: "" }]) {
      const r = runCli(["plan", "--answers", join(cwd, "partial.yaml")], { env, cwd });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/bandwidth\.requiredMbps: required answer is missing/);
      expect(r.stderr).toMatch(/azure: required answer is missing|azure\.regions/);
      expect(r.stderr).not.toMatch(/^\? /m);
    }
    expect(existsSync(join(cwd, AUTOSAVE))).toBe(false);
  });

  it("never loads the prompt library for plan --answers", () => {
    const cwd = tmp();
    // A load hook that fails any module carrying inquirer's code, bundled into a chunk or not.
    writeFileSync(
      join(cwd, "hooks.mjs"),
      [
        "export async function load(url, context, next) {",
        "  const result = await next(url, context);",
        '  const text = result.source === undefined || result.source === null ? "" : typeof result.source === "string" ? result.source : Buffer.from(result.source).toString("utf8");',
        '  if (text.includes("User force closed the prompt")) throw new Error(`prompt library loaded: ${url}`);',
        "  return result;",
        "}",
        "",
      ].join("\n"),
    );
    writeFileSync(join(cwd, "register.mjs"), `import { register } from "node:module";\nregister(${JSON.stringify(pathToFileURL(join(cwd, "hooks.mjs")).href)});\n`);
    writeFileSync(join(cwd, "a.yaml"), "apiVersion: expressroute-advisor/v1\nkind: Answers\nbandwidth: {requiredMbps: 100}\nazure: {regions: [westeurope]}\n");
    const env = { NODE_OPTIONS: `--import=${pathToFileURL(join(cwd, "register.mjs")).href}` };
    const r = runCli(["plan", "--answers", join(cwd, "a.yaml")], { env });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    // The hook does bite where the questionnaire runs, so the check above can fail.
    const prompted = runInPty(["-o", "design.yaml"], [], { cwd, env });
    expect(prompted.code).not.toBe(0);
    expect(prompted.screen).toContain("prompt library loaded");
  });
});
