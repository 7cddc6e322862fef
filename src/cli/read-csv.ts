import Papa from "papaparse";
import type { RawCell, SurveyTable } from "../core/types";
import { tableFromRecords } from "./table-from-records";

const CANDIDATE_DELIMITERS = [",", ";", "\t"] as const;

/**
 * Parses survey CSV text (UTF-8, with or without BOM; comma, semicolon or tab; RFC 4180
 * quoting, including quoted newlines) into a SurveyTable. Cells stay strings: the core
 * decides what is numeric, so CSV and Excel sources go through the same validation.
 * The header row(s) are found by core (core/header-rows) unless `headerRows` says how many.
 */
export function readCsv(text: string, headerRows?: number): SurveyTable {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const parsed = Papa.parse<string[]>(body, {
    delimiter: detectDelimiter(body),
    skipEmptyLines: false,
  });
  const records: RawCell[][] = parsed.data;
  return tableFromRecords(records, undefined, 0, headerRows);
}

/**
 * Papaparse's own guess needs several consistent rows and is fooled by decimal commas in
 * semicolon files, so the delimiter is read from the first non-empty line (the header,
 * where decimal commas do not occur): the candidate that occurs most often outside quotes.
 */
export function detectDelimiter(text: string): string {
  const counts = new Map<string, number>(CANDIDATE_DELIMITERS.map((d) => [d, 0]));
  let inQuotes = false;
  let sawContent = false;
  for (let i = 0; i < text.length; i++) {
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
