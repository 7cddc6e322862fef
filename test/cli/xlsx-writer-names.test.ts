import { tableColumnNames, uniqueSheetName, uniqueTableName } from "../../src/cli/xlsx-names";

describe("uniqueSheetName (Excel: ≤ 31 chars, no \\ / ? * [ ] :, no edge apostrophes, unique ignoring case)", () => {
  const none = new Set<string>();
  test("valid names pass unchanged", () => {
    expect(uniqueSheetName("差距分析", none)).toBe("差距分析");
    expect(uniqueSheetName("SQ Gap table", none)).toBe("SQ Gap table");
  });
  test("forbidden characters become underscores; edge apostrophes and blanks go", () => {
    expect(uniqueSheetName("a/b\\c?d*e[f]g:h", none)).toBe("a_b_c_d_e_f_g_h");
    expect(uniqueSheetName("'quoted'", none)).toBe("quoted");
    expect(uniqueSheetName("   ", none)).toBe("Sheet");
    expect(uniqueSheetName("History", none)).toBe("History_");
  });
  test("long names are cut to 31 characters", () => {
    expect(uniqueSheetName("x".repeat(40), none)).toBe("x".repeat(31));
  });
  test("a taken name (any case) gets (2), (3)… within 31 characters", () => {
    expect(uniqueSheetName("Gap", new Set(["gap"]))).toBe("Gap (2)");
    expect(uniqueSheetName("Gap", new Set(["gap", "gap (2)"]))).toBe("Gap (3)");
    // 31 − " (2)".length = 27 characters of the base remain.
    expect(uniqueSheetName("y".repeat(31), new Set(["y".repeat(31)]))).toBe(
      `${"y".repeat(27)} (2)`
    );
  });
});

describe("uniqueTableName (Excel: letter or _ first, then letters, digits, _ or .; not a cell reference)", () => {
  const none = new Set<string>();
  test("valid names pass unchanged", () => {
    expect(uniqueTableName("SQ_Gap.items", none)).toBe("SQ_Gap.items");
    expect(uniqueTableName("维度表", none)).toBe("维度表");
  });
  test("invalid characters and starts are repaired", () => {
    expect(uniqueTableName("gap table-1", none)).toBe("gap_table_1");
    expect(uniqueTableName("2024", none)).toBe("T_2024");
    expect(uniqueTableName("", none)).toBe("T_");
  });
  test("names Excel would read as a cell reference are prefixed", () => {
    expect(uniqueTableName("AB12", none)).toBe("T_AB12");
    expect(uniqueTableName("R1C1", none)).toBe("T_R1C1");
    expect(uniqueTableName("c", none)).toBe("T_c");
    expect(uniqueTableName("ABCD1", none)).toBe("ABCD1");
  });
  test("taken names get a numeric suffix", () => {
    expect(uniqueTableName("Items", new Set(["items"]))).toBe("Items_2");
  });
});

describe("tableColumnNames", () => {
  test("text stays; numbers become their text; blanks become Column<n> (1-based position)", () => {
    expect(tableColumnNames(["Item", 7, null, ""])).toEqual(["Item", "7", "Column3", "Column4"]);
  });
  test("repeats (ignoring case) get 2, 3… as Excel does", () => {
    expect(tableColumnNames(["Gap", "gap", "Gap", "GAP2"])).toEqual([
      "Gap",
      "gap2",
      "Gap3",
      "GAP22",
    ]);
  });
  test("line breaks and tabs become spaces; a formula-looking header stays text", () => {
    expect(tableColumnNames(["mean\nE", "a\r\n\tb", "=1+1"])).toEqual(["mean E", "a b", "=1+1"]);
  });
  test("booleans are named as Excel displays them", () => {
    expect(tableColumnNames([true, false])).toEqual(["TRUE", "FALSE"]);
  });
});
