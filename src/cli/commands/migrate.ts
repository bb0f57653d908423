// `migrate FILE [-o OUT] [--force]`: the v2 equivalent of a v1 answers file (docs/contract.md
// §2), with a YAML comment wherever the migration made an assumption; a v2 file is printed
// normalised (defaults filled in) with a note on stderr. Invalid input is the usual exit 2.
import { Document, isMap, isScalar, type Node } from "yaml";
import { checkAnswers } from "../../answers/check-answers.js";
import type { MigrationNote } from "../../answers/migrate.js";
import type { Answers } from "../../answers/schema.js";
import { EXIT, InputError } from "../errors.js";
import { loadCatalog } from "../load-bundle.js";
import { MESSAGES } from "../messages.js";
import { MIGRATE_MESSAGES } from "../answers-messages.js";
import { locateIssues, readDataFile } from "../io/read-data-file.js";
import { checkOutputs, writeOutput } from "../io/write-output.js";
import { paint, printNote } from "../terminal.js";

export interface MigrateOptions {
  output?: string;
  force?: boolean;
}

const COMMENT_PREFIX = " migrate: ";

/** `regions[0].vnetCount` → the map holding the key, and the key. */
function findKeyNode(doc: Document, path: string): { key: unknown } | undefined {
  const parts = [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : m[1]!));
  const key = parts.pop();
  const holder = parts.length === 0 ? doc.contents : doc.getIn(parts, true);
  if (!isMap(holder)) return undefined;
  return holder.items.find((pair) => isScalar(pair.key) && pair.key.value === key);
}

/**
 * The answers as YAML, each assumption a comment above the key it is about; `leading` (the
 * source file's own header comment, without #) stays at the top, above ours.
 */
export function renderMigratedAnswers(answers: Answers, notes: readonly MigrationNote[], header: readonly string[], leading?: string): string {
  const doc = new Document(answers);
  for (const { path, note } of notes) {
    const pair = findKeyNode(doc, path);
    const key = pair?.key as Node | undefined;
    // Every note's path is a key the migration wrote; a note that could not be placed still shows, at the top.
    if (key) key.commentBefore = [key.commentBefore, `${COMMENT_PREFIX}${note}`].filter(Boolean).join("\n");
    else doc.commentBefore = [doc.commentBefore, `${COMMENT_PREFIX}${note}`].filter(Boolean).join("\n");
  }
  doc.commentBefore = [leading, ...header.map((h) => ` ${h}`), doc.commentBefore].filter(Boolean).join("\n");
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

export async function runMigrate(file: string, options: MigrateOptions): Promise<number> {
  const output = options.output ?? "-";
  checkOutputs([output], [file], Boolean(options.force));
  const [data, catalog] = await Promise.all([readDataFile(file), loadCatalog()]);
  const result = checkAnswers(data.data, catalog);
  if (!result.ok) throw new InputError(data.name, locateIssues(data, result.issues), MESSAGES.answersHint);
  const notes = result.migration;
  if (notes === undefined) printNote(MIGRATE_MESSAGES.alreadyV2(data.name));
  const header = notes === undefined ? [] : [MIGRATE_MESSAGES.header(data.name)];
  writeOutput(output, renderMigratedAnswers(result.answers, notes ?? [], header, data.leadingComment), Boolean(options.force));
  if (notes !== undefined && notes.length > 0) printNote(MIGRATE_MESSAGES.assumptions(notes.length));
  if (output !== "-") printNote(paint().green(MESSAGES.wrote(output)));
  return EXIT.ok;
}
