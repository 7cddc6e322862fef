/**
 * What segments and the trend add to the engine at 100k respondents: analyse() with the
 * segment column mapped vs the same responses without it, and recording a cycle into a
 * ten-cycle history with the trend (docs/cycles-and-segments.md). Target: < 100 ms added.
 */
import { analyse } from "../src/core/analysis";
import { cycleSummary } from "../src/core/cycles";
import { resolveInstrument } from "../src/core/instrument";
import { resolveColumns } from "../src/core/mapping";
import { readResponses } from "../src/core/responses";
import { recordCycle } from "../src/core/trend";
import { benchTable } from "./bench-data";
import { BenchSection, formatTable, median, verdict } from "./section";

const RESPONDENTS = 100_000;
const RUNS = 7;
const TARGET_MS = 100;

function time(run: () => unknown): number[] {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint();
    run();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return times.slice(2);
}

export const segmentsTrendSection: BenchSection = {
  name: "segments-trend",
  title: `Segments and trend: added engine time at ${RESPONDENTS.toLocaleString("en-US")} respondents`,
  run() {
    const { table, config } = benchTable(RESPONDENTS);
    const instrument = resolveInstrument(config.instrument);
    if (!instrument.ok) throw new Error(instrument.error.message);
    const mapping = resolveColumns(config, instrument.value, table.headers, table.colOffset);
    if (!mapping.ok) throw new Error(mapping.error.message);
    const responses = readResponses(table, instrument.value, mapping.value);
    if (!responses.ok) throw new Error(responses.error.message);
    const withSegments = responses.value;
    if (withSegments.segments === null) throw new Error("the bench survey has no segment column");
    const without = { ...withSegments, segments: null };
    const plain = median(time(() => analyse(without, config.options)));
    const segmented = median(time(() => analyse(withSegments, config.options)));
    const analysis = analyse(withSegments, config.options);
    const history = Array.from({ length: 10 }, (_, k) =>
      cycleSummary(analysis, `cycle ${k + 1}`, "2026-01-01", 0)
    );
    const trend = median(
      time(() =>
        recordCycle(history, analysis, { label: "now", date: "2026-11-30", mode: "new" }, 0)
      )
    );
    const added = segmented - plain + trend;
    return Promise.resolve([
      ...formatTable(
        ["measure", "median ms"],
        [
          ["analyse without segments", plain.toFixed(1)],
          ["analyse with segments (4 groups)", segmented.toFixed(1)],
          ["record a cycle + trend (10 cycles)", trend.toFixed(1)],
          ["added by segments and trend", added.toFixed(1)],
        ]
      ),
      `segments and trend added: ${verdict(added, TARGET_MS, "ms")}`,
    ]);
  },
};
