// Constraints: an organisation forbids or requires a decision's values without priority games.
// The decision goes to the next rule whose value is allowed, else to the first allowed value;
// when nothing is allowed, the rules' choice stands and the constraint raises an error finding.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, runCli } from "../helpers/run-cli.js";

interface Design {
  circuits: { connection: { type: string }; sku: { tier: string; family: string } }[];
  siteGroups: { id: string; locations: number; macsec: boolean }[];
  decisions: { path: string; rule: string; rationale: string }[];
  findings: { id: string; severity: string; message: string }[];
}

const plan = (fixture: string, rulesDir: string) => {
  const r = runCli(["plan", `fixtures/answers/${fixture}.yaml`, "--format", "json", "--rules-dir", `fixtures/rules/${rulesDir}`]);
  return { code: r.code, design: JSON.parse(r.stdout) as Design, stderr: r.stderr };
};
const decision = (d: Design, path: string) => d.decisions.find((x) => x.path === path)!;

describe("a forbidding constraint (never Local)", () => {
  it("hands the decision to the next rule whose value is allowed", () => {
    const without = JSON.parse(runCli(["plan", "fixtures/answers/er-local-amsterdam.yaml", "--format", "json"]).stdout) as Design;
    expect(without.circuits[0]!.sku.tier).toBe("Local");
    const { code, design } = plan("er-local-amsterdam", "constraints");
    expect(code).toBe(0);
    expect(design.circuits[0]!.sku.tier).toBe("Standard");
    expect(decision(design, "circuits[gdi-er-local-1].sku.tier").rule).toBe("ER-SKU-099");
  });

  it("is shown in explain as the reason the first rule lost", () => {
    const r = runCli(["explain", "fixtures/answers/er-local-amsterdam.yaml", "circuits[gdi-er-local-1].sku.tier", "--rules-dir", "fixtures/rules/constraints"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("won: ER-SKU-099");
    expect(r.stdout).toMatch(/lost: ER-SKU-010 "[^"]+" \(priority 200\): its conditions hold, but constraint ORG-CON-001 does not allow its value/);
  });
});

describe("a requiring constraint (MACsec on every Direct port)", () => {
  it("sets the allowed value itself when no rule offers it, with its own rationale", () => {
    const { code, design } = plan("contoso-bank-direct", "constraints");
    expect(code).toBe(0);
    expect(design.circuits[0]!.connection.type).toBe("direct");
    expect(design.siteGroups[0]!.macsec).toBe(true);
    expect(decision(design, "siteGroups[contoso-bank].macsec")).toMatchObject({ rule: "ORG-CON-002", rationale: "Security standard S-3 requires MACsec on every ExpressRoute Direct port pair." });
    const r = runCli(["explain", "fixtures/answers/contoso-bank-direct.yaml", "siteGroups[contoso-bank].macsec", "--rules-dir", "fixtures/rules/constraints"]);
    expect(r.stdout).toContain('won: ORG-CON-002 "MACsec on every Direct port" (constraint: no rule offered an allowed value, fixtures/rules/constraints/org.yaml)');
    expect(r.stdout).toContain("lost: ER-ENC-099");
    expect(r.stdout).toContain("design.connection.type = \"direct\"");
  });

  it("does nothing where its conditions do not hold (a provider circuit)", () => {
    const { design } = plan("small-retailer", "constraints");
    expect(design.circuits[0]!.connection.type).toBe("provider");
    expect(design.siteGroups[0]!.macsec).toBe(false);
    expect(decision(design, "siteGroups[tailwind-small-retailer].macsec").rule).toBe("ER-ENC-099");
  });
});

describe("a constraint that allows nothing", () => {
  it("leaves the rules' value and raises its error finding (exit 3)", () => {
    const { code, design } = plan("small-retailer", "broken-constraints");
    expect(code).toBe(3);
    expect(design.circuits[0]!.connection.type).toBe("provider");
    expect(design.siteGroups[0]!.locations).toBe(1);
    expect(design.circuits).toHaveLength(1);
    const errors = design.findings.filter((f) => f.severity === "error").map((f) => f.id);
    expect(errors).toEqual(expect.arrayContaining(["ORG-BC-001", "ORG-BC-005"]));
    expect(design.findings.find((f) => f.id === "ORG-BC-005")!.message).toBe(
      'Neither one nor two peering locations: no value of siteGroup.locations is allowed here, so it stays 1 as the rules decided; change the constraint or the answers.',
    );
  });
});

describe("rules list", () => {
  it("lists constraints beside the rules", () => {
    const r = runCli(["rules", "list", "--rules-dir", "fixtures/rules/constraints"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^ORG-CON-001 +- +circuits\[\]\.sku\.tier forbid \["Local"\] +Never the Local SKU +\(fixtures\/rules\/constraints\/org\.yaml\)$/m);
    expect(r.stdout).toMatch(/^ORG-CON-002 +- +encryption\.macsec allow \[true\] +MACsec on every Direct port/m);
  });
});

describe("rules lint on constraints", () => {
  it("accepts sound constraints", () => {
    expect(runCli(["rules", "lint", "fixtures/rules/constraints"]).code).toBe(0);
  });

  it.each([
    ["ORG-BC-001: allows no value of connection.type (\"provider\", \"direct\"), so it always raises an error"],
    ["ORG-BC-003: may apply together with ORG-BC-002, and together they allow no value of encryption.macsec"],
    ["ORG-BC-004: can never apply: its conditions contradict each other"],
    ["ORG-BC-005: no rule sets a value of siteGroup.locations it allows, so whenever it applies it raises an error"],
  ])("reports %s", (message) => {
    const r = runCli(["rules", "lint", "fixtures/rules/broken-constraints"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`fixtures/rules/broken-constraints/bad.yaml: ${message}`);
  });

  it.each([
    [{ constrain: "encryption.macsek", allow: [true] }, 'constrain: unknown decision "encryption.macsek"; did you mean "encryption.macsec"?'],
    [{ constrain: "circuits[].sku.tier", forbid: ["Locall"] }, '"Locall" is not one of Local | Standard | Premium'],
    [{ constrain: "encryption.macsec", allow: [true], forbid: [false] }, "a constraint needs exactly one of allow or forbid"],
    [{ constrain: "siteGroup.locations", allow: [2], when: { fact: "design.circuits[].bandwidthMbps", exists: true } }, '"design.circuits[].bandwidthMbps" is decided at or after this rule\'s decision'],
    [{ constrain: "siteGroup.locations", allow: [2], when: { fact: "design.gateway.sku", exists: true } }, '"design.gateway.sku" is per region, but this rule decides per site group'],
  ])("refuses at load %j", (constraint, message) => {
    const dir = writeRules({ id: "ORG-BAD-001", title: "t", docs: "https://learn.microsoft.com/azure/expressroute/", rationale: "r", ...constraint });
    const r = runCli(["rules", "lint", dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
  });
});

function writeRules(rule: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), "constraint-"));
  writeFileSync(join(dir, "bad.yaml"), JSON.stringify({ rules: [rule] }));
  return dir;
}

describe("constraints on a decision without a fixed list of values", () => {
  // Found in review: the fallback looked only at the first rejecting constraint's allow list, so
  // renaming a constraint changed the design.
  const folder = (forbidId: string, allowId: string) => {
    const dir = mkdtempSync(join(tmpdir(), "era-con-order-"));
    const docs = "https://learn.microsoft.com/azure/expressroute/expressroute-faqs";
    writeFileSync(
      join(dir, "org.yaml"),
      `rules:
  - id: ${forbidId}
    title: No 10 Gbps circuits
    constrain: circuits[].bandwidthMbps
    forbid: [10000]
    rationale: Standard N-1.
    docs: ${docs}
  - id: ${allowId}
    title: Bandwidth from the approved list
    constrain: circuits[].bandwidthMbps
    allow: [40000, 100000]
    rationale: Standard N-2.
    docs: ${docs}
`,
    );
    return dir;
  };

  it("picks the same value whatever the constraints' ids", () => {
    const answers = join(ROOT, "fixtures/answers/contoso-bank-direct.yaml");
    const pick = (forbidId: string, allowId: string) => {
      const r = runCli(["plan", answers, "--rules-dir", folder(forbidId, allowId), "--format", "json"]);
      const design = JSON.parse(r.stdout) as { circuits: { bandwidthMbps: number }[]; decisions: { path: string; rule: string }[] };
      return { code: r.code, bandwidth: design.circuits[0]!.bandwidthMbps, rule: design.decisions.find((d) => d.path === "circuits[contoso-bank-1].bandwidthMbps")!.rule };
    };
    const a = pick("ORG-CON-A", "ORG-CON-B");
    const z = pick("ORG-CON-Z", "ORG-CON-B");
    expect(a.bandwidth).toBe(z.bandwidth);
    expect(a.code).toBe(z.code);
    expect(a.rule).toBe("ORG-CON-B");
    expect(a.bandwidth).toBe(40000);
    expect(a.code).toBe(0);
  });
});
