// Writes a document to stdout or atomically to a file: a temporary file beside the target, then
// a rename (or a hard link, which refuses to replace an existing file without --force). Every
// file-system error becomes an InputError naming the file, never a stack trace.
import { closeSync, existsSync, fsyncSync, linkSync, openSync, renameSync, unlinkSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { InputError, RefusalError } from "../errors.js";
import { MESSAGES } from "../messages.js";

const temporaryFiles = new Set<string>();
const writtenFiles: string[] = [];

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

/** Files this run has completed, so an interruption can say what it left behind. */
export const listWrittenFiles = (): readonly string[] => writtenFiles;

function describe(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  switch (code) {
    case "ENOENT":
      return "the folder does not exist";
    case "EISDIR":
      return "is a folder, not a file";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "ENOSPC":
      return "no space left on the device";
    case "EROFS":
      return "read-only file system";
    default:
      return `cannot write it (${code ?? String(err)})`;
  }
}

/** Moves the finished temporary file into place; without force, never over an existing file. */
function publish(temp: string, target: string, force: boolean): void {
  if (force) {
    renameSync(temp, target);
    return;
  }
  try {
    // A hard link fails with EEXIST instead of replacing: no window for a race.
    linkSync(temp, target);
    unlinkSync(temp);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "EEXIST") throw new RefusalError(MESSAGES.outputExists(target));
    // File systems without hard links: check, then rename (a small window, but no half file).
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EXDEV" && code !== "ENOSYS") throw err;
    if (existsSync(target)) throw new RefusalError(MESSAGES.outputExists(target));
    renameSync(temp, target);
  }
}

export function writeOutput(target: string, text: string, force: boolean): void {
  if (target === "-") {
    process.stdout.write(text);
    return;
  }
  // Exclusive create ("wx") makes the name safe; the random part only avoids collisions.
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.tmp`);
  try {
    const fd = openSync(temp, "wx", 0o644);
    temporaryFiles.add(temp);
    try {
      writeSync(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    publish(temp, target, force);
    writtenFiles.push(target);
  } catch (err) {
    if (err instanceof RefusalError) throw err;
    throw new InputError(target, [{ path: "", message: describe(err) }]);
  } finally {
    removeTemporaryFiles();
  }
}
