/**
 * Detection on a whole table rather than its header texts alone: the survey platform's
 * metadata columns are recognised first (core/platform) and left out, and the platform's
 * respondent id column is the id (docs/platform-exports.md). Used by the CLI and the pane.
 */
import { detectMapping } from "./mapping-detect";
import type { Detection } from "./mapping-types";
import { recognisePlatform, type PlatformRecognition } from "./platform";
import type { Instrument, PatternRule, SurveyTable } from "./types";

export interface TableDetection {
  detection: Detection;
  platform: PlatformRecognition;
}

/** The platform's id column fills the id slot, whatever else claimed it. */
function withPlatformId(detection: Detection, idColumn: number, header: string): Detection {
  const claimedOtherwise = detection.columns.some((c) => c.index === idColumn && c.role !== "id");
  if (claimedOtherwise) return detection;
  const columns = detection.columns.filter((c) => c.role !== "id");
  columns.push({ index: idColumn, header, role: "id", confidence: 1, source: "header" });
  columns.sort((a, b) => a.index - b.index);
  const conflicts = detection.conflicts.filter((c) => c.role !== "id");
  const used = new Set([...columns.map((c) => c.index), ...conflicts.flatMap((c) => c.indices)]);
  const released = detection.conflicts
    .filter((c) => c.role === "id")
    .flatMap((c) => c.indices)
    .filter((i) => !used.has(i));
  const unmatched = [...new Set([...detection.unmatched, ...released])]
    .filter((i) => i !== idColumn)
    .sort((a, b) => a - b);
  return { ...detection, columns, conflicts, unmatched };
}

export function detectTable(
  table: SurveyTable,
  instrument: Instrument,
  rule?: PatternRule
): TableDetection {
  const platform = recognisePlatform(table.headers, table.headerRows);
  const metadata = new Set(platform.metadata);
  // Metadata columns are read as if they had no header: nothing can claim them.
  const headers = table.headers.map((h, i) => (metadata.has(i) ? "" : h));
  // The header rows' texts (Qualtrics' question text under its tags, SurveyMonkey's matrix
  // title over its statements) tell question blocks their role (docs/detection.md).
  const raw = detectMapping(headers, instrument, rule, table.colOffset, {
    ...(table.headerRows !== undefined ? { extraHeaderRows: table.headerRows } : {}),
    exclude: metadata,
  });
  // Mapped columns keep their header; metadata columns were blank for detection only.
  const detection =
    platform.idColumn === null
      ? raw
      : withPlatformId(raw, platform.idColumn, table.headers[platform.idColumn]);
  return { detection, platform };
}
