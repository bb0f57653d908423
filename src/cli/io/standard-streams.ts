// Standard streams that fail (issue 11). A reader that went away (`| head -1`, EPIPE) ends the run
// quietly with the code it had, as other command-line tools do; a full disk (`> /dev/full`), a
// file-size limit on a redirected stdout or another failure on stdout is one line and exit 2,
// never a stack trace, a cut document with exit 0, or exit 1 ("different").
// A stderr that cannot be written is ignored: there is nowhere left to say so, and the exit code
// must still be the command's own.
import { fstatSync } from "node:fs";
import { EXIT, RefusalError } from "../errors.js";
import { MESSAGES } from "../messages.js";
import { printError } from "../terminal.js";
import { describeStdoutError, writeFully } from "./write-fully.js";

/** Ends the run after stdout failed: quietly for a reader that went away, else one line and 2. */
export function reportStdoutError(err: NodeJS.ErrnoException, cleanUp: () => void = () => undefined): never {
  cleanUp();
  if (err.code === "EPIPE") process.exit(typeof process.exitCode === "number" ? process.exitCode : EXIT.ok);
  printError(MESSAGES.stdoutFailed(describeStdoutError(err)));
  process.exit(EXIT.usage);
}

export function guardStandardStreams(cleanUp: () => void = () => undefined): void {
  process.stdout.on("error", (err: NodeJS.ErrnoException) => reportStdoutError(err, cleanUp));
  process.stderr.on("error", () => undefined);
}

/** Whether stdout is redirected to a regular file (`> design.yaml`). */
function isStdoutAFile(): boolean {
  try {
    return fstatSync(1).isFile();
  } catch {
    return false;
  }
}

/**
 * Writes a document to stdout. Redirected to a regular file, Node's stream writes synchronously
 * and ignores a short write (a file-size limit cuts the file, exit 0); there every byte is
 * written and counted as for -o, so a cut is an error. Pipes and terminals keep the stream,
 * whose failures guardStandardStreams reports.
 */
export function writeStdout(text: string): void {
  if (!isStdoutAFile()) {
    process.stdout.write(text);
    return;
  }
  try {
    writeFully(1, Buffer.from(text, "utf8"));
  } catch (err) {
    throw new RefusalError(MESSAGES.stdoutFailed(describeStdoutError(err)));
  }
}
