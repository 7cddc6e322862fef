import { execFileSync } from "child_process";
import * as path from "path";
import type { EngineMeasurement } from "./engine-worker";
import { BenchSection, formatTable, median, verdict } from "./section";

const SIZES = [1_000, 10_000, 100_000];
const RUNS = 7;
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
      const med = median(m.timesMs);
      if (size === 100_000) at100k = med;
      rows.push([
        size.toLocaleString("en-US"),
        med.toFixed(1),
        Math.min(...m.timesMs).toFixed(1),
        median(m.cpuMs).toFixed(1),
        m.heapGrowthMb.toFixed(1),
        m.rssBeforeMb.toFixed(0),
        m.peakRssMb.toFixed(0),
      ]);
    }
    return [
      ...formatTable(
        [
          "respondents",
          "median ms",
          "min ms",
          "CPU ms",
          "heap +MB",
          "RSS before MB",
          "peak RSS MB",
        ],
        rows
      ),
      `median of ${RUNS} runs (CPU ms: median user + system, all threads); heap +MB = largest heap growth during one run (before GC);`,
      "RSS before = process with its input table loaded; peak RSS = whole process maximum.",
      `engine at 100k: ${verdict(at100k, ENGINE_TARGET_MS, "ms")}`,
    ];
  },
};
