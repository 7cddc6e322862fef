import { toExcelRows, toExcelValue } from "../../src/excel/cell-text";

describe("toExcelValue: user text never reaches Excel as a formula", () => {
  it.each([
    ['=HYPERLINK("http://x","y")', '\'=HYPERLINK("http://x","y")'],
    ["+1+1", "'+1+1"],
    ["-5", "'-5"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["  =cmd", "'  =cmd"],
    ["'quoted", "''quoted"],
    ["2024-01-05", "'2024-01-05"],
    ["TRUE", "'TRUE"],
    ["Tangibles", "'Tangibles"],
  ])("%s is written with the text marker", (text, written) => {
    expect(toExcelValue(text)).toBe(written);
  });

  it("keeps numbers and booleans as they are", () => {
    expect(toExcelValue(-0.25)).toBe(-0.25);
    expect(toExcelValue(false)).toBe(false);
  });

  it("writes empty for null, empty text and non-finite numbers (Excel rejects NaN)", () => {
    expect(toExcelRows([[null, "", Number.NaN, Infinity]])).toEqual([["", "", "", ""]]);
  });
});
