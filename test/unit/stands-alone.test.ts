// The repository stands alone: code, tests, scripts and docs cite pages inside it (docs/contract.md,
// docs/facts.md, Microsoft Learn), never a document outside it such as ../shared.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/run-cli.js";

const OUTSIDE = /\.\.\/shared|shared\/reference|shared\/acceptance|CONTRACT\.md|CONTRACT §|expressroute-facts\.md/;
const SCANNED = ["src", "test", "scripts", "docs", "README.md", "package.json"];

function listFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return (readdirSync(path, { recursive: true }) as string[]).map((f) => join(path, f)).filter((f) => statSync(f).isFile());
}

describe("the repository stands alone", () => {
  it("cites no document outside it", () => {
    const files = SCANNED.flatMap((p) => listFiles(join(ROOT, p))).filter((f) => !f.endsWith("stands-alone.test.ts"));
    expect(files.length).toBeGreaterThan(100);
    const hits = files.flatMap((f) =>
      readFileSync(f, "utf8")
        .split("\n")
        .map((line, i) => (OUTSIDE.test(line) ? `${f.slice(ROOT.length)}:${i + 1}: ${line.trim()}` : ""))
        .filter(Boolean),
    );
    expect(hits).toEqual([]);
  });

  it("has the contract page the code cites", () => {
    const contract = readFileSync(join(ROOT, "docs/contract.md"), "utf8");
    for (const section of ["## 1. Command line", "## 2. Answers file", "## 3. Design document", "## 4. Rules", "## 5. Library"]) expect(contract).toContain(section);
  });
});
