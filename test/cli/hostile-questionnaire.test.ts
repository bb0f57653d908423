// The questionnaire shows answers back (the review list, the final prompt line): values from an
// answers file must be shown escaped, never act on the terminal (issue 11; a name that sets the
// window title or clears a line).
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { answer, KEY, literally, runInPty, type PtyStep } from "../helpers/pty.js";

const choose = (prompt: string, downs = 0): PtyStep[] => [{ expect: literally(`? ${prompt}`) }, { send: KEY.down.repeat(downs) + KEY.enter }];

describe("the review list on a terminal", () => {
  it("shows a name holding escape sequences escaped, never raw", () => {
    const cwd = mkdtempSync(join(tmpdir(), "era-pty-"));
    writeFileSync(
      join(cwd, "partial.yaml"),
      'apiVersion: expressroute-advisor/v1\nkind: Answers\nname: "../../evil\\e]0;T\\a\\e[2K"\nbandwidth: {requiredMbps: 500, growthPercentPerYear: 0, massiveDataIngestion: false}\n' +
        "compliance: {regulatedIndustry: none, physicalIsolation: false, encryption: none, businessUnits: 1}\n" +
        "sites: {count: 1, wan: none, colocation: none, ownEdgeAtPeeringLocation: false}\n" +
        "azure: {regions: [westeurope], vnetCount: 1, onPremisesRoutes: 10, vmCount: 100, vnetPrefixes: 10, microsoftPeering: none, dualStack: false}\n" +
        "resilience: {level: high, vpnFailover: false}\nperformance: {latencySensitive: false}\n",
    );
    const steps: PtyStep[] = [
      ...answer("? Expected data leaving Azure", ""),
      ...answer("? Preferred ExpressRoute peering location", ""),
      ...answer("? Must the gateway survive the loss of one availability zone?", "y"),
      { expect: literally("? Pick an answer to change") },
      { expect: literally("evil\\u001b]0;T\\u0007") },
      { send: KEY.enter },
    ];
    const r = runInPty(["--answers", "partial.yaml", "--ask", "-o", "design.yaml"], steps, { cwd });
    expect(r.error, r.screen).toBeNull();
    expect(r.code, r.screen).toBe(0);
    expect(r.raw).not.toContain("\u001b]0;T");
    expect(r.raw).not.toContain("\u0007\u001b[2K");
  });
});
