/**
 * Survey rows → numbers in the column arrays, with the data-quality issues (responses.ts has
 * the reading rules and sets this up).
 * Rows come a chunk per readRows call (see row-chunks.ts).
 */
import { MISSING_ANSWER } from "./answer-coding";
import { cellNumber, isBlankCell, nonNumberKind } from "./responses-cells";
import type { BlockWriter } from "./responses-block";
import type { QualityCollector } from "./responses-quality";
import { tableRowNumber } from "./responses-refs";
import type { RawCell, SurveyTable } from "./types";

/** Points differing from 100 by less than this are rounding, not a mis-allocation. */
const WEIGHT_SUM_TOLERANCE = 1e-6;

/** Per-reader facts, one entry per mapped column, in sheet order. */
export interface RowReaderColumns {
  column: Int32Array;
  isWeight: Uint8Array;
  /** Expectation or perception (a row needs one valid such answer to be kept). */
  isAnswer: Uint8Array;
  reverse: Uint8Array;
}

/** What the reader needs besides the columns. */
export interface RowReaderSetup {
  table: SurveyTable;
  columns: RowReaderColumns;
  min: number;
  max: number;
  integerScale: boolean;
  readText: ((raw: string) => number) | null;
  missingCodes: ReadonlySet<number> | null;
  quality: QualityCollector;
  writer: BlockWriter;
  /** Table columns of the respondent id and the segment, when mapped. */
  idColumn: number | null;
  segmentColumn: number | null;
}

export class RowReader {
  /** Non-blank rows read so far (respondents). */
  total = 0;
  /** Rows kept so far (with a valid expectation or perception answer). */
  used = 0;
  /** Sheet row of each kept row. */
  readonly sheetRows: Int32Array;
  readonly ids: string[] | null;
  readonly segments: string[] | null;
  /** Results of the last readCells call. */
  private validAnswers = 0;
  private weightPoints = 0;
  private weightSeen = false;
  private weightInvalid = false;
  private readonly width: number;
  private readonly weightSlots: number[];
  private readonly table: SurveyTable;
  private readonly columns: RowReaderColumns;
  private readonly min: number;
  private readonly max: number;
  private readonly integerScale: boolean;
  private readonly readText: ((raw: string) => number) | null;
  private readonly missingCodes: ReadonlySet<number> | null;
  private readonly quality: QualityCollector;
  private readonly writer: BlockWriter;
  private readonly idColumn: number | null;
  private readonly segmentColumn: number | null;

  constructor(setup: RowReaderSetup) {
    this.table = setup.table;
    this.columns = setup.columns;
    this.min = setup.min;
    this.max = setup.max;
    this.integerScale = setup.integerScale;
    this.readText = setup.readText;
    this.missingCodes = setup.missingCodes;
    this.quality = setup.quality;
    this.writer = setup.writer;
    this.idColumn = setup.idColumn;
    this.segmentColumn = setup.segmentColumn;
    this.width = setup.columns.column.length;
    this.weightSlots = [];
    setup.columns.isWeight.forEach((isWeight, j) => {
      if (isWeight) this.weightSlots.push(j);
    });
    this.sheetRows = new Int32Array(setup.table.rows.length);
    // Filled by index and cut to length at the end: growing 100k-entry arrays by push
    // reallocates and copies them again and again.
    const rows = setup.table.rows.length;
    this.ids = setup.idColumn === null ? null : new Array<string>(rows).fill("");
    this.segments = setup.segmentColumn === null ? null : new Array<string>(rows).fill("");
  }

  /** Reads table rows from … to − 1 (call flush on the writer after the last). */
  readRows(from: number, to: number): void {
    const { table, quality, writer, weightSlots, ids, segments, idColumn, segmentColumn } = this;
    const block = writer.buffer;
    for (let r = from; r < to; r++) {
      const row = table.rows[r] ?? [];
      if (isBlankRow(row)) continue;
      this.total++;
      const base = writer.rowBase();
      this.readCells(row, r, block, base);
      if (this.validAnswers === 0) {
        quality.addRow("excludedRow", r, null);
        continue;
      }
      if (weightSlots.length > 0) this.settleWeights(r, block, base);
      if (ids !== null && idColumn !== null) ids[this.used] = cellText(row[idColumn]);
      if (segments !== null && segmentColumn !== null) {
        segments[this.used] = cellText(row[segmentColumn]);
      }
      this.sheetRows[this.used] = tableRowNumber(table, r);
      this.used++;
      writer.commitRow();
    }
  }

