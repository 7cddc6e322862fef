import * as fs from "fs";
import * as path from "path";
import { ServqualError } from "../core/errors";
import type { SurveyTable } from "../core/types";
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
export async function readInput(
  file: string,
  sheet?: string,
  notes: string[] = []
): Promise<SurveyTable> {
  const extension = path.extname(file).toLowerCase();
  let table: SurveyTable;
  if (XLSX_EXTENSIONS.has(extension)) {
    ensureReadable(file);
    // exceljs takes a noticeable share of a CSV run's start-up: load it only for workbooks.
    const { readXlsx } = await import("./read-xlsx");
    table = await readXlsx(file, sheet);
  } else if (extension === ".xls" || extension === ".ods") {
    throw unreadable(`${file}: ${extension} files are not supported; save it as .xlsx or .csv`);
  } else if (TEXT_EXTENSIONS.has(extension) || extension === "") {
    if (sheet !== undefined) {
      throw new ServqualError({ code: "usage", message: "--sheet applies to .xlsx files only" });
    }
    ensureReadable(file);
    const decoded = decodeText(fs.readFileSync(file));
    if (decoded.encoding !== "utf-8") {
      notes.push(
        `${path.basename(file)} is not UTF-8; read it as ${decoded.encoding.toUpperCase()}`
      );
    }
    table = readCsv(decoded.text);
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
