/**
 * `npm run bench`: runs every section (or those named on the command line) and prints
 * their tables. Sections live one per module; add yours to SECTIONS.
 */
import * as os from "os";
import { cliSection } from "./cli";
import { engineSection } from "./engine";
import { excelPipelineSection } from "./excel-pipeline";
import { platformExportSection } from "./platform-export";
import { questionDetectionSection } from "./question-detection";
import { segmentsTrendSection } from "./segments-trend";
import type { BenchSection } from "./section";
import { taskpaneSection } from "./taskpane";

const SECTIONS: BenchSection[] = [
  engineSection,
  segmentsTrendSection,
  cliSection,
  excelPipelineSection,
  taskpaneSection,
  questionDetectionSection,
  platformExportSection,
];

async function runBench(names: string[]): Promise<void> {
  const chosen = names.length === 0 ? SECTIONS : SECTIONS.filter((s) => names.includes(s.name));
  if (chosen.length === 0) {
    throw new Error(`no such section; sections: ${SECTIONS.map((s) => s.name).join(", ")}`);
  }
  const cores = os.cpus().length;
  const load = os.loadavg()[0];
  process.stdout.write(
    `Benchmark on Node ${process.version}, ${process.platform}/${process.arch}, ${cores} cores, load average ${load.toFixed(1)}\n`
  );
  if (load > cores) {
    process.stdout.write(
      "warning: the machine is busier than its core count; wall times include waiting for a CPU (see the CPU columns)\n"
    );
  }
  for (const section of chosen) {
    process.stdout.write(`\n== ${section.title} ==\n`);
    const lines = await section.run();
    process.stdout.write(lines.join("\n") + "\n");
  }
}

runBench(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
