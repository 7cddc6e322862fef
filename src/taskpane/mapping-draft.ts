/**
 * The mapping as the UI edits it: one slot per (role, item), (weight, dimension), id and
 * segment, each holding a 0-based table column index or null. Pure helpers convert between
 * this draft, the detector's output and the config's `columns` list.
 */
import {
  type ColumnMapping,
  type Instrument,
  type ItemRole,
  type Role,
  type Detection,
  type QuestionEvidence,
  type ResolvedMapping,
  type UndecidedColumns,
  columnLetter,
} from "../core";

export const ITEM_ROLES: ItemRole[] = [
  "expectation",
  "perception",
  "importance",
  "adequate",
  "desired",
];
export const REQUIRED_ROLES: ItemRole[] = ["expectation", "perception"];

export type SlotKey = string;

export interface MappingDraft {
  slots: Record<SlotKey, number | null>;
  /** Detector confidence 0..1 per slot; absent when the user chose the column. */
  confidence: Record<SlotKey, number>;
  /** Slots the detector found several candidates for, left unassigned on purpose. */
  ambiguous: Record<SlotKey, number[]>;
  /** Why a question-block column was put in its slot (docs/detection.md); absent otherwise. */
  evidence?: Record<SlotKey, QuestionEvidence>;
  /** Question columns detection would not place (docs/detection.md, "What is refused"). */
  undecided?: UndecidedColumns[];
}

export function emptyDraft(): MappingDraft {
  return { slots: {}, confidence: {}, ambiguous: {} };
}

export function itemSlot(role: ItemRole, item: string): SlotKey {
  return `${role}|${item}`;
}
export function weightSlot(dimension: string): SlotKey {
  return `weight|${dimension}`;
}
export const ID_SLOT: SlotKey = "id";
export const SEGMENT_SLOT: SlotKey = "segment";

function slotFor(role: Role, item?: string, dimension?: string): SlotKey | null {
  if (role === "id") return ID_SLOT;
  if (role === "segment") return SEGMENT_SLOT;
  if (role === "weight") return dimension ? weightSlot(dimension) : null;
  // The managers' survey is another table: it has no slot in the customer mapping.
  if (role === "management") return null;
  return item ? itemSlot(role, item) : null;
}

export function draftFromDetection(detection: Detection): MappingDraft {
  const draft = emptyDraft();
  const conflicted = new Set<SlotKey>();
  for (const conflict of detection.conflicts) {
    const key = slotFor(conflict.role, conflict.item, conflict.dimension);
    if (!key) continue;
    conflicted.add(key);
    draft.ambiguous[key] = [...conflict.indices];
    draft.slots[key] = null;
  }
  if (detection.undecided) draft.undecided = detection.undecided;
  for (const column of detection.columns) {
    const key = slotFor(column.role, column.item, column.dimension);
    if (!key || conflicted.has(key)) continue;
    draft.slots[key] = column.index;
    draft.confidence[key] = column.confidence;
    if (column.evidence) draft.evidence = { ...draft.evidence, [key]: column.evidence };
  }
  return draft;
}

export function draftFromResolved(resolved: ResolvedMapping, instrument: Instrument): MappingDraft {
  const draft = emptyDraft();
  const perItem = (role: ItemRole, indices: (number | null)[] | null) => {
    if (!indices) return;
    instrument.items.forEach((item, i) => {
      const index = indices[i];
      if (index !== null && index !== undefined) draft.slots[itemSlot(role, item.id)] = index;
    });
  };
  perItem("expectation", resolved.expectation);
  perItem("perception", resolved.perception);
  perItem("importance", resolved.importance);
  perItem("adequate", resolved.adequate);
  perItem("desired", resolved.desired);
  resolved.weight?.forEach((index, d) => {
    const dimension = instrument.dimensions[d];
    if (index !== null && dimension) draft.slots[weightSlot(dimension.id)] = index;
  });
  if (resolved.id !== null) draft.slots[ID_SLOT] = resolved.id;
  if (resolved.segment !== null) draft.slots[SEGMENT_SLOT] = resolved.segment;
  return draft;
}

/** The user picked a column: it is now certain, and no longer ambiguous. */
export function assignSlot(draft: MappingDraft, key: SlotKey, index: number | null): MappingDraft {
  const confidence = { ...draft.confidence };
  delete confidence[key];
  const ambiguous = { ...draft.ambiguous };
  delete ambiguous[key];
  const next: MappingDraft = { slots: { ...draft.slots, [key]: index }, confidence, ambiguous };
  if (draft.undecided) next.undecided = draft.undecided;
  if (draft.evidence) {
    const evidence = { ...draft.evidence };
    delete evidence[key];
    next.evidence = evidence;
  }
  return next;
}

/** A header names its column when it is non-blank and unique; otherwise the column letter does. */
export function columnReference(headers: string[], index: number, colOffset: number): string {
  const header = (headers[index] ?? "").trim();
  const unique = header !== "" && headers.filter((h) => (h ?? "").trim() === header).length === 1;
  return unique ? header : columnLetter(colOffset + index);
}

export function draftToColumns(
  draft: MappingDraft,
  instrument: Instrument,
  headers: string[],
  colOffset: number
): ColumnMapping[] {
  const columns: ColumnMapping[] = [];
  const push = (key: SlotKey, mapping: Omit<ColumnMapping, "column">) => {
    const index = draft.slots[key];
    if (index === null || index === undefined) return;
    columns.push({ column: columnReference(headers, index, colOffset), ...mapping });
  };
  for (const role of ITEM_ROLES) {
    for (const item of instrument.items) push(itemSlot(role, item.id), { role, item: item.id });
  }
  for (const dimension of instrument.dimensions)
    push(weightSlot(dimension.id), { role: "weight", dimension: dimension.id });
  push(ID_SLOT, { role: "id" });
  push(SEGMENT_SLOT, { role: "segment" });
  return columns;
}

/** Items lacking an expectation or perception column. */
export function missingItems(draft: MappingDraft, instrument: Instrument): string[] {
  return instrument.items
    .filter((item) => REQUIRED_ROLES.some((role) => draft.slots[itemSlot(role, item.id)] == null))
    .map((item) => item.id);
}

export function hasRole(draft: MappingDraft, instrument: Instrument, role: ItemRole): boolean {
  return instrument.items.some((item) => draft.slots[itemSlot(role, item.id)] != null);
}
