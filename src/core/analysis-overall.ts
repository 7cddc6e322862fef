/**
 * Overall SERVQUAL: unweighted gap = mean of the dimension gaps (meanE, meanP likewise);
 * a respondent's SQ = mean of their dimension gaps; n, sdGap and share over those respondents;
 * level = the level of the unweighted gap (as for items and dimensions, the level of the
 * reported gap).
 */
import { meanOfPresent } from "./analysis-gaps";
import { countsOf, levelOf, shareOf } from "./analysis-levels";
import type { LevelBounds } from "./analysis-levels";
import type { RespondentTotals } from "./analysis-dimensions";
import { reasonsOf } from "./analysis-reasons";
import type { NullReason } from "./null-reasons";
import { RankCounter } from "./rank-counts";
import { respondentMeans } from "./respondent-means";
import { summaryFromShiftedSums } from "./stats";
import { cohenDz } from "./stats-effect";
import { wilcoxonFromCounts } from "./stats-wilcoxon";
import type { DimensionResult, OverallResult } from "./types";

/** What the overall result takes from outside the respondents' SQ. */
export interface OverallInputs {
  weightedGap: number | null;
  /** Why weightedGap is null, when it is. */
  weightedGapReason: NullReason;
  alphaE: { alpha: number | null; alphaReason: NullReason | null };
  alphaP: { alpha: number | null; alphaReason: NullReason | null };
  /** Scale max − min, and 1/resolution the step of respondents' SQ (see rank-counts.ts). */
  span: number;
  resolution: number;
}

/** Turns `totals.sum` into each respondent's SQ in place (NaN where they have none). */
export function overallResult(
  dimensions: DimensionResult[],
  totals: RespondentTotals,
  inputs: OverallInputs,
  bounds: LevelBounds
): OverallResult {
  const ranks = new RankCounter(inputs.span, inputs.resolution);
  const { n, shift, sumD, sumD2, below, above } = respondentMeans(totals, bounds, ranks, null);
  const unweightedGap = meanOfPresent(dimensions.map((d) => d.gap));
  const effect = cohenDz(summaryFromShiftedSums(n, shift, sumD, sumD2));
  const values = {
    meanE: meanOfPresent(dimensions.map((d) => d.meanE)),
    meanP: meanOfPresent(dimensions.map((d) => d.meanP)),
    unweightedGap,
    weightedGap: inputs.weightedGap,
    sdGap: summaryFromShiftedSums(n, shift, sumD, sumD2).sd,
    share: shareOf(below, above, n),
    level: levelOf(unweightedGap, bounds),
    dz: effect.dz,
    alphaE: inputs.alphaE.alpha,
    alphaP: inputs.alphaP.alpha,
    servperf: meanOfPresent(dimensions.map((d) => d.servperf)),
  };
  const reasons = reasonsOf(values, (field) => {
    switch (field) {
      case "weightedGap":
        return inputs.weightedGapReason;
      case "dz":
        return effect.reason ?? "zeroVariance";
      case "sdGap":
        return n === 0 ? "noValidAnswers" : "tooFewRespondents";
      case "alphaE":
        return inputs.alphaE.alphaReason ?? "zeroVariance";
      case "alphaP":
        return inputs.alphaP.alphaReason ?? "zeroVariance";
      default:
        return "noValidAnswers";
    }
  });
  return {
    meanE: values.meanE,
    meanP: values.meanP,
    unweightedGap,
    weightedGap: inputs.weightedGap,
    n,
    sdGap: values.sdGap,
    share: values.share,
    counts: countsOf(below, above, n),
    level: values.level,
    wilcoxon: wilcoxonFromCounts(ranks),
    dz: effect.dz,
    alphaE: values.alphaE,
    alphaP: values.alphaP,
    servperf: values.servperf,
    reasons,
  };
}
