// The terminal summary shown after an interactive run, for design v2: one line per circuit, port
// pair and regional gateway with the rationale of the rule behind each, then errors and warnings
// (with the item they are about); colour only through the chalk instance it is given.
import { Chalk } from "chalk";
import { describe, expect, it } from "vitest";
import { renderTerminalSummary, wrapText } from "../../src/cli/format/terminal-summary.js";
import { changeSample, loadSample } from "../helpers/design-samples.js";

const plain = new Chalk({ level: 0 });
const squash = (s: string) => s.replace(/\s+/g, " ");
const rationale = (design: { decisions: { path: string; rationale: string }[] }, path: string) => design.decisions.find((d) => d.path === path)!.rationale;

describe("terminal summary", () => {
  const design = loadSample("six-sites-mixed");
  const text = renderTerminalSummary(design, plain, 100);

  it("shows each circuit, port pair and regional gateway on its own line", () => {
    expect(text).toContain("Design for relecloud-global");
    expect(text).toMatch(/Network +hub-and-spoke/);
    expect(text).toMatch(/Resiliency +high, 7 circuits for 6 site groups/);
    const flat = squash(text);
    expect(flat).toContain("ams-dc-1: 10 Gbps at Amsterdam (Amsterdam Metro), provider point-to-point, Premium UnlimitedData → westeurope, northeurope, eastus");
    expect(flat).toContain("wdc-dc-2: 100 Gbps at Washington DC, Direct on wdc-dc-port-2, Standard UnlimitedData → eastus, eastus2");
    expect(flat).toContain("wdc-dc-port-1: 2 × 100 Gbps at Washington DC, MACsec for wdc-dc-1");
    expect(flat).toContain("westeurope: ErGwScale (10 scale units), zone-redundant, FastPath, GatewaySubnet /27");
    expect(flat).toContain("eastus2: ErGw3AZ, zonal, zone 2, GatewaySubnet /27");
    expect(flat).toContain("ams-dc-1 ↔ wdc-dc-1 (across geopolitical regions)");
    // Each starts a line of its own (wrapped lines aside).
    for (const c of design.circuits) expect(text).toMatch(new RegExp(`^ +(Circuits +)?${c.id}: `, "m"));
    for (const g of design.gateways) expect(text).toMatch(new RegExp(`^ +(Gateways +)?${g.region}: `, "m"));
  });

  it("gives the reasons behind the telling decisions, each once", () => {
    const flat = squash(text);
    for (const path of ["network", "circuits[ams-dc-1].sku.tier", "circuits[us-branches-1].sku.tier", "gateways[eastus2].zoning", "gateways[westeurope].sku", "siteGroups[wdc-dc].directPortGbps"]) {
      expect(flat).toContain(squash(rationale(design, path)));
    }
    const once = squash(rationale(design, "circuits[wdc-dc-1].connection.type"));
    expect(flat.split(once)).toHaveLength(2);
    // Features that are off get no row.
    expect(text).not.toContain("VPN failover");
    expect(text).not.toMatch(/\u001b\[/);
  });

  it("names the circuits, gateways or site groups each reason is for, each reason once", () => {
    const flat = squash(text);
    const tier = design.decisions.filter((d) => /^circuits\[[^\]]+\]\.sku\.tier$/.test(d.path));
    for (const d of tier) {
      const sharing = tier.filter((x) => x.rationale === d.rationale).map((x) => /\[([^\]]+)\]/.exec(x.path)![1]);
      expect(flat).toContain(squash(`${sharing.join(", ")}: ${d.rationale}`));
    }
    expect(flat).toContain(squash(`eastus2: ${rationale(design, "gateways[eastus2].zoning")}`));
    // A design-wide decision's reason names no item.
    expect(flat).toContain(`hub-and-spoke ${squash(rationale(design, "network"))}`);
  });

  it("lists errors and warnings with the item they are about, and counts the info findings", () => {
    const flat = squash(text);
    for (const f of design.findings.filter((x) => x.severity !== "info")) {
      expect(flat).toContain(`${f.severity === "error" ? "✖" : "▲"} ${f.about ? `${f.about}: ` : ""}${squash(f.message)} (${f.id})`);
    }
    expect(flat).not.toContain("Microsoft peering for Azure PaaS needs");
    expect(text).toContain("Findings: 1 error, 2 warnings, 1 info");
  });

  it("marks a secondary circuit", () => {
    const max = changeSample("two-sites-global-reach", (d) => void d.circuits.push({ ...structuredClone(d.circuits[0]!), id: "syd-dc-2", role: "secondary", peeringLocation: "Melbourne" }));
    const flat = squash(renderTerminalSummary(max, plain, 100));
    expect(flat).toContain("syd-dc-2 (secondary): 2 Gbps at Melbourne, provider point-to-point");
    expect(flat).toContain("syd-dc-1: 2 Gbps at Sydney");
  });

  it("says where a gateway is regional, and leaves the subnet out on a Virtual WAN hub", () => {
    const au = squash(renderTerminalSummary(loadSample("two-sites-global-reach"), plain, 100));
    expect(au).toContain("australiasoutheast: ErGw1AZ, regional (no availability zones), GatewaySubnet /27");
    expect(au).toContain(squash(rationale(loadSample("two-sites-global-reach"), "gateways[australiasoutheast].zoning")));
    expect(au).toMatch(/VPN failover yes/);
    const vwan = squash(renderTerminalSummary(loadSample("six-sites-vwan"), plain, 100));
    expect(vwan).toContain("westeurope: ExpressRouteGateway (10 scale units), zone-redundant");
    expect(vwan).not.toContain("GatewaySubnet");
  });

  it("paints with the chalk it is given, keeps lines to the width and escapes names", () => {
    expect(renderTerminalSummary(design, new Chalk({ level: 1 }), 80)).toMatch(/\u001b\[/);
    for (const line of renderTerminalSummary(design, plain, 80).split("\n")) expect(line.length).toBeLessThanOrEqual(80);
    const hostile = changeSample("two-sites-global-reach", (d) => {
      d.name = "evil\u001b[31m";
      d.circuits[0]!.id = "c\u009b1";
    });
    expect(renderTerminalSummary(hostile, plain, 100)).not.toMatch(/[\u001b\u009b]/);
    expect(wrapText("aaa bbb ccc", 9, "  ")).toEqual(["  aaa bbb", "  ccc"]);
  });
});
