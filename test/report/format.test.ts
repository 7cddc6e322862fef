import {
  decimalText,
  formatP,
  idCell,
  numberCell,
  percentText,
  significanceStars,
} from "../../src/report/format";

describe("significance stars", () => {
  it("use strict thresholds 0.001, 0.01 and 0.05", () => {
    expect(significanceStars(0.0009)).toBe("***");
    expect(significanceStars(0.001)).toBe("**");
    expect(significanceStars(0.0099)).toBe("**");
    expect(significanceStars(0.01)).toBe("*");
    expect(significanceStars(0.0499)).toBe("*");
    expect(significanceStars(0.05)).toBeNull();
    expect(significanceStars(0.8)).toBeNull();
    expect(significanceStars(null)).toBeNull();
    expect(significanceStars(Number.NaN)).toBeNull();
  });
});

describe("text forms of numbers", () => {
  it("print p the way papers do", () => {
    expect(formatP(0.00004)).toBe("<0.001");
    expect(formatP(0.001)).toBe("0.001");
    expect(formatP(0.0456)).toBe("0.046");
    expect(formatP(null)).toBe("");
  });

  it("round shares to whole percents and trim decimals", () => {
    expect(percentText(0.384)).toBe("38%");
    expect(percentText(0.385)).toBe("39%");
    expect(percentText(1)).toBe("100%");
    expect(decimalText(0.1 + 0.2)).toBe("0.3");
    expect(decimalText(5)).toBe("5");
    expect(decimalText(5.2899999, 2)).toBe("5.29");
  });

  it("keep non-finite numbers off the sheet", () => {
    expect(numberCell(Number.NaN)).toBeNull();
    expect(numberCell(Number.POSITIVE_INFINITY)).toBeNull();
    expect(numberCell(undefined)).toBeNull();
    expect(numberCell(0)).toBe(0);
  });

  it("turn plain numeric item ids into numbers and leave the rest as text", () => {
    expect(idCell("7")).toBe(7);
    expect(idCell("22")).toBe(22);
    expect(idCell("007")).toBe("007");
    expect(idCell("q7")).toBe("q7");
    expect(idCell("1.5")).toBe("1.5");
    expect(idCell("1234567890123456")).toBe("1234567890123456");
  });
});
