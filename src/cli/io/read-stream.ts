// Bounded reading of a stream (standard input, a FIFO, a device): stops at `limit` bytes and
// gives up at a deadline, so a forgotten `-` on an open terminal, `/dev/zero` or an endless
// producer cannot hang or flood a pipeline. The read is asynchronous, so Ctrl-C and SIGTERM
// still stop the process while it waits.
import { InputError, RefusalError } from "../errors.js";
import { MESSAGES } from "../messages.js";

const TIMEOUT_VARIABLE = "EXPRESSROUTE_ADVISOR_STDIN_TIMEOUT_MS";

/**
 * The deadline for the whole input, in milliseconds; EXPRESSROUTE_ADVISOR_STDIN_TIMEOUT_MS
 * changes it for pipelines with slow producers (0 waits forever). Only plain digits are taken:
 * Number() would read "", " " and "-0" as 0 (wait forever) and "0x5DC" as 1500, and anything
 * else silently falling back to 30 s hides the mistake.
 */
export function readTimeoutMs(env = process.env): number {
  const raw = env[TIMEOUT_VARIABLE];
  if (raw === undefined) return 30_000;
  if (!/^[0-9]{1,16}$/.test(raw)) throw new RefusalError(MESSAGES.badTimeout(TIMEOUT_VARIABLE, raw));
  // Timers take at most 2^31-1 ms (about 24.8 days); more would fire at once, with a warning.
  return Math.min(Number(raw), MAX_TIMER_MS);
}

const MAX_TIMER_MS = 2 ** 31 - 1;

/** Resolves with at most `limit` bytes (more means "too large" to the caller). */
export function readStream(stream: NodeJS.ReadableStream, name: string, limit: number, timeoutMs: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (err?: Error) => {
      if (timer) clearTimeout(timer);
      stream.off("data", onData);
      stream.off("end", onEnd);
      stream.off("error", onError);
      stream.pause();
      if ("destroy" in stream && typeof stream.destroy === "function" && stream !== process.stdin) stream.destroy();
      if (err) reject(err);
      else resolve(Buffer.concat(chunks));
    };
    const timer =
      timeoutMs > 0
        ? setTimeout(
            () => finish(new InputError(name, [{ path: "", message: `no end of input after ${timeoutMs / 1000} s; pipe a file into it or pass --answers FILE` }])),
            timeoutMs,
          )
        : undefined;
    timer?.unref();
    const onData = (chunk: Buffer) => {
      size += chunk.byteLength;
      chunks.push(chunk);
      if (size >= limit) finish();
    };
    const onEnd = () => finish();
    const onError = (e: Error) => finish(new InputError(name, [{ path: "", message: e.message }]));
    stream.on("data", onData);
    stream.on("end", onEnd);
    stream.on("error", onError);
  });
}
