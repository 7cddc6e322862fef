import { jsonBytes, splitRowsByBytes } from "../../src/excel/payload";

describe("jsonBytes", () => {
  it("equals the UTF-8 length of JSON.stringify", () => {
    const samples: unknown[] = [
      [
        [1, -2.5, "a"],
        [true, null, "期望 P−E"],
      ],
      ['quote " and \\ backslash', 1e21, 0.1 + 0.2],
      [["😀", ""]],
    ];
    for (const sample of samples) {
      expect(jsonBytes(sample)).toBe(Buffer.byteLength(JSON.stringify(sample), "utf8"));
    }
  });
});

describe("splitRowsByBytes", () => {
  it("keeps every slice under the budget and loses no row", () => {
    // Each row [1234567890] is 12 bytes of JSON plus a comma: with a 40-byte budget (2 for
    // the brackets) at most floor(38 / 13) = 2 rows fit in a slice.
    const rows = Array.from({ length: 5 }, () => [1234567890]);
    const slices = splitRowsByBytes(rows, 40);
    expect(slices.map((s) => s.rows.length)).toEqual([2, 2, 1]);
    expect(slices.map((s) => s.start)).toEqual([0, 2, 4]);
    for (const slice of slices) expect(slice.bytes).toBeLessThanOrEqual(40);
  });
});
