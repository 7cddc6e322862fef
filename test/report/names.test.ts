import { cleanSheetText, sheetName, tableName } from "../../src/report/names";

describe("sheet names", () => {
  it("prefixes the base name", () => {
    expect(sheetName("", "Gap table")).toBe("Gap table");
    expect(sheetName("Q1 ", "Gap table")).toBe("Q1 Gap table");
  });

  it("replaces the characters Excel forbids", () => {
    expect(cleanSheetText("a[b]c:d*e?f/g\\h")).toBe("a_b_c_d_e_f_g_h");
    expect(sheetName("2025/03: ", "About")).toBe("2025_03_ About");
    expect(sheetName("tab\there ", "About")).toBe("tab_here About");
  });

  it("shortens the prefix, never the base name, to 31 characters", () => {
    const name = sheetName("A very long survey prefix for the west wing - ", "Service levels");
    expect(name).toHaveLength(31);
    expect(name.endsWith("Service levels")).toBe(true);
    // 31 − "Service levels".length (14) = 17 characters of prefix
    expect(name).toBe("A very long surveService levels");
  });

  it("counts CJK characters as one each and never splits a surrogate pair", () => {
    const name = sheetName(
      "第一季度医院门诊部住院部患者满意度调查报告汇总表格数据-",
      "服务水平分级"
    );
    // 31 − 6 (服务水平分级) = 25 characters of prefix: 第一季度医院门诊部住院部患者满意度调查报告汇总表格
    expect(name).toBe("第一季度医院门诊部住院部患者满意度调查报告汇总表格服务水平分级");
    expect(name).toHaveLength(31);
    // Excel counts UTF-16 units: 24 + "😀" (2 units) would be 32, so the emoji is left out.
    const emoji = sheetName("x".repeat(24) + "😀", "Q-matrix");
    expect(emoji).toBe("x".repeat(23) + "Q-matrix");
  });

  it("drops apostrophes at either end", () => {
    expect(sheetName("'Q1' ", "About")).toBe("Q1' About");
  });
});

describe("table names", () => {
  it("derive from the prefix, starting with SQ_", () => {
    expect(tableName("", "Gap")).toBe("SQ_Gap");
    expect(tableName("Ward", "Gap")).toBe("SQ_Ward_Gap");
    expect(tableName("医院", "Gap")).toBe("SQ_医院_Gap");
  });

  it("add a hash when cleaning changed the prefix, so different prefixes stay different", () => {
    const spaced = tableName("Q1 a", "Gap");
    const dashed = tableName("Q1-a", "Gap");
    expect(spaced).toMatch(/^SQ_Q1_a_[0-9a-z]{1,5}_Gap$/);
    expect(dashed).toMatch(/^SQ_Q1_a_[0-9a-z]{1,5}_Gap$/);
    expect(spaced).not.toBe(dashed);
    expect(tableName("!!!", "Gap")).toMatch(/^SQ_[0-9a-z]{1,5}_Gap$/);
  });

  it("are valid Excel table names", () => {
    for (const prefix of ["", "A1", "R1C1 ", "2025 Q1 – ward 3/4", "'x'", "第 一 季"]) {
      expect(tableName(prefix, "Dimensions")).toMatch(/^SQ_[\p{L}\p{N}_]*Dimensions$/u);
    }
  });
});
