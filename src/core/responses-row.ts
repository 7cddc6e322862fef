/**
 * One survey row's mapped cells → numbers in the block (responses.ts has the reading rules).
 *
 * The row loop lives in its own small method, called once per row, because V8 optimises a
 * function that is called often far better than the body of a long loop inside a function
 * called once per run (that one only gets on-stack replacement, compiled with partial type
 * feedback, and re-enters slower code after every deoptimisation).
 */
import { MISSING_ANSWER } from "./answer-coding";
import { cellNumber, nonNumberKind } from "./responses-cells";
import type { QualityCollector } from "./responses-quality";
import type { RawCell } from "./types";

/** Per-reader facts, one entry per mapped column, in sheet order. */
export interface RowReaderColumns {
  column: Int32Array;
  isWeight: Uint8Array;
  /** Expectation or perception (a row needs one valid such answer to be kept). */
  isAnswer: Uint8Array;
  reverse: Uint8Array;
}

export class RowReader {
  /** Valid expectation/perception answers in the last row read. */
  validAnswers = 0;
  /** Sum of the last row's valid weight points. */
  weightPoints = 0;
  weightSeen = false;
  weightInvalid = false;
  private readonly width: number;

  constructor(
    private readonly columns: RowReaderColumns,
    private readonly min: number,
    private readonly max: number,
    private readonly integerScale: boolean,
    private readonly readText: ((raw: string) => number) | null,
    private readonly missingCodes: ReadonlySet<number> | null,
    private readonly quality: QualityCollector
  ) {
    this.width = columns.column.length;
  }

  /** Reads table row `r` into block[base … base + width − 1] (NaN = missing). */
  read(row: readonly RawCell[], r: number, block: Float64Array, base: number): void {
    const { column, isWeight, isAnswer, reverse } = this.columns;
    const { min, max, integerScale, readText, missingCodes, quality, width } = this;
    let validAnswers = 0;
    let weightPoints = 0;
    let weightSeen = false;
    let weightInvalid = false;
    for (let j = 0; j < width; j++) {
      const raw = row[column[j]];
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
