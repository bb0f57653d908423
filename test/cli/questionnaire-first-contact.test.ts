// Issue 10, "nothing lost" and the questionnaire as an architect meets it: the built binary in a
// pseudo-terminal, as in interactive.test.ts.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { answer, KEY, literally, runInPty, type PtyStep } from "../helpers/pty.js";
import { addRegion, answeredPrompts, fullFile, HEADER, listMenu, REVIEW } from "../helpers/questionnaire-steps.js";
import { runCli } from "../helpers/run-cli.js";

const tmp = () => mkdtempSync(join(tmpdir(), "era-first-"));
const AUTOSAVE = join(".expressroute-advisor", "answers.partial.yaml");
const FILE_AUTOSAVE = (stem: string) => join(".expressroute-advisor", `answers.${stem}.partial.yaml`);
const HQ = "sites: [{name: hq, requiredMbps: 500}]\n";

/** A workshop's autosave of a few answers, as a blank questionnaire wrote it. */
const WORKSHOP_AUTOSAVE =
  "# expressroute-advisor questionnaire answers, saved as you go.\n# from: a blank questionnaire\n# started: 2026-01-01T09:00:00.000Z\n" +
  HEADER +
  "name: workshop\nsites: [{name: hq, requiredMbps: 2000}]\nbandwidth: {growthPercentPerYear: 10}\ncompliance: {regulatedIndustry: banking}\n";

function writeWorkshopAutosave(cwd: string): void {
  mkdirSync(join(cwd, ".expressroute-advisor"), { recursive: true });
  writeFileSync(join(cwd, AUTOSAVE), WORKSHOP_AUTOSAVE);
}

/** Adds one region found by typing, then Done with the regions. */
const pickRegion = (text: string, pick: string): PtyStep[] => [...addRegion(text, pick), ...listMenu("Regions", 1, "done")];

/** The questions of a new region entry, and the regions' menu. */
const REGION_PROMPTS = /^(Azure region|How many VNets|How many VMs|Peak traffic|How many IPv4 address|Regions: 1 so far)/;

