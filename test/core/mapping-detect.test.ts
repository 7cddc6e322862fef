/**
 * detectMapping: a header row → detected columns, missing E/P slots, conflicts and
 * unmatched columns. Conflicts are reported and never resolved by guessing.
 */
import { PRESETS } from "../../src/core/instrument";
import { detectMapping, detectionToColumns } from "../../src/core/mapping";
import type { Instrument } from "../../src/core/types";

const servqual = PRESETS.servqual22;

/** "E1".."E22", "P1".."P22" in questionnaire order. */
function servqualHeaders(): string[] {
  const e = servqual.items.map((it) => `E${it.id}`);
  const p = servqual.items.map((it) => `P${it.id}`);
  return [...e, ...p];
}

function threeItems(): Instrument {
  return {
    id: "custom",
    scale: { min: 1, max: 7 },
    dimensions: [{ id: "all", label: { en: "All", zh: "全部" } }],
    items: ["1", "2", "3"].map((id) => ({
      id,
      dimension: "all",
      label: { en: id },
      reverse: false,
    })),
  };
}

describe("a clean SERVQUAL-22 export", () => {
  const headers = ["Respondent", "Group", ...servqualHeaders()];
  const detection = detectMapping(headers, servqual);

  it("finds all 44 E/P columns plus id and segment, with nothing missing or in conflict", () => {
    expect(detection.columns).toHaveLength(46);
    expect(detection.missing).toEqual([]);
    expect(detection.conflicts).toEqual([]);
    expect(detection.unmatched).toEqual([]);
  });

  it("gives each column its index, source header, role, item and a confidence", () => {
    expect(detection.columns[0]).toMatchObject({ index: 0, header: "Respondent", role: "id" });
    expect(detection.columns[1]).toMatchObject({ index: 1, header: "Group", role: "segment" });
    expect(detection.columns[2]).toMatchObject({
      index: 2,
      header: "E1",
      role: "expectation",
      item: "1",
      source: "header",
    });
    expect(detection.columns[45]).toMatchObject({
      index: 45,
      header: "P22",
      role: "perception",
      item: "22",
    });
    for (const column of detection.columns) {
      expect(column.confidence).toBeGreaterThan(0);
      expect(column.confidence).toBeLessThanOrEqual(1);
    }
  });
});

describe("Chinese exports", () => {
  it("reads 编号, 科室, 期望N and 感知值 N, with full-width digits", () => {
    const headers = ["编号", "科室", "期望１", "期望2", "期望_3", "感知值 1", "感知２", "3-感知"];
    const detection = detectMapping(headers, threeItems());
    expect(detection.columns.map((c) => [c.role, c.item ?? ""])).toEqual([
      ["id", ""],
      ["segment", ""],
      ["expectation", "1"],
      ["expectation", "2"],
      ["expectation", "3"],
      ["perception", "1"],
      ["perception", "2"],
      ["perception", "3"],
    ]);
    expect(detection.missing).toEqual([]);
  });

  it("reads weights named by Chinese dimension label", () => {
    const detection = detectMapping(["权重 有形性", "权重 移情性"], servqual);
    expect(detection.columns.map((c) => c.dimension)).toEqual(["tangibles", "empathy"]);
  });
});

describe("missing columns", () => {
  it("lists every item lacking an expectation or a perception column, in item order", () => {
    const detection = detectMapping(["E1", "P1", "E2", "P3"], threeItems());
    expect(detection.missing).toEqual([
      { item: "2", role: "perception" },
      { item: "3", role: "expectation" },
    ]);
  });
});

describe("duplicates and ambiguities", () => {
  it("reports two columns claiming E3 as a conflict and uses neither", () => {
    const headers = ["E1", "E2", "E3", "P1", "P2", "P3", "E3"];
    const detection = detectMapping(headers, threeItems());
    expect(detection.conflicts).toEqual([{ role: "expectation", item: "3", indices: [2, 6] }]);
    expect(detection.columns.map((c) => c.index)).toEqual([0, 1, 3, 4, 5]);
    expect(detection.missing).toEqual([{ item: "3", role: "expectation" }]);
    expect(detection.unmatched).toEqual([]);
  });

  it("treats differently written headers for the same slot as a conflict too", () => {
    const detection = detectMapping(["Expectation 2", "E2", "期望2"], threeItems());
    expect(detection.conflicts).toEqual([{ role: "expectation", item: "2", indices: [0, 1, 2] }]);
    expect(detection.columns).toEqual([]);
  });

  it("reports two id columns as a conflict", () => {
    const detection = detectMapping(["ID", "编号", "E1", "P1"], threeItems());
    expect(detection.conflicts).toEqual([{ role: "id", indices: [0, 1] }]);
  });

  it("reports a header that reads two ways as a conflict on each slot, using it for neither", () => {
    const clash: Instrument = {
      id: "custom",
      scale: { min: 1, max: 7 },
      dimensions: [{ id: "access", label: { en: "Access" } }],
      items: [{ id: "access", dimension: "access", label: { en: "Access" }, reverse: false }],
    };
    const detection = detectMapping(["Importance access", "E access", "P access"], clash);
    expect(detection.conflicts).toEqual(
      expect.arrayContaining([
        { role: "importance", item: "access", indices: [0] },
        { role: "weight", dimension: "access", indices: [0] },
      ])
    );
    expect(detection.columns.map((c) => c.index)).toEqual([1, 2]);
  });
});

describe("unmatched columns", () => {
  it("leaves E23 unmatched for a 22-item instrument and says why", () => {
    const headers = [...servqualHeaders(), "E23", "Age"];
    const detection = detectMapping(headers, servqual);
    expect(detection.unmatched).toEqual([44, 45]);
    expect(detection.unknown).toEqual([
      { index: 44, header: "E23", role: "expectation", item: "23" },
    ]);
    expect(detection.columns).toHaveLength(44);
  });
});

