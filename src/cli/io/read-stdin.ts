// Bounded read of standard input: stops at `limit` bytes and after a quiet period, so a
// forgotten `-` on an open terminal or an endless producer cannot hang a pipeline.
import { InputError } from "../errors.js";

/** Overridable for pipelines with slow producers (and for tests): EXPRESSROUTE_ADVISOR_STDIN_TIMEOUT_MS. */
const STDIN_TIMEOUT_MS = Number(process.env.EXPRESSROUTE_ADVISOR_STDIN_TIMEOUT_MS) || 30_000;

export function readStdin(limit: number, timeoutMs = STDIN_TIMEOUT_MS): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stdin = process.stdin;
    const finish = (err?: Error) => {
      clearTimeout(timer);
      stdin.off("data", onData);
      stdin.off("end", onEnd);
      stdin.off("error", onError);
      stdin.pause();
      if (err) reject(err);
      else resolve(Buffer.concat(chunks));
    };
    const timer = setTimeout(
      () => finish(new InputError("stdin", [{ path: "", message: `no end of input after ${timeoutMs / 1000} s; pipe a file into it or pass --answers FILE` }])),
      timeoutMs,
    );
    timer.unref();
    const onData = (chunk: Buffer) => {
      size += chunk.byteLength;
      chunks.push(chunk);
      if (size >= limit) finish();
    };
    const onEnd = () => finish();
    const onError = (e: Error) => finish(new InputError("stdin", [{ path: "", message: e.message }]));
    stdin.on("data", onData);
    stdin.on("end", onEnd);
    stdin.on("error", onError);
  });
}
