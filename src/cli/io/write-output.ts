// Writes a document to stdout or to a file, never leaving a cut or half-written file (issue 11):
// - a regular file (or a new name) gets a temporary file beside it, written in full and synced,
//   then renamed into place (or hard-linked, which refuses to replace an existing file without
//   --force); a replaced file keeps its permissions;
// - anything else that exists (a device, a FIFO, a link to one) is never replaced: with --force
//   the document is streamed into it, as a shell redirection would;
// - every byte is accounted for: a short write (a full disk, a file-size limit) is an error, and
//   the target is left as it was.
// Every file-system error becomes an InputError naming the file, never a stack trace.
import {
  closeSync,
  constants,
  existsSync,
  fchmodSync,
  fsyncSync,
  linkSync,
  lstatSync,
  realpathSync,
  openSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
  type Stats,
} from "node:fs";
import { dirname, join, resolve } from "node:path";
import { InputError, RefusalError } from "../errors.js";
import { MESSAGES } from "../messages.js";
import { writeStdout } from "./standard-streams.js";
import { writeFully } from "./write-fully.js";

export { writeFully };

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

/** Why a file or folder could not be written, in words. */
export function describeWriteError(err: unknown): string {
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
      return "no space left on the device; nothing was written";
    case "EFBIG":
      return "the file-size limit was reached; nothing was written";
    case "EROFS":
      return "read-only file system";
    case "ENAMETOOLONG":
      return "the file name is too long";
    case "EBLOCKDEV":
      return "is a disk or partition (a block device); a design is never written into one";
    case "ENXIO":
      return "a FIFO with no reader; nothing was written";
    case "ESOCKET":
      return "is a socket, not a file; nothing was written";
    case "ENOTDIR":
      return "a part of the path is a file, not a folder";
    case "ELOOP":
      return "a loop of symbolic links";
    case "EAGAIN":
      return `its reader took nothing for ${STREAM_DEADLINE_MS / 1000} s; the document is incomplete`;
    default:
      return `cannot write it (${code ?? String(err)})`;
  }
}

/** What is at `target` now: nothing, a regular file (through links) or something else. */
function inspect(target: string): { kind: "none" } | { kind: "file"; stats: Stats; path: string } | { kind: "special" } {
  let link: Stats;
  try {
    link = lstatSync(target);
  } catch {
    return { kind: "none" };
  }
  let stats: Stats;
  try {
    stats = link.isSymbolicLink() ? statSync(target) : link;
  } catch {
    // A dangling link: renaming over it replaces only the link.
    return { kind: "none" };
  }
  if (stats.isDirectory()) throw Object.assign(new Error("directory"), { code: "EISDIR" });
  if (stats.isSocket()) throw Object.assign(new Error("socket"), { code: "ESOCKET" });
  // A disk or partition: streaming a design into it would overwrite its first blocks (issue 11).
  if (stats.isBlockDevice()) throw Object.assign(new Error("block device"), { code: "EBLOCKDEV" });
  // A link to a file is written through, as a shell's `>` does: the link stays, its target changes.
  return stats.isFile() ? { kind: "file", stats, path: link.isSymbolicLink() ? realpathSync(target) : target } : { kind: "special" };
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

/**
 * How long a stream target (a FIFO whose reader stopped reading) may go without taking a byte.
 * The wait is synchronous, so Ctrl-C and SIGTERM are handled only after it: kept to seconds.
 */
const STREAM_DEADLINE_MS = 5_000;

/**
 * Streams into a device or FIFO (with --force only), without creating or truncating anything.
 * Opened non-blocking, so a FIFO without a reader fails at once (ENXIO) instead of waiting
 * forever; a full pipe (EAGAIN) is waited on while its reader makes progress, and given up after
 * STREAM_DEADLINE_MS without any.
 */
function streamInto(target: string, bytes: Uint8Array): void {
  const fd = takeOpenedStream(target) ?? openSync(target, constants.O_WRONLY | constants.O_NONBLOCK);
  let deadline = Date.now() + STREAM_DEADLINE_MS;
  const pause = new Int32Array(new SharedArrayBuffer(4));
  try {
    let offset = 0;
    while (offset < bytes.byteLength) {
      try {
        const n = writeSync(fd, bytes, offset, bytes.byteLength - offset);
        if (n <= 0) throw Object.assign(new Error("short write"), { code: "EFBIG" });
        offset += n;
        deadline = Date.now() + STREAM_DEADLINE_MS;
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== "EAGAIN" || Date.now() > deadline) throw err;
        Atomics.wait(pause, 0, 0, 10);
      }
    }
  } finally {
    closeSync(fd);
  }
}

