/**
 * Long loops over respondents are handed to a method a chunk of rows at a time.
 *
 * V8 optimises a function that is called often far better than a long loop inside a function
 * called once per run: that loop only gets on-stack replacement, compiled with partial type
 * feedback, and after each deoptimisation it runs on in slower code that allocates a heap
 * number per arithmetic result. At 100k respondents the difference is tens of milliseconds
 * per pass (measured with `npm run bench`, engine section).
 */
export const ROWS_PER_CALL = 1024;

/** Calls `read(from, to)` for consecutive chunks of 0 … count − 1. */
export function inChunks(count: number, read: (from: number, to: number) => void): void {
  for (let from = 0; from < count; from += ROWS_PER_CALL) {
    read(from, Math.min(count, from + ROWS_PER_CALL));
  }
}
