/**
 * Zone of tolerance (three-column format: adequate A, desired D, perceived P per item).
 * Over the respondents with all three valid: MSA = mean(P − A), MSS = mean(P − D); below
 * the zone when P < A, above when P > D, otherwise within (an inverted A > D row that is
 * neither counts as within).
 */
import type { NullReason, NullReasons } from "./null-reasons";
import type { Responses, ZoneOfToleranceResult } from "./types";

type ZoneItem = ZoneOfToleranceResult["items"][number];

function allNull(reason: NullReason): NullReasons {
  return { msa: reason, mss: reason, share: reason };
}

function zoneItem(
  item: string,
  perception: Float64Array,
  adequate: Float64Array | null,
  desired: Float64Array | null
): ZoneItem {
  if (adequate === null || desired === null) {
    return { item, n: 0, msa: null, mss: null, share: null, reasons: allNull("notMapped") };
  }
  let n = 0;
  let sumMsa = 0;
  let sumMss = 0;
  let below = 0;
  let above = 0;
  for (let r = 0; r < perception.length; r++) {
    const p = perception[r];
    const a = adequate[r];
    const d = desired[r];
    if (p !== p || a !== a || d !== d) continue;
    n++;
    sumMsa += p - a;
    sumMss += p - d;
    if (p < a) below++;
    else if (p > d) above++;
  }
  if (n === 0) {
    return { item, n, msa: null, mss: null, share: null, reasons: allNull("noValidAnswers") };
  }
  return {
    item,
    n,
    msa: sumMsa / n,
    mss: sumMss / n,
    share: { below: below / n, within: (n - below - above) / n, above: above / n },
    reasons: {},
  };
}

/** null unless both adequate and desired columns are mapped. */
export function zoneOfTolerance(responses: Responses): ZoneOfToleranceResult | null {
  const { adequate, desired, perception, instrument } = responses;
  if (adequate === null || desired === null) return null;
  return {
    items: instrument.items.map((item, i) =>
      zoneItem(item.id, perception[i], adequate[i] ?? null, desired[i] ?? null)
    ),
  };
}