/** Writes through a temporary file beside the target, then renames it into place. */
function replaceAtomically(target: string, bytes: Uint8Array, force: boolean, existing: Stats | undefined): void {
  // A short name: a long target name plus a suffix could exceed the file system's limit.
  const temp = join(dirname(target), `.era-${process.pid}-${Math.random().toString(36).slice(2, 10)}.tmp`);
  // Exclusive create ("wx") makes the name safe; the random part only avoids collisions.
  const fd = openSync(temp, "wx", 0o644);
  temporaryFiles.add(temp);
  try {
    // A replaced file keeps its permissions (a 0600 design stays private).
    if (existing) fchmodSync(fd, existing.mode & 0o7777);
    writeFully(fd, bytes);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  publish(temp, target, force);
}

export function writeOutput(target: string, text: string, force: boolean): void {
  if (target === "-") {
    writeStdout(text);
    return;
  }
  const bytes = Buffer.from(text, "utf8");
  try {
    const existing = inspect(target);
    if (existing.kind !== "none" && !force) throw new RefusalError(MESSAGES.outputExists(target));
    if (existing.kind === "special") streamInto(target, bytes);
    else if (existing.kind === "file") replaceAtomically(existing.path, bytes, force, existing.stats);
    else replaceAtomically(target, bytes, force, undefined);
    writtenFiles.push(target);
  } catch (err) {
    if (err instanceof RefusalError) throw err;
    throw new InputError(target, [{ path: "", message: describeWriteError(err) }]);
  } finally {
    removeTemporaryFiles();
  }
}

/** Why `dir` cannot hold a new file, or undefined when it can (it is a folder). */
function checkFolder(dir: string): string | undefined {
  try {
    return statSync(dir).isDirectory() ? undefined : describeWriteError(Object.assign(new Error(), { code: "ENOTDIR" }));
  } catch (err) {
    return describeWriteError(err);
  }
}

/** The same file system object (through links), or undefined when either does not exist. */
function sameFile(a: string, b: string): boolean {
  try {
    const x = statSync(a);
    const y = statSync(b);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}

/** FIFOs and devices opened by checkOutputs, written by writeOutput. */
const openedStreams = new Map<string, number>();

function takeOpenedStream(target: string): number | undefined {
  const fd = openedStreams.get(target);
  openedStreams.delete(target);
  return fd;
}

/**
 * A FIFO or device given with --force is opened now: a FIFO without a reader fails before any
 * other output is written, and the reader found now is the one that gets the document (opening
 * and closing it here would end its input).
 */
function openStreamTarget(out: string): void {
  try {
    openedStreams.set(out, openSync(out, constants.O_WRONLY | constants.O_NONBLOCK));
  } catch (err) {
    throw new InputError(out, [{ path: "", message: describeWriteError(err) }]);
  }
}

/**
 * Refuses, before anything is written, what would lose data or mix streams: two outputs on
 * stdout, an output over one of the inputs (even with --force), two outputs on one file, an
 * output whose folder is missing or not a folder, a FIFO with no reader, and an existing output
 * without --force. `outputs` in the order they will be written; `inputs` every file read.
 */
export function checkOutputs(outputs: readonly (string | undefined)[], inputs: readonly (string | undefined)[], force: boolean): void {
  const given = outputs.filter((o): o is string => o !== undefined);
  if (given.filter((o) => o === "-").length > 1) throw new RefusalError(MESSAGES.twoOnStdout);
  for (const [i, out] of given.entries()) {
    if (out === "-") continue;
    for (const input of inputs) if (input !== undefined && input !== "-" && sameFile(out, input)) throw new RefusalError(MESSAGES.outputIsInput(out));
    // Names as the file system sees them: d.yaml and ./d.yaml are one file even before it exists.
    if (given.slice(0, i).some((o) => o !== "-" && (resolve(o) === resolve(out) || sameFile(o, out)))) throw new RefusalError(MESSAGES.outputTwice(out));
    let existing: ReturnType<typeof inspect>;
    try {
      existing = inspect(out);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      throw new InputError(out, [{ path: "", message: code === "EISDIR" ? MESSAGES.outputIsFolder : describeWriteError(err) }]);
    }
    const folderProblem = checkFolder(dirname(resolve(out)));
    if (folderProblem) throw new InputError(out, [{ path: "", message: folderProblem }]);
    if (!force && existing.kind !== "none") throw new RefusalError(MESSAGES.outputExists(out));
    if (existing.kind === "special" && !openedStreams.has(out)) openStreamTarget(out);
  }
}
