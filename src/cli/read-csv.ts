import type { SurveyTable } from "../core";
import { parseCsvRecords, type CsvLimits, DEFAULT_CSV_LIMITS } from "./csv-parse";
import { MAX_RECORD_CHARS } from "./input-limits";
import { tableFromRecords } from "./table-from-records";

const CANDIDATE_DELIMITERS = [",", ";", "\t"] as const;

/**
 * Parses survey CSV text (UTF-8, with or without BOM; comma, semicolon or tab; RFC 4180
 * quoting, including quoted newlines; any line endings) into a SurveyTable. Cells stay
 * strings: the core decides what is numeric, so CSV and Excel sources go through the same
 * validation. The header row(s) are found by core (core/header-rows) unless `headerRows`
 * says how many. Throws CsvSyntaxError (with the file line) for a quote never closed or
 * input beyond the limits.
 */
export function readCsv(
  text: string,
  headerRows?: number,
  limits: CsvLimits = DEFAULT_CSV_LIMITS
): SurveyTable {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const { records, startLines } = parseCsvRecords(body, detectDelimiter(body), limits);
  const table = tableFromRecords(records, undefined, 0, headerRows);
  // Data row r is record rowOffset + 1 + r, on file line rowOffset + 2 + r unless a quoted
  // field spans lines above it.
  const first = table.rowOffset + 1;
  const lines = startLines.subarray(first, first + table.rows.length);
  if (lines.some((line, r) => line !== table.rowOffset + 2 + r)) {
    table.sourceLines = Int32Array.from(lines);
  }
  return table;
}

/**
 * A parser's own guess needs several consistent rows and is fooled by decimal commas in
 * semicolon files, so the delimiter is read from the first non-empty line (the header,
 * where decimal commas do not occur): the candidate that occurs most often outside quotes.
 */
export function detectDelimiter(text: string): string {
  const counts = new Map<string, number>(CANDIDATE_DELIMITERS.map((d) => [d, 0]));
  let inQuotes = false;
  let sawContent = false;
  // A header longer than a record may be is refused by the parser; no need to scan on.
  const end = Math.min(text.length, MAX_RECORD_CHARS + 1);
  for (let i = 0; i < end; i++) {
    const ch = text[i];
    if (ch === '"') {
      inQuotes = !inQuotes;
      sawContent = true;
    } else if (!inQuotes && (ch === "\n" || ch === "\r")) {
      if (sawContent) break;
    } else if (!inQuotes && counts.has(ch)) {
      counts.set(ch, (counts.get(ch) ?? 0) + 1);
      sawContent = true;
    } else if (ch.trim() !== "") {
      sawContent = true;
    }
  }
  let best: string = ",";
  let bestCount = 0;
  for (const [delimiter, count] of counts) {
    if (count > bestCount) {
      best = delimiter;
      bestCount = count;
    }
  }
  return best;
}
