/**
 * The reasons beside the null fields of an item, dimension or overall result
 * (src/core/null-reasons.ts; docs/json-output.md lists them).
 */
import type { NullReason, NullReasons } from "./null-reasons";

/** Why a statistic that needs n ≥ 2 and some spread (SD, t, p, CI, d_z) is null. */
export function spreadReason(n: number): NullReason {
  if (n === 0) return "noValidAnswers";
  if (n < 2) return "tooFewRespondents";
  return "zeroVariance";
}

/**
 * For each listed field whose value is null, `reasonOf(field)`; fields with a value are
 * left out.
 */
export function reasonsOf<Field extends string>(
  values: Record<Field, unknown>,
  reasonOf: (field: Field) => NullReason
): NullReasons<Field> {
  const reasons: NullReasons<Field> = {};
  for (const field of Object.keys(values) as Field[]) {
    if (values[field] === null) reasons[field] = reasonOf(field);
  }
  return reasons;
}

/** The paired-gap fields of GapStats: means and shares need an answer, the rest spread. */
export function gapReasons(
  n: number,
  values: Record<
    "meanE" | "meanP" | "gap" | "sdGap" | "t" | "df" | "p" | "ci95" | "share" | "level",
    unknown
  >,
  dzReason: NullReason | null
): NullReasons {
  const reasons: NullReasons = reasonsOf(values, (field) => {
    switch (field) {
      case "meanE":
      case "meanP":
      case "gap":
      case "share":
      case "level":
        return "noValidAnswers";
      default:
        return spreadReason(n);
    }
  });
  if (dzReason !== null) reasons.dz = dzReason;
  return reasons;
}
