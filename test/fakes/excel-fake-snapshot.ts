/** The workbook as plain JSON, for assertions and for the report:fake script. */
import { Rect, formatAddress, formatRect } from "./excel-fake-address";
import { snapshotNames } from "./excel-fake-names";
import { CellValue } from "./excel-fake-cells";
import {
  CellStyle,
  DEFAULT_COLUMN_WIDTH,
  DEFAULT_ROW_HEIGHT,
  SheetModel,
  WorkbookModel,
  keyCol,
  keyRow,
  refAddress,
} from "./excel-fake-model";

export interface SheetSnapshot {
  name: string;
  visibility: string;
  usedRange: string | null;
  values: CellValue[][];
  /** Only cells holding formulas, by cell address. */
  formulas: Record<string, string>;
  /** Non-General number formats, by range (equal neighbours merged). */
  numberFormats: Record<string, string>;
  fills: Record<string, string>;
  fonts: Record<string, CellStyle["font"]>;
  alignment: Record<string, { horizontal?: string; vertical?: string; wrapText?: boolean }>;
  borders: { range: string; side: string; style?: string; color?: string; weight?: string }[];
  columnWidths: Record<string, number>;
  /** Rows not at the standard height, by 1-based row number ("4"). */
  rowHeights: Record<string, number>;
  merges: string[];
  freeze: { rows: number; columns: number } | null;
  tabColor: string;
}

export interface WorkbookSnapshot {
  activeSheet: string;
  sheets: SheetSnapshot[];
  tables: {
    name: string;
    sheet: string;
    range: string;
    style: string;
    showHeaders: boolean;
    showTotals: boolean;
  }[];
  validations: { sheet: string; range: string; list: string }[];
  conditionalFormats: {
    sheet: string;
    range: string;
    type: string;
    criteria: Record<string, unknown>;
    format: Record<string, unknown>;
  }[];
  charts: {
    sheet: string;
    name: string;
    type: string;
    title: string;
    series: {
      name: string;
      values: string | null;
      xValues: string | null;
      props: Record<string, unknown>;
    }[];
    position: { start?: string; end?: string };
    legend: { visible: boolean; position: string };
    axes: Record<string, Record<string, unknown>>;
  }[];
  names: { name: string; formula: string; visible: boolean; comment: string }[];
  customXmlParts: { id: string; namespaceUri: string; xml: string }[];
  settings: Record<string, unknown>;
}

export interface SnapshotOptions {
  /** Sheets whose values are left out (e.g. a 100k-row source sheet); everything else stays. */
  omitValuesOf?: string[];
}

/** Groups equal values of neighbouring cells into rectangles: row runs first, then identical runs stacked. */
export function compressCells<T>(cells: Iterable<[number, T]>): Record<string, T> {
  const sorted = [...cells].sort((a, b) => a[0] - b[0]);
  const runs: { row: number; col: number; cols: number; json: string; value: T }[] = [];
  for (const [key, value] of sorted) {
    const row = keyRow(key);
    const col = keyCol(key);
    const json = JSON.stringify(value);
    const last = runs[runs.length - 1];
    if (last && last.row === row && last.col + last.cols === col && last.json === json)
      last.cols += 1;
    else runs.push({ row, col, cols: 1, json, value });
  }
  const open = new Map<string, Rect & { value: T }>();
  const blocks: (Rect & { value: T })[] = [];
  for (const run of runs) {
    const id = `${run.col}:${run.cols}:${run.json}`;
    const block = open.get(id);
    if (block && block.row + block.rows === run.row) {
      block.rows += 1;
    } else {
      const fresh = { row: run.row, col: run.col, rows: 1, cols: run.cols, value: run.value };
      blocks.push(fresh);
      open.set(id, fresh);
    }
  }
  blocks.sort((a, b) => a.row - b.row || a.col - b.col);
  return Object.fromEntries(blocks.map((b) => [formatRect(b), b.value]));
}

function styleEntries<T>(
  sheet: SheetModel,
  pick: (style: CellStyle) => T | undefined
): [number, T][] {
  const out: [number, T][] = [];
  for (const [key, style] of sheet.styles) {
    const v = pick(style);
    if (v !== undefined) out.push([key, v]);
  }
  return out;
}

