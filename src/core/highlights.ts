/**
 * The figures a manager quotes, decided once for the pane, the CLI summary and the report
 * (docs/statistics.md, "Highlights"): the worst items, dimensions with a low α, dimension
 * ranks and weight × gap contributions, the count of significant gaps and of effect sizes,
 * the items the reliability diagnostics flag.
 */
import { roundForRanking } from "./rank-counts";
import { effectSizeOf } from "./stats-effect";
import type { Analysis, DimensionResult, ItemResult } from "./types";

/** Cronbach's α below this is flagged: the usual acceptability threshold (Nunnally). */
export const ALPHA_THRESHOLD = 0.7;
/** Holm-adjusted p below this counts as a significant gap. */
export const SIGNIFICANCE_LEVEL = 0.05;
/** How many items the "worst items" list holds. */
export const WORST_ITEM_COUNT = 3;

export interface LowAlpha {
  dimension: string;
  side: "E" | "P";
  alpha: number;
}

export interface DimensionHighlight {
  dimension: string;
  /** Competition rank of the gap from the lowest (1 = most negative); null without a gap. */
  rank: number | null;
  /** weight × gap, the dimension's share of the weighted score; null without either. */
  contribution: number | null;
}

export interface TestCounts {
  /** Items with a Holm-adjusted t-test p. */
  tested: number;
  /** Of those, items with pHolm < SIGNIFICANCE_LEVEL. */
  significant: number;
  /** Items by the size of |d_z| (docs/statistics.md, "Effect size"). */
  large: number;
  medium: number;
  small: number;
}

export interface FlaggedItem {
  item: string;
  side: "E" | "P";
}

export interface Highlights {
  /** The lowest item gaps, worst first (see worstItems). */
  worstItems: ItemResult[];
  /** Items without a gap (nobody answered both E and P): never among the worst items. */
  itemsWithoutGap: string[];
  lowAlphas: LowAlpha[];
  /** One per dimension, in the analysis's order. */
  dimensions: DimensionHighlight[];
  tests: TestCounts;
  flaggedItems: FlaggedItem[];
}

export function highlights(analysis: Analysis, worstCount = WORST_ITEM_COUNT): Highlights {
  return {
    worstItems: worstItems(analysis.items, worstCount),
    itemsWithoutGap: analysis.items.filter((i) => !isNumber(i.gap)).map((i) => i.item),
    lowAlphas: lowAlphas(analysis.dimensions),
    dimensions: dimensionHighlights(analysis.dimensions),
    tests: testCounts(analysis.items),
    flaggedItems: analysis.dimensions.flatMap((d) =>
      d.itemDiagnostics.filter((x) => x.flag).map((x) => ({ item: x.item, side: x.side }))
    ),
  };
}

/**
 * The `count` lowest item gaps, worst first. An item without a gap is left out: it is
 * unknown, not good or bad, and sorting it as 0 would put it among the worst of an
 * all-positive survey. Gaps equal to 9 decimals tie (the rank tests' rounding) and keep
 * the instrument's order.
 */
export function worstItems(items: readonly ItemResult[], count = WORST_ITEM_COUNT): ItemResult[] {
  return items
    .map((item, order) => ({ item, order }))
    .filter(({ item }) => isNumber(item.gap))
    .sort((a, b) => {
      const ga = roundForRanking(a.item.gap as number);
      const gb = roundForRanking(b.item.gap as number);
      return ga !== gb ? ga - gb : a.order - b.order;
    })
    .slice(0, Math.max(0, count))
    .map(({ item }) => item);
}

/** Each side of each dimension whose α is below ALPHA_THRESHOLD (E before P). */
export function lowAlphas(dimensions: readonly DimensionResult[]): LowAlpha[] {
  const low: LowAlpha[] = [];
  for (const d of dimensions) {
    if (isLow(d.alphaE)) low.push({ dimension: d.dimension, side: "E", alpha: d.alphaE });
    if (isLow(d.alphaP)) low.push({ dimension: d.dimension, side: "P", alpha: d.alphaP });
  }
  return low;
}

export function isLowAlpha(alpha: number | null): boolean {
  return isLow(alpha);
}

function isLow(alpha: number | null): alpha is number {
  return isNumber(alpha) && alpha < ALPHA_THRESHOLD;
}

function dimensionHighlights(dimensions: readonly DimensionResult[]): DimensionHighlight[] {
  const ranks = rankAscending(dimensions.map((d) => d.gap));
  return dimensions.map((d, index) => ({
    dimension: d.dimension,
    rank: ranks[index],
    contribution: weightedContribution(d.weight, d.gap),
  }));
}

/** weight × gap; null unless both are finite. */
export function weightedContribution(weight: number | null, gap: number | null): number | null {
  return isNumber(weight) && isNumber(gap) ? weight * gap : null;
}

/**
 * Competition ranking ("1, 2, 2, 4", like Excel's RANK.EQ) from the lowest value up,
 * values equal to 9 decimals tying. Missing values get no rank and take no place.
 */
export function rankAscending(values: readonly (number | null)[]): (number | null)[] {
  const present = values.filter(isNumber).map(roundForRanking);
  return values.map((value) => {
    if (!isNumber(value)) return null;
    const r = roundForRanking(value);
    return 1 + present.filter((other) => other < r).length;
  });
}

function testCounts(items: readonly ItemResult[]): TestCounts {
  const counts: TestCounts = { tested: 0, significant: 0, large: 0, medium: 0, small: 0 };
  for (const item of items) {
    if (isNumber(item.pHolm)) {
      counts.tested++;
      if (item.pHolm < SIGNIFICANCE_LEVEL) counts.significant++;
    }
    const size = effectSizeOf(item.dz);
    if (size === "large" || size === "medium" || size === "small") counts[size]++;
  }
  return counts;
}

function isNumber(value: number | null | undefined): value is number {
  return value !== null && value !== undefined && Number.isFinite(value);
}
