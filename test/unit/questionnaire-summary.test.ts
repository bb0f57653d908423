// The terminal summary shown after an interactive run: key decisions with their reasons, then
// errors and warnings; colour only through the chalk instance it is given.
import { Chalk } from "chalk";
import { describe, expect, it } from "vitest";
import { renderTerminalSummary, wrapText } from "../../src/cli/format/terminal-summary.js";
import { planWithSources } from "../helpers/report-sources.js";

const plain = new Chalk({ level: 0 });
const rationale = (design: { decisions: { path: string; rationale: string }[] }, path: string) =>
  design.decisions.find((d) => d.path === path)!.rationale;
const squash = (s: string) => s.replace(/\s+/g, " ");

describe("terminal summary", () => {
  it("shows each key decision with the rationale of its rule", async () => {
    const { design, sources } = await planWithSources({ name: "tailspin", sites: { peeringLocation: "Amsterdam" }, resilience: { level: "maximum" } });
    const text = renderTerminalSummary(design, sources, plain, 100);
    expect(text).toContain("Design for tailspin");
    expect(text).toMatch(/Connection +connectivity provider, point-to-point/);
    expect(text).toMatch(/Resiliency +maximum, 2 circuits/);
    expect(text).toMatch(/Gateway +ErGw\w+, zone-redundant/);
    for (const path of ["connection.type", "circuits.length", "circuits[].bandwidthMbps", "gateway.sku"]) {
      expect(squash(text)).toContain(squash(rationale(design, path)));
    }
    // Features that are off get no row.
    expect(text).not.toContain("VPN failover");
    expect(text).not.toMatch(/\u001b\[/);
  });

  it("lists errors and warnings in full and counts the info findings", async () => {
    // A /29 GatewaySubnet cannot hold the coexisting VPN gateway: an error finding (ER-VPN-F02).
    const { design, sources } = await planWithSources({ resilience: { vpnFailover: true, vpnDevice: "policy-based", gatewaySubnetPrefixLength: 29 } });
    const text = renderTerminalSummary(design, sources, plain, 100);
    expect(text).toMatch(/VPN failover +yes/);
    const errors = design.findings.filter((f) => f.severity === "error");
    expect(errors.length).toBeGreaterThan(0);
    // Words first, the id after them.
    for (const f of errors) expect(squash(text)).toContain(`✖ ${squash(f.message)} (${f.id})`);
    for (const f of design.findings.filter((x) => x.severity === "info")) expect(text).not.toContain(f.id);
    expect(text).toContain(`Findings: ${design.summary.error} error`);
  });

  it("states the gateway's zoning per region when only some regions have zones", async () => {
    const { design, sources } = await planWithSources({ sites: { peeringLocation: "London" }, azure: { regions: ["uksouth", "ukwest"] } });
    const text = squash(renderTerminalSummary(design, sources, plain, 100));
    expect(text).toContain("zone-redundant in uksouth; regional (no availability zones) in ukwest");
    // The reason says it per region too.
    expect(text).toContain(squash(rationale(design, "gateway.zoning")));
    expect(rationale(design, "gateway.zoning")).toContain("there are no availability zones in ukwest, so the gateway there is regional");
  });

  it("paints with the chalk it is given, and keeps lines to the width", async () => {
    const { design, sources } = await planWithSources();
    expect(renderTerminalSummary(design, sources, new Chalk({ level: 1 }), 80)).toMatch(/\u001b\[/);
    for (const line of renderTerminalSummary(design, sources, plain, 80).split("\n")) expect(line.length).toBeLessThanOrEqual(80);
    expect(wrapText("aaa bbb ccc", 9, "  ")).toEqual(["  aaa bbb", "  ccc"]);
  });
});
