import * as fs from "fs";
import * as path from "path";

/** One part of `npm run bench`; each area of the project adds its own section module. */
export interface BenchSection {
  /** Short name used to pick sections on the command line: `node dist-cli/bench/bench.js engine`. */
  name: string;
  title: string;
  /** Returns the lines to print (a table and its verdicts). */
  run(): Promise<string[]>;
}

/** The repository root, from bench/ (ts-jest) or dist-cli/bench/ (built). */
export function repoRoot(): string {
  const up = path.basename(path.dirname(__dirname)) === "dist-cli" ? 2 : 1;
  return path.resolve(__dirname, ...Array<string>(up).fill(".."));
}

/** Fixed-width text table: first column left-aligned, the rest right-aligned. */
export function formatTable(header: string[], rows: string[][]): string[] {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? "").length)));
  const line = (cells: string[]): string =>
    cells
      .map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c])))
      .join("  ");
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)];
}

/**
 * CPU time (user + system, ms) of this process's finished children, from /proc on Linux;
 * null elsewhere. On a busy machine wall time mostly measures waiting; CPU time does not.
 */
export function childrenCpuMs(): number | null {
  try {
    const stat = fs.readFileSync("/proc/self/stat", "utf8");
    // Fields after the parenthesised command name; cutime and cstime are fields 16 and 17.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const ticks = Number(fields[13]) + Number(fields[14]);
    return (ticks * 1000) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

/** USER_HZ: 100 on every mainstream Linux build. */
const CLOCK_TICKS_PER_SECOND = 100;

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function verdict(value: number, target: number, unit: string): string {
  return `${value <= target ? "PASS" : "MISS"} (${value.toFixed(0)} ${unit}, target < ${target} ${unit})`;
}
