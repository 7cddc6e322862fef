/**
 * Why a statistic is null. Every null number in the Analysis carries one of these codes in
 * a `reasons` map beside it (`{ "<field>": "<code>" }`), so a reader never has to guess
 * whether a blank means "not computed", "undefined" or "no data". The list is closed and
 * documented in docs/json-output.md; add a code here and there together.
 */
export const NULL_REASONS = [
  /** No valid answer (or pair of answers) at all. */
  "noValidAnswers",
  /** Fewer respondents (or values) than the statistic needs, e.g. n < 2 for an SD. */
  "tooFewRespondents",
  /** Every value is the same, so an SD-based statistic (t, d_z, r, α) is undefined. */
  "zeroVariance",
  /** A rank test where every difference is zero, or every value ties. */
  "allValuesEqual",
  /** A scale statistic (α, item-total r, α if deleted) with too few items. */
  "tooFewItems",
  /** A between-group test with fewer than two groups that qualify. */
  "tooFewGroups",
  /** The column (importance, weight, adequate, desired, …) is not mapped. */
  "notMapped",
  /** Mapped, but no row holds a usable value (e.g. every weight row invalid). */
  "noUsableValues",
  /** A comparison with a previous cycle when there is none. */
  "noPreviousCycle",
  /** An input the user did not give (e.g. how many questionnaires were distributed). */
  "notGiven",
  /** A value that is only defined for a subset (e.g. no adjusted p for the overall score). */
  "notApplicable",
] as const;

export type NullReason = (typeof NULL_REASONS)[number];

/** The reasons for the null fields of one result object; fields that are numbers are absent. */
export type NullReasons<Field extends string = string> = Partial<Record<Field, NullReason>>;

export function isNullReason(value: string): value is NullReason {
  return (NULL_REASONS as readonly string[]).includes(value);
}
