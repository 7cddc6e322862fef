/**
 * The five gaps' readings for the gap-model diagram (docs/gap-model.md): what was measured for
 * each gap and its status. Gap 5 is the unweighted SERVQUAL score; gap 1 the mean of the
 * dimensions' gap 1 (managers − customers) and/or the staff survey's risk for gap 1; gaps 2–4
 * the staff survey's risk. Status: a problem when gap 5 or gap 1 lies below −δ or a risk is
 * ≥ 50%; to watch when gap 1 lies above δ (management overestimates) or a risk is ≥ 25%;
 * otherwise OK; unmeasured without the data.
 */
import type { GapNumber } from "./improvement-actions";
import type { Analysis } from "./types";

export type GapStatus = "problem" | "watch" | "ok" | "unmeasured";

export const RISK_PROBLEM = 0.5;
export const RISK_WATCH = 0.25;

export interface StaffRisk {
  risk: number;
  /** Factor ids, weakest first (at most two). */
  likelyCauses: string[];
}

export interface GapModelReading {
  status: GapStatus;
  /** Gap 5: the SERVQUAL score; gap 1: managers − customers (mean of the dimensions). */
  value: number | null;
  /** Gaps 1–4 from the staff survey. */
  staff: StaffRisk | null;
}

const ORDER: GapStatus[] = ["unmeasured", "ok", "watch", "problem"];

function worse(a: GapStatus, b: GapStatus): GapStatus {
  return ORDER.indexOf(a) >= ORDER.indexOf(b) ? a : b;
}

function meanOf(values: (number | null)[]): number | null {
  const present = values.filter((v): v is number => v !== null);
  return present.length === 0 ? null : present.reduce((s, v) => s + v, 0) / present.length;
}

function riskStatus(risk: number): GapStatus {
  return risk >= RISK_PROBLEM ? "problem" : risk >= RISK_WATCH ? "watch" : "ok";
}

export function gapModelReadings(
  analysis: Analysis,
  tolerance: number
): Record<GapNumber, GapModelReading> {
  const staffRisk = (gap: 1 | 2 | 3 | 4): StaffRisk | null => {
    const result = analysis.staff?.gaps.find((g) => g.gap === gap);
    return !result || result.risk === null
      ? null
      : { risk: result.risk, likelyCauses: result.likelyCauses };
  };

  const score = analysis.overall.unweightedGap;
  const gap5: GapModelReading = {
    status: score === null ? "unmeasured" : score < -tolerance ? "problem" : "ok",
    value: score,
    staff: null,
  };

  const gap1Value = analysis.gap1 ? meanOf(analysis.gap1.dimensions.map((d) => d.gap)) : null;
  const gap1Staff = staffRisk(1);
  const surveyStatus: GapStatus =
    gap1Value === null
      ? "unmeasured"
      : gap1Value < -tolerance
        ? "problem"
        : gap1Value > tolerance
          ? "watch"
          : "ok";
  const gap1: GapModelReading = {
    status: worse(surveyStatus, gap1Staff === null ? "unmeasured" : riskStatus(gap1Staff.risk)),
    value: gap1Value,
    staff: gap1Staff,
  };

  const internal = (gap: 2 | 3 | 4): GapModelReading => {
    const staff = staffRisk(gap);
    return { status: staff === null ? "unmeasured" : riskStatus(staff.risk), value: null, staff };
  };
  return { 1: gap1, 2: internal(2), 3: internal(3), 4: internal(4), 5: gap5 };
}
