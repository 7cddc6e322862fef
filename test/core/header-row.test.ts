import { detectHeaderRow } from "../../src/core/header-rows";

describe("detectHeaderRow", () => {
  it("skips a title row, a date line and a blank row above the header", () => {
    const grid = [
      ["Customer survey 2024", null, null, null],
      ["Exported 2024-05-01", null, null, null],
      [null, null, null, null],
      ["id", "E1", "P1", "E2"],
      [1, 5, 6, 4],
      [2, 7, 6, 3],
    ];
    expect(detectHeaderRow(grid)).toBe(3);
  });

  it("takes the first row when it is the header", () => {
    expect(
      detectHeaderRow([
        ["Q1_E", "Q1_P"],
        [5, 6],
      ])
    ).toBe(0);
  });

  it("does not take a numeric row for the header", () => {
    // Row 0 is all numbers (no header), row 1 is text: the text row wins.
    expect(
      detectHeaderRow([
        [1, 2, 3],
        ["a", "b", "c"],
        [4, 5, 6],
      ])
    ).toBe(1);
  });

  it("returns -1 for an empty grid", () => {
    expect(
      detectHeaderRow([
        [null, ""],
        [null, null],
      ])
    ).toBe(-1);
  });
});
