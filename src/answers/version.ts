/** The answers and design documents' apiVersion (docs/contract.md §2, §3). Kept apart from the zod schema. */
export const API_VERSION = "expressroute-advisor/v2";

/** v1 answers files are still read (validated as v1, then migrated: src/answers/migrate.ts). */
export const V1_API_VERSION = "expressroute-advisor/v1";

/** Raw answers that say they are v1 (read, then migrated to v2). */
export const isV1Answers = (raw: unknown): boolean =>
  typeof raw === "object" && raw !== null && (raw as { apiVersion?: unknown }).apiVersion === V1_API_VERSION;
