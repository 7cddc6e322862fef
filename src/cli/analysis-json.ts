import type { Gap1Result, Gap1Stats } from "../core/gap1";
import type { NullReasons } from "../core/null-reasons";
import type { StaffAnalysis } from "../core/staff-analysis";
import type { Trend } from "../core/trend";
import type {
  Analysis,
  DataQuality,
  DimensionResult,
  FamilyWilcoxonResult,
  GapStats,
  ItemDiagnostic,
  ItemResult,
  OverallResult,
  QMatrixResult,
  WilcoxonResult,
} from "../core/types";
import { segmentsJson, trendJson } from "./analysis-json-cycles";

/**
 * The version of the JSON document's shape (docs/json-output.md, "schemaVersion"): raised
 * when a field is renamed, removed or changes meaning; adding a field keeps it.
 */
export const JSON_SCHEMA_VERSION = 1;

/**
 * The CLI's JSON document (docs/json-output.md): the Analysis without respondentScores, keys
 * in the documented order. Numbers are written as computed (no rounding); a number that is
 * not finite (which the core should never produce) is written as null rather than NaN.
 * Every object holding a nullable statistic carries `reasons` ({field: code}) for its nulls.
 */
export function analysisJson(analysis: Analysis, trend: Trend | null = null): string {
  const counts = analysis.respondents;
  const document = {
    schemaVersion: JSON_SCHEMA_VERSION,
    respondents: {
      total: counts.total,
      used: counts.used,
      excluded: counts.excluded,
      distributed: counts.distributed,
      responseRate: counts.responseRate,
      usableRate: counts.usableRate,
      reasons: reasons(counts.reasons),
    },
    items: analysis.items.map(itemJson),
    dimensions: analysis.dimensions.map(dimensionJson),
    overall: overallJson(analysis.overall),
    qMatrix: qMatrixJson(analysis.qMatrix),
    zoneOfTolerance: analysis.zoneOfTolerance && {
      items: analysis.zoneOfTolerance.items.map((item) => ({
        ...item,
        reasons: item.reasons ?? {},
      })),
    },
    dataQuality: dataQuality(analysis.dataQuality),
    segments: segmentsJson(analysis.segments),
    trend: trendJson(trend),
    gap1: gap1Json(analysis.gap1 ?? null),
    staff: staffJson(analysis.staff ?? null),
  };
  return JSON.stringify(document, finiteOrNull, 2) + "\n";
}

function itemJson(item: ItemResult) {
  return {
    item: item.item,
    dimension: item.dimension,
    ...gapStats(item),
    pHolm: item.pHolm,
    dz: item.dz,
    wilcoxon: familyWilcoxon(item.wilcoxon),
    servperf: item.servperf,
    reasons: reasons(item.reasons),
  };
}

function dimensionJson(dimension: DimensionResult) {
  return {
    dimension: dimension.dimension,
    items: dimension.items,
    ...gapStats(dimension),
    pHolm: dimension.pHolm,
    dz: dimension.dz,
    wilcoxon: familyWilcoxon(dimension.wilcoxon),
    alphaE: dimension.alphaE,
    alphaP: dimension.alphaP,
    weight: dimension.weight,
    servperf: dimension.servperf,
    itemDiagnostics: dimension.itemDiagnostics.map(diagnosticJson),
    reasons: reasons(dimension.reasons),
  };
}

function overallJson(overall: OverallResult) {
  return {
    meanE: overall.meanE,
    meanP: overall.meanP,
    unweightedGap: overall.unweightedGap,
    weightedGap: overall.weightedGap,
    n: overall.n,
    sdGap: overall.sdGap,
    share: overall.share,
    level: overall.level,
    dz: overall.dz,
    wilcoxon: wilcoxon(overall.wilcoxon),
    alphaE: overall.alphaE,
    alphaP: overall.alphaP,
    servperf: overall.servperf,
    reasons: reasons(overall.reasons),
  };
}

/** The paired statistics, shares only (level counts stay in the in-memory Analysis). */
function gapStats(stats: GapStats) {
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

/** n (non-zero differences) stays in the Analysis; the contract is w, z, p, r. */
function wilcoxon(test: WilcoxonResult) {
  return { w: test.w, z: test.z, p: test.p, r: test.r, reasons: reasons(test.reasons) };
}

function familyWilcoxon(test: FamilyWilcoxonResult) {
  return {
    w: test.w,
    z: test.z,
    p: test.p,
    r: test.r,
    pHolm: test.pHolm,
    reasons: reasons(test.reasons),
  };
}

function diagnosticJson(diagnostic: ItemDiagnostic) {
  return {
    item: diagnostic.item,
    side: diagnostic.side,
    itemTotal: diagnostic.itemTotal,
    alphaIfDeleted: diagnostic.alphaIfDeleted,
    flag: diagnostic.flag,
    reasons: reasons(diagnostic.reasons),
  };
}

function qMatrixJson(q: QMatrixResult) {
  return {
    x: q.x,
    y: q.y,
    xThreshold: q.xThreshold,
    yThreshold: q.yThreshold,
    items: q.items.map((point) => ({ ...point, reasons: point.reasons ?? {} })),
    dimensionXThreshold: q.dimensionXThreshold,
    dimensionYThreshold: q.dimensionYThreshold,
    dimensions: q.dimensions.map((point) => ({ ...point, reasons: point.reasons ?? {} })),
    reasons: q.reasons ?? {},
  };
}

function gap1Stats(stats: Gap1Stats) {
  return {
    nManagers: stats.nManagers,
    nCustomers: stats.nCustomers,
    meanManagers: stats.meanManagers,
    meanCustomers: stats.meanCustomers,
    gap: stats.gap,
    t: stats.t,
    df: stats.df,
    p: stats.p,
    ci95: stats.ci95,
    reasons: reasons(stats.reasons),
  };
}

/** Gap 1 from the managers' survey (docs/gap-model.md); null when none was given. */
function gap1Json(gap1: Gap1Result | null) {
  if (gap1 === null) return null;
  return {
    items: gap1.items.map((item) => ({ item: item.item, ...gap1Stats(item) })),
    dimensions: gap1.dimensions.map((d) => ({ dimension: d.dimension, ...gap1Stats(d) })),
  };
}

/** The staff survey's factors and gaps 1–4 (docs/gap-model.md); null when none was given. */
function staffJson(staff: StaffAnalysis | null) {
  if (staff === null) return null;
  return {
    respondents: staff.respondents,
    factors: staff.factors.map((f) => ({
      factor: f.factor,
      gap: f.gap,
      n: f.n,
      mean: f.mean,
      ci95: f.ci95,
      alpha: f.alpha,
      reasons: reasons(f.reasons),
    })),
    gaps: staff.gaps.map((g) => ({
      gap: g.gap,
      risk: g.risk,
      answers: g.answers,
      likelyCauses: g.likelyCauses,
      reasons: reasons(g.reasons),
    })),
  };
}

/** A copy with the keys in a stable (alphabetical) order. */
function reasons(source: NullReasons): NullReasons {
  const sorted: NullReasons = {};
  for (const key of Object.keys(source).sort()) sorted[key] = source[key];
  return sorted;
}

function dataQuality(quality: DataQuality): DataQuality {
  return { counts: quality.counts, issues: quality.issues, truncated: quality.truncated };
}

function finiteOrNull(_key: string, value: unknown): unknown {
  return typeof value === "number" && !Number.isFinite(value) ? null : value;
}
