// Reads a YAML or JSON data file (answers, rules, catalog, designs) with hard limits, and maps
// key paths back to line numbers for error messages.
import { constants, createReadStream, openSync, readFileSync, statSync, type Stats } from "node:fs";
import { Socket } from "node:net";
import { isMap, isNode, isSeq, LineCounter, parseDocument, visit, type Document, type YAMLError, type YAMLWarning } from "yaml";
import { InputError, RefusalError, type LocatedIssue } from "../errors.js";
import { MESSAGES } from "../messages.js";
import { readStream, readTimeoutMs } from "./read-stream.js";
import { checkDuplicateKeys } from "./check-duplicate-keys.js";
import { findNode, findPair } from "./find-key.js";
import { printNote } from "../terminal.js";

/** Answers files are a few hundred bytes; a megabyte means something else was passed. */
export const MAX_INPUT_BYTES = 1024 * 1024;
/** YAML anchors/aliases are legitimate in rules but an alias bomb must not expand. */
const MAX_ALIAS_COUNT = 100;

export interface DataFile {
  /** Name shown in messages ("stdin" for -). */
  name: string;
  data: unknown;
  /** 1-based line of a key path like "azure.regions[1]", or of its nearest existing parent. */
  lineOf(path: string): number | undefined;
  /** The comment lines the file starts with (a header), without their #; undefined for none. */
  leadingComment?: string;
}

/** The file's header comment: the document's own, or the one right above its first key. */
function readLeadingComment(doc: Document): string | undefined {
  const first = isMap(doc.contents) ? doc.contents.items[0]?.key : undefined;
  return doc.commentBefore ?? (isNode(first) ? first.commentBefore : undefined) ?? undefined;
}

function splitPath(path: string): (string | number)[] {
  const parts: (string | number)[] = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) parts.push(m[2] !== undefined ? Number(m[2]) : m[1]!);
  return parts;
}

function locate(doc: Document, counter: LineCounter, path: string): number | undefined {
  const parts = splitPath(path);
  for (let n = parts.length; n >= 0; n--) {
    const prefix = parts.slice(0, n);
    const parent = n === 0 ? doc.contents : findNode(doc.contents, prefix.slice(0, -1));
    if (n > 0 && isMap(parent)) {
      const pair = findPair(parent, prefix.at(-1));
      const keyNode = pair?.key;
      if (isNode(keyNode) && keyNode.range) return counter.linePos(keyNode.range[0]).line;
      continue;
    }
    if (n > 0 && isSeq(parent)) {
      const item = parent.items[prefix.at(-1) as number];
      if (isNode(item) && item.range) return counter.linePos(item.range[0]).line;
      continue;
    }
    if (n === 0 && isNode(parent) && parent.range) return counter.linePos(parent.range[0]).line;
  }
  return undefined;
}

/** A tag as it is typed: !!float rather than tag:yaml.org,2002:float. */
const shortTag = (tag: string) => tag.replace(/^tag:yaml\.org,2002:/, "!!");

/** The library's wording, in ours where it would puzzle a user (it names its own API). */
function describeYamlProblem(e: YAMLError | YAMLWarning): string {
  if (e.code === "MULTIPLE_DOCS") return "YAML syntax error: the file holds more than one YAML document (a --- line); give one document per file";
  if (e.code === "TAG_RESOLVE_FAILED") return MESSAGES.yamlTag(shortTag(/tag: (\S+)/.exec(e.message)?.[1] ?? "!tag"));
  return `YAML syntax error: ${e.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "")}`;
}

/** Parses text as YAML 1.2 (a superset of JSON). Throws InputError naming the line. */
export function parseDataText(text: string, name: string): DataFile {
  try {
    return parseDataTextUnguarded(text, name);
  } catch (err) {
    // The parser recurses per level: [[[[… 100,000 deep exhausts the stack, not our patience.
    if (err instanceof RangeError) throw new InputError(name, [{ path: "", message: MESSAGES.nestedTooDeeply }]);
    throw err;
  }
}

/**
 * Data files need no explicit tags: !!binary, !!timestamp, !!set… would turn into values of
 * types no schema expects, and %YAML 1.1 changes how plain values read (0b101 as 5). The first
 * explicit tag, or a directive for another YAML version, is refused in our words.
 */
function checkNoTags(doc: Document, counter: LineCounter, name: string): void {
  if (doc.directives?.yaml.explicit && doc.directives.yaml.version !== "1.2") {
    throw new InputError(name, [{ path: "", line: 1, message: MESSAGES.yamlVersion(doc.directives.yaml.version) }]);
  }
  let found: { tag: string; line?: number } | undefined;
  visit(doc, {
    Node(_key, node) {
      if (isNode(node) && node.tag) {
        found = { tag: shortTag(node.tag), line: node.range ? counter.linePos(node.range[0]).line : undefined };
        return visit.BREAK;
      }
      return undefined;
    },
  });
  if (found) throw new InputError(name, [{ path: "", line: found.line, message: MESSAGES.yamlTag(found.tag) }]);
}

