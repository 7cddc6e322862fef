/**
 * From diagnosis to action: which items and dimensions go into the action plan, and the
 * actions suggested for each (docs/action-plan.md).
 *
 * In the plan: every dimension whose mean gap is below expectations (level "below", so the
 * tolerance δ applies) and every item in the Q-matrix's "improve first" quadrant, each with
 * its gap. Dimensions come first, then items; within each, the worst gap first (ties in
 * questionnaire order). Rows a team worked on in an earlier run whose item or dimension has
 * left the plan are kept, marked "resolved?" with the gap they have now, so that nobody's
 * notes disappear and the team can confirm the improvement.
 */
import { actionsForDimension, type ImprovementAction } from "./improvement-actions";
import type { Analysis, Instrument, LocalisedText } from "./types";

export type ActionPlanScope = "dimension" | "item";

/** Why a row is in the plan. */
export type ActionPlanReason = "belowExpectations" | "improveFirst" | "resolved?";

export interface ActionPlanRow {
  /** Stable across runs: "dimension:<id>" or "item:<id>"; user columns are matched on it. */
  key: string;
  scope: ActionPlanScope;
  /** Item or dimension id. */
  id: string;
  /** The dimension the row belongs to (itself for a dimension row). */
  dimension: string;
  label: LocalisedText;
  /** The gap P − E now; null when it cannot be computed any more (e.g. no valid answers). */
  gap: number | null;
  reason: ActionPlanReason;
  actions: readonly ImprovementAction[];
}

/** How many actions an item row suggests (a dimension row lists all of its dimension's). */
export const ITEM_ACTION_COUNT = 2;

export function actionPlanKey(scope: ActionPlanScope, id: string): string {
  return `${scope}:${id}`;
}

function byGapThenOrder<T extends { gap: number | null; order: number }>(a: T, b: T): number {
  const ga = a.gap ?? Number.POSITIVE_INFINITY;
  const gb = b.gap ?? Number.POSITIVE_INFINITY;
  return ga !== gb ? ga - gb : a.order - b.order;
}

/**
 * The plan for this analysis. `previousKeys` are the keys of the rows the plan sheet held
 * before this run (read back from the workbook), in their order there.
 */
export function buildActionPlan(
  analysis: Analysis,
  instrument: Instrument,
  previousKeys: readonly string[] = []
): ActionPlanRow[] {
  const dimensionLabel = new Map(instrument.dimensions.map((d) => [d.id, d.label]));
  const itemById = new Map(instrument.items.map((i) => [i.id, i]));
  const itemResult = new Map(analysis.items.map((r) => [r.item, r]));
  const dimensionResult = new Map(analysis.dimensions.map((r) => [r.dimension, r]));

  const dimensionRows = analysis.dimensions
    .map((d, order) => ({ d, order, gap: d.gap }))
    .filter(({ d }) => d.level === "below")
    .sort(byGapThenOrder)
    .map(({ d }): ActionPlanRow => ({
      key: actionPlanKey("dimension", d.dimension),
      scope: "dimension",
      id: d.dimension,
      dimension: d.dimension,
      label: dimensionLabel.get(d.dimension) ?? { en: d.dimension },
      gap: d.gap,
      reason: "belowExpectations",
      actions: actionsForDimension(d.dimension),
    }));

  const itemRows = analysis.qMatrix.items
    .filter((q) => q.quadrant === "improve")
    .map((q) => ({ q, order: instrument.items.findIndex((i) => i.id === q.item) }))
    .map(({ q, order }) => ({ q, order, gap: itemResult.get(q.item)?.gap ?? null }))
    .sort(byGapThenOrder)
    .map(({ q, gap }): ActionPlanRow => {
      const item = itemById.get(q.item);
      const dimension = item?.dimension ?? itemResult.get(q.item)?.dimension ?? "";
      return {
        key: actionPlanKey("item", q.item),
        scope: "item",
        id: q.item,
        dimension,
        label: item?.label ?? { en: q.item },
        gap,
        reason: "improveFirst",
        actions: actionsForDimension(dimension).slice(0, ITEM_ACTION_COUNT),
      };
    });

  const current = [...dimensionRows, ...itemRows];
  const inPlan = new Set(current.map((r) => r.key));
  const carried: ActionPlanRow[] = [];
  for (const key of new Set(previousKeys)) {
    if (inPlan.has(key)) continue;
    const row = carriedRow(key, itemById, itemResult, dimensionLabel, dimensionResult);
    if (row !== null) carried.push(row);
  }
  return [...current, ...carried];
}

function carriedRow(
  key: string,
  itemById: Map<string, Instrument["items"][number]>,
  itemResult: Map<string, Analysis["items"][number]>,
  dimensionLabel: Map<string, LocalisedText>,
  dimensionResult: Map<string, Analysis["dimensions"][number]>
): ActionPlanRow | null {
  const colon = key.indexOf(":");
  if (colon < 0) return null;
  const scope = key.slice(0, colon);
  const id = key.slice(colon + 1);
  if (scope === "item") {
    const item = itemById.get(id);
    return {
      key,
      scope: "item",
      id,
      dimension: item?.dimension ?? "",
      label: item?.label ?? { en: id },
      gap: itemResult.get(id)?.gap ?? null,
      reason: "resolved?",
      actions: [],
    };
  }
  if (scope === "dimension") {
    return {
      key,
      scope: "dimension",
      id,
      dimension: id,
      label: dimensionLabel.get(id) ?? { en: id },
      gap: dimensionResult.get(id)?.gap ?? null,
      reason: "resolved?",
      actions: [],
    };
  }
  return null;
}
