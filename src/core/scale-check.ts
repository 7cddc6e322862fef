/**
 * Which answer scale to analyse with, decided from the answers themselves before any is
 * read: a scale that leaves many answers outside it is a wrong scale, not bad data, and
 * a preset's 1–7 default on answers that all lie in 1–5 is a 5-point survey. The one
 * place this is decided; see docs/data-quality.md ("The scale check").
 */
import { NumberTally, type AnswerRange } from "./number-tally";
import { cellNumber } from "./responses-cells";
import type { ResolvedMapping } from "./mapping-types";
import type { Scale, SurveyTable } from "./types";

/**
 * Where the scale in force came from:
 * - "explicit": the user said it (config `scale`, `--scale`, a custom instrument, the pane's editor);
 * - "presetDefault": only a preset's default (SERVQUAL-22's 1–7), nobody chose it;
 * - "labels": inferred from the answers' text labels (a set of k labels read as 1..k).
 * Only "presetDefault" may be narrowed to 1–5.
 */
export type ScaleSource = "explicit" | "presetDefault" | "labels";

/** A suggested scale may leave this share of answers outside it (stray typos such as a 9). */
export const SUGGESTION_SLACK = 0.01;

export type ScaleDecision =
  | {
      ok: true;
      scale: Scale;
      /** True when a preset's 1–7 default was replaced by 1–5 (the caller says so). */
      narrowed: boolean;
      /** The scale the decision started from. */
      given: Scale;
    }
  | {
      ok: false;
      given: Scale;
      /** The smallest common scale holding every answer. */
      suggested: Scale;
      /** Share of the numeric answers outside `given` (0..1). */
      outsideShare: number;
      range: AnswerRange;
    };

/** More than this share of numeric answers outside the scale means the scale is wrong. */
export const MAX_OUTSIDE_SHARE = 0.05;

export const FIVE_POINT: Scale = { min: 1, max: 5 };

/** Scales seen in practice, smallest first; the suggestion is the first that holds the data. */
const COMMON_SCALES: Scale[] = [
  { min: 1, max: 5 },
  { min: 1, max: 7 },
  { min: 1, max: 9 },
  { min: 1, max: 10 },
  { min: 0, max: 10 },
  { min: 0, max: 100 },
];

export function scaleText(scale: Scale): string {
  return `${scale.min}–${scale.max}`;
}

/**
 * The first common scale leaving at most SUGGESTION_SLACK of the answers outside it (so one
 * stray 9 in 1–7 data still suggests 1–7); otherwise the data's own whole-number span.
 */
export function suggestScale(range: AnswerRange): Scale {
  const found = COMMON_SCALES.find((s) => {
    if (range.values === null) return s.min <= range.min && range.max <= s.max;
    let outside = 0;
    for (const [value, n] of range.values) if (value < s.min || value > s.max) outside += n;
    return outside <= SUGGESTION_SLACK * range.count;
  });
  if (found) return { ...found };
  const low = Math.floor(range.min);
  const high = Math.ceil(range.max);
  return { min: low, max: high > low ? high : low + 1 };
}

/**
 * One pass over the mapped E and P columns: count, extremes, and how many lie outside
 * `scale`. The pipeline fills a NumberTally while it reads the answers' texts and needs this
 * pass only when the answers took more than MAX_DISTINCT_VALUES values.
 */
export function answerRange(
  table: SurveyTable,
  mapping: Pick<ResolvedMapping, "expectation" | "perception">,
  scale: Scale,
  /** Numbers that mean "no answer" (a config's answers.missing, e.g. 99): not counted. */
  skip: ReadonlySet<number> = new Set()
): AnswerRange {
  const columns = [...mapping.expectation, ...mapping.perception].filter(
    (c): c is number => c !== null
  );
  const checkSkip = skip.size > 0;
  const tally = new NumberTally();
  let outside = 0;
  for (const row of table.rows) {
    if (!row) continue;
    for (const column of columns) {
      const value = cellNumber(row[column]);
      if (value !== value || (checkSkip && skip.has(value))) continue;
      tally.add(value);
      if (value < scale.min || value > scale.max) outside++;
    }
  }
  return tally.range(outside);
}

/**
 * The decision. Rules, in order:
 * 1. source "presetDefault", at least one answer, every answer within 1–5, scale not already
 *    1–5 → use 1–5 (`narrowed`); reverse coding then follows 1–5 (6 − x).
 * 2. more than MAX_OUTSIDE_SHARE of the answers outside the scale → stop, suggesting the
 *    smallest common scale that holds them all.
 * 3. otherwise keep the scale (the few answers outside it are flagged outOfRange).
 * `range.outside` must be counted against `scale`.
 */
export function decideScale(scale: Scale, source: ScaleSource, range: AnswerRange): ScaleDecision {
  const given = { ...scale };
  const isFivePoint = scale.min === FIVE_POINT.min && scale.max === FIVE_POINT.max;
  if (
    source === "presetDefault" &&
    range.count > 0 &&
    range.min >= FIVE_POINT.min &&
    range.max <= FIVE_POINT.max &&
    !isFivePoint
  ) {
    return { ok: true, scale: { ...FIVE_POINT }, narrowed: true, given };
  }
  const outsideShare = range.count === 0 ? 0 : range.outside / range.count;
  if (outsideShare > MAX_OUTSIDE_SHARE) {
    return {
      ok: false,
      given,
      suggested: suggestScale(range),
      outsideShare,
      range,
    };
  }
  return { ok: true, scale: given, narrowed: false, given };
}
