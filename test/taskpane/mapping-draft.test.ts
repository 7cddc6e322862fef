import type { Detection } from "../../src/core/mapping";
import type { Instrument } from "../../src/core/types";
import {
  assignSlot,
  columnReference,
  draftFromDetection,
  draftToColumns,
  emptyDraft,
  hasRole,
  itemSlot,
  missingItems,
  weightSlot,
} from "../../src/taskpane/mapping-draft";

const instrument: Instrument = {
  id: "custom",
  scale: { min: 1, max: 5 },
  dimensions: [{ id: "a", label: { en: "A" } }],
  items: [
    { id: "1", dimension: "a", label: { en: "one" }, reverse: false },
    { id: "2", dimension: "a", label: { en: "two" }, reverse: false },
  ],
};

describe("mapping draft", () => {
  const headers = ["ID", "E1", "P1", "E2", "E2", "Weight A"];
  const detection: Detection = {
    columns: [
      { index: 0, header: "ID", role: "id", confidence: 0.9 },
      { index: 1, header: "E1", role: "expectation", item: "1", confidence: 1 },
      { index: 2, header: "P1", role: "perception", item: "1", confidence: 0.8 },
      { index: 5, header: "Weight A", role: "weight", dimension: "a", confidence: 0.95 },
    ],
    missing: [{ item: "2", role: "perception" }],
    conflicts: [{ role: "expectation", item: "2", indices: [3, 4] }],
    unmatched: [],
  };

  test("detected columns fill slots with their confidence; conflicts stay empty and are listed", () => {
    const draft = draftFromDetection(detection);
    expect(draft.slots[itemSlot("expectation", "1")]).toBe(1);
    expect(draft.confidence[itemSlot("perception", "1")]).toBe(0.8);
    expect(draft.slots[weightSlot("a")]).toBe(5);
    expect(draft.slots.id).toBe(0);
    expect(draft.slots[itemSlot("expectation", "2")]).toBeNull();
    expect(draft.ambiguous[itemSlot("expectation", "2")]).toEqual([3, 4]);
    expect(missingItems(draft, instrument)).toEqual(["2"]);
  });

  test("a user's choice clears the confidence and the ambiguity of that slot", () => {
    const draft = assignSlot(draftFromDetection(detection), itemSlot("expectation", "2"), 4);
    expect(draft.slots[itemSlot("expectation", "2")]).toBe(4);
    expect(draft.ambiguous[itemSlot("expectation", "2")]).toBeUndefined();
    expect(draft.confidence[itemSlot("expectation", "2")]).toBeUndefined();
  });

  test("columns are named by unique header text, duplicates and blanks by sheet letter", () => {
    // colOffset 2: table column 0 is sheet column C.
    expect(columnReference(headers, 1, 2)).toBe("E1");
    expect(columnReference(headers, 3, 2)).toBe("F");
    expect(columnReference(["", "x"], 0, 0)).toBe("A");
  });

  test("the draft becomes config columns in a stable order (roles, weights, id, segment)", () => {
    let draft = draftFromDetection(detection);
    draft = assignSlot(draft, itemSlot("expectation", "2"), 4);
    draft = assignSlot(draft, itemSlot("perception", "2"), 2);
    expect(draftToColumns(draft, instrument, headers, 0)).toEqual([
      { column: "E1", role: "expectation", item: "1" },
      { column: "E", role: "expectation", item: "2" },
      { column: "P1", role: "perception", item: "1" },
      { column: "P1", role: "perception", item: "2" },
      { column: "Weight A", role: "weight", dimension: "a" },
      { column: "ID", role: "id" },
    ]);
  });

  test("hasRole tells whether any item has a column for a role", () => {
    const draft = assignSlot(emptyDraft(), itemSlot("importance", "2"), 3);
    expect(hasRole(draft, instrument, "importance")).toBe(true);
    expect(hasRole(draft, instrument, "desired")).toBe(false);
  });
});
