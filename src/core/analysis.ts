/**
 * The analysis engine: validated Responses → the Analysis every output shows (issue 2 §4).
 *
 * One pass per item fills per-respondent dimension sums; one pass per dimension turns them
 * into respondent dimension gaps and overall totals; one pass makes respondents' SQ.
 * Everything is typed arrays, and working memory is reused across dimensions: at 100k
 * respondents, touching fresh pages costs more than the arithmetic.
 */
import { analyseDimensionGaps, dimensionAlpha } from "./analysis-dimensions";
import type { RespondentTotals } from "./analysis-dimensions";
import { analyseItemGaps, newDimensionSums, resetDimensionSums } from "./analysis-items";
import { levelBounds, toleranceOf } from "./analysis-levels";
import { overallResult } from "./analysis-overall";
import { respondentScores } from "./analysis-respondents";
import { respondentCounts } from "./response-rate";
import { analyseSegments } from "./segments";
import { meanWeights, weightedGap } from "./analysis-weights";
import { meanOfPresent } from "./analysis-gaps";
import { buildQMatrix, importanceMeans } from "./qmatrix";
import { alphaScratch } from "./stats";
import type { QPoint } from "./qmatrix";
import type { Analysis, DimensionResult, ItemResult, Options, Responses } from "./types";
import { zoneOfTolerance } from "./zone-of-tolerance";

export interface AnalyseExtras {
  /** Also return each respondent's dimension gaps, SQ and level (large). */
  respondentScores?: boolean;
}

export function analyse(responses: Responses, options: Options, extras?: AnalyseExtras): Analysis {
  const { instrument, used } = responses;
  const bounds = levelBounds(toleranceOf(options));
  const dimensionIndex = new Map(instrument.dimensions.map((d, index) => [d.id, index]));
  // resolveInstrument guarantees every item's dimension exists.
  const itemsOfDimension: number[][] = instrument.dimensions.map(() => []);
  instrument.items.forEach((item, i) =>
    itemsOfDimension[dimensionIndex.get(item.dimension) ?? 0].push(i)
  );

  // Dimension by dimension: its items' passes fill one reused pair of per-respondent sums,
  // then the dimension pass turns them into respondent dimension gaps.
  const sums = newDimensionSums(used);
  const scratch = alphaScratch(used);
  const keepGaps = extras?.respondentScores === true || responses.segments !== null;
  const respondentDimensionGaps: Float64Array[] = [];
  const weights = meanWeights(responses.weights, instrument.dimensions.length, used);
  const totals: RespondentTotals = { sum: new Float64Array(used), count: new Int32Array(used) };
  const items: ItemResult[] = new Array<ItemResult>(instrument.items.length);
  const dimensions: DimensionResult[] = instrument.dimensions.map((dimension, d) => {
    const indices = itemsOfDimension[d];
    if (d > 0) resetDimensionSums(sums);
    for (const i of indices) {
      const item = instrument.items[i];
      items[i] = {
        item: item.id,
        dimension: item.dimension,
        ...analyseItemGaps(responses.expectation[i], responses.perception[i], bounds, sums),
      };
    }
    const gaps = analyseDimensionGaps(
      indices.map((i) => items[i]),
      sums,
      totals,
      bounds
    );
    if (keepGaps) respondentDimensionGaps.push(sums.sum.slice());
    return {
      dimension: dimension.id,
      items: indices.map((i) => instrument.items[i].id),
      ...gaps,
      alphaE: dimensionAlpha(responses.expectation, indices, scratch),
      alphaP: dimensionAlpha(responses.perception, indices, scratch),
      weight: weights ? weights[d] : null,
    };
  });

  const overall = overallResult(
    dimensions,
    totals,
    weightedGap(
      weights,
      dimensions.map((d) => d.gap)
    ),
    bounds
  );

  const importance =
    options.qMatrix.y === "importance" ? importanceMeans(responses.importance) : null;
  const itemPoints: QPoint[] = items.map((item, i) => ({
    x: item.meanP,
    y: importance ? importance[i] : item.meanE,
  }));
  const dimensionPoints: QPoint[] = dimensions.map((dimension, d) => ({
    x: dimension.meanP,
    y: importance ? meanOfPresent(itemsOfDimension[d].map((i) => importance[i])) : dimension.meanE,
  }));
  const qMatrix = buildQMatrix(
    instrument.items.map((item) => item.id),
    itemPoints,
    instrument.dimensions.map((d) => d.id),
    dimensionPoints,
    importance ? "importance" : "expectation",
    options.qMatrix.threshold,
    instrument.scale
  );

  const analysis: Analysis = {
    respondents: respondentCounts(responses, options),
    items,
    dimensions,
    overall,
    qMatrix,
    zoneOfTolerance: zoneOfTolerance(responses),
    dataQuality: responses.quality,
    segments: analyseSegments(
      responses,
      itemsOfDimension,
      respondentDimensionGaps,
      totals.sum,
      bounds
    ),
  };
  if (extras?.respondentScores) {
    analysis.respondentScores = respondentScores(
      responses,
      respondentDimensionGaps,
      totals.sum,
      bounds
    );
  }
  return analysis;
}
