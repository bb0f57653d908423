// Counted writes and the words for why a write failed, shared by files (-o) and stdout.
import { writeSync } from "node:fs";

/** Writes all of `bytes` to `fd`; a write that stops short throws (EFBIG when nothing moved on). */
export function writeFully(fd: number, bytes: Uint8Array): void {
  let offset = 0;
  while (offset < bytes.byteLength) {
    const n = writeSync(fd, bytes, offset, bytes.byteLength - offset);
    // A file-size limit shows as a short write, then EFBIG; a write of nothing would loop forever.
    if (n <= 0) throw Object.assign(new Error("short write"), { code: "EFBIG" });
    offset += n;
  }
}

/** Why stdout could not take the whole document, in words (the caller adds "incomplete"). */
export function describeStdoutError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === "EFBIG") return "the file-size limit was reached";
  if (code === "ENOSPC") return "no space left on the device";
  if (code === "EIO") return "input/output error";
  return code ?? String(err);
}
