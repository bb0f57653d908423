// The questionnaire as a user meets it: the built binary in a pseudo-terminal, typed answers,
// arrow keys and Ctrl-C. Each design must equal the one the same answers give through --answers.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { answer, KEY, literally, runInPty, type PtyStep } from "../helpers/pty.js";
import { addRegion, addSite, answeredPrompts, choose, fullFile, HEADER, listMenu, REVIEW } from "../helpers/questionnaire-steps.js";
import { runCli } from "../helpers/run-cli.js";

const tmp = () => mkdtempSync(join(tmpdir(), "era-pty-"));
const AUTOSAVE = join(".expressroute-advisor", "answers.partial.yaml");
/** The autosave of a run prefilled from --answers <stem>.yaml. */
const FILE_AUTOSAVE = (stem: string) => join(".expressroute-advisor", `answers.${stem}.partial.yaml`);
/** The one site of FULL_FILE. */
const FULL_SITE = "  - {name: hq, requiredMbps: 500, peeringLocation: London, count: 1, monthlyEgressGB: 10, wan: none, colocation: none, ownEdgeAtPeeringLocation: false, businessUnit: null}";

// Every section: two sites and two regions as lists, transit between them, typing, defaults,
// arrow keys and both catalog searches.
const FULL_RUN: PtyStep[] = [
  { expect: "Section 1 of 8 · On-premises sites" },
  ...answer("? Name of this design", "tailspin"),
  { expect: "── Site 1" },
  ...addSite("amsterdam-dc", "2,500", { type: "amster", pick: "Amsterdam" }),
  ...listMenu("Sites", 1, "add"),
  { expect: "── Site 2" },
  ...addSite("frankfurt-dc", "1G", { type: "frankf", pick: "Frankfurt" }),
  ...listMenu("Sites", 2, "done"),
  { expect: "Section 2 of 8 · Azure regions" },
  ...addRegion("west eu", "westeurope", { vnets: "3", severalSites: true }),
  ...listMenu("Regions", 1, "add"),
  // Frankfurt's region serves only frankfurt-dc: amsterdam-dc (listed first) is unticked.
  ...addRegion("germany west", "germanywestcentral", { severalSites: true, untickFirst: true }),
  ...listMenu("Regions", 2, "done"),
  { expect: "Section 3 of 8 · Transit between sites" },
  ...choose("Which sites must reach each other", 1),
  { expect: "Section 4 of 8 · Growth and bandwidth" },
  ...answer("? Expected growth", "20"),
  ...answer("? Over how many years", ""),
  ...answer("? Will you bulk-ingest", ""),
  { expect: "Section 5 of 8 · Compliance" },
  ...choose("Regulated industry", 3),
  ...answer("? Are dedicated, physically isolated ports required?", "n"),
  ...choose("Encryption in transit"),
  { expect: "Section 6 of 8 · Azure network" },
  ...answer("? How many IPv4 prefixes", ""),
  ...choose("Microsoft public services"),
  ...answer("? Are the VNets dual-stack", ""),
  ...choose("How are the VNets of each region organised?"),
  { expect: "Section 7 of 8 · Resiliency" },
  // Typing jumps to the choice: one circuit per site.
  { expect: literally("? Resiliency tier") },
  { send: "standard" },
  { expect: literally("❯ standard") },
  { send: KEY.enter },
  ...answer("? Must the gateways survive the loss of one availability zone?", ""),
  ...answer("? Site-to-site VPN as the backup path", "y"),
  ...choose("Type of the on-premises VPN device"),
  ...answer("? Prefix length of the existing GatewaySubnet", "27"),
  { expect: "Section 8 of 8 · Performance" },
  ...answer("? Does the workload need the lowest latency", ""),
  ...choose(REVIEW.slice(2)),
];

