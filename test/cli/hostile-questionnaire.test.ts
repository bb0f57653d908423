// The questionnaire shows answers back (the review list, a list's entries, the final prompt line):
// values from an answers file must be shown escaped, never act on the terminal (issue 11; a name
// that sets the window title or clears a line).
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { answer, KEY, literally, runInPty, type PtyStep } from "../helpers/pty.js";
import { fullFile, REVIEW } from "../helpers/questionnaire-steps.js";

describe("the review list on a terminal", () => {
  it("shows a name and a business unit holding escape sequences escaped, never raw", () => {
    const cwd = mkdtempSync(join(tmpdir(), "era-pty-"));
    writeFileSync(
      join(cwd, "partial.yaml"),
      fullFile(["name: northwind", 'name: "../../evil\\e]0;T\\a\\e[2K"'], ["businessUnit: null", 'businessUnit: "unit\\e]0;U\\a\\e[2K"'], ["zoneRedundancy: true, ", ""]),
    );
    const steps: PtyStep[] = [
      ...answer("? Must the gateways survive the loss of one availability zone?", "y"),
      { expect: literally(REVIEW) },
      { expect: literally("evil\\u001b]0;T\\u0007") },
      // The sites' menu sums each site up, its business unit too.
      { send: "Sites" },
      { expect: literally("❯ Sites") },
      { send: KEY.enter },
      { expect: literally("unit\\u001b]0;U\\u0007") },
      { send: KEY.enter },
      { expect: literally(REVIEW) },
      { send: KEY.enter },
    ];
    const r = runInPty(["--answers", "partial.yaml", "--ask", "-o", "design.yaml"], steps, { cwd });
    expect(r.error, r.screen).toBeNull();
    expect(r.raw).not.toContain("\u001b]0;T");
    expect(r.raw).not.toContain("\u001b]0;U");
    expect(r.raw).not.toContain("\u0007\u001b[2K");
    expect(r.code, r.screen).toBe(0);
  });
});
