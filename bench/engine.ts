import { execFileSync } from "child_process";
import * as path from "path";
import type { EngineMeasurement } from "./engine-worker";
import { BenchSection, formatTable, median, verdict } from "./section";

const SIZES = [1_000, 10_000, 100_000];
const RUNS = 9;
/** The first runs include JIT compilation and first-touch page faults; they are reported apart. */
const WARMUP = 2;
const ENGINE_TARGET_MS = 300;

/** Engine (mapping resolution + reading + analysis) on 22-item surveys, one child process per size. */
export const engineSection: BenchSection = {
  name: "engine",
  title: "Engine: runPipeline on SERVQUAL-22 surveys (numbers as Excel gives them)",
  async run() {
    const worker = path.join(__dirname, "engine-worker.js");
    const rows: string[][] = [];
    let at100k = Number.NaN;
    for (const size of SIZES) {
      const output = execFileSync(
        process.execPath,
        ["--expose-gc", worker, String(size), String(RUNS)],
        {
          encoding: "utf8",
          maxBuffer: 1 << 20,
        }
      );
      const m = JSON.parse(output) as EngineMeasurement;
      const warm = m.timesMs.slice(WARMUP);
      const med = median(warm);
      if (size === 100_000) at100k = med;
      rows.push([
        size.toLocaleString("en-US"),
        m.timesMs[0].toFixed(1),
        med.toFixed(1),
        Math.min(...warm).toFixed(1),
        median(m.cpuMs.slice(WARMUP)).toFixed(1),
        m.heapGrowthMb.toFixed(1),
        m.rssBeforeMb.toFixed(0),
        m.peakRssMb.toFixed(0),
      ]);
    }
    return [
      ...formatTable(
        [
          "respondents",
          "cold ms",
          "median ms",
          "min ms",
          "CPU ms",
          "heap +MB",
          "RSS before MB",
          "peak RSS MB",
        ],
        rows
      ),
      `cold = the first run in a fresh process (JIT compilation, first touch of memory: what one CLI call or one task-pane run pays);`,
      `median/min/CPU over the ${RUNS - WARMUP} runs after ${WARMUP} warm-up runs (CPU ms: user + system, all threads, GC included);`,
      "heap +MB = largest heap growth during one run (before GC);",
      "RSS before = process with its input table loaded; peak RSS = whole process maximum.",
      `engine at 100k (warm median): ${verdict(at100k, ENGINE_TARGET_MS, "ms")}`,
    ];
  },
};