describe("bare A/D/I letters", () => {
  it("count as adequate/desired with low confidence when the sheet has perception columns", () => {
    const detection = detectMapping(["A1", "D1", "P1", "A2", "D2", "P2"], threeItems());
    const roles = detection.columns.map((c) => `${c.role}:${c.item}`);
    expect(roles).toEqual([
      "adequate:1",
      "desired:1",
      "perception:1",
      "adequate:2",
      "desired:2",
      "perception:2",
    ]);
    expect(detection.columns[0].confidence).toBeLessThan(0.7);
  });

  it("are not read as ratings on a sheet without perception columns (they are likely section numbers)", () => {
    const detection = detectMapping(["A1", "A2", "D1", "I1"], threeItems());
    expect(detection.columns).toEqual([]);
    expect(detection.unmatched).toEqual([0, 1, 2, 3]);
  });

  it("spelled-out roles count without perception columns", () => {
    const detection = detectMapping(["Adequate 1", "Desired 1"], threeItems());
    expect(detection.columns.map((c) => c.role)).toEqual(["adequate", "desired"]);
  });
});

describe("a pattern rule", () => {
  const rule = {
    pattern: "^Q(?<item>\\d+) \\((?<role>before|after)\\)$",
    roles: { before: "expectation", after: "perception" },
  } as const;

  it("reads whole-question headers, with confidence 1 and source rule", () => {
    const headers = [
      "Q1 (before)",
      "Q1 (after)",
      "Q2 (before)",
      "Q2 (after)",
      "Q3 (before)",
      "Q3 (after)",
    ];
    const detection = detectMapping(headers, threeItems(), { ...rule, roles: { ...rule.roles } });
    expect(detection.columns.map((c) => `${c.role}:${c.item}:${c.confidence}:${c.source}`)).toEqual(
      [
        "expectation:1:1:rule",
        "perception:1:1:rule",
        "expectation:2:1:rule",
        "perception:2:1:rule",
        "expectation:3:1:rule",
        "perception:3:1:rule",
      ]
    );
  });

  it("leaves headers the rule does not match to the built-in grammar", () => {
    const headers = ["ID", "Q1 (before)", "Q1 (after)"];
    const detection = detectMapping(headers, threeItems(), { ...rule, roles: { ...rule.roles } });
    expect(detection.columns.map((c) => c.role)).toEqual(["id", "expectation", "perception"]);
  });

  it("applies only inside its column range, counted from the table's place on the sheet", () => {
    const headers = ["Q1 (before)", "Q1 (after)", "Q2 (before)"];
    // The table starts in column C (offset 2): its columns are C, D, E; the range D:E skips the first.
    const detection = detectMapping(
      headers,
      threeItems(),
      { ...rule, roles: { ...rule.roles }, columns: "D:E" },
      2
    );
    expect(detection.columns.map((c) => c.index)).toEqual([1, 2]);
    expect(detection.unmatched).toEqual([0]);
  });

  it("reports an invalid regular expression as patternInvalid and still detects ordinary headers", () => {
    const detection = detectMapping(["E1", "P1"], threeItems(), {
      pattern: "(?<item>\\d+",
      roles: { e: "expectation" },
    });
    expect(detection.ruleError?.code).toBe("patternInvalid");
    expect(detection.ruleError?.field).toBe("detect.pattern");
    expect(detection.columns).toHaveLength(2);
  });

  it("leaves matched headers whose role text is not in the role map unmatched", () => {
    const detection = detectMapping(["Q1 (during)"], threeItems(), {
      pattern: "^Q(?<item>\\d+) \\((?<role>\\w+)\\)$",
      roles: { before: "expectation" },
    });
    expect(detection.columns).toEqual([]);
    expect(detection.unmatched).toEqual([0]);
  });
});

describe("detectionToColumns", () => {
  it("refers to columns by header text when the text is unique, by sheet column letter otherwise", () => {
    const headers = ["ID", " E1 ", "P1", "E2", "P2", "E3", "P3", "E3"];
    const detection = detectMapping(headers, threeItems());
    // E3 is in conflict, so only the unique columns are written.
    const columns = detectionToColumns(detection, headers, 0);
    expect(columns).toEqual([
      { column: "ID", role: "id" },
      { column: "E1", role: "expectation", item: "1" },
      { column: "P1", role: "perception", item: "1" },
      { column: "E2", role: "expectation", item: "2" },
      { column: "P2", role: "perception", item: "2" },
      { column: "P3", role: "perception", item: "3" },
    ]);
  });

  it("uses the column letter on the sheet for a header that appears twice", () => {
    // Two "Score" columns read by a rule as E1 and P1; the table starts in column B.
    const headers = ["Score", "Score (P)", "Score"];
    const detection = {
      columns: [
        { index: 0, header: "Score", role: "expectation" as const, item: "1", confidence: 1 },
        { index: 1, header: "Score (P)", role: "perception" as const, item: "1", confidence: 1 },
      ],
      missing: [],
      conflicts: [],
      unmatched: [2],
    };
    expect(detectionToColumns(detection, headers, 1)).toEqual([
      { column: "B", role: "expectation", item: "1" },
      { column: "Score (P)", role: "perception", item: "1" },
    ]);
  });

  it("writes weights with their dimension", () => {
    const headers = ["Weight Tangibles"];
    const columns = detectionToColumns(detectMapping(headers, servqual), headers, 0);
    expect(columns).toEqual([
      { column: "Weight Tangibles", role: "weight", dimension: "tangibles" },
    ]);
  });
});
