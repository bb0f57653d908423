// Loads the real catalog and rules once per test file, as the CLI does.
import { loadBundle, type Bundle } from "../../src/cli/load-bundle.js";
import { adviseDesign } from "../../src/advise.js";
import type { AnswersInput, AnswersV1Input } from "../../src/answers/schema.js";

let cached: Promise<Bundle> | undefined;
/** The rules and catalog read from their YAML sources (not dist/), so tests never see a stale build. */
export const getBundle = (): Promise<Bundle> => (cached ??= loadBundle([], { prebuilt: false }));

/** Minimal valid v1 answers (one site group, read as v2), deep-merged with `over`. */
export function makeAnswers(over: DeepPartial<AnswersV1Input> = {}): AnswersV1Input {
  const base: AnswersV1Input = {
    apiVersion: "expressroute-advisor/v1",
    kind: "Answers",
    bandwidth: { requiredMbps: 1000 },
    azure: { regions: ["westeurope"] },
  };
  return merge(base, over) as AnswersV1Input;
}

/** Minimal valid v2 answers (one site, one region), shallow-merged with `over`: lists given replace the base's. */
export function makeAnswersV2(over: Partial<AnswersInput> = {}): AnswersInput {
  return { apiVersion: "expressroute-advisor/v2", kind: "Answers", sites: [{ name: "site", requiredMbps: 1000 }], regions: [{ name: "westeurope" }], ...over };
}

type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? (T[K] extends unknown[] ? T[K] : DeepPartial<T[K]>) : T[K] };

function merge(a: unknown, b: unknown): unknown {
  if (b === undefined) return a;
  if (a && b && typeof a === "object" && typeof b === "object" && !Array.isArray(a) && !Array.isArray(b)) {
    const out: Record<string, unknown> = { ...(a as Record<string, unknown>) };
    for (const [k, v] of Object.entries(b)) out[k] = merge(out[k], v);
    return out;
  }
  return b;
}

/** Plans a design for answers that must be valid. */
export async function plan(over: DeepPartial<AnswersV1Input> = {}) {
  return planRaw(makeAnswers(over));
}

/** Plans a design for raw answers (v1 or v2) that must be valid. */
export async function planRaw(answers: unknown) {
  const { catalog, ruleSet } = await getBundle();
  const result = adviseDesign(answers, catalog, ruleSet);
  if (!result.ok) throw new Error(`invalid test answers: ${JSON.stringify(result.issues)}`);
  return result;
}

export const findingIds = (design: { findings: { id: string }[] }) => design.findings.map((f) => f.id);
export const decisionRule = (design: { decisions: { path: string; rule: string }[] }, path: string) =>
  design.decisions.find((d) => d.path === path)?.rule;
