import type { Trend } from "../core/trend";
import type { Analysis, DataQuality, GapStats } from "../core/types";
import { segmentsJson, trendJson } from "./analysis-json-cycles";

/**
 * The CLI's JSON document (issue 2 §5): the Analysis without respondentScores, keys in the
 * documented order. Numbers are written as computed (no rounding); a number that is not
 * finite (which the core should never produce) is written as null rather than NaN.
 */
export function analysisJson(analysis: Analysis, trend: Trend | null = null): string {
  const counts = analysis.respondents;
  const document = {
    respondents: {
      total: analysis.respondents.total,
      used: analysis.respondents.used,
      excluded: analysis.respondents.excluded,
      distributed: counts.distributed,
      responseRate: counts.responseRate,
      usableRate: counts.usableRate,
      ...(Object.keys(counts.reasons).length > 0 ? { reasons: counts.reasons } : {}),
    },
    items: analysis.items.map((item) => ({
      item: item.item,
      dimension: item.dimension,
      ...gapStats(item),
    })),
    dimensions: analysis.dimensions.map((dimension) => ({
      dimension: dimension.dimension,
      items: dimension.items,
      ...gapStats(dimension),
      alphaE: dimension.alphaE,
      alphaP: dimension.alphaP,
      weight: dimension.weight,
    })),
    overall: {
      meanE: analysis.overall.meanE,
      meanP: analysis.overall.meanP,
      unweightedGap: analysis.overall.unweightedGap,
      weightedGap: analysis.overall.weightedGap,
      n: analysis.overall.n,
      sdGap: analysis.overall.sdGap,
      share: analysis.overall.share,
      level: analysis.overall.level,
    },
    qMatrix: {
      x: analysis.qMatrix.x,
      y: analysis.qMatrix.y,
      xThreshold: analysis.qMatrix.xThreshold,
      yThreshold: analysis.qMatrix.yThreshold,
      items: analysis.qMatrix.items,
      dimensionXThreshold: analysis.qMatrix.dimensionXThreshold,
      dimensionYThreshold: analysis.qMatrix.dimensionYThreshold,
      dimensions: analysis.qMatrix.dimensions,
    },
    zoneOfTolerance: analysis.zoneOfTolerance,
    dataQuality: dataQuality(analysis.dataQuality),
    segments: segmentsJson(analysis.segments),
    trend: trendJson(trend),
  };
  return JSON.stringify(document, finiteOrNull, 2) + "\n";
}

/** The issue's JSON contract: shares only (level counts stay in the in-memory Analysis). */
function gapStats(stats: GapStats): Omit<GapStats, "counts"> {
  return {
    n: stats.n,
    meanE: stats.meanE,
    meanP: stats.meanP,
    gap: stats.gap,
    sdGap: stats.sdGap,
    t: stats.t,
    df: stats.df,
    p: stats.p,
    ci95: stats.ci95,
    share: stats.share,
    level: stats.level,
  };
}

function dataQuality(quality: DataQuality): DataQuality {
  return { counts: quality.counts, issues: quality.issues, truncated: quality.truncated };
}

function finiteOrNull(_key: string, value: unknown): unknown {
  return typeof value === "number" && !Number.isFinite(value) ? null : value;
}
