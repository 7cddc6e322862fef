import {
  answersForConfig,
  type AnswerCoding,
  type AppError,
  resolveInstrument,
  resolveColumns,
  codeAnswers,
  type Config,
  type SurveyTable,
} from "../core";

export interface DetectedAnswers {
  /** The config with `answers` filled in from what was found (unchanged when nothing was). */
  config: Config;
  coding: AnswerCoding | null;
  /** Labels that cannot be read safely (exit 3 after --save-config has written the rest). */
  error: AppError | null;
}

/**
 * How the detected mapping's answer columns read, and the config that pins it for the next
 * cycle. When the mapping itself is incomplete, nothing is decided here (the mapping error
 * comes first).
 */
export function detectAnswers(table: SurveyTable, config: Config): DetectedAnswers {
  const instrument = resolveInstrument(config.instrument);
  if (!instrument.ok) return { config, coding: null, error: null };
  const mapping = resolveColumns(config, instrument.value, table.headers, table.colOffset);
  if (!mapping.ok) return { config, coding: null, error: null };
  const coded = codeAnswers(table, config, instrument.value, mapping.value);
  if (!coded.ok) return { config, coding: null, error: coded.error };
  const answers = answersForConfig(coded.value.coding);
  return {
    config: answers === undefined ? config : { ...config, answers },
    coding: coded.value.coding,
    error: null,
  };
}
