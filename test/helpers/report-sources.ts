// What the human reports get beside the design, for tests: the answers of a fixture (or of
// makeAnswers) and the catalog's zones per region, gathered as the CLI gathers them.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { checkAnswers } from "../../src/advise.js";
import { collectReportSources, type ReportSources } from "../../src/cli/format/report-sources.js";
import { DesignSchema, type Design } from "../../src/design/schema.js";
import { getBundle, makeAnswers, plan } from "./bundle.js";
import { ROOT } from "./run-cli.js";

/** The committed golden design of a fixture and the report sources of its answers file. */
export async function loadReportFixture(name: string): Promise<{ design: Design; sources: ReportSources }> {
  const base = name.replace(/\.yaml$/, "");
  const design = DesignSchema.parse(parse(readFileSync(join(ROOT, "fixtures/designs", `${base}.yaml`), "utf8")));
  return { design, sources: await loadFixtureSources(base) };
}

export async function loadFixtureSources(name: string): Promise<ReportSources> {
  const { catalog } = await getBundle();
  const raw: unknown = parse(readFileSync(join(ROOT, "fixtures/answers", `${name.replace(/\.yaml$/, "")}.yaml`), "utf8"));
  const checked = checkAnswers(raw, catalog);
  if (!checked.ok) throw new Error(`fixture ${name}: invalid answers`);
  return collectReportSources(checked.answers, raw, catalog);
}

/** plan() of test/helpers/bundle.ts plus the report sources of the same answers. */
export async function planWithSources(over: Parameters<typeof plan>[0] = {}) {
  const { catalog } = await getBundle();
  const result = await plan(over);
  return { ...result, sources: collectReportSources(result.answers, makeAnswers(over), catalog) };
}
