/**
 * What every sheet builder receives: the caller's report context plus the translator and
 * lookups derived from it once.
 */
import type { CycleRequest, CycleSummary, Config, Instrument, Lang, Level } from "../core";
import type { CycleState } from "./cycle-state";
import { localText, translator, type Translate } from "./labels";
import { tableName } from "./names";
import type { SheetKey, UserInputRows } from "./plan-types";

export interface ReportContext {
  lang: Lang;
  /** Prepended to every sheet name (and, cleaned, to every table name). */
  prefix: string;
  sheets: SheetKey[];
  /** e.g. "Survey!A1:AR253" or "survey.csv". */
  sourceDescription: string;
  config: Config;
  instrument: Instrument;
  /** ISO date-time, decided by the caller so plans are reproducible. */
  generatedAt: string;
  /** False for renderers without a chart API (the CLI's .xlsx): sheets then say where charts go. */
  chartsSupported: boolean;
  /**
   * Keep this run as a survey cycle: how (new / update the latest, label, date) and the cycles
   * before it. Without `history` they are read from the history sheet (userInput). Absent:
   * no cycle is kept and no history or trend sheet is drawn (docs/cycles-and-segments.md).
   */
  cycle?: { request: CycleRequest; history?: CycleSummary[] };
  /** What users typed into the report's user-input blocks, read back before this run (docs/workbook-safety.md). */
  userInput?: UserInputRows;
}

export interface SheetContext extends ReportContext {
  t: Translate;
  /** The cycles and trend of this report, when the run is kept as a cycle. */
  cycles?: CycleState | null;
  itemLabel(itemId: string): string;
  dimensionLabel(dimensionId: string): string;
  levelLabel(level: Level | null): string | null;
  tableName(suffix: string): string;
}

export function sheetContext(context: ReportContext): SheetContext {
  const t = translator(context.lang);
  const levelLabels: Record<Level, string> = {
    below: t("level.below"),
    meets: t("level.meets"),
    above: t("level.above"),
  };
  const items = new Map(context.instrument.items.map((item) => [item.id, item]));
  const dimensions = new Map(
    context.instrument.dimensions.map((dimension) => [dimension.id, dimension])
  );
  return {
    ...context,
    t,
    itemLabel: (id) => {
      const item = items.get(id);
      return item ? localText(item.label, context.lang) : id;
    },
    dimensionLabel: (id) => {
      const dimension = dimensions.get(id);
      return dimension ? localText(dimension.label, context.lang) : id;
    },
    // Looked up once: the respondents sheet asks for a level per row (100k rows).
    levelLabel: (level) => (level === null ? null : levelLabels[level]),
    tableName: (suffix) => tableName(context.prefix, suffix),
  };
}
