// The Markdown and HTML reports of design v2 beyond the goldens: complete content for every sample
// design (many sites, many regions, Direct ports, Virtual WAN), hostile text, and Mermaid kept to
// portable syntax. The samples are hand-written v2 designs (test/fixtures-v2-samples/).
import { describe, expect, it } from "vitest";
import { renderHtml } from "../../src/cli/format/html.js";
import { renderMarkdown } from "../../src/cli/format/markdown.js";
import { escapeHtml, escapeMarkdown, toMarkdownCode, toMarkdownUrl } from "../../src/cli/format/report-escape.js";
import { buildTopology } from "../../src/cli/format/topology.js";
import { escapeMermaidText, renderMermaid } from "../../src/cli/format/topology-mermaid.js";
import { wrapWords } from "../../src/cli/format/topology-layout.js";
import { changeSample, loadSample, SAMPLES, sampleSources } from "../helpers/design-samples.js";

const mermaidOf = (markdown: string) => /```mermaid\n([\s\S]*?)```/.exec(markdown)?.[1] ?? "";
const svgOf = (html: string) => /<svg[\s\S]*?<\/svg>/.exec(html)?.[0] ?? "";
/** A Markdown section: from its heading to the next heading of the same or a higher level. */
const sectionOf = (markdown: string, heading: string) => {
  const start = markdown.indexOf(`\n${heading}\n`);
  if (start < 0) return "";
  const level = heading.indexOf(" ");
  const rest = markdown.slice(start + heading.length + 2);
  const end = rest.search(new RegExp(`^#{1,${level}} `, "m"));
  return end < 0 ? rest : rest.slice(0, end);
};
/** The rows of the first table in a Markdown section, as cells (escaped pipes kept inside cells). */
const tableRows = (section: string) =>
  section
    .split("\n")
    .filter((l) => l.startsWith("| ") && !l.startsWith("| ---"))
    .map((l) => l.slice(2, -2).split(/(?<!\\) \| /));
/** The HTML table row whose row header (first cell) is `key`. */
const htmlRow = (html: string, table: string, key: string) => {
  const body = new RegExp(`<table class="${table}">[\\s\\S]*?</table>`).exec(html)?.[0] ?? "";
  return new RegExp(`<tr data-key="${escapeHtml(key)}">(.*?)</tr>`).exec(body)?.[1] ?? "";
};

