/**
 * Gaps 2–4 (and the internal side of gap 1) from the staff survey (docs/gap-model.md).
 *
 * Per factor: each staff member's score is the mean of their valid answers to its statements
 * (after reverse coding, so higher is better); n, mean and the t-based 95% CI are over those
 * scores; α is Cronbach's over the staff who answered every statement of the factor.
 * Per gap: the risk score is the share of all valid answers to its factors' statements that
 * lie below the scale midpoint, and the two factors with the lowest mean are named as the
 * likely causes.
 */
import { cellNumber, isBlankCell } from "./responses-cells";
import { normaliseHeader } from "./header-normalise";
import type { NullReasons } from "./null-reasons";
import { cronbachAlpha, summarise, tQuantile } from "./stats";
import type { InternalGap, StaffInstrument } from "./staff-instrument";
import type { LocalisedText, RawCell, SurveyTable } from "./types";

export interface FactorResult {
  factor: string;
  /** The instrument's name of the factor (built-in or a config's custom instrument). */
  label: LocalisedText;
  gap: InternalGap;
  n: number;
  mean: number | null;
  ci95: [number, number] | null;
  alpha: number | null;
  reasons: NullReasons<"mean" | "ci95" | "alpha">;
}

export interface InternalGapResult {
  gap: InternalGap;
  /** Share (0–1) of valid answers below the scale midpoint; null without answers. */
  risk: number | null;
  answers: number;
  /** The two factors with the lowest mean (fewer when fewer have a mean). */
  likelyCauses: string[];
  reasons: NullReasons<"risk">;
}

export interface StaffAnalysis {
  respondents: number;
  factors: FactorResult[];
  gaps: InternalGapResult[];
  /** Statements with no column in the staff survey, by id. */
  unmapped: string[];
}

/** The staff survey's column for each statement: a header that reads as its id ("S1", "s 1"). */
export function staffColumns(
  headers: readonly string[],
  instrument: StaffInstrument
): (number | null)[] {
  const byKey = new Map<string, number>();
  const repeated = new Set<string>();
  headers.forEach((header, index) => {
    const key = normaliseHeader(header).replace(/\s+/g, "");
    if (byKey.has(key)) repeated.add(key);
    else byKey.set(key, index);
  });
  return instrument.statements.map((s) => {
    const key = s.id.toLowerCase();
    return repeated.has(key) ? null : (byKey.get(key) ?? null);
  });
}

function inScale(value: number, min: number, max: number): boolean {
  return value === value && value >= min && value <= max;
}

export function analyseStaff(table: SurveyTable, instrument: StaffInstrument): StaffAnalysis {
  const { min, max } = instrument.scale;
  const midpoint = (min + max) / 2;
  const columns = staffColumns(table.headers, instrument);
  const rows = table.rows.filter((row) => !row.every((cell: RawCell) => isBlankCell(cell)));
  // answers[s][r]: statement s of staff member r, rescored; NaN when missing or invalid.
  const answers = instrument.statements.map((statement, s) => {
    const column = columns[s];
    const out = new Float64Array(rows.length).fill(NaN);
    if (column === null) return out;
    rows.forEach((row, r) => {
      const value = cellNumber(row[column]);
      if (inScale(value, min, max)) out[r] = statement.reverse ? min + max - value : value;
    });
    return out;
  });

  const factors = instrument.factors.map((factor): FactorResult => {
    const own = instrument.statements.flatMap((s, i) => (s.factor === factor.id ? [i] : []));
    const scores: number[] = [];
    for (let r = 0; r < rows.length; r++) {
      let sum = 0;
      let n = 0;
      for (const i of own) {
        const v = answers[i][r];
        if (v === v) {
          sum += v;
          n++;
        }
      }
      if (n > 0) scores.push(sum / n);
    }
    const summary = summarise(scores);
    const reasons: FactorResult["reasons"] = {};
    let ci95: [number, number] | null = null;
    if (summary.mean === null) reasons.mean = "noValidAnswers";
    if (summary.n < 2 || summary.sd === null)
      reasons.ci95 = summary.n === 0 ? "noValidAnswers" : "tooFewRespondents";
    else {
      const critical = tQuantile(0.975, summary.n - 1);
      const half = critical === null ? null : (critical * summary.sd) / Math.sqrt(summary.n);
      if (half !== null && summary.mean !== null) ci95 = [summary.mean - half, summary.mean + half];
    }
    const alpha = own.length < 2 ? null : cronbachAlpha(own.map((i) => answers[i]));
    if (alpha === null) reasons.alpha = own.length < 2 ? "tooFewItems" : "zeroVariance";
    return {
      factor: factor.id,
      label: factor.label,
      gap: factor.gap,
      n: summary.n,
      mean: summary.mean,
      ci95,
      alpha,
      reasons,
    };
  });

  const gaps = ([1, 2, 3, 4] as const).map((gap): InternalGapResult => {
    const own = new Set(instrument.factors.filter((f) => f.gap === gap).map((f) => f.id));
    let below = 0;
    let count = 0;
    instrument.statements.forEach((statement, i) => {
      if (!own.has(statement.factor)) return;
      for (const v of answers[i]) {
        if (v !== v) continue;
        count++;
        if (v < midpoint) below++;
      }
    });
    const likelyCauses = factors
      .filter((r) => r.gap === gap && r.mean !== null)
      .sort((a, b) => (a.mean as number) - (b.mean as number))
      .slice(0, 2)
      .map((r) => r.factor);
    return {
      gap,
      risk: count === 0 ? null : below / count,
      answers: count,
      likelyCauses,
      reasons: count === 0 ? { risk: "noValidAnswers" } : {},
    };
  });

  return {
    respondents: rows.length,
    factors,
    gaps,
    unmapped: instrument.statements.filter((_, i) => columns[i] === null).map((s) => s.id),
  };
}
