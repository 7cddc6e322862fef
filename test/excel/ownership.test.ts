import { markerSheetName, resolveSheets } from "../../src/excel/ownership";

const wanted = [
  { key: "gap" as const, name: "Gap table" },
  { key: "about" as const, name: "About" },
];

describe("resolveSheets", () => {
  it("creates new sheets, renaming around a user's sheet that has the wanted name", () => {
    const { targets } = resolveSheets(wanted, [], [{ id: "u1", name: "Gap table" }], {}, []);
    expect(targets).toEqual([
      { key: "gap", name: "Gap table (2)" },
      { key: "about", name: "About" },
    ]);
  });

  it("reuses an owned sheet found by this session's id even after the user renamed it, and keeps the user's name", () => {
    const owned = [{ key: "gap" as const, name: "Gap table" }];
    const sheets = [
      { id: "s1", name: "My gaps" },
      { id: "u2", name: "Gap table" },
    ];
    const { targets } = resolveSheets(wanted, owned, sheets, {}, [], new Map([["gap", "s1"]]));
    expect(targets[0]).toEqual({
      key: "gap",
      name: "My gaps",
      existing: { id: "s1", name: "My gaps" },
    });
  });

  it("never trusts an id read from the saved state: after a reopen it can name the user's sheet", () => {
    // Ids are reassigned by position on reopen: the user's sheet now has the id ours had.
    const owned = [{ key: "gap" as const, name: "Gap table", id: "pos-1" }];
    const sheets = [
      { id: "pos-1", name: "My budget" },
      { id: "pos-2", name: "Gap table" },
    ];
    const { targets } = resolveSheets(wanted, owned, sheets, { gap: "Gap table" }, []);
    expect(targets[0].existing).toEqual({ id: "pos-2", name: "Gap table" });
  });

  it("follows the marker name when ids changed after reopening", () => {
    const owned = [{ key: "gap" as const, name: "Gap table", id: "old-session-id" }];
    const sheets = [{ id: "new", name: "Renamed" }];
    const { targets } = resolveSheets(wanted, owned, sheets, { gap: "Renamed" }, []);
    expect(targets[0].existing).toEqual({ id: "new", name: "Renamed" });
  });

  it("recreates a deleted owned sheet (marker #REF!) and never takes a user's sheet of the old name", () => {
    const owned = [{ key: "gap" as const, name: "Gap table", id: "gone" }];
    const sheets = [{ id: "u", name: "Gap table" }];
    const { targets } = resolveSheets(wanted, owned, sheets, { gap: null }, []);
    expect(targets[0]).toEqual({ key: "gap", name: "Gap table (2)" });
  });

  it("falls back to the recorded name when the workbook has no marker (state v1)", () => {
    const owned = [{ key: "gap" as const, name: "Gap table" }];
    const { targets } = resolveSheets(wanted, owned, [{ id: "x", name: "Gap table" }], {}, []);
    expect(targets[0].existing).toEqual({ id: "x", name: "Gap table" });
  });

  it("never claims the source sheet", () => {
    const owned = [{ key: "gap" as const, name: "Survey" }];
    const { targets } = resolveSheets(wanted, owned, [{ id: "x", name: "Survey" }], {}, ["Survey"]);
    expect(targets[0]).toEqual({ key: "gap", name: "Gap table" });
  });

  it("renames an unrenamed owned sheet when the wanted name changes (language or prefix)", () => {
    const owned = [{ key: "gap" as const, name: "Gap table", id: "s1" }];
    const { targets } = resolveSheets(
      [{ key: "gap", name: "差距分析" }],
      owned,
      [{ id: "s1", name: "Gap table" }],
      {},
      []
    );
    expect(targets[0]).toMatchObject({ name: "差距分析", renameFrom: "Gap table" });
  });

  it("keeps owned sheets the plan no longer draws on record, untouched", () => {
    const owned = [{ key: "levels" as const, name: "Service levels", id: "l" }];
    const { keptOwned } = resolveSheets(
      wanted,
      owned,
      [{ id: "l", name: "Service levels" }],
      {},
      []
    );
    expect(keptOwned).toEqual([{ key: "levels", name: "Service levels", id: "l" }]);
  });
});

describe("markerSheetName", () => {
  it("reads the sheet from the name's formula", () => {
    expect(markerSheetName("='Gap table (2)'!$A$1")).toBe("Gap table (2)");
    expect(markerSheetName("=About!$A$1")).toBe("About");
    expect(markerSheetName("='O''Brien'!$A$1")).toBe("O'Brien");
    expect(markerSheetName("=#REF!$A$1")).toBeNull();
  });
});
