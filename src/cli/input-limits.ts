/**
 * Limits on what the CLI reads (docs/cli.md#limits). They admit a 100,000-respondent export
 * with 300 columns with room to spare, and turn anything far beyond (a stray value at
 * XFD1048576, a file of one 60 MB line) into a clear exit 2 instead of minutes of work and a
 * V8 out-of-memory crash.
 */

/** Largest input file read (CSV or .xlsx), in bytes: 256 MiB. */
export const MAX_INPUT_BYTES = 256 * 1024 * 1024;

/** Most columns in the survey table (header row to last used column). */
export const MAX_COLUMNS = 4096;

/** Most cells in the survey table: rows × columns of the rectangle, blanks included. */
export const MAX_CELLS = 40_000_000;

/** Longest CSV record (one line, or several when a quoted field holds line breaks), in characters. */
export const MAX_RECORD_CHARS = 1024 * 1024;

export function formatCount(n: number): string {
  return n.toLocaleString("en-US");
}

export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / (1024 * 1024)).toFixed(0)} MiB`
    : `${formatCount(bytes)} bytes`;
}