function parseDataTextUnguarded(text: string, name: string): DataFile {
  if (text.includes("\u0000")) throw new InputError(name, [{ path: "", message: "not a text file (it contains NUL bytes)" }]);
  if (text.trim() === "") throw new InputError(name, [{ path: "", message: MESSAGES.emptyFile }]);
  const lineCounter = new LineCounter();
  // logLevel "error": the library's own warnings would reach stderr with a process id; ours
  // below say the same in one line.
  // uniqueKeys: false, as the library's check is quadratic; check-duplicate-keys.ts is linear.
  const doc = parseDocument(text, { lineCounter, uniqueKeys: false, prettyErrors: true, strict: true, logLevel: "error" });
  // Unknown tags (!foo, !!js/function) are warnings to the library; data files need none.
  const problems = [...doc.errors, ...doc.warnings];
  // The library catches its own stack overflow and reports it once per level it unwinds.
  if (problems.some((e) => /call stack size/i.test(e.message))) throw new RangeError("nesting");
  if (problems.length > 0) {
    const issues: LocatedIssue[] = problems.slice(0, 5).map((e) => ({
      path: "",
      line: e.linePos?.[0]?.line,
      message: describeYamlProblem(e),
    }));
    throw new InputError(name, issues);
  }
  checkNoTags(doc, lineCounter, name);
  checkDuplicateKeys(doc, lineCounter, name);
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    if (err instanceof RangeError) throw err;
    const alias = /Unresolved alias[^:]*: (.*)$/.exec(message);
    if (alias) throw new InputError(name, [{ path: "", message: MESSAGES.undefinedAlias(alias[1]!) }]);
    throw new InputError(name, [{ path: "", message: /alias/i.test(message) ? "too many YAML alias expansions (possible alias bomb)" : message }]);
  }
  return { name, data, lineOf: (path) => locate(doc, lineCounter, path), leadingComment: readLeadingComment(doc) };
}

function decodeUtf8(bytes: Uint8Array, name: string, maxBytes: number): string {
  if (bytes.byteLength > maxBytes) throw new InputError(name, [{ path: "", message: MESSAGES.tooLarge(maxBytes) }]);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    throw new InputError(name, [{ path: "", message: "not a UTF-8 text file" }]);
  }
}

/** File-system failures in words; the codes a user never needs to look up. */
const FS_ERRORS: Readonly<Record<string, string>> = {
  ENOENT: "no such file",
  EISDIR: "is a directory, not a file",
  EACCES: "permission denied",
  EPERM: "permission denied",
  ELOOP: "a loop of symbolic links",
  ENOTDIR: "a part of the path is a file, not a folder",
  ENAMETOOLONG: "the file name is too long",
  ENXIO: "no such device or address (a socket or a device with nothing behind it)",
  ESOCKET: "is a socket, not a file",
  EIO: "input/output error",
};

function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  return (code && FS_ERRORS[code]) ?? `cannot read it (${String(code ?? err)})`;
}

/**
 * A FIFO is opened non-blocking and read through the event loop (a net.Socket over its fd): a
 * blocking open() would wait in the thread pool for a writer that may never come, and Node cannot
 * exit while it waits, deadline, Ctrl-C and SIGTERM notwithstanding (issue 11). Devices read as
 * ordinary streams.
 */
function openSpecialFile(file: string, stat: Stats): NodeJS.ReadableStream {
  if (!stat.isFIFO()) return createReadStream(file);
  const fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  return new Socket({ fd, readable: true, writable: false });
}

/**
 * Reads FILE, or standard input for "-". A regular file is checked for size before it is read;
 * anything else (a FIFO, /dev/stdin, a device) is read as a bounded stream.
 */
export async function readDataFile(file: string): Promise<DataFile> {
  return parseDataText(await readDataText(file), file === "-" ? "stdin" : file);
}

/**
 * FILE's text (standard input for "-"), within `maxBytes`, unparsed: for a file that needs
 * preparing before it is parsed (prices pages saved one after another, plan --prices).
 */
export async function readDataText(file: string, maxBytes = MAX_INPUT_BYTES): Promise<string> {
  // A forgotten pipe on an open terminal would otherwise wait in silence.
  if (file === "-" && process.stdin.isTTY) printNote(MESSAGES.readingStdin);
  if (file === "-") return decodeUtf8(await readStream(process.stdin, "stdin", maxBytes + 1, readTimeoutMs()), "stdin", maxBytes);
  let bytes: Uint8Array;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) throw Object.assign(new Error("directory"), { code: "EISDIR" });
    if (stat.isSocket()) throw Object.assign(new Error("socket"), { code: "ESOCKET" });
    if (stat.isFile()) {
      if (stat.size > maxBytes) throw new InputError(file, [{ path: "", message: MESSAGES.tooLarge(maxBytes) }]);
      bytes = readFileSync(file);
    } else {
      // Checked before the FIFO is opened: an open one would keep the process waiting.
      const timeoutMs = readTimeoutMs();
      bytes = await readStream(openSpecialFile(file, stat), file, maxBytes + 1, timeoutMs);
    }
  } catch (err) {
    if (err instanceof InputError || err instanceof RefusalError) throw err;
    throw new InputError(file, [{ path: "", message: describeFsError(err) }]);
  }
  return decodeUtf8(bytes, file, maxBytes);
}

/** Attaches line numbers to issues with key paths. */
/** Attaches line numbers to issues with key paths, and orders them as they appear in the file. */
export function locateIssues(file: DataFile, issues: readonly { path: string; message: string }[]): LocatedIssue[] {
  return issues
    .map((i) => ({ ...i, line: i.path ? file.lineOf(i.path) : undefined }))
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}
