/**
 * RFC 4180 CSV records with the file line each starts on. Written here rather than taken from
 * papaparse because the CLI needs three things papaparse does not give together: every line
 * ending (CRLF, LF, CR, mixed in one file) read as a record end, a syntax error (a quote
 * never closed) reported with its true file line and never skipped, and the start line of
 * each record when quoted fields hold line breaks. Limits stop runaway input early.
 */
import { cliEn, fillTemplate, type CliKey, type Params } from "../i18n";
import { MAX_CELLS, MAX_COLUMNS, MAX_RECORD_CHARS, formatCount } from "./input-limits";

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const TAB = 0x09;

export interface CsvRecords {
  records: string[][];
  /** 1-based file line on which each record starts. */
  startLines: Int32Array;
}

/** A CSV that cannot be read as it is; `line` is the 1-based file line. */
export class CsvSyntaxError extends Error {
  /** `reason` in English; `key` and `params` word it in the run's language (src/i18n/cli-*.ts). */
  readonly reason: string;
  constructor(
    readonly line: number,
    readonly key: CsvProblemKey,
    readonly params: Params = {}
  ) {
    const reason = fillTemplate(cliEn[key], params);
    super(`line ${line}: ${reason}`);
    this.reason = reason;
  }
}

type CsvProblemKey = Extract<CliKey, `csv.${string}`>;

export interface CsvLimits {
  maxColumns: number;
  maxCells: number;
  maxRecordChars: number;
}

export const DEFAULT_CSV_LIMITS: CsvLimits = {
  maxColumns: MAX_COLUMNS,
  maxCells: MAX_CELLS,
  maxRecordChars: MAX_RECORD_CHARS,
};

function lineBreaksIn(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === LF) count++;
    else if (c === CR && text.charCodeAt(i + 1) !== LF) count++;
  }
  return count;
}

/**
 * Splits `text` (no BOM) into records of fields. A field that starts with `"` is quoted:
 * `""` inside it is one quote, delimiters and line breaks are content; only spaces may
 * follow its closing quote. A quote inside an unquoted field is an ordinary character.
 * A final line break does not start another record.
 */
export function parseCsvRecords(
  text: string,
  delimiter: string,
  limits: CsvLimits = DEFAULT_CSV_LIMITS
): CsvRecords {
  const d = delimiter.charCodeAt(0);
  const n = text.length;
  const records: string[][] = [];
  const starts: number[] = [];
  let record: string[] = [];
  let line = 1;
  let recordLine = 1;
  let recordIndex = 0;
  let cells = 0;
  let i = 0;
  if (n === 0) return { records, startLines: new Int32Array(0) };

  for (;;) {
    if (i < n && text.charCodeAt(i) === QUOTE) {
      const quoteLine = line;
      let value = "";
      let segment = ++i;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q === -1) {
          throw new CsvSyntaxError(quoteLine, "csv.unclosedQuote");
        }
        line += lineBreaksIn(text, i, q);
        if (q - recordIndex > limits.maxRecordChars) throw tooLong(recordLine, limits);
        if (text.charCodeAt(q + 1) === QUOTE) {
          value += text.slice(segment, q + 1);
          i = segment = q + 2;
          continue;
        }
        value += text.slice(segment, q);
        i = q + 1;
        break;
      }
      while (i < n && (text.charCodeAt(i) === SPACE || (text.charCodeAt(i) === TAB && d !== TAB)))
        i++;
      const next = i < n ? text.charCodeAt(i) : -1;
      if (next !== d && next !== LF && next !== CR && next !== -1) {
        throw new CsvSyntaxError(line, "csv.afterQuote", { text: text.slice(i, i + 10) });
      }
      record.push(value);
    } else {
      let j = i;
      while (j < n) {
        const c = text.charCodeAt(j);
        if (c === d || c === LF || c === CR) break;
        j++;
      }
      record.push(text.slice(i, j));
      i = j;
    }
    if (record.length > limits.maxColumns) {
      throw new CsvSyntaxError(recordLine, "csv.tooManyColumns", {
        max: formatCount(limits.maxColumns),
      });
    }
    if (++cells > limits.maxCells) {
      throw new CsvSyntaxError(recordLine, "csv.tooManyCells", {
        max: formatCount(limits.maxCells),
      });
    }
    if (i - recordIndex > limits.maxRecordChars) throw tooLong(recordLine, limits);
    if (i >= n) {
      records.push(record);
      starts.push(recordLine);
      break;
    }
    const c = text.charCodeAt(i);
    if (c === d) {
      i++;
      continue;
    }
    i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
    records.push(record);
    starts.push(recordLine);
    record = [];
    recordLine = ++line;
    recordIndex = i;
    if (i >= n) break;
  }
  return { records, startLines: Int32Array.from(starts) };
}

function tooLong(line: number, limits: CsvLimits): CsvSyntaxError {
  return new CsvSyntaxError(line, "csv.recordTooLong", {
    max: formatCount(limits.maxRecordChars),
  });
}
