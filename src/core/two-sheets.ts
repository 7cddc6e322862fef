/**
 * Expectations and perceptions on two sheets, for readers that are not told which sheets
 * and which id (the CLI; docs/platform-exports.md, "Two sheets"): the sheets are paired by
 * their names (Expectations / Perceptions, 期望 / 感知) and joined by the id column both
 * have, or row by row when neither has one and they hold as many rows.
 */
import { fail, ok, type Result } from "./errors";
import { detailedError } from "./error-details";
import { nameKey } from "./header-normalise";
import { WHOLE_HEADER_WORDS } from "./header-vocabulary";
import { joinSheets } from "./join-sheets";
import { recognisePlatform } from "./platform";
import type { SurveyTable } from "./types";

const EXPECTATION_SHEETS = ["expectations", "expectation", "期望", "期望值", "预期"];
const PERCEPTION_SHEETS = ["perceptions", "perception", "感知", "感知值", "实际"];

/** The expectation and perception sheets among `names`, when exactly one of each is there. */
export function pairSheetNames(names: string[]): [string, string] | null {
  const find = (words: string[]): string[] => names.filter((name) => words.includes(nameKey(name)));
  const e = find(EXPECTATION_SHEETS);
  const p = find(PERCEPTION_SHEETS);
  return e.length === 1 && p.length === 1 ? [e[0], p[0]] : null;
}

const ID_WORDS = new Map(WHOLE_HEADER_WORDS.id.map((w) => [nameKey(w.word), w.confidence]));

/** The header both sheets have that names the respondent id (the surest one), or null. */
export function sharedIdColumn(e: SurveyTable, p: SurveyTable): string | null {
  const platformId = recognisePlatform(e.headers, e.headerRows).idColumn;
  if (platformId !== null && p.headers.includes(e.headers[platformId])) {
    return e.headers[platformId];
  }
  let best: { header: string; confidence: number } | null = null;
  for (const header of e.headers) {
    const confidence = ID_WORDS.get(nameKey(header));
    if (confidence === undefined || !p.headers.includes(header)) continue;
    if (best === null || confidence > best.confidence) best = { header, confidence };
  }
  return best?.header ?? null;
}

export interface JoinedSheets {
  table: SurveyTable;
  /** The id column the respondents were matched by, or null when row by row. */
  idColumn: string | null;
}

export function joinTwoSheets(e: SurveyTable, p: SurveyTable): Result<JoinedSheets> {
  const idColumn = sharedIdColumn(e, p);
  if (idColumn === null && e.rows.length !== p.rows.length) {
    return fail(
      detailedError("sheetsNotJoined", "sheets.noCommonId", {
        expectationSheet: e.sheetName ?? "",
        perceptionSheet: p.sheetName ?? "",
        expectationRows: e.rows.length,
        perceptionRows: p.rows.length,
      })
    );
  }
  const joined = joinSheets(e, p, idColumn ?? undefined);
  if (!joined.ok) return joined;
  return ok({ table: joined.value, idColumn });
}
