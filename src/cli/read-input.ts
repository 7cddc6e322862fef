import * as fs from "fs";
import * as path from "path";
import { ServqualError } from "../core/errors";
import { joinTwoSheets } from "../core/two-sheets";
import type { SourceConfig, SurveyTable } from "../core/types";
import { decodeText } from "./decode-text";
import { readCsv } from "./read-csv";

const XLSX_EXTENSIONS = new Set([".xlsx", ".xlsm"]);
const TEXT_EXTENSIONS = new Set([".csv", ".tsv", ".txt"]);

/**
 * Reads a survey file by its extension. Throws ServqualError with code `inputUnreadable`
 * (a missing file, an old binary .xls, a sheet that does not exist, no header row) or
 * `usage` (--sheet on a CSV). Anything the user should know (an encoding other than
 * UTF-8) is pushed onto `notes`.
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
  notes: string[] = []
): Promise<SurveyTable> {
  const given = reading.sheets ?? [];
  const sheets = given.length > 0 ? given : (reading.saved?.sheets ?? []);
  const headerRows = reading.saved?.headerRows;
  const extension = path.extname(file).toLowerCase();
  let table: SurveyTable;
  if (XLSX_EXTENSIONS.has(extension)) {
    ensureReadable(file);
    // exceljs takes a noticeable share of a CSV run's start-up: load it only for workbooks.
    const { readXlsxTables } = await import("./read-xlsx");
    const tables = await readXlsxTables(file, sheets, true, headerRows);
    table = tables.length === 2 ? joined(tables[0], tables[1], notes) : tables[0];
  } else if (extension === ".xls" || extension === ".ods") {
    throw unreadable(`${file}: ${extension} files are not supported; save it as .xlsx or .csv`);
  } else if (TEXT_EXTENSIONS.has(extension) || extension === "") {
    if (given.length > 0) {
      throw new ServqualError({ code: "usage", message: "--sheet applies to .xlsx files only" });
    }
    ensureReadable(file);
    const decoded = decodeText(fs.readFileSync(file));
    if (decoded.encoding !== "utf-8") {
      notes.push(
        `${path.basename(file)} is not UTF-8; read it as ${decoded.encoding.toUpperCase()}`
      );
    }
    table = readCsv(decoded.text, headerRows);
  } else {
    throw unreadable(`${file}: unknown file type "${extension}" (expected .csv or .xlsx)`);
  }
  if (table.headers.length === 0) {
    throw unreadable(
      `${file}${table.sheetName ? ` (sheet "${table.sheetName}")` : ""} is empty: no header row found`
    );
  }
  return table;
}

/** Expectations and perceptions from two sheets, joined by their shared id column (core/two-sheets). */
function joined(e: SurveyTable, p: SurveyTable, notes: string[]): SurveyTable {
  for (const table of [e, p]) {
    if (table.headers.length === 0) {
      throw unreadable(`sheet "${table.sheetName ?? ""}" is empty: no header row found`);
    }
  }
  const result = joinTwoSheets(e, p);
  if (!result.ok) throw new ServqualError(result.error);
  const by = result.value.idColumn === null ? "row by row" : `by "${result.value.idColumn}"`;
  notes.push(
    `expectations from sheet "${e.sheetName ?? ""}", perceptions from sheet "${p.sheetName ?? ""}", joined ${by}`
  );
  return result.value.table;
}

function ensureReadable(file: string): void {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw unreadable(`cannot read ${file}: no such file`);
  }
  if (!stat.isFile()) throw unreadable(`cannot read ${file}: not a file`);
}

function unreadable(message: string): ServqualError {
  return new ServqualError({ code: "inputUnreadable", message });
}
