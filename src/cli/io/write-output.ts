// Writes a document to stdout or atomically to a file: a temporary file beside the target,
// then a rename (or a hard link, which refuses to replace an existing file without --force).
import { closeSync, fsyncSync, linkSync, openSync, renameSync, unlinkSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { InputError, UsageError } from "../errors.js";
import { MESSAGES } from "../messages.js";

const temporaryFiles = new Set<string>();

/** Removes temporary files left by an interrupted write (called on SIGINT/SIGTERM). */
export function removeTemporaryFiles(): void {
  for (const f of temporaryFiles) {
    try {
      unlinkSync(f);
    } catch {
      // already gone
    }
  }
  temporaryFiles.clear();
}

export function writeOutput(target: string, text: string, force: boolean): void {
  if (target === "-") {
    process.stdout.write(text);
    return;
  }
  // Exclusive create ("wx") makes the name safe; the random part only avoids collisions.
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.tmp`);
  let fd: number;
  try {
    fd = openSync(temp, "wx", 0o644);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(target, [{ path: "", message: code === "ENOENT" ? "the folder does not exist" : `cannot write here (${code})` }]);
  }
  temporaryFiles.add(temp);
  try {
    writeSync(fd, text);
    fsyncSync(fd);
    closeSync(fd);
    if (force) renameSync(temp, target);
    else {
      try {
        linkSync(temp, target);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === "EEXIST") throw new UsageError(MESSAGES.outputExists(target));
        throw err;
      }
      unlinkSync(temp);
    }
  } finally {
    removeTemporaryFiles();
  }
}
