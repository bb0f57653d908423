/** The answers and design documents' apiVersion (docs/contract.md §2, §3). Kept apart from the zod schema. */
export const API_VERSION = "expressroute-advisor/v1";
