/**
 * Limits of the import, shared by the upload form (which refuses a large file before sending
 * it) and the route handlers (which refuse it again: the browser's check is a courtesy).
 */

/** 50 MB (MiB): a JSON export of roughly 25,000 claims with their evidence. */
export const IMPORT_MAX_BYTES = 50 * 1024 * 1024;

export const IMPORT_TOO_LARGE_MESSAGE =
  'The file is larger than 50 MB, the import limit. Split it into smaller files (for example, export fewer claims with a filter) and import them one after another.';

/** How many rows a preview lists; counts always cover the whole file. */
export const PREVIEW_LISTED_ROWS = 200;
/** How many error rows a preview lists at most (all of them in a normal file). */
export const PREVIEW_LISTED_ERRORS = 1000;
/** How many claimant names named otherwise (an alias, another spelling) a preview lists. */
export const PREVIEW_LISTED_CLAIMANT_MATCHES = 100;