function sheetSnapshot(sheet: SheetModel, withValues: boolean): SheetSnapshot {
  const used = sheet.usedRect(false);
  const values: CellValue[][] = [];
  if (used && withValues) {
    for (let r = used.row; r < used.row + used.rows; r++) {
      const line: CellValue[] = [];
      for (let c = used.col; c < used.col + used.cols; c++) line.push(sheet.value(r, c));
      values.push(line);
    }
  }
  const formulas: Record<string, string> = {};
  for (const [key, f] of [...sheet.formulas].sort((a, b) => a[0] - b[0])) {
    formulas[formatRect({ row: keyRow(key), col: keyCol(key), rows: 1, cols: 1 })] = f;
  }
  const columnWidths: Record<string, number> = {};
  for (const [col, width] of [...sheet.columnWidths].sort((a, b) => a[0] - b[0])) {
    if (width !== DEFAULT_COLUMN_WIDTH)
      columnWidths[formatRect({ row: 0, col, rows: 1048576, cols: 1 }).split(":")[0]] = width;
  }
  const rowHeights: Record<string, number> = {};
  for (const [row, height] of [...sheet.rowHeights].sort((a, b) => a[0] - b[0])) {
    if (height !== DEFAULT_ROW_HEIGHT) rowHeights[String(row + 1)] = height;
  }
  return {
    name: sheet.name,
    visibility: sheet.visibility,
    usedRange: used ? formatAddress(sheet.name, used) : null,
    values,
    formulas,
    numberFormats: compressCells(sheet.numberFormats),
    fills: compressCells(styleEntries(sheet, (s) => s.fill)),
    fonts: compressCells(
      styleEntries(sheet, (s) => (s.font && Object.keys(s.font).length > 0 ? s.font : undefined))
    ),
    alignment: compressCells(
      styleEntries(sheet, (s) =>
        s.horizontalAlignment || s.verticalAlignment || s.wrapText !== undefined
          ? {
              horizontal: s.horizontalAlignment,
              vertical: s.verticalAlignment,
              wrapText: s.wrapText,
            }
          : undefined
      )
    ),
    borders: sheet.borders.map((b) => ({
      range: formatRect(b.rect),
      side: b.sideIndex,
      style: b.style,
      color: b.color,
      weight: b.weight,
    })),
    columnWidths,
    rowHeights,
    merges: sheet.merges.map(formatRect),
    freeze: sheet.freeze,
    tabColor: sheet.tabColor,
  };
}

export function snapshotWorkbook(
  model: WorkbookModel,
  options: SnapshotOptions = {}
): WorkbookSnapshot {
  const omit = new Set((options.omitValuesOf ?? []).map((n) => n.toLowerCase()));
  return {
    activeSheet: model.activeSheet.name,
    sheets: model.sheets.map((s) => sheetSnapshot(s, !omit.has(s.name.toLowerCase()))),
    tables: model.tables.map((t) => ({
      name: t.name,
      sheet: t.sheet.name,
      range: formatRect(t.rect),
      style: t.style,
      showHeaders: t.showHeaders,
      showTotals: t.showTotals,
    })),
    validations: model.sheets.flatMap((s) =>
      s.validations.map((v) => ({ sheet: s.name, range: formatRect(v.rect), list: v.source }))
    ),
    conditionalFormats: model.sheets.flatMap((s) =>
      s.conditionalFormats.map((cf) => ({
        sheet: s.name,
        range: formatRect(cf.rect),
        type: cf.type,
        criteria: structuredClone(cf.criteria),
        format: structuredClone(cf.format) as Record<string, unknown>,
      }))
    ),
    charts: model.sheets.flatMap((s) =>
      s.charts.map((c) => ({
        sheet: s.name,
        name: c.name,
        type: c.type,
        title: c.title.text,
        series: c.series.map((x) => ({
          name: x.name,
          values: refAddress(x.values),
          xValues: refAddress(x.xValues),
          props: structuredClone(x.props),
        })),
        position: { ...c.position },
        legend: { ...c.legend },
        axes: structuredClone(c.axes),
      }))
    ),
    names: snapshotNames(model),
    customXmlParts: model.xmlParts.map((p) => ({ ...p })),
    settings: JSON.parse(model.savedSettings) as Record<string, unknown>,
  };
}
