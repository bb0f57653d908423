// Standard streams that fail (issue 11). A reader that went away (`| head -1`, EPIPE) ends the run
// quietly with the code it had, as other command-line tools do; a full disk (`> /dev/full`) or
// another failure on stdout is one line and exit 2, never a stack trace or exit 1 ("different").
// A stderr that cannot be written is ignored: there is nowhere left to say so, and the exit code
// must still be the command's own.
import { EXIT } from "../errors.js";
import { MESSAGES } from "../messages.js";
import { printError } from "../terminal.js";

export function guardStandardStreams(cleanUp: () => void = () => undefined): void {
  process.stdout.on("error", (err: NodeJS.ErrnoException) => {
    cleanUp();
    if (err.code === "EPIPE") process.exit(typeof process.exitCode === "number" ? process.exitCode : EXIT.ok);
    printError(MESSAGES.stdoutFailed(err.code === "ENOSPC" ? "no space left on the device" : (err.code ?? err.message)));
    process.exit(EXIT.usage);
  });
  process.stderr.on("error", () => undefined);
}
