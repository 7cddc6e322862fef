import type {
  Gap1Result,
  Gap1Stats,
  NullReasons,
  StaffAnalysis,
  Trend,
  Analysis,
  DataQuality,
  DimensionResult,
  GapStats,
  ItemResult,
  OverallResult,
  QMatrixResult,
  WilcoxonResult,
} from "../core";
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

/** The paired statistics, shares only (level counts stay in the in-memory Analysis). */
const GAP_FIELDS = [
  "n",
  "meanE",
  "meanP",
  "gap",
  "sdGap",
  "t",
  "df",
  "p",
  "ci95",
  "share",
  "level",
] as const satisfies readonly (keyof GapStats)[];
/** n (non-zero differences) stays in the Analysis; the contract is w, z, p, r. */
const WILCOXON_FIELDS = ["w", "z", "p", "r"] as const satisfies readonly (keyof WilcoxonResult)[];

/** `fields` of `source` in that order (the documented key order), then its sorted `reasons`. */
function fieldsWithReasons<T extends { reasons: NullReasons }, K extends keyof T>(
  source: T,
  fields: readonly K[]
): Pick<T, K> & { reasons: NullReasons } {
  return { ...pick(source, fields), reasons: reasons(source.reasons) };
}

function pick<T, K extends keyof T>(source: T, fields: readonly K[]): Pick<T, K> {
  const picked = {} as Pick<T, K>;
  for (const field of fields) picked[field] = source[field];
  return picked;
}

function itemJson(item: ItemResult) {
  return {
    ...pick(item, ["item", "dimension"]),
    ...pick(item, GAP_FIELDS),
    ...pick(item, ["pHolm", "dz"]),
    wilcoxon: fieldsWithReasons(item.wilcoxon, [...WILCOXON_FIELDS, "pHolm"]),
    ...fieldsWithReasons(item, ["servperf"]),
  };
}

function dimensionJson(dimension: DimensionResult) {
  return {
    ...pick(dimension, ["dimension", "items"]),
    ...pick(dimension, GAP_FIELDS),
    ...pick(dimension, ["pHolm", "dz"]),
    wilcoxon: fieldsWithReasons(dimension.wilcoxon, [...WILCOXON_FIELDS, "pHolm"]),
    ...pick(dimension, ["alphaE", "alphaP", "weight", "servperf"]),
    itemDiagnostics: dimension.itemDiagnostics.map((diagnostic) =>
      fieldsWithReasons(diagnostic, ["item", "side", "itemTotal", "alphaIfDeleted", "flag"])
    ),
    reasons: reasons(dimension.reasons),
  };
}

function overallJson(overall: OverallResult) {
  return {
    ...pick(overall, [
      "meanE",
      "meanP",
      "unweightedGap",
      "weightedGap",
      "n",
      "sdGap",
      "share",
      "level",
      "dz",
    ]),
    wilcoxon: fieldsWithReasons(overall.wilcoxon, WILCOXON_FIELDS),
    ...fieldsWithReasons(overall, ["alphaE", "alphaP", "servperf"]),
  };
}

function qMatrixJson(q: QMatrixResult) {
  return {
    ...pick(q, ["x", "y", "xThreshold", "yThreshold"]),
    items: q.items.map((point) => ({ ...point, reasons: point.reasons ?? {} })),
    ...pick(q, ["dimensionXThreshold", "dimensionYThreshold"]),
    dimensions: q.dimensions.map((point) => ({ ...point, reasons: point.reasons ?? {} })),
    reasons: q.reasons ?? {},
  };
}

const GAP1_FIELDS = [
  "nManagers",
  "nCustomers",
  "meanManagers",
  "meanCustomers",
  "gap",
  "t",
  "df",
  "p",
  "ci95",
] as const satisfies readonly (keyof Gap1Stats)[];

/** Gap 1 from the managers' survey (docs/gap-model.md); null when none was given. */
function gap1Json(gap1: Gap1Result | null) {
  if (gap1 === null) return null;
  return {
    items: gap1.items.map((item) => ({ item: item.item, ...fieldsWithReasons(item, GAP1_FIELDS) })),
    dimensions: gap1.dimensions.map((d) => ({
      dimension: d.dimension,
      ...fieldsWithReasons(d, GAP1_FIELDS),
    })),
  };
}

/** The staff survey's factors and gaps 1–4 (docs/gap-model.md); null when none was given. */
function staffJson(staff: StaffAnalysis | null) {
  if (staff === null) return null;
  return {
    respondents: staff.respondents,
    factors: staff.factors.map((f) =>
      fieldsWithReasons(f, ["factor", "gap", "n", "mean", "ci95", "alpha"])
    ),
    gaps: staff.gaps.map((g) => fieldsWithReasons(g, ["gap", "risk", "answers", "likelyCauses"])),
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
