/** Per-respondent scores for the optional Respondents sheet. */
import { levelOf } from "./analysis-levels";
import type { LevelBounds } from "./analysis-levels";
import type { RespondentScore, Responses } from "./types";

/**
 * `dimensionGaps[d][r]` is respondent r's gap in dimension d (NaN when none);
 * `sq[r]` their overall SQ (NaN when none).
 */
export function respondentScores(
  responses: Responses,
  dimensionGaps: Float64Array[],
  sq: Float64Array,
  bounds: LevelBounds
): RespondentScore[] {
  const scores: RespondentScore[] = new Array<RespondentScore>(responses.used);
  for (let r = 0; r < responses.used; r++) {
    const own = sq[r] === sq[r] ? sq[r] : null;
    scores[r] = {
      sheetRow: responses.sheetRows[r],
      id: responses.ids ? responses.ids[r] : null,
      segment: responses.segments ? responses.segments[r] : null,
      dimensionGaps: dimensionGaps.map((gaps) => (gaps[r] === gaps[r] ? gaps[r] : null)),
      sq: own,
      level: levelOf(own, bounds),
    };
  }
  return scores;
}
