// Malformed answers, generated: every one is rejected with one-line messages and never an
// exception (in process, thousands of cases), and the real binary exits 2 without a stack trace,
// a hang or an output file (a sample of them).
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { adviseDesign } from "../src/advise.js";
import { InputError } from "../src/cli/errors.js";
import { parseDataText } from "../src/cli/io/read-data-file.js";
import { answersArbitrary } from "./helpers/arbitraries.js";
import { getBundle } from "./helpers/bundle.js";
import { runCli } from "./helpers/run-cli.js";
import { stringify } from "yaml";

const RUNS = Number(process.env.PROPERTY_RUNS ?? 2000);

/** Turns valid answers into invalid ones in the ways users and attackers do. */
function malformedArbitrary(valid: fc.Arbitrary<Record<string, unknown>>): fc.Arbitrary<string> {
  const mutateObject = valid.chain((answers) =>
    fc.oneof(
      // wrong type for a key
      fc.tuple(fc.constantFrom("bandwidth", "azure", "resilience", "sites"), fc.constantFrom("requiredMbps", "regions", "level", "count"), fc.anything()).map(([s, k, v]) => ({ ...answers, [s]: { ...(answers[s] as object), [k]: v } })),
      // unknown key (typo)
      fc.string({ minLength: 1, maxLength: 12 }).map((k) => ({ ...answers, azure: { ...(answers.azure as object), [`x${k}`]: 1 } })),
      // out of range
      fc.integer({ min: -1e9, max: 0 }).map((n) => ({ ...answers, bandwidth: { ...(answers.bandwidth as object), requiredMbps: n } })),
      // __proto__ and constructor keys
      fc.constantFrom("__proto__", "constructor", "prototype").map((k) => ({ ...answers, [k]: { polluted: true } })),
      // deep nesting
      fc.integer({ min: 50, max: 400 }).map((depth) => {
        let deep: unknown = 1;
        for (let i = 0; i < depth; i++) deep = { a: deep };
        return { ...answers, sites: deep };
      }),
      // huge strings
      fc.integer({ min: 10_000, max: 200_000 }).map((n) => ({ ...answers, name: "x".repeat(n) })),
      // missing required
      fc.constantFrom("bandwidth", "azure", "apiVersion", "kind").map((k) => Object.fromEntries(Object.entries(answers).filter(([key]) => key !== k))),
    ),
  );
  const asText = mutateObject.map((o) => stringify(o, { aliasDuplicateObjects: false }));
  const rawText = fc.oneof(
    fc.string({ maxLength: 200 }),
    fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.from(b).toString("latin1")),
    fc.constantFrom("", "   \n", "---\n", "[1, 2", "a: b: c", "{", "- - -", "null", "42", "apiVersion: [", "a: &x [*x]"),
    fc.integer({ min: 3, max: 9 }).map((n) => {
      // alias bomb: each level references the previous one ten times
      let text = "l0: &l0 [x, x, x, x, x, x, x, x, x, x]\n";
      for (let i = 1; i <= n; i++) text += `l${i}: &l${i} [${Array(10).fill(`*l${i - 1}`).join(", ")}]\n`;
      return text;
    }),
  );
  return fc.oneof(asText, rawText);
}

describe("malformed answers", async () => {
  const { catalog, ruleSet } = await getBundle();

  it("are rejected with one-line messages, never an exception", () => {
    fc.assert(
      fc.property(malformedArbitrary(answersArbitrary(catalog)), (text) => {
        let issues: { message: string }[];
        try {
          const file = parseDataText(text, "answers.yaml");
          const result = adviseDesign(file.data, catalog, ruleSet);
          // A mutation can leave the answers valid (e.g. anything() drew a valid value): that is fine.
          if (result.ok) return;
          issues = result.issues;
        } catch (err) {
          expect(err).toBeInstanceOf(InputError);
          issues = [...(err as InputError).issues];
        }
        expect(issues.length).toBeGreaterThan(0);
        for (const i of issues) {
          expect(i.message).not.toMatch(/\n/);
          expect(i.message.length).toBeLessThan(600);
        }
      }),
      { numRuns: RUNS },
    );
  }, 120_000);

  it("make the binary exit 2 with no stack trace and no output file", () => {
    const dir = mkdtempSync(join(tmpdir(), "era-bad-"));
    const samples = fc.sample(malformedArbitrary(answersArbitrary(catalog)), { numRuns: 12, seed: 42 });
    const designed: string[] = [];
    samples.forEach((text, i) => {
      const answers = join(dir, `a${i}.yaml`);
      writeFileSync(answers, text);
      const out = join(dir, `design${i}.yaml`);
      const r = runCli(["plan", "--answers", answers, "-o", out]);
      expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
      // The mutation happened to leave the answers valid: a design is written (exit 3 when a
      // requirement cannot be met as stated, which random valid answers often ask for).
      if (r.code === 0 || r.code === 3) {
        expect(existsSync(out), r.stderr).toBe(true);
        designed.push(`design${i}.yaml`);
        return;
      }
      expect(r.code, r.stderr).toBe(2);
      expect(existsSync(out)).toBe(false);
    });
    // Most samples are malformed: a sample where every mutation stayed valid would prove nothing.
    expect(designed.length).toBeLessThan(samples.length / 2);
    expect(readdirSync(dir).filter((f) => (f.startsWith("design") && !designed.includes(f)) || f.endsWith(".tmp"))).toEqual([]);
  }, 120_000);
});
