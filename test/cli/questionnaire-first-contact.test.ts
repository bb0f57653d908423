// Issue 10, "nothing lost" and the questionnaire as an architect meets it: the built binary in a
// pseudo-terminal, as in interactive.test.ts.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { answer, KEY, literally, runInPty, type PtyStep } from "../helpers/pty.js";
import { runCli } from "../helpers/run-cli.js";

const tmp = () => mkdtempSync(join(tmpdir(), "era-first-"));
const AUTOSAVE = join(".expressroute-advisor", "answers.partial.yaml");
const FILE_AUTOSAVE = (stem: string) => join(".expressroute-advisor", `answers.${stem}.partial.yaml`);
const HEADER = "apiVersion: expressroute-advisor/v1\nkind: Answers\n";
const REVIEW = "? Pick an answer to change, or generate the design";

/** The prompts answered, as their "✔ <prompt>" lines show them. */
const answeredPrompts = (screen: string) => [...screen.matchAll(/✔ (.*)/g)].map((m) => m[1]!.trim());

/** A workshop's autosave of 27-odd answers, as a blank questionnaire wrote it. */
const WORKSHOP_AUTOSAVE =
  "# expressroute-advisor questionnaire answers, saved as you go.\n# from: a blank questionnaire\n# started: 2026-01-01T09:00:00.000Z\n" +
  HEADER +
  "name: workshop\nbandwidth: {requiredMbps: 2000, growthPercentPerYear: 10}\ncompliance: {regulatedIndustry: banking}\n";

function writeWorkshopAutosave(cwd: string): void {
  mkdirSync(join(cwd, ".expressroute-advisor"), { recursive: true });
  writeFileSync(join(cwd, AUTOSAVE), WORKSHOP_AUTOSAVE);
}

/** Picks regions in the search, then Done. */
const pickRegion = (text: string, pick: string): PtyStep[] => [
  { expect: literally("? Azure regions to reach") },
  { send: text },
  { expect: literally(`❯ ${pick}`) },
  { send: KEY.enter },
  { expect: literally("❯ Done:") },
  { send: KEY.enter },
];

