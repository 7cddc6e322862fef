/**
 * Multiplicity (docs/statistics.md): the items form one family and the dimensions another;
 * within each, the t-test p and the Wilcoxon p are Holm-adjusted separately.
 */
import { holmAdjust } from "./stats-holm";
import type { FamilyStats, GapStats } from "./types";

/** Sets pHolm and wilcoxon.pHolm of every member (null where p is null, with p's reason). */
export function applyHolm(family: (GapStats & FamilyStats)[]): void {
  const t = holmAdjust(family.map((member) => member.p));
  const rank = holmAdjust(family.map((member) => member.wilcoxon.p));
  family.forEach((member, index) => {
    member.pHolm = t[index];
    if (t[index] === null) member.reasons.pHolm = member.reasons.p ?? "zeroVariance";
    member.wilcoxon.pHolm = rank[index];
    if (rank[index] === null) {
      member.wilcoxon.reasons.pHolm = member.wilcoxon.reasons.p ?? "zeroVariance";
    }
  });
}
