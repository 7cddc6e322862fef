/**
 * Request-size accounting. Excel on the web rejects a sync whose request passes 5 MB; we
 * keep every sync's queued values under REQUEST_BUDGET_BYTES (4 MB minus headroom for the
 * JSON envelope of the other queued commands) by estimating the JSON size of what we queue.
 */

export const REQUEST_LIMIT_BYTES = 4 * 1024 * 1024;
/** Headroom for property names, object paths and the non-value commands in the batch. */
export const REQUEST_BUDGET_BYTES = REQUEST_LIMIT_BYTES - 256 * 1024;
/** Fixed cost we charge for one queued command besides its values (paths, ids, names). */
export const COMMAND_OVERHEAD_BYTES = 200;

/** UTF-8 length of the JSON encoding, computed without building the string for numbers. */
export function jsonBytes(value: unknown): number {
  if (value === null || value === undefined) return 4;
  if (typeof value === "number") return Number.isFinite(value) ? String(value).length : 4;
  if (typeof value === "boolean") return value ? 4 : 5;
  if (typeof value === "string") return utf8Length(JSON.stringify(value));
  if (Array.isArray(value)) {
    let total = 2 + Math.max(0, value.length - 1);
    for (const item of value) total += jsonBytes(item);
    return total;
  }
  return utf8Length(JSON.stringify(value));
}

function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * Splits a 2-D array into consecutive row slices whose JSON size stays under `budget`.
 * A single row larger than the budget is returned on its own (the caller reports it).
 */
export function splitRowsByBytes<T>(
  rows: T[][],
  budget: number
): { start: number; rows: T[][]; bytes: number }[] {
  const slices: { start: number; rows: T[][]; bytes: number }[] = [];
  let start = 0;
  let current: T[][] = [];
  let bytes = 2;
  rows.forEach((row, index) => {
    const rowBytes = jsonBytes(row) + 1;
    if (current.length > 0 && bytes + rowBytes > budget) {
      slices.push({ start, rows: current, bytes });
      start = index;
      current = [];
      bytes = 2;
    }
    current.push(row);
    bytes += rowBytes;
  });
  if (current.length > 0) slices.push({ start, rows: current, bytes });
  return slices;
}