describe("nothing lost", () => {
  it("plans a file holding every required answer at once on a terminal, leaving the autosave alone", () => {
    const cwd = tmp();
    writeWorkshopAutosave(cwd);
    writeFileSync(join(cwd, "complete.yaml"), `${HEADER}bandwidth: {requiredMbps: 500}\nazure: {regions: [westeurope]}\n`);
    const r = runInPty(["plan", "--answers", "complete.yaml"], [], { cwd });
    expect(r.error, r.screen).toBeNull();
    expect(r.code, r.screen).toBe(0);
    expect(r.screen).not.toMatch(/^\? /m);
    expect(r.stdout).toBe(runCli(["plan", "--answers", join(cwd, "complete.yaml")]).stdout);
    expect(readFileSync(join(cwd, AUTOSAVE), "utf8")).toBe(WORKSHOP_AUTOSAVE);
    expect(readdirSync(join(cwd, ".expressroute-advisor"))).toEqual(["answers.partial.yaml"]);
  });

  it("asks only the required answers a file lacks, autosaving beside the workshop's with its origin", () => {
    const cwd = tmp();
    writeWorkshopAutosave(cwd);
    writeFileSync(join(cwd, "partial.yaml"), `${HEADER}name: partial\nbandwidth: {requiredMbps: 500}\n`);
    const steps: PtyStep[] = [...pickRegion("westeu", "westeurope"), { expect: literally(REVIEW) }, { send: KEY.enter }];
    const r = runInPty(["--answers", "partial.yaml"], steps, { cwd });
    expect(r.error, r.screen).toBeNull();
    expect(r.code, r.screen).toBe(0);
    expect(r.screen.replace(/\s+/g, " ")).toContain("asking only for the required answers it lacks (--ask asks the optional ones too)");
    // The regions (each pick clears its own line) and the review: nothing optional.
    expect(answeredPrompts(r.screen).filter((p) => !p.startsWith("Azure regions"))).toEqual([`${REVIEW.slice(2)} Generate the design`]);
    expect(r.screen).toContain("✔ Azure regions to reach westeurope\n");
    expect(parse(r.stdout).name).toBe("partial");
    expect(readFileSync(join(cwd, AUTOSAVE), "utf8")).toBe(WORKSHOP_AUTOSAVE);
    const own = readFileSync(join(cwd, FILE_AUTOSAVE("partial")), "utf8");
    expect(own).toContain("# from: --answers partial.yaml\n");
    expect(own).toMatch(/^# started: \d{4}-\d\d-\d\dT/m);
  });

  it("never replaces another run's autosave without asking: keeping it saves this run beside it", () => {
    const cwd = tmp();
    mkdirSync(join(cwd, "other"));
    writeFileSync(join(cwd, "other", "partial.yaml"), `${HEADER}name: other\nbandwidth: {requiredMbps: 500}\n`);
    // An autosave of the same name, from a file of the same name in another folder.
    mkdirSync(join(cwd, ".expressroute-advisor"));
    const theirs = `# from: --answers partial.yaml\n${HEADER}name: theirs\nbandwidth: {requiredMbps: 900}\n`;
    writeFileSync(join(cwd, FILE_AUTOSAVE("partial")), theirs);
    const steps: PtyStep[] = [
      { expect: literally(`? ${FILE_AUTOSAVE("partial")} holds 2 answers of another run`) },
      { expect: literally(`❯ Keep them; this run saves to ${join(".expressroute-advisor", "answers.partial-2.partial.yaml")}`) },
      { send: KEY.enter },
      { expect: literally("? Azure regions to reach") },
      { send: KEY.ctrlC },
    ];
    const r = runInPty(["--answers", join("other", "partial.yaml")], steps, { cwd });
    expect(r.error, r.screen).toBeNull();
    expect(r.code).toBe(130);
    expect(r.screen.replace(/\s+/g, " ")).toContain("of another run (started from --answers partial.yaml, saved on ");
    expect(readFileSync(join(cwd, FILE_AUTOSAVE("partial")), "utf8")).toBe(theirs);
    const mine = readFileSync(join(cwd, ".expressroute-advisor", "answers.partial-2.partial.yaml"), "utf8");
    expect(mine).toContain(`# from: --answers ${join("other", "partial.yaml")}\n`);
    expect(parse(mine).name).toBe("other");
    expect(r.screen.replace(/\s+/g, " ")).toContain(
      `interrupted; the answers so far are kept in ${join(".expressroute-advisor", "answers.partial-2.partial.yaml")} (run \`expressroute-advisor plan --answers ${join("other", "partial.yaml")}\` here to continue); the design was not written`,
    );
  });

  it("shows a workshop's origin when offering to resume, and can start afresh keeping it", () => {
    const cwd = tmp();
    writeWorkshopAutosave(cwd);
    const steps: PtyStep[] = [
      { expect: "Continue from the 4 answers saved on .* \\(started from a blank questionnaire\\)\\?" },
      { send: KEY.down + KEY.enter },
      ...answer("? Name of this design", "second"),
      { expect: literally("? Peak throughput") },
      { send: KEY.ctrlC },
    ];
    const r = runInPty([], steps, { cwd });
    expect(r.error, r.screen).toBeNull();
    expect(r.code).toBe(130);
    expect(r.screen).toContain(`Start afresh, keeping them; this run saves to ${join(".expressroute-advisor", "answers-2.partial.yaml")}`);
    expect(readFileSync(join(cwd, AUTOSAVE), "utf8")).toBe(WORKSHOP_AUTOSAVE);
    expect(parse(readFileSync(join(cwd, ".expressroute-advisor", "answers-2.partial.yaml"), "utf8")).name).toBe("second");
  });

  it("--ask needs a terminal", () => {
    const cwd = tmp();
    writeFileSync(join(cwd, "a.yaml"), `${HEADER}bandwidth: {requiredMbps: 500}\nazure: {regions: [westeurope]}\n`);
    const r = runCli(["plan", "--answers", join(cwd, "a.yaml"), "--ask"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--ask needs a terminal");
  });
});

describe("the workshop result is kept", () => {
  const partial = `${HEADER}name: Tailspin Toys\nbandwidth: {requiredMbps: 500}\n`;
  const steps = (report: "y" | "n"): PtyStep[] => [
    ...pickRegion("westeu", "westeurope"),
    { expect: literally(REVIEW) },
    { send: KEY.enter },
    ...answer("? Also write the HTML report for the room to", report),
  ];

  it("saves the design to a file named after it, says where, and writes the HTML report when wanted", () => {
    const cwd = tmp();
    writeFileSync(join(cwd, "partial.yaml"), partial);
    const r = runInPty(["--answers", "partial.yaml"], steps("y"), { cwd, stdoutTty: true });
    expect(r.error, r.screen).toBeNull();
    expect(r.code, r.screen).toBe(0);
    expect(r.screen).toContain("saved the design to tailspin-toys-design.yaml");
    expect(r.screen).toContain("wrote tailspin-toys-report.html");
    // The document did not scroll past: only the summary is on the terminal.
    expect(r.screen).not.toContain("apiVersion: expressroute-advisor");
    const replay = runCli(["plan", "--answers", join(cwd, FILE_AUTOSAVE("partial")), "--no-input"]);
    expect(readFileSync(join(cwd, "tailspin-toys-design.yaml"), "utf8")).toBe(replay.stdout);
    expect(readFileSync(join(cwd, "tailspin-toys-report.html"), "utf8")).toMatch(/^<!doctype html>/i);

    // A second run never clobbers: the next free name, and no report when declined.
    const again = runInPty(["--answers", "partial.yaml"], [{ expect: literally("? Continue from the") }, { send: KEY.enter }, ...steps("n").slice(6)], {
      cwd,
      stdoutTty: true,
    });
    expect(again.error, again.screen).toBeNull();
    expect(again.code, again.screen).toBe(0);
    expect(again.screen).toContain("saved the design to tailspin-toys-design-2.yaml");
    expect(readdirSync(cwd).filter((f) => f.startsWith("tailspin-toys")).sort()).toEqual([
      "tailspin-toys-design-2.yaml",
      "tailspin-toys-design.yaml",
      "tailspin-toys-report.html",
    ]);
  });

  it("still writes the document to stdout when it is piped", () => {
    const cwd = tmp();
    writeFileSync(join(cwd, "partial.yaml"), partial);
    const r = runInPty(["--answers", "partial.yaml"], steps("y").slice(0, 8), { cwd });
    expect(r.error, r.screen).toBeNull();
    expect(r.code, r.screen).toBe(0);
    expect(parse(r.stdout).name).toBe("Tailspin Toys");
    expect(readdirSync(cwd).filter((f) => f.startsWith("tailspin"))).toEqual([]);
    expect(r.screen).not.toContain("Also write the HTML report");
  });
});

describe("the questionnaire as an architect uses it", () => {
  /** Every answer but the bandwidth and the GatewaySubnet, with a VPN backup that needs the latter. */
  const vpnFile =
    HEADER +
    "name: units\nbandwidth: {growthPercentPerYear: 0, massiveDataIngestion: false, monthlyEgressGB: 10}\n" +
    "compliance: {regulatedIndustry: none, physicalIsolation: false, encryption: none, businessUnits: 1}\n" +
    "sites: {count: 1, wan: none, colocation: none, ownEdgeAtPeeringLocation: false, peeringLocation: Amsterdam}\n" +
    "azure: {regions: [westeurope], vnetCount: 1, onPremisesRoutes: 10, vmCount: 100, vnetPrefixes: 10, microsoftPeering: none, dualStack: false}\n" +
    "resilience: {level: high, zoneRedundancy: true, vpnFailover: true, vpnDevice: route-based}\nperformance: {latencySensitive: false}\n";

  it("reads bandwidth with a unit (stored in Mbps) and a prefix length typed as /27", () => {
    const cwd = tmp();
    writeFileSync(join(cwd, "units.yaml"), vpnFile);
    const steps: PtyStep[] = [
      ...answer("? Peak throughput", "1.5 Gbps"),
      ...answer("? Prefix length of the existing GatewaySubnet", "/27"),
      { expect: literally(REVIEW) },
      { send: KEY.enter },
    ];
    const r = runInPty(["--answers", "units.yaml", "--ask"], steps, { cwd });
    expect(r.error, r.screen).toBeNull();
    expect(r.code, r.screen).toBe(0);
    expect(answeredPrompts(r.screen).slice(0, 2)).toEqual([
      "Peak throughput needed between on-premises and Azure, in Mbps (or e.g. 5 Gbps) 1,500 Mbps",
      "Prefix length of the existing GatewaySubnet, e.g. 27 27",
    ]);
    const saved = parse(readFileSync(join(cwd, FILE_AUTOSAVE("units")), "utf8"));
    expect(saved.bandwidth.requiredMbps).toBe(1500);
    expect(saved.resilience.gatewaySubnetPrefixLength).toBe(27);
  });

  it("goes back to the previous question with Esc, its answer as the default, across sections too", () => {
    const cwd = tmp();
    const steps: PtyStep[] = [
      { expect: "Esc goes\\s+back\\s+to\\s+the\\s+previous\\s+question" },
      ...answer("? Name of this design", "acme"),
      ...answer("? Peak throughput", "500"),
      { expect: literally("? Expected growth") },
      { send: KEY.escape },
      // Asked again, offering the answer given.
      { expect: literally("? Peak throughput needed between on-premises and Azure, in Mbps (or e.g. 5 Gbps) (500)") },
      { send: `2G${KEY.enter}` },
      ...answer("? Expected growth", "0"),
      ...answer("? Will you bulk-ingest", ""),
      ...answer("? Expected data leaving Azure", ""),
      { expect: literally("? Regulated industry") },
      { send: KEY.escape },
      // Back over the section boundary; an optional answer says how to clear it.
      { expect: literally("? Expected data leaving Azure per month, in GB (unknown)") },
      { send: `12${KEY.enter}` },
      { expect: literally("? Regulated industry") },
      { send: KEY.ctrlC },
    ];
    const r = runInPty([], steps, { cwd });
    expect(r.error, r.screen).toBeNull();
    expect(r.code).toBe(130);
    expect(parse(readFileSync(join(cwd, AUTOSAVE), "utf8"))).toMatchObject({
      name: "acme",
      bandwidth: { requiredMbps: 2000, growthPercentPerYear: 0, massiveDataIngestion: false, monthlyEgressGB: 12 },
    });
  });

  it("says how to clear an optional answer that has a value", () => {
    const cwd = tmp();
    const steps: PtyStep[] = [
      ...answer("? Name of this design", "acme"),
      { expect: literally("? Peak throughput") },
      { send: KEY.escape },
      { expect: literally("? Name of this design (organisation or project) (type - for no name) (acme)") },
      { send: `-${KEY.enter}` },
      { expect: literally("? Peak throughput") },
      { send: KEY.ctrlC },
    ];
    const r = runInPty([], steps, { cwd });
    expect(r.error, r.screen).toBeNull();
    expect(r.screen).toContain("✔ Name of this design (organisation or project) no name");
    const saved = readFileSync(join(cwd, AUTOSAVE), "utf8");
    expect(saved).toContain("# left empty: name\n");
    expect(parse(saved)).not.toHaveProperty("name");
  });

  it("finds regions by city, and never ticks the first region on an empty Enter", () => {
    const cwd = tmp();
    writeFileSync(join(cwd, "a.yaml"), `${HEADER}bandwidth: {requiredMbps: 500}\nsites: {peeringLocation: London}\nresilience: {level: standard, zoneRedundancy: false}\n`);
    const steps: PtyStep[] = [
      { expect: literally("? Azure regions to reach") },
      { expect: literally("Type a region, city or country to search") },
      { send: KEY.enter },
      { expect: literally("Type to search (a region, city or country), or use ↓ to pick a region first") },
      { send: "london" },
      { expect: literally("❯ uksouth (UK South)") },
      { send: KEY.enter },
      { expect: literally("? Azure regions to reach: uksouth so far") },
      { send: "london" },
      { expect: literally("ukwest (UK West)") },
      { send: KEY.down + KEY.enter },
      { expect: literally("❯ Done: uksouth, ukwest") },
      { send: KEY.enter },
      { expect: literally(REVIEW) },
      { send: KEY.enter },
    ];
    const r = runInPty(["--answers", "a.yaml"], steps, { cwd });
    expect(r.error, r.screen).toBeNull();
    expect(r.code, r.screen).toBe(0);
    expect(parse(readFileSync(join(cwd, FILE_AUTOSAVE("a")), "utf8")).azure.regions).toEqual(["uksouth", "ukwest"]);
  });

  it("reaches Generate the design by typing Gen in the review, with colour on", () => {
    const cwd = tmp();
    writeFileSync(join(cwd, "units.yaml"), vpnFile.replace("bandwidth: {", "bandwidth: {requiredMbps: 500, ").replace("vpnDevice: route-based", "vpnDevice: route-based, gatewaySubnetPrefixLength: 27"));
    // Only the regions are missing once they are taken out.
    writeFileSync(join(cwd, "units.yaml"), readFileSync(join(cwd, "units.yaml"), "utf8").replace("regions: [westeurope], ", ""));
    const steps: PtyStep[] = [
      ...pickRegion("westeu", "westeurope"),
      { expect: literally(REVIEW) },
      // Off Generate first, so only the typed text can bring the cursor back to it.
      { send: KEY.down + KEY.down + KEY.down },
      { send: "Gen" },
      { expect: literally("❯ Generate the design") },
      { send: KEY.enter },
    ];
    const r = runInPty(["--answers", "units.yaml"], steps, { cwd, env: { NO_COLOR: undefined } });
    expect(r.error, r.screen).toBeNull();
    expect(r.code, r.screen).toBe(0);
    expect(r.raw).toMatch(/\u001b\[[0-9;]*m/);
    expect(answeredPrompts(r.screen).at(-1)).toBe(`${REVIEW.slice(2)} Generate the design`);
  });

  it("says up front that high resiliency is not offered where the location has no Metro", () => {
    const cwd = tmp();
    writeFileSync(
      join(cwd, "london.yaml"),
      vpnFile
        .replace("bandwidth: {", "bandwidth: {requiredMbps: 500, ")
        .replace("peeringLocation: Amsterdam", "peeringLocation: London")
        .replace("regions: [westeurope]", "regions: [uksouth]")
        .replace("level: high, ", "")
        .replace("vpnDevice: route-based", "vpnDevice: route-based, gatewaySubnetPrefixLength: 27"),
    );
    const steps: PtyStep[] = [
      { expect: literally("? Resiliency tier") },
      { expect: literally("high (not offered at London: no ExpressRoute Metro there; Metros to consider: Amsterdam Metro") },
      // Enter never accepts what the row says is not offered: the highlight starts on maximum.
      { send: KEY.enter },
      { expect: literally(REVIEW) },
      { send: KEY.enter },
    ];
    const r = runInPty(["--answers", "london.yaml", "--ask"], steps, { cwd });
    expect(r.error, r.screen).toBeNull();
    expect(r.code, r.screen).toBe(0);
    expect(answeredPrompts(r.screen)[0]).toBe("Resiliency tier maximum");
    expect(parse(r.stdout).resilience.level).toBe("maximum");
  });
});

describe("an existing design file", () => {
  it("is not checked for a file that plans at once (the pipeline rules apply: --force)", () => {
    const cwd = tmp();
    writeFileSync(join(cwd, "a.yaml"), `${HEADER}bandwidth: {requiredMbps: 500}\nazure: {regions: [westeurope]}\n`);
    writeFileSync(join(cwd, "design.yaml"), "keep me");
    const r = runInPty(["--answers", "a.yaml", "-o", "design.yaml"], [], { cwd });
    expect(r.code).toBe(2);
    expect(r.screen).toContain("design.yaml already exists; pass --force to replace it");
    expect(existsSync(join(cwd, ".expressroute-advisor"))).toBe(false);
  });
});