describe.each(SAMPLES)("reports of %s", (name) => {
  const design = loadSample(name);
  const sources = sampleSources(design);
  const markdown = renderMarkdown(design, sources);
  const html = renderHtml(design, sources);

  it("carry every decision (path with ids, rule, docs) and every finding with the item it is about", () => {
    for (const d of design.decisions) {
      expect(markdown).toContain(toMarkdownCode(d.path));
      expect(markdown).toContain(`\`${d.rule}\``);
      expect(html).toContain(`href="${d.docs}"`);
    }
    // Every decision is in exactly one row of the HTML table (rows list several items' paths).
    const rowPaths = [...html.matchAll(/<tr data-path="([^"]+)">/g)].flatMap((m) => m[1]!.split(" "));
    expect([...rowPaths].sort()).toEqual(design.decisions.map((d) => escapeHtml(d.path)).sort());
  });

  it("group the same decision of several items into one row when value, rule and rationale (but for the item's name) agree", () => {
    const rows = [...html.matchAll(/<tr data-path="([^"]+)">/g)].map((m) => m[1]!.split(" "));
    const keyOf = (path: string) => {
      const d = design.decisions.find((x) => x.path === path)!;
      // A rationale naming its own item is the same reason as another's naming that one.
      const id = /\[([^\]]+)\]/.exec(path)?.[1];
      return JSON.stringify([path.replace(/\[[^\]]*\]/g, "[]"), d.value, d.rule, id === undefined ? d.rationale : d.rationale.split(id).join("•")]);
    };
    // Within a row all agree; no two rows could have been one.
    for (const row of rows) expect(new Set(row.map(keyOf)).size).toBe(1);
    const keys = rows.map((row) => keyOf(row[0]!));
    expect(new Set(keys).size).toBe(keys.length);
    for (const f of design.findings) {
      const labelOf = (about: string) => {
        const [, list, id] = /^(\w+)\[(.+)\]$/.exec(about) ?? [];
        return `${{ circuits: "Circuit", gateways: "Gateway", siteGroups: "Site group", ports: "Port pair" }[list!]} ${id}`;
      };
      const label = f.about ? f.about.map(labelOf).join(", ") : null;
      // The item first, then the words, then the id for looking the rule up.
      expect(markdown).toContain(`- ${label ? `**${escapeMarkdown(label)}**: ` : ""}${escapeMarkdown(f.message)} (\`${f.id}\`, `);
      expect(html).toContain(
        `<li data-id="${f.id}"${f.about ? ` data-about="${escapeHtml(f.about.join(" "))}"` : ""}>${label ? `<strong>${escapeHtml(label)}</strong>: ` : ""}${escapeHtml(f.message)} (<code>${f.id}</code>, `,
      );
    }
  });

  it("group findings under errors, warnings and info with their counts, design-wide ones first", () => {
    const headings = [...markdown.matchAll(/^### (Errors|Warnings|Info) \((\d+)\)$/gm)].map((m) => [m[1], Number(m[2])]);
    expect(headings).toEqual([
      ["Errors", design.summary.error],
      ["Warnings", design.summary.warning],
      ["Info", design.summary.info],
    ]);
    for (const severity of ["Errors", "Warnings", "Info"]) {
      const items = sectionOf(markdown, `### ${severity} (${headings.find((h) => h[0] === severity)![1]})`).split("\n").filter((l) => l.startsWith("- "));
      const firstAbout = items.findIndex((l) => l.startsWith("- **"));
      if (firstAbout >= 0) expect(items.slice(firstAbout).every((l) => l.startsWith("- **"))).toBe(true);
    }
  });

  it("list every circuit with its sites, location, port, size, SKU and regions", () => {
    const rows = tableRows(sectionOf(markdown, "## Circuits"));
    expect(rows[0]).toEqual(["Circuit", "Role", "Sites", "Peering location", "ExpressRoute Metro", "Type / model", "Port pair", "Bandwidth", "SKU tier", "SKU family", "Regions"]);
    expect(rows.slice(1).map((r) => r[0])).toEqual(design.circuits.map((c) => escapeMarkdown(c.id)));
    for (const c of design.circuits) {
      const row = rows.find((r) => r[0] === escapeMarkdown(c.id))!;
      expect(row).toHaveLength(11);
      expect(row[1]).toBe(c.role);
      expect(row[2]).toBe(escapeMarkdown(c.sites.join(", ")));
      expect(row[3]).toBe(c.peeringLocation);
      expect(row[4]).toBe(c.metro ?? "—");
      expect(row[6]).toBe(c.port === null ? "—" : escapeMarkdown(c.port));
      expect(row[7]).toMatch(/^[\d,]+ (Mbps|Gbps)$/);
      expect([row[8], row[9]]).toEqual([c.sku.tier, c.sku.family]);
      expect(row[10]).toBe(c.regions.join(", "));
      expect(htmlRow(html, "circuits", c.id)).toContain(`<th scope="row">${escapeHtml(c.id)}</th>`);
    }
  });

  it("list the Direct port pairs, or say there are none", () => {
    const section = sectionOf(markdown, "## ExpressRoute Direct port pairs");
    if (design.ports.length === 0) {
      expect(section.trim()).toBe("None: no circuit is on ExpressRoute Direct.");
      return;
    }
    const rows = tableRows(section).slice(1);
    expect(rows.map((r) => [r[0], r[1], r[2], r[3], r[4]])).toEqual(
      design.ports.map((p) => [escapeMarkdown(p.id), p.peeringLocation, `${p.sizeGbps} Gbps`, escapeMarkdown(p.circuits.join(", ")), p.macsec ? "yes" : "no"]),
    );
  });

  it("list a gateway per region with its own SKU and zoning", () => {
    const rows = tableRows(sectionOf(markdown, "## Gateways")).slice(1);
    expect(rows.map((r) => r[0])).toEqual(design.gateways.map((g) => g.region));
    for (const g of design.gateways) {
      const row = rows.find((r) => r[0] === g.region)!;
      expect(row[1]).toBe(g.scaleUnits === null ? g.sku : `${g.sku}, ${g.scaleUnits} scale unit${g.scaleUnits === 1 ? "" : "s"}`);
      expect(row[2]).toBe(
        { "zone-redundant": "zone-redundant (instances across availability zones 1, 2 and 3)", zonal: `zonal (pinned to availability zone ${g.zone})`, none: "regional: no availability zones in the region" }[g.zoning],
      );
      expect(row[3]).toBe(g.fastPath ? "on" : "off");
      expect(row[4]).toBe(g.subnetPrefixLength === null ? "— (in the hub)" : `/${g.subnetPrefixLength}`);
      expect(row[5]).toBe(escapeMarkdown(g.circuits.join(", ")));
    }
  });

  it("draw the connections matrix: every circuit × region, the weight where connected, ★ where preferred", () => {
    const rows = tableRows(sectionOf(markdown, "## Connections"));
    expect(rows[0]).toEqual(["Circuit", ...design.gateways.map((g) => g.region)]);
    expect(rows).toHaveLength(design.circuits.length + 1);
    design.circuits.forEach((c, i) => {
      design.gateways.forEach((g, j) => {
        const link = design.connections.find((x) => x.circuit === c.id && x.region === g.region);
        expect(rows[i + 1]![j + 1]).toBe(link ? `${link.weight}${link.preferred ? " ★" : ""}` : "—");
      });
    });
  });

  it("say ★ is per site group: in each region's column a site group's ★ are at one location, its nearest", () => {
    const section = sectionOf(markdown, "## Connections");
    expect(section).toContain("★ marks the circuit each site group prefers for this region (the nearest of its circuits;");
    expect(section).not.toContain("the circuit the region prefers");
    for (const g of design.gateways) {
      const starred = design.connections.filter((x) => x.region === g.region && x.preferred).map((x) => design.circuits.find((c) => c.id === x.circuit)!);
      for (const group of new Set(starred.map((c) => c.group))) {
        expect(new Set(starred.filter((c) => c.group === group).map((c) => c.peeringLocation)).size).toBe(1);
      }
    }
  });

  it("list each Global Reach link, and site groups with their reason", () => {
    const links = tableRows(sectionOf(markdown, "## Global Reach links")).slice(1);
    expect(links.map((r) => [r[0], r[1], r[2]])).toEqual(
      design.globalReach.links.map((l) => [escapeMarkdown(l.circuits[0]), escapeMarkdown(l.circuits[1]), l.crossesGeopoliticalRegions ? "yes" : "no"]),
    );
    const section = sectionOf(markdown, "## Site groups");
    const groups = tableRows(section.slice(0, section.indexOf("| Site groups |"))).slice(1);
    expect(groups.map((r) => r[0])).toEqual(design.siteGroups.map((g) => escapeMarkdown(g.id)));
    // Each reason once, after every group it is the reason for, in the groups' order.
    const reasons = tableRows(section.slice(section.indexOf("| Site groups |")));
    expect(reasons[0]).toEqual(["Site groups", "Why grouped so"]);
    // Every group in one row; a row of one group gives its reason, a row of several the reason they
    // share, with "Each of …" in place of the one group's name.
    const rows = reasons.slice(1);
    expect(rows.flatMap((r) => r[0]!.split(", ")).sort()).toEqual(design.siteGroups.map((g) => escapeMarkdown(g.id)).sort());
    for (const [groups, reason] of rows) {
      const ids = groups!.split(", ");
      const own = design.siteGroups.filter((g) => ids.includes(escapeMarkdown(g.id)));
      if (ids.length === 1) expect(reason).toBe(escapeMarkdown(own[0]!.reason));
      else for (const g of own) expect(reason).toBe(escapeMarkdown(`Each of ${own.map((x) => x.id).join(", ")}${g.reason.slice(g.id.length)}`));
    }
    expect(new Set(rows.map((r) => r[1])).size).toBe(rows.length);
  });

  it("keep every table's rows as wide as its header", () => {
    for (const table of markdown.split("\n\n").filter((b) => b.startsWith("| "))) {
      const rows = tableRows(table);
      for (const row of rows) expect(row).toHaveLength(rows[0]!.length);
    }
  });

  it("draw a Mermaid flowchart: site → link or port → location → circuit → each region's gateway → VNets", () => {
    const mermaid = mermaidOf(markdown);
    expect(mermaid.startsWith("flowchart LR\n")).toBe(true);
    design.requirements.sites.forEach((s, i) => expect(mermaid).toContain(`    site${i + 1}["${escapeMermaidText(s.name)}<br/>`));
    design.circuits.forEach((c, i) => {
      const id = `circuit${i + 1}`;
      expect(mermaid).toContain(`    ${id}["${escapeMermaidText(c.id)}<br/>`);
      expect(mermaid).toMatch(new RegExp(`  loc\\d+ --> ${id}\\n`));
      const edge = c.port === null ? `link${i + 1}` : `port${design.ports.findIndex((p) => p.id === c.port) + 1}`;
      for (const site of c.sites) expect(mermaid).toContain(`  site${design.requirements.sites.findIndex((s) => s.name === site) + 1} --> ${edge}\n`);
    });
    for (const conn of design.connections) {
      const c = design.circuits.findIndex((x) => x.id === conn.circuit) + 1;
      const g = design.gateways.findIndex((x) => x.region === conn.region) + 1;
      expect(mermaid).toContain(`  circuit${c} -->${conn.preferred ? "" : "|standby|"} ergw${g}\n`);
    }
    design.gateways.forEach((g, i) => {
      const title = design.network === "virtual-wan" ? `Virtual WAN hub ${g.region}` : `Azure region ${g.region}`;
      expect(mermaid).toContain(`subgraph grp_region${i + 1} ["${title}"]`);
      expect(mermaid).toContain(`ergw${i + 1} --> vnets${i + 1}`);
    });
    for (const l of design.globalReach.links) {
      const [a, b] = l.circuits.map((id) => design.circuits.findIndex((c) => c.id === id) + 1);
      expect(mermaid).toContain(`  circuit${a} ===|Global Reach| circuit${b}\n`);
    }
    expect(mermaid.match(/===/g)?.length ?? 0).toBe(design.globalReach.links.length);
    expect(mermaid.includes("-.->")).toBe(design.vpnFailover.enabled);
    expect(mermaid.includes("|Microsoft peering|")).toBe(design.microsoftPeering.enabled);
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

  it("draw an accessible inline SVG: a box per node, zone chips only where the gateway is zoned", () => {
    const svg = svgOf(html);
    expect(svg).toMatch(/^<svg [^>]*id="topology" class="topology" role="img" aria-label="Topology diagram: [^"]+"/);
    for (const group of buildTopology(design).groups) for (const n of group.nodes) expect(svg).toContain(`id="node-${n.id}"`);
    design.gateways.forEach((g, i) => {
      const node = new RegExp(`<g id="node-ergw${i + 1}"[\\s\\S]*?</g>(?=\\n)`).exec(svg)?.[0] ?? "";
      expect(node.match(/<g class="zone zone-active">/g)?.length ?? 0).toBe({ "zone-redundant": 3, zonal: 1, none: 0 }[g.zoning]);
      expect(node.includes('class="zone')).toBe(g.zoning !== "none");
    });
    for (const l of design.globalReach.links) {
      const [a, b] = l.circuits.map((id) => design.circuits.findIndex((c) => c.id === id) + 1);
      expect(svg).toContain(`<g class="link link-global-reach" data-from="circuit${a}" data-to="circuit${b}">`);
    }
    expect(svg.match(/class="link link-private link-standby"/g)?.length ?? 0).toBe(design.connections.filter((c) => !c.preferred).length);
    expect(svg).not.toMatch(/NaN|undefined|Infinity/);
  });

  it("load nothing from anywhere: no script, no external source, only Microsoft Learn links", () => {
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\((?!#)/i);
    expect(html).not.toMatch(/\bsrc=/i);
    for (const [, href] of html.matchAll(/href="([^"]*)"/g)) expect(href).toMatch(/^https:\/\/learn\.microsoft\.com\//);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'`);
  });
});

describe("zoning per region", () => {
  const design = loadSample("two-sites-global-reach");
  const markdown = renderMarkdown(design, sampleSources(design));

  it("states each region's own zoning and draws zones on the zoned gateway only", () => {
    expect(markdown).toContain("| australiaeast | ErGw2AZ | zone-redundant (instances across availability zones 1, 2 and 3) | off | /27 |");
    expect(markdown).toContain("| australiasoutheast | ErGw1AZ | regional: no availability zones in the region | off | /27 |");
    const mermaid = mermaidOf(markdown);
    expect(mermaid).toContain('ergw1["ExpressRoute gateway<br/>ErGw2AZ<br/>zone-redundant<br/>GatewaySubnet /27<br/>zones 1, 2, 3"]');
    expect(mermaid).toContain('ergw2["ExpressRoute gateway<br/>ErGw1AZ<br/>no availability zones<br/>GatewaySubnet /27"]');
    expect(svgOf(renderHtml(design, sampleSources(design)))).toContain("(australiaeast zone-redundant, australiasoutheast regional)");
  });

  it("follows the document, not the region's name: a gateway made zonal gets one chip", () => {
    const zonal = changeSample("two-sites-global-reach", (d) => Object.assign(d.gateways[0]!, { zoning: "zonal", zone: 3 }));
    const mermaid = mermaidOf(renderMarkdown(zonal, sampleSources(zonal)));
    expect(mermaid).toContain("zonal<br/>GatewaySubnet /27<br/>zone 3\"]");
  });
});

describe("Virtual WAN", () => {
  const design = loadSample("six-sites-vwan");
  const markdown = renderMarkdown(design, sampleSources(design));

  it("says so, and shows each hub's ExpressRoute gateway in scale units without a GatewaySubnet", () => {
    expect(markdown).toContain("| Azure network | Virtual WAN: a hub per region with an ExpressRoute gateway in scale units; any-to-any transit through the hubs |");
    expect(markdown).toContain("| westeurope | ExpressRouteGateway, 10 scale units | zone-redundant (instances across availability zones 1, 2 and 3) | off | — (in the hub) |");
    const mermaid = mermaidOf(markdown);
    expect(mermaid).toContain('subgraph grp_region1 ["Virtual WAN hub westeurope"]');
    expect(mermaid).toContain("VNets connected to the hub");
    expect(mermaid).not.toContain("GatewaySubnet");
  });
});

describe("the Global Reach bracket", () => {
  it.each(SAMPLES.filter((name) => loadSample(name).globalReach.links.length > 0))("%s: runs clear of every box it passes", (name) => {
    const svg = svgOf(renderHtml(loadSample(name), sampleSources(loadSample(name))));
    const boxes = [...svg.matchAll(/<rect x="(\d+)" y="(\d+)" width="(\d+)" height="(\d+)" rx="(?:6|10)"/g)].map((m) => m.slice(1, 5).map(Number) as [number, number, number, number]);
    const brackets = [...svg.matchAll(/<g class="link link-global-reach"[^>]*><path d="M[\d.]+,[\d.]+ L([\d.]+),([\d.]+) L[\d.]+,([\d.]+)/g)];
    expect(brackets.length).toBeGreaterThan(0);
    for (const [, x, y1, y2] of brackets) {
      const [top, bottom] = [Math.min(Number(y1), Number(y2)), Math.max(Number(y1), Number(y2))];
      for (const [bx, by, bw, bh] of boxes) {
        // A box the vertical run passes beside: at least 20 px from either edge.
        if (by + bh < top || by > bottom) continue;
        expect(Math.min(Math.abs(Number(x) - bx), Math.abs(Number(x) - (bx + bw))), `box at ${bx},${by}`).toBeGreaterThanOrEqual(20);
      }
    }
  });
});

describe("hostile text", () => {
  const design = changeSample("six-sites-mixed", (d) => {
    d.name = `<script>alert("x")</script> | *bold* [link](javascript:alert(1)) & "quotes" 'single'`;
    d.decisions[0]!.rationale = "a | b\nsecond line <b>bold</b> `code`";
    d.decisions[0]!.docs = "javascript:alert(1)";
    d.findings[0]!.message = "<img src=x onerror=alert(1)> _under_ ~strike~";
    d.findings[0]!.docs = "https://learn.microsoft.com/a (b)|c";
    d.findings[0]!.about = ['circuits[<b onmouseover="x">]'];
    d.siteGroups[0]!.reason = "reason | with <i>pipe</i>";
  });
  const sources = sampleSources(design);

  it("is escaped in HTML: no injected element, attribute or link", () => {
    const html = renderHtml(design, sources);
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<img");
    expect(html).not.toContain("<b ");
    expect(html).not.toContain("<i>");
    expect(html).not.toContain('href="javascript:');
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(html).toContain("javascript:alert(1)</td>");
  });

  it("is escaped in Markdown: tables keep their columns and nothing becomes markup", () => {
    const markdown = renderMarkdown(design, sources);
    expect(markdown).toContain("# ExpressRoute design: \\<script\\>alert(\"x\")\\</script\\> \\| \\*bold\\* \\[link\\](javascript:alert(1)) &amp; \"quotes\" 'single'");
    const decisionRows = markdown.split("\n").filter((l) => l.startsWith("| ") && l.includes("(`network`)"));
    expect(decisionRows).toHaveLength(1);
    expect(decisionRows[0]!.split(/(?<!\\)\|/).length - 2).toBe(5);
    expect(markdown).toContain("a \\| b second line \\<b\\>bold\\</b\\> \\`code\\`");
    expect(markdown).toContain("\\<img src=x onerror=alert(1)\\> \\_under\\_ \\~strike\\~");
    expect(markdown).toContain("(https://learn.microsoft.com/a%20%28b%29%7Cc)");
    expect(markdown).toContain("| reason \\| with \\<i\\>pipe\\</i\\> |");
  });

  it("is escaped in Mermaid labels", () => {
    expect(escapeMermaidText('a "b" <c> & #d; `e`')).toBe("a #quot;b#quot; #lt;c#gt; #amp; #35;d; #96;e#96;");
    const mermaid = renderMermaid(buildTopology(changeSample("two-sites-global-reach", (d) => void (d.requirements.sites[0]!.name = 'end"x<y>'))));
    expect(mermaid).toContain('site1["end#quot;x#lt;y#gt;<br/>');
  });
});

describe("diagram variants", () => {
  it("draws IPsec from the on-premises VPN device to a VPN gateway in every region", () => {
    const design = changeSample("six-sites-mixed", (d) => void (d.encryption.ipsec = true));
    const mermaid = mermaidOf(renderMarkdown(design, sampleSources(design)));
    expect(mermaid).toContain('vpndev["VPN device<br/>IPsec tunnel end"]');
    design.gateways.forEach((_, i) => expect(mermaid).toContain(`vpndev ==>|IPsec over private peering| vpngw${i + 1}`));
    expect(svgOf(renderHtml(design, sampleSources(design)))).toContain('<g class="link link-ipsec" data-from="vpndev" data-to="vpngw1">');
  });

  it("draws the VPN backup only to the gateways that have one", () => {
    const design = changeSample("two-sites-global-reach", (d) => void (d.gateways[1]!.vpnFailover = false));
    const mermaid = mermaidOf(renderMarkdown(design, sampleSources(design)));
    expect(mermaid).toContain("inet -.->|VPN backup| vpngw1");
    expect(mermaid).not.toContain("vpngw2");
    expect(mermaid).toContain("site1 -.-> inet");
    expect(mermaid).toContain("site2 -.-> inet");
  });

  it("renders a design without a name or a chosen peering location", () => {
    const design = changeSample("two-sites-global-reach", (d) => {
      d.name = null;
      d.circuits[0]!.peeringLocation = null;
    });
    const markdown = renderMarkdown(design, sampleSources(design));
    expect(markdown.startsWith("# ExpressRoute design\n")).toBe(true);
    expect(mermaidOf(markdown)).toContain('loc1["Peering location to be chosen<br/>peering location"]');
    expect(renderHtml(design, sampleSources(design))).toContain("<h1>ExpressRoute design</h1>");
  });

  it("states maximum resiliency: a second circuit per site group at a second peering location", () => {
    const design = changeSample("two-sites-global-reach", (d) => {
      d.resilience.level = "maximum";
      d.circuits.push({ ...structuredClone(d.circuits[0]!), id: "syd-dc-2", role: "secondary", peeringLocation: "Melbourne" });
    });
    const markdown = renderMarkdown(design, sampleSources(design));
    expect(markdown).toContain("| Resiliency | maximum: 1 site group with a second circuit at a second peering location |");
    expect(markdown).toMatch(/^\| syd-dc-2 \| secondary \| syd-dc \| Melbourne \|/m);
    // The second circuit at Melbourne shares that location's box with mel-dc-1.
    const mermaid = mermaidOf(markdown);
    expect(mermaid).toContain("loc2 --> circuit3");
    expect(mermaid).not.toContain("loc3");
  });

  it("draws one port pair node for the circuits that share it", () => {
    const design = changeSample("six-sites-mixed", (d) => {
      d.ports = d.ports.filter((p) => p.id !== "wdc-dc-port-2");
      d.ports[1]!.circuits = ["wdc-dc-1", "wdc-dc-2"];
      d.circuits[3]!.port = "wdc-dc-port-1";
    });
    const mermaid = mermaidOf(renderMarkdown(design, sampleSources(design)));
    expect(mermaid.match(/ --> port2\n/g)).toHaveLength(1);
    expect(mermaid).not.toContain("port3");
    expect(mermaid).toMatch(/port2 --> loc\d+\n/);
  });
});

describe("report helpers", () => {
  it("wraps words by character budget, breaking only a word longer than the line (after a hyphen if it has one)", () => {
    expect(wrapWords("ExpressRoute Metro: links at two sites", 20)).toEqual(["ExpressRoute Metro:", "links at two sites"]);
    expect(wrapWords("Supercalifragilistic x", 5)).toEqual(["Super", "calif", "ragil", "istic", "x"]);
    expect(wrapWords("amsterdam-data-centre-1 x", 12)).toEqual(["amsterdam-", "data-centre-", "1 x"]);
    expect(wrapWords("", 10)).toEqual([]);
  });

  it("escapes HTML, Markdown code spans and URLs", () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
    expect(toMarkdownCode("circuits[ams-dc-1].metro")).toBe("`circuits[ams-dc-1].metro`");
    expect(toMarkdownCode("a`b|c")).toBe("`` a`b\\|c ``");
    expect(toMarkdownUrl("https://x/a b(c)")).toBe("https://x/a%20b%28c%29");
  });

  it("renders the same bytes every time", () => {
    const design = loadSample("six-sites-mixed");
    expect(renderMermaid(buildTopology(design))).toBe(renderMermaid(buildTopology(structuredClone(design))));
    expect(renderHtml(design, sampleSources(design))).toBe(renderHtml(structuredClone(design), sampleSources(design)));
  });
});
