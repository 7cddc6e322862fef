import { describeDetection, mappingProblem } from "../../src/cli/describe-detection";
import { errorText } from "../../src/cli/error-lang";
import { compactRanges } from "../../src/cli/ranges";
import type { Detection } from "../../src/core/mapping";
import type { Instrument } from "../../src/core/types";

/** Four items in two dimensions: small enough to write every expected line by hand. */
const INSTRUMENT: Instrument = {
  id: "custom",
  scale: { min: 1, max: 5 },
  dimensions: [
    { id: "a", label: { en: "A" } },
    { id: "b", label: { en: "B" } },
  ],
  items: ["1", "2", "3", "4"].map((id) => ({
    id,
    dimension: id < "3" ? "a" : "b",
    label: { en: `item ${id}` },
    reverse: false,
  })),
};

// Table columns (colOffset 1, so index 0 is sheet column B):
// 0 Code | 1 E1 | 2 E2 | 3 Exp 3 | 4 P1 | 5 P2 | 6 P2 | 7 P4 | 8 E9 | 9 Note
const HEADERS = ["Code", "E1", "E2", "Exp 3", "P1", "P2", "P2", "P4", "E9", "Note"];
const DETECTION: Detection = {
  columns: [
    { index: 0, header: "Code", role: "id", confidence: 0.95 },
    { index: 1, header: "E1", role: "expectation", item: "1", confidence: 0.95 },
    { index: 2, header: "E2", role: "expectation", item: "2", confidence: 0.95 },
    { index: 3, header: "Exp 3", role: "expectation", item: "3", confidence: 0.6 },
    { index: 4, header: "P1", role: "perception", item: "1", confidence: 0.95 },
    { index: 7, header: "P4", role: "perception", item: "4", confidence: 0.9 },
  ],
  missing: [
    { item: "4", role: "expectation" },
    { item: "2", role: "perception" },
    { item: "3", role: "perception" },
  ],
  conflicts: [{ role: "perception", item: "2", indices: [5, 6] }],
  unmatched: [8, 9],
  unknown: [{ index: 8, header: "E9", role: "expectation", item: "9" }],
};

describe("describeDetection", () => {
  it("summarises each role in one line, then what needs checking", () => {
    expect(describeDetection(DETECTION, HEADERS, INSTRUMENT, 1)).toEqual([
      '  expectation  3/4 items (1–3)  columns C–E  "E1" … "Exp 3"  confidence ≥ 0.60',
      '  perception   2/4 items (1, 4)  columns F, I  "P1" … "P4"  confidence ≥ 0.90',
      '  id           "Code"  column B  confidence ≥ 0.95',
      '  check:       "Exp 3" (E) → expectation 3 0.60',
      '  conflict:    perception 2 ← "P2" (G), "P2" (H)',
      "  missing:     expectation 4; perception 3",
      '  unknown:     "E9" (J) names expectation 9, which the instrument lacks',
      '  not used:    "E9" (J), "Note" (K)',
    ]);
  });
});

describe("mappingProblem", () => {
  it("reports missing items first, with the ambiguous ones", () => {
    expect(mappingProblem(DETECTION, HEADERS, INSTRUMENT, 1)).toEqual({
      code: "mappingIncomplete",
      message:
        'mapping incomplete: no column for expectation 4; perception 3; ambiguous: perception 2 ← "P2" (G) or "P2" (H); ' +
        "map them in a config file (--save-config writes one to edit)",
      params: {
        source: "detection",
        missing: "expectation 4; perception 3",
        ambiguous: '; ambiguous: perception 2 ← "P2" (G) or "P2" (H)',
        undecided: "",
        list: 'perception 2 ← "P2" (G) or "P2" (H)',
      },
    });
  });

  it("words the problem in the run's language, the message staying English", () => {
    const problem = mappingProblem(DETECTION, HEADERS, INSTRUMENT, 1, "zh");
    expect(problem?.message).toMatch(/^mapping incomplete: no column for expectation 4;/);
    expect(problem && errorText(problem, "zh")).toBe(
      '映射不完整：期望 4；感知 3 没有对应的列；有歧义：感知 2 ← "P2" (G) 或 "P2" (H)；' +
        "请在配置文件中指定这些列（--save-config 会写出一个可编辑的配置文件）"
    );
  });

  it("reports ambiguity alone when nothing else is missing, and ignores a conflict over the id", () => {
    const onlyConflict: Detection = {
      ...DETECTION,
      missing: [{ item: "2", role: "perception" }],
      conflicts: [...DETECTION.conflicts, { role: "id", indices: [0, 9] }],
    };
    expect(mappingProblem(onlyConflict, HEADERS, INSTRUMENT, 0)?.code).toBe("mappingAmbiguous");
    const idConflictOnly: Detection = {
      ...DETECTION,
      missing: [],
      conflicts: [{ role: "id", indices: [0, 9] }],
    };
    expect(mappingProblem(idConflictOnly, HEADERS, INSTRUMENT, 0)).toBeNull();
  });
});

describe("compactRanges", () => {
  it("collapses runs of consecutive positions", () => {
    expect(compactRanges([0, 1, 2, 4, 6, 7], (p) => String(p + 1))).toBe("1–3, 5, 7–8");
    expect(compactRanges([3, 1, 2, 2], (p) => String(p))).toBe("1–3");
    expect(compactRanges([], String)).toBe("");
  });
});
