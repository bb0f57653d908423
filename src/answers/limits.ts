// Limits of answers v2 that zod-free code needs too (migrate.ts, fast-validate.ts); the schema
// (schema.ts) uses the same constants.

/** Site names become circuit ids (`amsterdam-dc-1`) and decision paths, so: id-safe text. */
export const SITE_NAME_PATTERN = /^[A-Za-z0-9_-]+$/;
export const SITE_NAME_MAX_LENGTH = 63;
export const MAX_SITES = 500;
export const MAX_REGIONS = 60;
export const MAX_TRANSIT_PAIRS = 20_000;
