/**
 * The cycle history as flat rows (one per cycle × scope), the shape of the workbook's
 * history sheet, and back. Rows a user typed or pasted are accepted when valid; the others
 * are reported with their cell (docs/cycles-and-segments.md).
 */
import type { CycleFigures, CycleSummary } from "./cycles";
import type { Quadrant } from "./types";
import { inputDetailsEn, type InputDetailKey } from "./error-details-input";
import { fillTemplate, type TemplateParams } from "./fill-template";

export type CycleScope = "overall" | "dimension" | "item";

/** Column ids of the history rows, in sheet order. */
export const CYCLE_ROW_COLUMNS = [
  "cycle",
  "date",
  "scope",
  "id",
  "name",
  "n",
  "meanE",
  "meanP",
  "gap",
  "sdGap",
  "shareBelow",
  "tolerance",
  "quadrant",
  "note",
] as const;

export type CycleRowColumn = (typeof CYCLE_ROW_COLUMNS)[number];

export type RowCell = string | number | boolean | null;

export interface CycleRowInput {
  cells: Partial<Record<string, RowCell>>;
  /** Where each cell is ("Sheet!C7"), by column id, when known. */
  refs?: Record<string, string>;
}

/** Words a user may find or type in the scope and quadrant columns (any language). */
export interface CycleWords {
  scopes: Map<string, CycleScope>;
  quadrants: Map<string, Quadrant>;
  /** Dimension names and ids → dimension id. */
  dimensions: Map<string, string>;
}

export interface CycleRowProblem {
  cell: string;
  /** English; `key` and `params` word it in the report's language (src/i18n/error-detail.ts). */
  message: string;
  key: InputDetailKey;
  params: TemplateParams;
}

export function wordKey(text: string): string {
  return text.normalize("NFKC").trim().toLocaleLowerCase();
}

/** Excel's serial date → "YYYY-MM-DD" (serial 25569 is 1970-01-01). */
export function serialToIsoDate(serial: number): string {
  return new Date(Math.round((serial - 25569) * 86400000)).toISOString().slice(0, 10);
}

class RowError extends Error {
  constructor(
    readonly column: string,
    readonly key: InputDetailKey,
    readonly params: TemplateParams = {}
  ) {
    super(fillTemplate(inputDetailsEn[key], params));
  }
}

function textOf(cell: RowCell | undefined): string {
  if (cell === null || cell === undefined || typeof cell === "boolean") return "";
  return String(cell).trim();
}

function numberOf(cell: RowCell | undefined, column: string, required = false): number | null {
  if (typeof cell === "number") {
    if (Number.isFinite(cell)) return cell;
    throw new RowError(column, "cycleRow.notNumber");
  }
  const text = textOf(cell);
  if (text === "") {
    if (required) throw new RowError(column, "cycleRow.numberNeeded");
    return null;
  }
  const percent = text.endsWith("%");
  const value = Number((percent ? text.slice(0, -1) : text).trim());
  if (!Number.isFinite(value)) throw new RowError(column, "cycleRow.textNotNumber", { text });
  return percent ? value / 100 : value;
}

interface ParsedRow {
  label: string;
  date: string;
  scope: CycleScope;
  id: string;
  tolerance: number | null;
  quadrant: Quadrant | null;
  figures: CycleFigures;
}

