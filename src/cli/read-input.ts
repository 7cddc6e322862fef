import * as fs from "fs";
import * as path from "path";
import { ServqualError, joinTwoSheets, type SourceConfig, type SurveyTable } from "../core";
import { CsvSyntaxError } from "./csv-parse";
import { decodeText } from "./decode-text";
import type { InputNote } from "./describe-input";
import { MAX_INPUT_BYTES, formatBytes } from "./input-limits";
import { readCsv } from "./read-csv";
import { cliError, usageProblem } from "./usage-error";
import type { CliKey, Params } from "../i18n";
import { notAWorkbook, sniffBinary } from "./sniff";

const XLSX_EXTENSIONS = new Set([".xlsx", ".xlsm"]);
const TEXT_EXTENSIONS = new Set([".csv", ".tsv", ".txt"]);
const SNIFF_BYTES = 64 * 1024;
/** Share of undecodable characters beyond which GBK is not what the file is either. */
const MAX_REPLACEMENT_SHARE = 0.001;

/**
 * Reads a survey file by its extension, after checking that its bytes are what the
 * extension says (docs/cli.md#input-files). Throws ServqualError with code
 * `inputUnreadable` (a missing or too large file, a binary file named .csv, text named
 * .xlsx, a CSV syntax error with its line, a sheet that does not exist, no header row) or
 * `usage` (--sheet on a CSV). Anything the user should know (an encoding other than UTF-8)
 * is pushed onto `notes` (worded by src/cli/describe-input.ts).
 */
export interface InputReading {
  /** --sheet: one sheet, or the expectation sheet then the perception sheet. */
  sheets?: string[];
  /** The config's `source`: its sheets are used when --sheet is not given (.xlsx only). */
  saved?: SourceConfig;
}

export async function readInput(
  file: string,
  reading: InputReading = {},
  notes: InputNote[] = []
): Promise<SurveyTable> {
  const given = reading.sheets ?? [];
  const sheets = given.length > 0 ? given : (reading.saved?.sheets ?? []);
  const headerRows = reading.saved?.headerRows;
  const extension = path.extname(file).toLowerCase();
  let table: SurveyTable;
  if (XLSX_EXTENSIONS.has(extension)) {
    ensureReadable(file);
    const head = readHead(file);
    if (!(head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04)) {
      const key =
        sniffBinary(head) === null && head.length > 0
          ? "input.notWorkbookCsv"
          : "input.notWorkbook";
      throw unreadableAs(key, { file, fileKind: notAWorkbook(head) });
    }
    // exceljs takes a noticeable share of a CSV run's start-up: load it only for workbooks.
    const { readXlsxTables } = await import("./read-xlsx");
    const tables = await readXlsxTables(file, sheets, true, headerRows);
    table = tables.length === 2 ? joined(tables[0], tables[1], notes) : tables[0];
  } else if (extension === ".xls" || extension === ".ods") {
    throw unreadableAs("input.unsupported", { file, extension });
  } else if (TEXT_EXTENSIONS.has(extension) || extension === "") {
    if (given.length > 0) {
      throw new ServqualError(usageProblem("usage.sheetOnXlsx"));
    }
    ensureReadable(file);
    table = readCsvFile(file, notes, headerRows);
  } else {
    throw unreadableAs("input.unknownType", { file, extension });
  }
  if (table.headers.length === 0) {
    throw table.sheetName
      ? unreadableAs("input.emptySheetOf", { file, sheet: table.sheetName })
      : unreadableAs("input.empty", { file });
  }
  return table;
}

function readCsvFile(file: string, notes: InputNote[], headerRows?: number): SurveyTable {
  const bytes = fs.readFileSync(file);
  const binary = sniffBinary(bytes);
  if (binary !== null) {
    const key =
      binary === "xlsx"
        ? "input.binaryXlsx"
        : binary === "utf16be" || binary === "utf16le"
          ? "input.binaryUtf16"
          : "input.binary";
    throw unreadableAs(key, { file, fileKind: binary });
  }
  const decoded = decodeText(bytes);
  if (decoded.encoding === "gb18030" && replacementShare(decoded.text) > MAX_REPLACEMENT_SHARE) {
    throw unreadableAs("input.notText", { file });
  }
  if (decoded.encoding !== "utf-8") {
    notes.push({ kind: "encoding", file: path.basename(file), encoding: decoded.encoding });
  }
  try {
    return readCsv(decoded.text, headerRows);
  } catch (error) {
    if (error instanceof CsvSyntaxError) {
      throw unreadableAs("csv.at", {
        file,
        line: error.line,
        reasonKey: error.key,
        ...error.params,
      });
    }
    throw error;
  }
}

function replacementShare(text: string): number {
  let count = 0;
  for (let i = text.indexOf("\ufffd"); i >= 0; i = text.indexOf("\ufffd", i + 1)) count++;
  return text.length === 0 ? 0 : count / text.length;
}

function readHead(file: string): Uint8Array {
  const fd = fs.openSync(file, "r");
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const length = fs.readSync(fd, buffer, 0, SNIFF_BYTES, 0);
    return buffer.subarray(0, length);
  } finally {
    fs.closeSync(fd);
  }
}

/** Expectations and perceptions from two sheets, joined by their shared id column (core/two-sheets). */
function joined(e: SurveyTable, p: SurveyTable, notes: InputNote[]): SurveyTable {
  for (const table of [e, p]) {
    if (table.headers.length === 0) {
      throw unreadableAs("input.sheetEmpty", { sheet: table.sheetName ?? "" });
    }
  }
  const result = joinTwoSheets(e, p);
  if (!result.ok) throw new ServqualError(result.error);
  notes.push({
    kind: "joined",
    expectations: e.sheetName ?? "",
    perceptions: p.sheetName ?? "",
    idColumn: result.value.idColumn,
  });
  return result.value.table;
}

function ensureReadable(file: string): void {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw unreadableAs("input.noSuchFile", { file });
  }
  if (!stat.isFile()) throw unreadableAs("input.notAFile", { file });
  if (stat.size > MAX_INPUT_BYTES) {
    throw unreadableAs("input.tooLarge", {
      file,
      size: formatBytes(stat.size),
      limit: formatBytes(MAX_INPUT_BYTES),
    });
  }
  try {
    fs.accessSync(file, fs.constants.R_OK);
  } catch {
    throw unreadableAs("input.permission", { file });
  }
}

/** inputUnreadable worded from the CLI's tables, so it follows --lang (src/cli/error-lang.ts). */
function unreadableAs(key: CliKey, params: Params): ServqualError {
  return cliError("inputUnreadable", key, params);
}
