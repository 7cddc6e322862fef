import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { generateSurvey, toCsv } from "../src/core/synthetic-survey";
import { BENCH_SEED } from "./bench-data";
import { BenchSection, childrenCpuMs, formatTable, median, repoRoot, verdict } from "./section";

const RESPONDENTS = 100_000;
const RUNS = 3;
const CLI_TARGET_MS = 2000;

interface Timed {
  ms: number[];
  cpuMs: number[];
  failure?: string;
}

function timeProcess(command: string, args: string[], runs: number): Timed {
  const timed: Timed = { ms: [], cpuMs: [] };
  for (let run = 0; run < runs; run++) {
    const cpuBefore = childrenCpuMs();
    const start = process.hrtime.bigint();
    const result = spawnSync(command, args, { encoding: "utf8", maxBuffer: 64 << 20 });
    const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
    const cpuAfter = childrenCpuMs();
    if (result.error !== undefined || result.status !== 0) {
      const reason = result.error?.message ?? result.stderr.trim().split("\n").pop() ?? "failed";
      timed.failure = `${path.basename(command)} exited ${String(result.status)}: ${reason}`;
      return timed;
    }
    timed.ms.push(elapsed);
    if (cpuBefore !== null && cpuAfter !== null) timed.cpuMs.push(cpuAfter - cpuBefore);
  }
  return timed;
}

interface GapRow {
  gap: number | null;
  t?: number | null;
  p?: number | null;
}
interface GapDocument {
  items: GapRow[];
  dimensions: (GapRow & { alphaE: number | null })[];
}

/** Largest absolute difference between the CLI's and the reference's item/dimension numbers. */
function largestDifference(cli: GapDocument, reference: GapDocument): number {
  let largest = 0;
  const compare = (a: number | null | undefined, b: number | null | undefined): void => {
    if (typeof a === "number" && typeof b === "number")
      largest = Math.max(largest, Math.abs(a - b));
  };
  cli.items.forEach((item, i) => {
    compare(item.gap, reference.items[i].gap);
    compare(item.t, reference.items[i].t);
    compare(item.p, reference.items[i].p);
  });
  cli.dimensions.forEach((dimension, d) => {
    compare(dimension.gap, reference.dimensions[d].gap);
    compare(dimension.t, reference.dimensions[d].t);
    compare(dimension.alphaE, reference.dimensions[d].alphaE);
  });
  return largest;
}

function row(program: string, timed: Timed): string[] {
  const cpu = timed.cpuMs.length > 0 ? median(timed.cpuMs).toFixed(0) : "n/a";
  return [program, median(timed.ms).toFixed(0), Math.min(...timed.ms).toFixed(0), cpu];
}

/** The built CLI end to end on a 100k-row CSV, against the Python reference script. */
export const cliSection: BenchSection = {
  name: "cli",
  title: `CLI end to end: servqual analyze on a ${RESPONDENTS.toLocaleString("en-US")}-row CSV (spawned process)`,
  async run() {
    const root = repoRoot();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "servqual-bench-"));
    try {
      const csv = path.join(dir, "survey-100k.csv");
      const survey = generateSurvey({
        respondents: RESPONDENTS,
        seed: BENCH_SEED,
        messy: true,
        headerLanguage: "en",
      });
      fs.writeFileSync(csv, toCsv(survey));
      const sizeMb = fs.statSync(csv).size / (1024 * 1024);
      const cliOut = path.join(dir, "cli.json");
      const refOut = path.join(dir, "reference.json");

      const main = path.join(root, "dist-cli", "src", "cli", "main.js");
      const cli = timeProcess(process.execPath, [main, "analyze", csv, "--json", cliOut], RUNS);
      const reference = path.join(root, "bench", "reference.py");
      const python = timeProcess("python3", [reference, csv, refOut], RUNS);

      const lines = [
        `input: ${sizeMb.toFixed(1)} MB, ${survey.headers.length} columns; median of ${RUNS} runs`,
      ];
      const rows: string[][] = [];
      if (cli.failure !== undefined) lines.push(`CLI failed: ${cli.failure}`);
      else rows.push(row("servqual analyze (Node)", cli));
      let referenceDoc: (GapDocument & { reader: string; seconds: number }) | null = null;
      if (python.failure !== undefined) {
        lines.push(`Python reference failed: ${python.failure}`);
      } else {
        referenceDoc = JSON.parse(fs.readFileSync(refOut, "utf8")) as GapDocument & {
          reader: string;
          seconds: number;
        };
        rows.push(row(`reference.py (${referenceDoc.reader})`, python));
      }
      lines.push(...formatTable(["program", "median ms", "min ms", "CPU ms"], rows));
      if (cli.failure !== undefined) return lines;

      const cliMedian = median(cli.ms);
      lines.push(`CLI at 100k: ${verdict(cliMedian, CLI_TARGET_MS, "ms")}`);
      if (referenceDoc === null) return lines;
      const ratio = median(python.ms) / cliMedian;
      lines.push(
        `reference / CLI wall-time ratio: ${ratio.toFixed(2)}× (${ratio > 1 ? "CLI faster" : "CLI slower"})`
      );
      if (cli.cpuMs.length > 0 && python.cpuMs.length > 0) {
        lines.push(
          `reference / CLI CPU-time ratio: ${(median(python.cpuMs) / median(cli.cpuMs)).toFixed(2)}×`
        );
      }
      if (!referenceDoc.reader.startsWith("pandas")) {
        lines.push(
          "note: pandas is not installed here; the reference reads with csv + numpy, then computes with numpy + scipy."
        );
      }
      const cliDoc = JSON.parse(fs.readFileSync(cliOut, "utf8")) as GapDocument;
      const diff = largestDifference(cliDoc, referenceDoc);
      lines.push(
        `largest |CLI − reference| over item/dimension gap, t, p, α(E): ${diff.toExponential(2)}`
      );
      return lines;
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};