  /** After the last readRows: the ids and segments of the kept rows only. */
  finish(): void {
    if (this.ids !== null) this.ids.length = this.used;
    if (this.segments !== null) this.segments.length = this.used;
  }

  /**
   * Weights are 100-point allocations: a row with an invalid or no allocation loses its
   * weights; in a valid row a blank counts as 0 points and a sum other than 100 is reported.
   */
  private settleWeights(r: number, block: Float64Array, base: number): void {
    const { weightSlots, weightPoints, weightSeen, weightInvalid, quality } = this;
    if (weightInvalid || !weightSeen || weightPoints <= 0) {
      if (!weightInvalid && weightSeen) {
        // Every allocation is zero: nothing to normalise.
        quality.addRow("weightsInvalid", r, weightPoints);
      }
      for (const j of weightSlots) block[base + j] = NaN;
    } else {
      for (const j of weightSlots) if (block[base + j] !== block[base + j]) block[base + j] = 0;
      if (Math.abs(weightPoints - 100) > WEIGHT_SUM_TOLERANCE) {
        quality.addRow("weightsNormalised", r, weightPoints);
      }
    }
  }

  /** Reads table row `r` into block[base … base + width − 1] (NaN = missing). */
  private readCells(row: readonly RawCell[], r: number, block: Float64Array, base: number): void {
    const { column, isWeight, isAnswer, reverse } = this.columns;
    const { min, max, integerScale, readText, missingCodes, quality, width } = this;
    let validAnswers = 0;
    let weightPoints = 0;
    let weightSeen = false;
    let weightInvalid = false;
    // The usual answer (a whole number on the scale, no missing codes) takes the first branch.
    const plainAnswers = integerScale && missingCodes === null;
    for (let j = 0; j < width; j++) {
      const raw = row[column[j]];
      if (
        plainAnswers &&
        typeof raw === "number" &&
        raw >= min &&
        raw <= max &&
        isWeight[j] === 0 &&
        Number.isInteger(raw)
      ) {
        block[base + j] = reverse[j] === 1 ? min + max - raw : raw;
        validAnswers += isAnswer[j];
        continue;
      }
      let value = cellNumber(raw);
      if (value !== value && readText !== null && typeof raw === "string" && !isWeight[j]) {
        value = readText(raw);
      }
      if (value !== value) {
        const kind = nonNumberKind(raw);
        if (kind !== "blank") {
          if (kind === "error") quality.addCell("errorValue", r, column[j], raw);
          else quality.addCell(isWeight[j] ? "weightsInvalid" : "nonNumeric", r, column[j], raw);
          if (isWeight[j]) weightInvalid = true;
        }
      } else if (
        !isWeight[j] &&
        (value === MISSING_ANSWER || (missingCodes !== null && missingCodes.has(value)))
      ) {
        quality.addCell("notApplicable", r, column[j], raw);
        value = NaN;
      } else if (isWeight[j]) {
        if (value < 0) {
          quality.addCell("weightsInvalid", r, column[j], raw);
          weightInvalid = true;
          value = NaN;
        } else {
          weightSeen = true;
          weightPoints += value;
        }
      } else if (value < min || value > max) {
        quality.addCell("outOfRange", r, column[j], raw);
        value = NaN;
      } else {
        if (integerScale && !Number.isInteger(value)) {
          quality.addCell("nonInteger", r, column[j], raw);
        }
        if (reverse[j]) value = min + max - value;
        validAnswers += isAnswer[j];
      }
      block[base + j] = value;
    }
    this.validAnswers = validAnswers;
    this.weightPoints = weightPoints;
    this.weightSeen = weightSeen;
    this.weightInvalid = weightInvalid;
  }
}

function cellText(raw: RawCell): string {
  if (raw === null || raw === undefined) return "";
  return String(raw).trim();
}

function isBlankRow(row: readonly RawCell[]): boolean {
  for (let c = 0; c < row.length; c++) if (!isBlankCell(row[c])) return false;
  return true;
}
