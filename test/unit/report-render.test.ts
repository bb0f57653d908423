// The Markdown and HTML reports beyond the goldens: complete content for every fixture design,
// hostile text, diagram variants no fixture produces, and Mermaid kept to portable syntax.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { DesignSchema, type Design } from "../../src/design/schema.js";
import { renderHtml } from "../../src/cli/format/html.js";
import { renderMarkdown } from "../../src/cli/format/markdown.js";
import { escapeHtml, escapeMarkdown, toMarkdownCode, toMarkdownUrl } from "../../src/cli/format/report-escape.js";
import { buildTopology } from "../../src/cli/format/topology.js";
import { escapeMermaidText, renderMermaid } from "../../src/cli/format/topology-mermaid.js";
import { wrapWords } from "../../src/cli/format/topology-layout.js";
import { listRegionZoning, type ReportSources } from "../../src/cli/format/report-sources.js";
import { formatAnswer } from "../../src/cli/questionnaire/format-answer.js";
import { QUESTIONS } from "../../src/cli/questionnaire/questions.js";
import { loadFixtureSources } from "../helpers/report-sources.js";
import { ROOT } from "../helpers/run-cli.js";

const designsDir = join(ROOT, "fixtures/designs");
const fixtures = readdirSync(designsDir).filter((f) => f.endsWith(".yaml")).sort();
// Every fixture design has its answers file of the same name.
const sourcesByFile = new Map<string, ReportSources>(await Promise.all(fixtures.map(async (f) => [f, await loadFixtureSources(f)] as const)));
const sourcesOf = (file: string) => sourcesByFile.get(file.endsWith(".yaml") ? file : `${file}.yaml`)!;
const loadDesign = (file: string): Design => DesignSchema.parse(parse(readFileSync(join(designsDir, file), "utf8")));
const withChanges = (file: string, change: (d: Design) => void): Design => {
  const design = structuredClone(loadDesign(file.endsWith(".yaml") ? file : `${file}.yaml`));
  change(design);
  return design;
};
const mermaidOf = (markdown: string) => /```mermaid\n([\s\S]*?)```/.exec(markdown)?.[1] ?? "";
const svgOf = (html: string) => /<svg[\s\S]*?<\/svg>/.exec(html)?.[0] ?? "";

