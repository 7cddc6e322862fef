import { detectMapping, detectionToColumns } from "../src/core/mapping";
import { defaultOptions } from "../src/core/config";
import { resolveInstrument } from "../src/core/instrument";
import { generateSurvey } from "../src/core/synthetic-survey";
import type { Config, SurveyTable } from "../src/core/types";

export const BENCH_SEED = 12345;

/**
 * A synthetic survey as Excel would hand it over (numbers; the sample's few defects and
 * blank or miscounted weights included), and its detected config.
 */
export function benchTable(respondents: number): { table: SurveyTable; config: Config } {
  const survey = generateSurvey({
    respondents,
    seed: BENCH_SEED,
    messy: true,
    headerLanguage: "en",
  });
  const table: SurveyTable = {
    headers: survey.headers,
    rows: survey.rows,
    rowOffset: 0,
    colOffset: 0,
  };
  const instrument = resolveInstrument("servqual22");
  if (!instrument.ok) throw new Error(instrument.error.message);
  const detection = detectMapping(table.headers, instrument.value);
  const config: Config = {
    version: 2,
    instrument: "servqual22",
    columns: detectionToColumns(detection, table.headers, 0),
    options: defaultOptions(),
  };
  return { table, config };
}