function parseRow(row: CycleRowInput, words: CycleWords): ParsedRow {
  const c = row.cells;
  const label = textOf(c.cycle);
  if (label === "") throw new RowError("cycle", "cycleRow.labelEmpty");
  const scope = words.scopes.get(wordKey(textOf(c.scope)));
  if (scope === undefined)
    throw new RowError("scope", "cycleRow.scope", { scope: textOf(c.scope) });
  let id = textOf(c.id);
  if (scope === "dimension") {
    const known =
      words.dimensions.get(wordKey(id)) ?? words.dimensions.get(wordKey(textOf(c.name)));
    if (known === undefined) throw new RowError("id", "cycleRow.dimension", { id });
    id = known;
  } else if (scope === "item" && id === "") {
    throw new RowError("id", "cycleRow.itemEmpty");
  }
  let date = "";
  if (typeof c.date === "number") date = serialToIsoDate(c.date);
  else if (textOf(c.date) !== "") {
    date = textOf(c.date);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new RowError("date", "cycleRow.date", { date });
  }
  const n = numberOf(c.n, "n", true) as number;
  if (!Number.isInteger(n) || n < 0) throw new RowError("n", "cycleRow.count");
  const sdGap = numberOf(c.sdGap, "sdGap");
  if (sdGap !== null && sdGap < 0) throw new RowError("sdGap", "cycleRow.sd");
  const shareBelow = numberOf(c.shareBelow, "shareBelow");
  if (shareBelow !== null && (shareBelow < 0 || shareBelow > 1)) {
    throw new RowError("shareBelow", "cycleRow.share");
  }
  const quadrantText = textOf(c.quadrant);
  let quadrant: Quadrant | null = null;
  if (scope === "item" && quadrantText !== "") {
    const known = words.quadrants.get(wordKey(quadrantText));
    if (known === undefined)
      throw new RowError("quadrant", "cycleRow.quadrant", { quadrant: quadrantText });
    quadrant = known;
  }
  return {
    label,
    date,
    scope,
    id,
    tolerance: numberOf(c.tolerance, "tolerance"),
    quadrant,
    figures: {
      n,
      meanE: numberOf(c.meanE, "meanE"),
      meanP: numberOf(c.meanP, "meanP"),
      gap: numberOf(c.gap, "gap", true),
      sdGap,
      shareBelow,
    },
  };
}

/**
 * Cycles from history rows, in order of first appearance of their label. A row that cannot
 * be read, or a cycle without an overall row, is left out and reported with its cell.
 */
export function cyclesFromRows(
  rows: CycleRowInput[],
  words: CycleWords
): { cycles: CycleSummary[]; problems: CycleRowProblem[] } {
  const problems: CycleRowProblem[] = [];
  const byLabel = new Map<string, { summary: CycleSummary; hasOverall: boolean; ref: string }>();
  rows.forEach((row, index) => {
    const where = (column: string) => row.refs?.[column] ?? `#${index + 1} (${column})`;
    let parsed: ParsedRow;
    try {
      parsed = parseRow(row, words);
    } catch (error) {
      if (!(error instanceof RowError)) throw error;
      problems.push({
        cell: where(error.column),
        message: error.message,
        key: error.key,
        params: error.params,
      });
      return;
    }
    const key = wordKey(parsed.label);
    let entry = byLabel.get(key);
    if (!entry) {
      entry = {
        summary: {
          label: parsed.label,
          date: parsed.date,
          tolerance: parsed.tolerance ?? 0,
          overall: { n: 0, meanE: null, meanP: null, gap: null, sdGap: null, shareBelow: null },
          dimensions: [],
          items: [],
        },
        hasOverall: false,
        ref: where("cycle"),
      };
      byLabel.set(key, entry);
    }
    const { summary } = entry;
    if (summary.date === "" && parsed.date !== "") summary.date = parsed.date;
    if (parsed.scope === "overall") {
      summary.overall = parsed.figures;
      if (parsed.tolerance !== null) summary.tolerance = parsed.tolerance;
      entry.hasOverall = true;
    } else if (parsed.scope === "dimension") {
      summary.dimensions = summary.dimensions.filter((d) => d.dimension !== parsed.id);
      summary.dimensions.push({ dimension: parsed.id, ...parsed.figures });
    } else {
      summary.items = summary.items.filter((i) => i.item !== parsed.id);
      summary.items.push({ item: parsed.id, quadrant: parsed.quadrant, ...parsed.figures });
    }
  });
  const cycles: CycleSummary[] = [];
  for (const entry of byLabel.values()) {
    if (entry.hasOverall) cycles.push(entry.summary);
    else
      problems.push({
        cell: entry.ref,
        message: fillTemplate(inputDetailsEn["cycleRow.noOverall"], { label: entry.summary.label }),
        key: "cycleRow.noOverall",
        params: { label: entry.summary.label },
      });
  }
  return { cycles, problems };
}

/** One cycle as rows, overall first, then dimensions and items in their order. */
export function cycleToRows(
  cycle: CycleSummary
): { scope: CycleScope; id: string; quadrant: Quadrant | null; figures: CycleFigures }[] {
  return [
    { scope: "overall", id: "", quadrant: null, figures: cycle.overall },
    ...cycle.dimensions.map((d) => ({
      scope: "dimension" as const,
      id: d.dimension,
      quadrant: null,
      figures: d,
    })),
    ...cycle.items.map((i) => ({
      scope: "item" as const,
      id: i.item,
      quadrant: i.quadrant,
      figures: i,
    })),
  ];
}
