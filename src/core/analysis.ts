/**
 * The analysis engine: validated Responses → the Analysis every output shows; the
 * definitions are in docs/statistics.md.
 *
 * One pass per item fills per-respondent dimension sums; one pass per dimension turns them
 * into respondent dimension gaps and overall totals; one pass makes respondents' SQ.
 * Everything is typed arrays, and working memory is reused across dimensions: at 100k
 * respondents, touching fresh pages costs more than the arithmetic.
 */
import { analyseDimensionGaps, dimensionReliability, itemDiagnostics } from "./analysis-dimensions";
import type { RespondentTotals } from "./analysis-dimensions";
import { analyseItemGaps, newDimensionSums, resetDimensionSums } from "./analysis-items";
import { levelBounds, toleranceOf } from "./analysis-levels";
import { overallResult } from "./analysis-overall";
import { respondentScores } from "./analysis-respondents";
import { respondentCounts } from "./response-rate";
import { analyseSegments } from "./segments";
import { meanWeights, weightedGap, weightedGapReason, weightReason } from "./analysis-weights";
import { meanOfPresent } from "./analysis-gaps";
import { applyHolm } from "./analysis-family";
import { lcm, lcmUpTo } from "./rank-counts";
import { combinedAlpha, type ScalePart } from "./scale-reliability";
import { buildQMatrix, importanceMeans } from "./qmatrix";
import { alphaScratch } from "./stats";
import type { QPoint } from "./qmatrix";
import type { NullReasons } from "./null-reasons";
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
  const span = instrument.scale.max - instrument.scale.min;
  const respondentDimensionGaps: Float64Array[] = [];
  const weights = meanWeights(responses.weights, instrument.dimensions.length, used);
  const totals: RespondentTotals = { sum: new Float64Array(used), count: new Int32Array(used) };
  const items: ItemResult[] = new Array<ItemResult>(instrument.items.length);
  // Row totals over every item per side (NaN = some answer missing), for α over all items.
  const totalsE = new Float64Array(used);
  const totalsP = new Float64Array(used);
  const partsE: ScalePart[] = [];
  const partsP: ScalePart[] = [];
  const dimensions: DimensionResult[] = instrument.dimensions.map((dimension, d) => {
    const indices = itemsOfDimension[d];
    if (d > 0) resetDimensionSums(sums);
    for (const i of indices) {
      const item = instrument.items[i];
      const gaps = analyseItemGaps(
        responses.expectation[i],
        responses.perception[i],
        bounds,
        sums,
        span
      );
      // pHolm (both tests) is filled in once the whole family is known (applyHolm).
      items[i] = {
        item: item.id,
        dimension: item.dimension,
        ...gaps,
        pHolm: null,
        wilcoxon: { ...gaps.wilcoxon, pHolm: null },
        reasons: servperfReason(gaps.reasons, gaps.servperf),
      };
    }
    const itemResults = indices.map((i) => items[i]);
    const gaps = analyseDimensionGaps(itemResults, sums, totals, bounds, span);
    if (keepGaps) respondentDimensionGaps.push(sums.sum.slice());
    const itemIds = indices.map((i) => instrument.items[i].id);
    const reliabilityE = dimensionReliability(responses.expectation, indices, scratch);
    if (indices.length > 0) addInto(totalsE, scratch.totals);
    const reliabilityP = dimensionReliability(responses.perception, indices, scratch);
    if (indices.length > 0) addInto(totalsP, scratch.totals);
    partsE.push({
      columns: indices.map((i) => responses.expectation[i]),
      reliability: reliabilityE,
    });
    partsP.push({
      columns: indices.map((i) => responses.perception[i]),
      reliability: reliabilityP,
    });
    const weight = weights ? weights[d] : null;
    const servperf = meanOfPresent(itemResults.map((item) => item.servperf));
    const reasons = servperfReason(gaps.reasons, servperf);
    if (reliabilityE.alphaReason) reasons.alphaE = reliabilityE.alphaReason;
    if (reliabilityP.alphaReason) reasons.alphaP = reliabilityP.alphaReason;
    if (weight === null) reasons.weight = weightReason(responses.weights, d);
    return {
      dimension: dimension.id,
      items: itemIds,
      ...gaps,
      pHolm: null,
      wilcoxon: { ...gaps.wilcoxon, pHolm: null },
      servperf,
      alphaE: reliabilityE.alpha,
      alphaP: reliabilityP.alpha,
      weight,
      itemDiagnostics: itemDiagnostics(itemIds, reliabilityE, reliabilityP),
      reasons,
    };
  });
  applyHolm(items);
  applyHolm(dimensions);

  const weighted = weightedGap(
    weights,
    dimensions.map((d) => d.gap)
  );
  const overall = overallResult(
    dimensions,
    totals,
    {
      weightedGap: weighted,
      weightedGapReason: weightedGapReason(responses.weights, weights),
      alphaE: combinedAlpha(partsE, totalsE),
      alphaP: combinedAlpha(partsP, totalsP),
      span,
      resolution: sqResolution(itemsOfDimension),
    },
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
      bounds,
      {
        span,
        dimensionResolution: itemsOfDimension.map((items) => lcmUpTo(items.length)),
        sqResolution: sqResolution(itemsOfDimension),
      }
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

/** The gap reasons plus SERVPERF's, when it is null (no valid perception at all). */
function servperfReason(reasons: NullReasons, servperf: number | null): NullReasons {
  return servperf === null ? { ...reasons, servperf: "noValidAnswers" } : { ...reasons };
}

/**
 * Respondents' SQ (a mean of dimension gaps, each a mean of whole differences) are
 * multiples of 1/this for whole-number answers (see rank-counts.ts).
 */
function sqResolution(itemsOfDimension: number[][]): number {
  let dimensions = 1;
  for (const items of itemsOfDimension) dimensions = lcm(dimensions, lcmUpTo(items.length));
  return dimensions * lcmUpTo(itemsOfDimension.length);
}

/** target[r] += source[r] over target's length. */
function addInto(target: Float64Array, source: Float64Array): void {
  for (let r = 0; r < target.length; r++) target[r] += source[r];
}
