/**
 * Child process of the engine section: one survey size per process so that peak memory
 * (maxRSS) belongs to that size alone. Prints one JSON line.
 * Usage: node --expose-gc dist-cli/bench/engine-worker.js <respondents> <runs>
 */
import { runPipeline } from "../src/core/pipeline";
import { benchTable } from "./bench-data";

export interface EngineMeasurement {
  respondents: number;
  timesMs: number[];
  cpuMs: number[];
  rssBeforeMb: number;
  peakRssMb: number;
  heapGrowthMb: number;
}

function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc !== undefined) gc();
}

function measure(respondents: number, runs: number): EngineMeasurement {
  const { table, config } = benchTable(respondents);
  collectGarbage();
  const rssBefore = process.memoryUsage().rss;
  let heapGrowth = 0;
  const timesMs: number[] = [];
  const cpuMs: number[] = [];
  for (let run = 0; run < runs; run++) {
    collectGarbage();
    const heapBefore = process.memoryUsage().heapUsed;
    const cpuStart = process.cpuUsage();
    const start = process.hrtime.bigint();
    const result = runPipeline(table, config);
    const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
    heapGrowth = Math.max(heapGrowth, process.memoryUsage().heapUsed - heapBefore);
    if (!result.ok) throw new Error(result.error.message);
    timesMs.push(elapsed);
    const cpu = process.cpuUsage(cpuStart);
    cpuMs.push((cpu.user + cpu.system) / 1000);
  }
  const MB = 1024 * 1024;
  return {
    respondents,
    timesMs,
    cpuMs,
    rssBeforeMb: rssBefore / MB,
    peakRssMb: (process.resourceUsage().maxRSS * 1024) / MB,
    heapGrowthMb: heapGrowth / MB,
  };
}

const [respondents, runs] = process.argv.slice(2).map(Number);
process.stdout.write(JSON.stringify(measure(respondents, runs)) + "\n");
