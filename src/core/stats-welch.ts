/**
 * Welch's t-test for two independent groups (unequal variances): the difference of means
 * a − b, t = (m_a − m_b) / √(s_a²/n_a + s_b²/n_b), Welch–Satterthwaite df, two-sided p and the
 * t-based 95% CI of the difference. Used where the two groups are different people (managers
 * and customers for gap 1). docs/gap-model.md.
 */
import type { NullReason } from "./null-reasons";
import { summarise, tCdf, tQuantile, type Summary } from "./stats";

export interface WelchTest {
  /** m_a − m_b; null when either group has no value. */
  difference: number | null;
  t: number | null;
  df: number | null;
  p: number | null;
  ci95: [number, number] | null;
  /** Why t (and df, p, ci95) is null; null when they are numbers. */
  reason: NullReason | null;
}

export function welchFromSummaries(a: Summary, b: Summary): WelchTest {
  const none = (difference: number | null, reason: NullReason): WelchTest => ({
    difference,
    t: null,
    df: null,
    p: null,
    ci95: null,
    reason,
  });
  if (a.mean === null || b.mean === null) return none(null, "noValidAnswers");
  const difference = a.mean - b.mean;
  if (a.n < 2 || b.n < 2 || a.sd === null || b.sd === null)
    return none(difference, "tooFewRespondents");
  const va = (a.sd * a.sd) / a.n;
  const vb = (b.sd * b.sd) / b.n;
  if (va + vb === 0) return none(difference, "zeroVariance");
  const se = Math.sqrt(va + vb);
  const t = difference / se;
  const df = ((va + vb) * (va + vb)) / ((va * va) / (a.n - 1) + (vb * vb) / (b.n - 1));
  const lower = tCdf(-Math.abs(t), df);
  const critical = tQuantile(0.975, df);
  if (!Number.isFinite(t) || lower === null || critical === null)
    return none(difference, "zeroVariance");
  return {
    difference,
    t,
    df,
    p: Math.min(1, 2 * lower),
    ci95: [difference - critical * se, difference + critical * se],
    reason: null,
  };
}

/** Welch's test on two samples of values (no NaN). */
export function welchTest(a: ArrayLike<number>, b: ArrayLike<number>): WelchTest {
  return welchFromSummaries(summarise(a), summarise(b));
}