describe.each(fixtures)("reports of %s", (file) => {
  const design = loadDesign(file);
  const sources = sourcesOf(file);
  const markdown = renderMarkdown(design, sources);
  const html = renderHtml(design, sources);

  it("carry every decision (path, rule, docs) and every finding", () => {
    for (const d of design.decisions) {
      expect(markdown).toContain(toMarkdownCode(d.path));
      expect(markdown).toContain(`\`${d.rule}\``);
      expect(html).toContain(`<tr data-path="${escapeHtml(d.path)}">`);
      expect(html).toContain(`href="${d.docs}"`);
    }
    for (const f of design.findings) {
      // Words first, the id after them.
      expect(markdown).toContain(`- ${escapeMarkdown(f.message)} (\`${f.id}\`, `);
      expect(html).toContain(`<li data-id="${f.id}">${escapeHtml(f.message)} (<code>${f.id}</code>, `);
    }
  });

  it("say what you told us: every question's label and the answer used, defaults marked", () => {
    const section = markdown.slice(markdown.indexOf("## What you told us"), markdown.indexOf("## Topology"));
    expect(section).not.toBe("");
    for (const q of QUESTIONS) {
      const value = q.path === "name" ? sources.answers.name : (sources.answers[q.section] as Record<string, unknown>)[q.field.key];
      const shown = formatAnswer(q, value);
      expect(section).toContain(`| ${escapeMarkdown(q.label)} | ${escapeMarkdown(sources.given.has(q.path) ? shown : `${shown} (default)`)} |`);
      expect(html).toContain(`<tr><th scope="row">${escapeHtml(q.label)}</th><td>${escapeHtml(sources.given.has(q.path) ? shown : `${shown} (default)`)}</td></tr>`);
    }
    expect(html).toContain('<section id="answers"><h2>What you told us</h2>');
  });

  it("group findings under errors, warnings and info with their counts", () => {
    const headings = [...markdown.matchAll(/^### (Errors|Warnings|Info) \((\d+)\)$/gm)].map((m) => [m[1], Number(m[2])]);
    expect(headings).toEqual([
      ["Errors", design.summary.error],
      ["Warnings", design.summary.warning],
      ["Info", design.summary.info],
    ]);
  });

  it("draw a Mermaid flowchart from sites through circuits to a gateway and VNets in each region", () => {
    const mermaid = mermaidOf(markdown);
    expect(mermaid.startsWith("flowchart LR\n")).toBe(true);
    expect(mermaid).toContain("sites --> link1");
    design.gateway.regions.forEach((region, i) => {
      expect(mermaid).toContain(`subgraph grp_region${i + 1} ["Azure region ${region}"]`);
      expect(mermaid).toContain(`circuit1 -->|private peering| ergw${i + 1}`);
      expect(mermaid).toContain(`ergw${i + 1} --> vnets${i + 1}`);
    });
    expect(mermaid.includes("-.->")).toBe(design.vpnFailover.enabled);
    expect(mermaid.includes("|Microsoft peering|")).toBe(design.microsoftPeering.enabled);
    expect(mermaid.includes("sites ==>|IPsec over private peering| vpngw1")).toBe(design.encryption.ipsec);
  });

  it("name in the legend, and in the line styles of the Markdown, only the kinds of link drawn", () => {
    const legend = /<g class="legend">[\s\S]*?<\/g>/.exec(svgOf(html))?.[0] ?? "";
    const note = markdown.split("\n").find((l) => l.startsWith("On-premises sites reach Azure")) ?? "";
    expect(legend.includes("Site-to-site VPN backup")).toBe(design.vpnFailover.enabled);
    expect(note.includes("VPN backup")).toBe(design.vpnFailover.enabled);
    expect(legend.includes("Global Reach")).toBe(design.globalReach.enabled);
    expect(note.includes("Global Reach")).toBe(design.globalReach.enabled);
    expect(legend.includes("Microsoft peering")).toBe(design.microsoftPeering.enabled);
    expect(note.includes("Microsoft peering")).toBe(design.microsoftPeering.enabled);
    expect(legend.includes("IPsec")).toBe(design.encryption.ipsec);
    expect(note.includes("IPsec")).toBe(design.encryption.ipsec);
    expect(html).not.toContain("dashed lines");
  });

  it("keep Mermaid to syntax GitHub and Azure DevOps both render", () => {
    for (const line of mermaidOf(markdown).trimEnd().split("\n").slice(1)) {
      expect(line).toMatch(
        /^(  subgraph grp_[a-z0-9]+ \["[^"]+"\]|    [a-z][a-z0-9]*\["[^"`]+"\]|  end|  [a-z][a-z0-9]* (-->|-\.->|==>|===)(\|[A-Za-z0-9 ,.-]+\|)? [a-z][a-z0-9]*)$/,
      );
    }
    // An id starting with o or x right after a link would read as a circle or cross arrow head.
    expect(mermaidOf(markdown)).not.toMatch(/(-->|-\.->|==>|===|\|) [ox]/);
  });

  it("draw an accessible inline SVG with a box per node and no script", () => {
    const svg = svgOf(html);
    expect(svg).toMatch(/^<svg [^>]*id="topology" class="topology" role="img" aria-label="Topology diagram: [^"]+"/);
    for (const group of buildTopology(design, sources).groups) {
      for (const n of group.nodes) expect(svg).toContain(`id="node-${n.id}"`);
    }
    // Zone chips only on the gateways of regions with availability zones.
    const zoneless = new Set(sources.regionsWithoutZones);
    const zoned = design.gateway.regions.filter((r) => !zoneless.has(r)).length;
    expect(svg.match(/<g class="zone zone-active">/g)?.length ?? 0).toBe(
      design.gateway.zoning === "zone-redundant" ? 3 * zoned : design.gateway.zoning === "zonal" ? zoned : 0,
    );
    expect(listRegionZoning(design, sources).flatMap((g) => g.regions)).toEqual(design.gateway.regions);
    expect(svg).not.toMatch(/NaN|undefined/);
  });

  it("load nothing from anywhere: no script, no external source, only Microsoft Learn links", () => {
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\((?!#)/i);
    expect(html).not.toMatch(/\bsrc=/i);
    for (const [, href] of html.matchAll(/href="([^"]*)"/g)) expect(href).toMatch(/^https:\/\/learn\.microsoft\.com\//);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'`);
  });
});

describe("hostile text", () => {
  const sources = sourcesOf("contoso-bank-direct");
  const design = withChanges("contoso-bank-direct", (d) => {
    d.name = `<script>alert("x")</script> | *bold* [link](javascript:alert(1)) & "quotes" 'single'`;
    d.decisions[0]!.rationale = "a | b\nsecond line <b>bold</b> `code`";
    d.decisions[0]!.docs = "javascript:alert(1)";
    d.findings[0]!.message = "<img src=x onerror=alert(1)> _under_ ~strike~";
    d.findings[0]!.docs = "https://learn.microsoft.com/a (b)|c";
  });

  it("is escaped in HTML: no injected element, attribute or link", () => {
    const html = renderHtml(design, sources);
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<img");
    expect(html).not.toContain('href="javascript:');
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(html).toContain("javascript:alert(1)</td>");
  });

  it("is escaped in Markdown: tables keep their columns and nothing becomes markup", () => {
    const markdown = renderMarkdown(design, sources);
    expect(markdown).toContain("# ExpressRoute design: \\<script\\>alert(\"x\")\\</script\\> \\| \\*bold\\* \\[link\\](javascript:alert(1)) &amp; \"quotes\" 'single'");
    const decisionRows = markdown.split("\n").filter((l) => l.startsWith("| ") && l.includes("`connection.type`"));
    expect(decisionRows).toHaveLength(1);
    expect(decisionRows[0]!.split(/(?<!\\)\|/).length - 2).toBe(5);
    expect(markdown).toContain("a \\| b second line \\<b\\>bold\\</b\\> \\`code\\`");
    expect(markdown).toContain("\\<img src=x onerror=alert(1)\\> \\_under\\_ \\~strike\\~");
    expect(markdown).toContain("(https://learn.microsoft.com/a%20%28b%29%7Cc)");
  });

  it("is escaped in Mermaid labels", () => {
    expect(escapeMermaidText('a "b" <c> & #d; `e`')).toBe("a #quot;b#quot; #lt;c#gt; #amp; #35;d; #96;e#96;");
  });
});

describe("diagram variants", () => {
  it("joins two circuits with a Global Reach link", () => {
    const design = withChanges("woodgrove-mission-critical-frankfurt", (d) => void (d.globalReach.enabled = true));
    expect(mermaidOf(renderMarkdown(design, sourcesOf("woodgrove-mission-critical-frankfurt")))).toContain("circuit1 ===|Global Reach| circuit2");
    expect(svgOf(renderHtml(design, sourcesOf("woodgrove-mission-critical-frankfurt")))).toContain('<g class="link link-global-reach" data-from="circuit1" data-to="circuit2">');
  });

  it("links a single circuit's Global Reach to the organisation's other circuits", () => {
    const design = withChanges("contoso-bank-direct", (d) => void (d.globalReach.enabled = true));
    const mermaid = mermaidOf(renderMarkdown(design, sourcesOf("contoso-bank-direct")));
    expect(mermaid).toContain('peers["Circuits at other locations"]');
    expect(mermaid).toContain("circuit1 ===|Global Reach| peers");
  });

  it("draws a dashed VPN path through a VPN gateway in every region", () => {
    const design = withChanges("relecloud-multinational", (d) => void (d.vpnFailover.enabled = true));
    const mermaid = mermaidOf(renderMarkdown(design, sourcesOf("relecloud-multinational")));
    expect(mermaid).toContain("sites -.-> inet");
    for (const n of [1, 2, 3]) {
      expect(mermaid).toContain(`inet -.->|VPN backup| vpngw${n}`);
      expect(mermaid).toContain(`vpngw${n} -.-> vnets${n}`);
    }
    expect(svgOf(renderHtml(design, sourcesOf("relecloud-multinational"))).match(/stroke-dasharray="7 5"/g)?.length).toBe(1 + 2 * 3 + 1);
  });

  it("draws IPsec between the on-premises VPN device and a VPN gateway, and the gateway without zones", () => {
    const design = withChanges("chicago-no-az-pinned-zone", (d) => void (d.encryption.ipsec = true));
    const mermaid = mermaidOf(renderMarkdown(design, sourcesOf("chicago-no-az-pinned-zone")));
    expect(mermaid).toContain("VPN device: IPsec tunnel end");
    expect(mermaid).toContain('vpngw1["VPN gateway<br/>IPsec tunnel end, same GatewaySubnet"]');
    expect(mermaid).toContain("sites ==>|IPsec over private peering| vpngw1");
    expect(mermaid).toContain("circuit1 -->|private peering| ergw1");
    expect(mermaid).not.toMatch(/circuit1 .*IPsec/);
    const svg = svgOf(renderHtml(design, sourcesOf("chicago-no-az-pinned-zone")));
    expect(svg).toContain('<g class="link link-ipsec" data-from="sites" data-to="vpngw1">');
    expect(mermaid).toContain("no availability zones");
    expect(mermaid).not.toContain("zones 1, 2, 3");
  });

  it("draws one VPN gateway for both the VPN backup and the IPsec tunnels", () => {
    const design = withChanges("alpine-paas-vpn", (d) => void (d.encryption.ipsec = true));
    const mermaid = mermaidOf(renderMarkdown(design, sourcesOf("alpine-paas-vpn")));
    expect(mermaid).toContain('vpngw1["VPN gateway<br/>backup and IPsec tunnel end, same GatewaySubnet"]');
    expect(mermaid).toContain("inet -.->|VPN backup| vpngw1");
    expect(mermaid).toContain("sites ==>|IPsec over private peering| vpngw1");
    expect(mermaid.match(/vpngw1\[/g)).toHaveLength(1);
  });

  it("renders a design without a name or a chosen peering location", () => {
    const design = withChanges("northwind-mpls-branches", (d) => void (d.name = null));
    const markdown = renderMarkdown(design, sourcesOf("northwind-mpls-branches"));
    expect(markdown.startsWith("# ExpressRoute design\n")).toBe(true);
    expect(mermaidOf(markdown)).toContain('loc1["Peering location to be chosen<br/>peering location"]');
    expect(renderHtml(design, sourcesOf("northwind-mpls-branches"))).toContain("<h1>ExpressRoute design</h1>");
  });
});

describe("zoning per region", () => {
  // uksouth has availability zones, ukwest has none: one v1 design, two different gateways.
  const name = "uk-two-regions-zones";
  const design = loadDesign(`${name}.yaml`);
  const sources = sourcesOf(name);

  it("states the zoning of each region in the summary and the rationale", () => {
    expect(sources.regionsWithoutZones).toEqual(["ukwest"]);
    const markdown = renderMarkdown(design, sources);
    expect(markdown).toContain(
      "| Gateway zoning | zone-redundant in uksouth (instances across availability zones 1, 2 and 3); ukwest has no availability zones, so its gateway is regional |",
    );
    expect(markdown).not.toMatch(/uksouth, ukwest has availability zones/);
  });

  it("draws zones on the uksouth gateway only", () => {
    const mermaid = mermaidOf(renderMarkdown(design, sources));
    expect(mermaid).toContain('ergw1["ExpressRoute gateway<br/>ErGw2AZ<br/>zone-redundant<br/>GatewaySubnet /27<br/>zones 1, 2, 3"]');
    expect(mermaid).toContain('ergw2["ExpressRoute gateway<br/>ErGw2AZ<br/>no availability zones<br/>GatewaySubnet /27"]');
    const svg = svgOf(renderHtml(design, sources));
    const nodeOf = (id: string) => new RegExp(`<g id="node-${id}"[\\s\\S]*?</text></g>(?=<g id=|\\n)`).exec(svg)?.[0] ?? "";
    expect(nodeOf("ergw1").match(/zone-active/g)).toHaveLength(3);
    expect(nodeOf("ergw2")).toContain("no availability zones");
    expect(nodeOf("ergw2")).not.toContain('class="zone');
    expect(svg).toContain("(zone-redundant in uksouth; regional in ukwest)");
  });
});

describe("report helpers", () => {
  it("wraps words by character budget, never splitting a word", () => {
    expect(wrapWords("ExpressRoute Metro: links at two sites", 20)).toEqual(["ExpressRoute Metro:", "links at two sites"]);
    expect(wrapWords("Supercalifragilistic x", 5)).toEqual(["Supercalifragilistic", "x"]);
    expect(wrapWords("", 10)).toEqual([]);
  });

  it("escapes HTML, Markdown code spans and URLs", () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
    expect(toMarkdownCode("circuits[0].metro")).toBe("`circuits[0].metro`");
    expect(toMarkdownCode("a`b|c")).toBe("`` a`b\\|c ``");
    expect(toMarkdownUrl("https://x/a b(c)")).toBe("https://x/a%20b%28c%29");
  });

  it("renders the same bytes every time", () => {
    const design = loadDesign("alpine-paas-vpn.yaml");
    const sources = sourcesOf("alpine-paas-vpn");
    expect(renderMermaid(buildTopology(design, sources))).toBe(renderMermaid(buildTopology(structuredClone(design), sources)));
    expect(renderHtml(design, sources)).toBe(renderHtml(structuredClone(design), sources));
  });
});