describe("nothing lost", () => {
  it("plans a file holding every required answer at once on a terminal, leaving the autosave alone", () => {
    const cwd = tmp();
    writeWorkshopAutosave(cwd);
    writeFileSync(join(cwd, "complete.yaml"), `${HEADER}${HQ}regions: [{name: westeurope}]\n`);
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
    writeFileSync(join(cwd, "partial.yaml"), `${HEADER}name: partial\n${HQ}`);
    const steps: PtyStep[] = [...pickRegion("westeu", "westeurope"), { expect: literally(REVIEW) }, { send: KEY.enter }];
    const r = runInPty(["--answers", "partial.yaml"], steps, { cwd });
    expect(r.error, r.screen).toBeNull();
    expect(r.screen.replace(/\s+/g, " ")).toContain("asking only for the required answers it lacks (--ask asks the optional ones too)");
    // The new region's questions and the review: nothing optional about the rest.
    expect(answeredPrompts(r.screen).filter((p) => !REGION_PROMPTS.test(p))).toEqual([`${REVIEW.slice(2)} Generate the design`]);
    expect(r.screen).toContain("✔ Azure region westeurope (West Europe)\n");
    expect(readFileSync(join(cwd, AUTOSAVE), "utf8")).toBe(WORKSHOP_AUTOSAVE);
    const own = readFileSync(join(cwd, FILE_AUTOSAVE("partial")), "utf8");
    expect(own).toContain("# from: --answers partial.yaml\n");
    expect(own).toMatch(/^# started: \d{4}-\d\d-\d\dT/m);
    expect(r.code, r.screen).toBe(0);
    expect(parse(r.stdout).name).toBe("partial");
  });

  it("never replaces another run's autosave without asking: keeping it saves this run beside it", () => {
    const cwd = tmp();
    mkdirSync(join(cwd, "other"));
    writeFileSync(join(cwd, "other", "partial.yaml"), `${HEADER}name: other\n${HQ}`);
    // An autosave of the same name, from a file of the same name in another folder.
    mkdirSync(join(cwd, ".expressroute-advisor"));
    const theirs = `# from: --answers partial.yaml\n${HEADER}name: theirs\nsites: [{name: hq, requiredMbps: 900}]\n`;
    writeFileSync(join(cwd, FILE_AUTOSAVE("partial")), theirs);
    const steps: PtyStep[] = [
      { expect: literally(`? ${FILE_AUTOSAVE("partial")} holds 3 answers of another run`) },
      { expect: literally(`❯ Keep them; this run saves to ${join(".expressroute-advisor", "answers.partial-2.partial.yaml")}`) },
      { send: KEY.enter },
      { expect: literally("? Azure region") },
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
      { expect: "Continue from the 5 answers saved on .* \\(started from a blank questionnaire\\)\\?" },
      { send: KEY.down + KEY.enter },
      ...answer("? Name of this design", "second"),
      { expect: literally("? Name of this site") },
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
    writeFileSync(join(cwd, "a.yaml"), `${HEADER}${HQ}regions: [{name: westeurope}]\n`);
    const r = runCli(["plan", "--answers", join(cwd, "a.yaml"), "--ask"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--ask needs a terminal");
  });
});

describe("the workshop result is kept", () => {
  const partial = `${HEADER}name: Tailspin Toys\n${HQ}`;
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
    const resumed: PtyStep[] = [{ expect: literally("? Continue from the") }, { send: KEY.enter }, { expect: literally(REVIEW) }, { send: KEY.enter }, ...answer("? Also write the HTML report for the room to", "n")];
    const again = runInPty(["--answers", "partial.yaml"], resumed, {
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
    const r = runInPty(["--answers", "partial.yaml"], steps("y").slice(0, -2), { cwd });
    expect(r.error, r.screen).toBeNull();
    expect(r.code, r.screen).toBe(0);
    expect(parse(r.stdout).name).toBe("Tailspin Toys");
    expect(readdirSync(cwd).filter((f) => f.startsWith("tailspin"))).toEqual([]);
    expect(r.screen).not.toContain("Also write the HTML report");
  });
});

describe("the questionnaire as an architect uses it", () => {
  /** Every answer but the site's bandwidth and the GatewaySubnet, with a VPN backup that needs the latter. */
  const vpnFile = fullFile(["requiredMbps: 500, ", ""], ["vpnFailover: false", "vpnFailover: true, vpnDevice: route-based"]);

  it("reads bandwidth with a unit (stored in Mbps) and a prefix length typed as /27", () => {
    const cwd = tmp();
    writeFileSync(join(cwd, "units.yaml"), vpnFile);
    const steps: PtyStep[] = [
      ...answer("? Peak throughput needed between this site", "1.5 Gbps"),
      ...answer("? Prefix length of the existing GatewaySubnet", "/27"),
      { expect: literally(REVIEW) },
      { send: KEY.enter },
    ];
    const r = runInPty(["--answers", "units.yaml", "--ask"], steps, { cwd });
    expect(r.error, r.screen).toBeNull();
    expect(answeredPrompts(r.screen).slice(0, 2)).toEqual([
      "Peak throughput needed between this site and Azure, in Mbps (or e.g. 5 Gbps) 1,500 Mbps",
      "Prefix length of the existing GatewaySubnet, e.g. 27 27",
    ]);
    const saved = parse(readFileSync(join(cwd, FILE_AUTOSAVE("units")), "utf8"));
    expect(saved.sites[0].requiredMbps).toBe(1500);
    expect(saved.resilience.gatewaySubnetPrefixLength).toBe(27);
    expect(r.code, r.screen).toBe(0);
  });

  it("goes back to the previous question with Esc, its answer as the default, out of a new site too", () => {
    const cwd = tmp();
    const steps: PtyStep[] = [
      { expect: "Esc goes\\s+back\\s+to\\s+the\\s+previous\\s+question" },
      ...answer("? Name of this design", "acme"),
      { expect: "── Site 1" },
      { expect: literally("? Name of this site") },
      { send: KEY.escape },
      // Out of the site (dropped, as it has no answer yet), back to the design's name.
      { expect: literally("? Name of this design (organisation or project) (type - for no name) (acme)") },
      { send: KEY.enter },
      { expect: "── Site 1" },
      ...answer("? Name of this site", "hq"),
      ...answer("? Peak throughput needed between this site", "500"),
      { expect: literally("? ExpressRoute peering location nearest this site") },
      { send: KEY.escape },
      // Asked again, offering the answer given.
      { expect: literally("? Peak throughput needed between this site and Azure, in Mbps (or e.g. 5 Gbps) (500)") },
      { send: `2G${KEY.enter}` },
      ...answer("? ExpressRoute peering location nearest this site", ""),
      ...answer("? How many like sites", ""),
      { expect: literally("? Expected data leaving Azure towards this site") },
      { send: KEY.escape },
      { expect: literally("? How many like sites does this entry stand for (e.g. branches on one WAN)? (1)") },
      { send: KEY.enter },
      // An optional answer says what empty means.
      { expect: literally("? Expected data leaving Azure towards this site per month, in GB (unknown)") },
      { send: `12${KEY.enter}` },
      { expect: literally("? How is this site") },
      { send: KEY.ctrlC },
    ];
    const r = runInPty([], steps, { cwd });
    expect(r.error, r.screen).toBeNull();
    expect(r.code).toBe(130);
    const saved = readFileSync(join(cwd, AUTOSAVE), "utf8");
    expect(parse(saved)).toEqual({
      apiVersion: "expressroute-advisor/v2",
      kind: "Answers",
      name: "acme",
      sites: [{ name: "hq", requiredMbps: 2000, count: 1, monthlyEgressGB: 12 }],
    });
    expect(saved).toContain("# left empty: sites[0].peeringLocation\n");
  });

  it("says how to clear an optional answer that has a value", () => {
    const cwd = tmp();
    const steps: PtyStep[] = [
      ...answer("? Name of this design", "acme"),
      { expect: literally("? Name of this site") },
      { send: KEY.escape },
      { expect: literally("? Name of this design (organisation or project) (type - for no name) (acme)") },
      { send: `-${KEY.enter}` },
      { expect: literally("? Name of this site") },
      { send: KEY.ctrlC },
    ];
    const r = runInPty([], steps, { cwd });
    expect(r.error, r.screen).toBeNull();
    expect(r.screen).toContain("✔ Name of this design (organisation or project) no name");
    const saved = readFileSync(join(cwd, AUTOSAVE), "utf8");
    expect(saved).toContain("# left empty: name\n");
    expect(parse(saved)).not.toHaveProperty("name");
  });

  it("finds regions by city, never takes the first region on an empty Enter, nor offers one twice", () => {
    const cwd = tmp();
    writeFileSync(join(cwd, "a.yaml"), `${HEADER}sites: [{name: hq, requiredMbps: 500, peeringLocation: London}]\nresilience: {level: standard, zoneRedundancy: false}\n`);
    const steps: PtyStep[] = [
      { expect: literally("? Azure region") },
      { expect: literally("Type a region, city or country to search") },
      { send: KEY.enter },
      { expect: literally("Type to search (a region, city or country), or use ↓ to pick a region first") },
      { send: "london" },
      { expect: literally("❯ uksouth (UK South)") },
      { send: KEY.enter },
      ...answer("? How many VNets in this region"),
      ...answer("? How many VMs"),
      ...answer("? Peak traffic between on-premises and this region"),
      ...answer("? How many IPv4 address prefixes do this region's VNets"),
      ...listMenu("Regions", 1, "add"),
      { expect: literally("? Azure region") },
      { send: "london" },
      // UK South is in the list already: UK West, in the same country, comes first.
      { expect: literally("❯ ukwest (UK West)") },
      { send: KEY.enter },
      ...answer("? How many VNets in this region"),
      ...answer("? How many VMs"),
      ...answer("? Peak traffic between on-premises and this region"),
      ...answer("? How many IPv4 address prefixes do this region's VNets"),
      ...listMenu("Regions", 2, "done"),
      { expect: literally(REVIEW) },
      { send: KEY.enter },
    ];
    const r = runInPty(["--answers", "a.yaml"], steps, { cwd });
    expect(r.error, r.screen).toBeNull();
    expect(parse(readFileSync(join(cwd, FILE_AUTOSAVE("a")), "utf8")).regions.map((x: { name: string }) => x.name)).toEqual(["uksouth", "ukwest"]);
    expect(r.code, r.screen).toBe(0);
  });

  it("reaches Generate the design by typing Gen in the review, with colour on", () => {
    const cwd = tmp();
    writeFileSync(join(cwd, "units.yaml"), fullFile(["regions:\n  - {name: uksouth, vnetCount: 2, vmCount: 100, requiredMbps: null, vnetPrefixes: 10}\n", ""]));
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
    expect(r.raw).toMatch(/\u001b\[[0-9;]*m/);
    expect(answeredPrompts(r.screen).at(-1)).toBe(`${REVIEW.slice(2)} Generate the design`);
    expect(r.code, r.screen).toBe(0);
  });

  it("says up front that high resiliency is not offered where a site's location has no Metro", () => {
    const cwd = tmp();
    writeFileSync(join(cwd, "london.yaml"), fullFile(["level: standard, ", ""]));
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
    expect(answeredPrompts(r.screen)[0]).toBe("Resiliency tier maximum");
    expect(parse(readFileSync(join(cwd, FILE_AUTOSAVE("london")), "utf8")).resilience.level).toBe("maximum");
    expect(r.code, r.screen).toBe(0);
    expect(parse(r.stdout).resilience.level).toBe("maximum");
  });
});

describe("an existing design file", () => {
  it("is not checked for a file that plans at once (the pipeline rules apply: --force)", () => {
    const cwd = tmp();
    writeFileSync(join(cwd, "a.yaml"), `${HEADER}${HQ}regions: [{name: westeurope}]\n`);
    writeFileSync(join(cwd, "design.yaml"), "keep me");
    const r = runInPty(["--answers", "a.yaml", "-o", "design.yaml"], [], { cwd });
    expect(r.code).toBe(2);
    expect(r.screen).toContain("design.yaml already exists; pass --force to replace it");
    expect(existsSync(join(cwd, ".expressroute-advisor"))).toBe(false);
  });
});