describe("interactive questionnaire", () => {
  it("walks every section, two sites and two regions as lists, and saves the answers as a v2 file", () => {
    const cwd = tmp();
    const r = runInPty(["-o", "design.yaml", "--save-answers", "answers.yaml"], FULL_RUN, { cwd });
    expect(r.error, r.screen).toBeNull();
    expect(r.screen).toContain(`Answers are saved as you go to ${AUTOSAVE}`);
    expect(r.screen).toMatch(/Why we ask: /);
    // Each list says what it holds before going on.
    expect(r.screen).toContain("amsterdam-dc  2,500 Mbps · Amsterdam");
    expect(r.screen).toContain("✔ Which sites use this region? frankfurt-dc");

    const saved = parse(readFileSync(join(cwd, "answers.yaml"), "utf8"));
    expect(saved).toMatchObject({
      apiVersion: "expressroute-advisor/v2",
      name: "tailspin",
      sites: [
        { name: "amsterdam-dc", requiredMbps: 2500, peeringLocation: "Amsterdam", count: 1, wan: "none", businessUnit: null },
        { name: "frankfurt-dc", requiredMbps: 1000, peeringLocation: "Frankfurt" },
      ],
      regions: [
        { name: "westeurope", vnetCount: 3, sites: null },
        { name: "germanywestcentral", vnetCount: 1, sites: ["frankfurt-dc"] },
      ],
      transit: { betweenSites: "all" },
      bandwidth: { growthPercentPerYear: 20, horizonYears: 3 },
      compliance: { regulatedIndustry: "healthcare" },
      azure: { network: "auto" },
      resilience: { level: "standard", vpnFailover: true, vpnDevice: "route-based", gatewaySubnetPrefixLength: 27 },
    });
    // Left empty: stays out of the file rather than being written as a value.
    expect(saved.sites[0]).not.toHaveProperty("monthlyEgressGB");
    // Not asked: zone redundancy was kept, so no pinned zone.
    expect(saved.resilience).not.toHaveProperty("pinnedZone");
    // The final answers file replaces the autosave.
    expect(existsSync(join(cwd, AUTOSAVE))).toBe(false);

    // The design is the one the saved answers give through --answers: a circuit for each site.
    expect(r.code, r.screen).toBe(0);
    expect(r.screen).toContain("wrote design.yaml");
    const replay = runCli(["plan", "--answers", join(cwd, "answers.yaml"), "--no-input"]);
    expect(replay.code).toBe(0);
    expect(replay.stdout).toBe(readFileSync(join(cwd, "design.yaml"), "utf8"));
    const design = parse(replay.stdout);
    expect(design.circuits.map((c: { sites: string[] }) => c.sites)).toEqual([["amsterdam-dc"], ["frankfurt-dc"]]);
    expect(design.gateways.map((g: { region: string }) => g.region)).toEqual(["westeurope", "germanywestcentral"]);
  });

  it("with --ask, asks what a partial answers file leaves out, and re-asks a bad value of a site", () => {
    const cwd = tmp();
    writeFileSync(join(cwd, "partial.yaml"), fullFile(["requiredMbps: 500", "requiredMbps: 0"], [", encryption: none", ""]));
    const steps: PtyStep[] = [
      ...answer("? Peak throughput needed between this site", "800"),
      ...choose("Encryption in transit", 2),
      // IPsec brings a VPN gateway, so the existing GatewaySubnet matters: left empty (to be created).
      ...answer("? Prefix length of the existing GatewaySubnet", ""),
      ...choose(REVIEW.slice(2)),
    ];
    const r = runInPty(["--answers", "partial.yaml", "--ask", "-o", "design.yaml"], steps, { cwd });
    expect(r.error, r.screen).toBeNull();
    expect(r.screen.replace(/\s+/g, " ")).toContain("partial.yaml: sites[0].requiredMbps: expected a whole number from 1 to 1000000, got 0; asking again");
    // Whose answer it is: the site's heading comes before its question.
    expect(r.screen).toContain("── Site 1 · hq\n");
    expect(answeredPrompts(r.screen)).toEqual([
      "Peak throughput needed between this site and Azure, in Mbps (or e.g. 5 Gbps) 800 Mbps",
      "Encryption in transit over the private link ipsec",
      "Prefix length of the existing GatewaySubnet, e.g. 27 to be created",
      `${REVIEW.slice(2)} Generate the design`,
    ]);
    // The autosave (the file's own, beside the workshop's) holds the completed answers.
    expect(existsSync(join(cwd, AUTOSAVE))).toBe(false);
    const autosave = parse(readFileSync(join(cwd, FILE_AUTOSAVE("partial")), "utf8"));
    expect(autosave.sites[0]).toMatchObject({ name: "hq", requiredMbps: 800 });
    expect(autosave.compliance.encryption).toBe("ipsec");
    // The design equals theirs through --answers.
    expect(r.code, r.screen).toBe(0);
    const replay = runCli(["plan", "--answers", join(cwd, FILE_AUTOSAVE("partial")), "--no-input"]);
    expect(replay.stdout).toBe(readFileSync(join(cwd, "design.yaml"), "utf8"));
    expect(parse(replay.stdout).encryption.ipsec).toBe(true);
  });

  it("reads a v1 file as v2, says so, and asks for the regions it lacks as a list", () => {
    const cwd = tmp();
    writeFileSync(join(cwd, "old.yaml"), "apiVersion: expressroute-advisor/v1\nkind: Answers\nname: Northwind\nbandwidth: {requiredMbps: 800}\nsites: {peeringLocation: London}\n");
    const steps: PtyStep[] = [
      { expect: "── Region 1" },
      ...addRegion("london", "uksouth"),
      ...listMenu("Regions", 1, "done"),
      ...choose(REVIEW.slice(2)),
    ];
    const r = runInPty(["--answers", "old.yaml", "-o", "design.yaml"], steps, { cwd });
    expect(r.error, r.screen).toBeNull();
    expect(r.screen.replace(/\s+/g, " ")).toContain("old.yaml is a v1 answers file: read as v2");
    const autosave = readFileSync(join(cwd, FILE_AUTOSAVE("old")), "utf8");
    expect(parse(autosave)).toMatchObject({
      apiVersion: "expressroute-advisor/v2",
      name: "Northwind",
      sites: [{ name: "northwind", requiredMbps: 800, peeringLocation: "London" }],
      regions: [{ name: "uksouth" }],
    });
    expect(r.code, r.screen).toBe(0);
  });

  it("edits the lists from the review: a site renamed everywhere it is named, another removed with what it implied", () => {
    const cwd = tmp();
    writeFileSync(
      join(cwd, "two.yaml"),
      fullFile(
        ["  - {name: hq,", "  - {name: ams, requiredMbps: 700, peeringLocation: Amsterdam, count: 1, monthlyEgressGB: 10, wan: none, colocation: none, ownEdgeAtPeeringLocation: false, businessUnit: null}\n  - {name: fra,"],
        ["requiredMbps: null, vnetPrefixes: 10}", "requiredMbps: null, vnetPrefixes: 10, sites: [fra]}\ntransit: {betweenSites: [[ams, fra]]}"],
        ["performance: {latencySensitive: false}", ""],
      ),
    );
    const steps: PtyStep[] = [
      ...answer("? Does the workload need the lowest latency", ""),
      { expect: literally(REVIEW) },
      { send: "Sites" },
      { expect: literally("❯ Sites") },
      { send: KEY.enter },
      // Done, Add, then the entries: fra is the second.
      ...choose("Sites: 2 so far", 3),
      ...choose("The site fra: pick an answer to change", 1),
      { expect: literally("? Name of this site") },
      { send: `frankfurt-dc${KEY.enter}` },
      ...choose("The site frankfurt-dc: pick an answer to change"),
      ...choose("Sites: 2 so far", 2),
      // Back, nine answers, then Remove.
      ...choose("The site ams: pick an answer to change", 10),
      // Enter alone keeps it (the answer offered is no); then yes.
      ...answer("? Remove the site ams, with every answer about it?", ""),
      ...choose("The site ams: pick an answer to change", 10),
      ...answer("? Remove the site ams, with every answer about it?", "y"),
      { expect: "removed the site ams" },
      ...choose("Sites: 1 so far"),
      ...choose(REVIEW.slice(2)),
    ];
    const r = runInPty(["--answers", "two.yaml", "--ask", "-o", "design.yaml"], steps, { cwd });
    expect(r.error, r.screen).toBeNull();
    const autosave = parse(readFileSync(join(cwd, FILE_AUTOSAVE("two")), "utf8"));
    expect(autosave.sites.map((s: { name: string }) => s.name)).toEqual(["frankfurt-dc"]);
    // With one site left, nothing is left to transit to, and the region serves every site.
    expect(autosave).not.toHaveProperty("transit");
    expect(autosave.regions).toEqual([{ name: "uksouth", vnetCount: 2, vmCount: 100, requiredMbps: null, vnetPrefixes: 10 }]);
    expect(r.code, r.screen).toBe(0);
  });

  it("asks which pairs of sites must reach each other, ticked in a list of every pair", () => {
    const cwd = tmp();
    const sites = ["ams", "fra", "lon"].map((name) => `  - {name: ${name}, requiredMbps: 500, peeringLocation: London, count: 1, monthlyEgressGB: 10, wan: none, colocation: none, ownEdgeAtPeeringLocation: false, businessUnit: null}`);
    writeFileSync(join(cwd, "three.yaml"), fullFile([FULL_SITE, sites.join("\n")], ["vnetPrefixes: 10}", "vnetPrefixes: 10, sites: null}"]));
    const steps: PtyStep[] = [
      ...choose("Which sites must reach each other", 2),
      { expect: literally("? Pairs of sites that must reach each other") },
      { expect: literally("ams ↔ lon") },
      // Tick the first pair and the last, leave the middle one.
      { send: ` ${KEY.down}${KEY.down} ` },
      { send: KEY.enter },
      { expect: literally(REVIEW) },
      { expect: literally("Transit between sites  ams ↔ fra, fra ↔ lon") },
      { send: KEY.ctrlC },
    ];
    const r = runInPty(["--answers", "three.yaml", "--ask"], steps, { cwd });
    expect(r.error, r.screen).toBeNull();
    expect(parse(readFileSync(join(cwd, FILE_AUTOSAVE("three")), "utf8")).transit).toEqual({ betweenSites: [["ams", "fra"], ["fra", "lon"]] });
  });

  it("changes an answer in the review, dropping the follow-up that no longer applies", () => {
    const cwd = tmp();
    writeFileSync(join(cwd, "partial.yaml"), fullFile(["zoneRedundancy: true, ", ""]));
    const steps: PtyStep[] = [
      ...answer("? Must the gateways survive the loss of one availability zone?", "n"),
      ...choose("Pin the gateways to one availability zone", 2),
      // Review: typing jumps to the answer whose label starts with the text.
      { expect: literally(REVIEW) },
      { expect: literally("Pinned zone") },
      { send: "zone" },
      { expect: literally("❯ Zone redundancy") },
      { send: KEY.enter },
      ...answer("? Must the gateways survive the loss of one availability zone?", "y"),
      { expect: literally(REVIEW) },
      { send: KEY.enter },
    ];
    const r = runInPty(["--answers", "partial.yaml", "--ask"], steps, { cwd });
    expect(r.error, r.screen).toBeNull();
    const autosave = parse(readFileSync(join(cwd, FILE_AUTOSAVE("partial")), "utf8"));
    expect(autosave.resilience).toEqual({ level: "standard", vpnFailover: false, zoneRedundancy: true });
    expect(r.code, r.screen).toBe(0);
    expect(parse(r.stdout).gateways[0].zoning).toBe("zone-redundant");
  });

  it("exits 130 on Ctrl-C with one line saying what was kept and what was not written, and resumes", () => {
    const cwd = tmp();
    const steps: PtyStep[] = [
      ...answer("? Name of this design", "contoso"),
      ...answer("? Name of this site", "hq"),
      ...answer("? Peak throughput needed between this site", "1500"),
      { expect: literally("? ExpressRoute peering location nearest this site") },
      { send: KEY.ctrlC },
    ];
    const r = runInPty(["-o", "design.yaml"], steps, { cwd });
    expect(r.error, r.screen).toBeNull();
    expect(r.code).toBe(130);
    const after = r.screen.slice(r.screen.lastIndexOf("? ExpressRoute peering location"));
    expect(after.split("\n").filter((l) => l.trim() !== "").at(-1)).toBe(
      `interrupted; the answers so far are kept in ${AUTOSAVE} (run \`expressroute-advisor plan\` here to continue); the design (design.yaml) was not written`,
    );
    expect(readdirSync(cwd)).toEqual([".expressroute-advisor"]);
    expect(parse(readFileSync(join(cwd, AUTOSAVE), "utf8"))).toEqual({
      apiVersion: "expressroute-advisor/v2",
      kind: "Answers",
      name: "contoso",
      sites: [{ name: "hq", requiredMbps: 1500 }],
    });

    // The next run offers to continue and starts at the first missing answer.
    const resume = runInPty(
      ["-o", "design.yaml"],
      [
        { expect: "Continue from the 3 answers saved on .* \\(started from a blank questionnaire\\)\\?" },
        { send: KEY.enter },
        { expect: literally("? ExpressRoute peering location nearest this site") },
        { send: KEY.ctrlC },
      ],
      { cwd },
    );
    expect(resume.error, resume.screen).toBeNull();
    expect(resume.code).toBe(130);
    expect(resume.screen).not.toContain("? Name of this design");
    expect(resume.screen).not.toContain("? Name of this site");
  });

  it("resumes an autosave of two sites past the sites, at the regions", () => {
    const cwd = tmp();
    mkdirSync(join(cwd, ".expressroute-advisor"));
    writeFileSync(
      join(cwd, AUTOSAVE),
      "# from: a blank questionnaire\n# left empty: sites[0].peeringLocation\n# lists done: sites\n" +
        HEADER +
        "name: two\nsites:\n  - {name: ams, requiredMbps: 700, count: 1, monthlyEgressGB: 5, wan: none, colocation: none, ownEdgeAtPeeringLocation: false, businessUnit: null}\n" +
        "  - {name: fra, requiredMbps: 900, peeringLocation: Frankfurt, count: 1, monthlyEgressGB: 5, wan: none, colocation: none, ownEdgeAtPeeringLocation: false, businessUnit: null}\n",
    );
    const steps: PtyStep[] = [
      { expect: "Continue from the 18 answers saved on" },
      { send: KEY.enter },
      { expect: "Section 2 of 8 · Azure regions" },
      ...addRegion("germany west", "germanywestcentral", { severalSites: true }),
      ...listMenu("Regions", 1, "done"),
      { expect: literally("? Which sites must reach each other") },
      { send: KEY.ctrlC },
    ];
    const r = runInPty([], steps, { cwd });
    expect(r.error, r.screen).toBeNull();
    expect(r.code).toBe(130);
    expect(r.screen).not.toMatch(/\? Name of this site|Sites: 2 so far|\? ExpressRoute peering location/);
    const saved = readFileSync(join(cwd, AUTOSAVE), "utf8");
    expect(saved).toContain("# lists done: sites, regions\n");
    expect(saved).toContain("# left empty: sites[0].peeringLocation\n");
    expect(parse(saved)).toMatchObject({ sites: [{ name: "ams" }, { name: "fra" }], regions: [{ name: "germanywestcentral", sites: null }] });
  });

  it("resumes a workshop saved by a v1 release in v2 terms, asking what it had not answered yet", () => {
    const cwd = tmp();
    mkdirSync(join(cwd, ".expressroute-advisor"));
    writeFileSync(join(cwd, AUTOSAVE), "apiVersion: expressroute-advisor/v1\nkind: Answers\nname: contoso\nbandwidth: {requiredMbps: 1500}\n");
    const steps: PtyStep[] = [
      { expect: "Continue from the 2 answers saved on" },
      { send: KEY.enter },
      { expect: "── Site 1 · contoso" },
      { expect: literally("? ExpressRoute peering location nearest this site") },
      { send: KEY.ctrlC },
    ];
    const r = runInPty([], steps, { cwd });
    expect(r.error, r.screen).toBeNull();
    expect(r.code).toBe(130);
    expect(parse(readFileSync(join(cwd, AUTOSAVE), "utf8"))).toEqual({
      apiVersion: "expressroute-advisor/v2",
      kind: "Answers",
      name: "contoso",
      sites: [{ name: "contoso", requiredMbps: 1500 }],
    });
  });

  it("starts afresh when the saved answers cannot be repaired by asking", () => {
    const cwd = tmp();
    mkdirSync(join(cwd, ".expressroute-advisor"));
    writeFileSync(join(cwd, AUTOSAVE), `${HEADER}name: old\nregions: [{name: westeurope, bogus: 1}]\n`);
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

  it("never asks for a region already in the list", () => {
    const cwd = tmp();
    writeFileSync(join(cwd, "a.yaml"), fullFile(["  - {name: uksouth, vnetCount: 2, vmCount: 100, requiredMbps: null, vnetPrefixes: 10}", "  - {name: uksouth}\n  - {}"]));
    const steps: PtyStep[] = [
      { expect: literally("? Azure region") },
      { send: "london" },
      // UK South is the first region of the list: only UK West is offered.
      { expect: literally("❯ ukwest (UK West)") },
      { send: KEY.ctrlC },
    ];
    const r = runInPty(["--answers", "a.yaml"], steps, { cwd });
    expect(r.error, r.screen).toBeNull();
    expect(r.screen).not.toContain("uksouth (UK South)");
  });
});

describe("without a terminal", () => {
  it("never prompts: missing required answers exit 2 naming the keys", () => {
    const cwd = tmp();
    writeFileSync(join(cwd, "partial.yaml"), `${HEADER}bandwidth: {growthPercentPerYear: 5}\n`);
    // CI=true (runCli's default) and a pipe on stdin both rule prompts out.
    for (const env of [{}, { CI: "" }]) {
      const r = runCli(["plan", "--answers", join(cwd, "partial.yaml")], { env, cwd });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/sites: required answer is missing/);
      expect(r.stderr).toMatch(/regions: required answer is missing/);
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
    writeFileSync(join(cwd, "a.yaml"), `${HEADER}sites: [{name: hq, requiredMbps: 100}]\nregions: [{name: westeurope}]\n`);
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
