/**
 * A real export whose headers are whole question texts, in Korean: the kiosk SERVQUAL
 * study (hanakim120/kiosk-servqual-research, MIT). Columns 4–51 hold 24 items, header
 * `N-1. …(기대 설문)` = expectation of item N and `N-2. … (인지 설문)` = its perception,
 * item 9 before item 8; later blocks reuse the `N-1.` / `N-2.` numbering for other questions.
 */
import { existsSync, readFileSync } from "fs";
import { resolve } from "path";
import Papa from "papaparse";
import { parseConfig } from "../../src/core/config";
import { detectMapping, resolveColumns } from "../../src/core/mapping";
import type { Instrument, PatternRule } from "../../src/core/types";

const CANDIDATES = [
  resolve(__dirname, "../../../shared/data/kiosk-survey-ko.csv"),
  resolve(__dirname, "../../examples/kiosk-survey-ko.csv"),
];

function kioskHeaders(): string[] {
  const path = CANDIDATES.find((p) => existsSync(p));
  if (path === undefined) {
    throw new Error(`kiosk-survey-ko.csv not found; looked in ${CANDIDATES.join(", ")}`);
  }
  const parsed = Papa.parse<string[]>(readFileSync(path, "utf8"), { preview: 1 });
  return parsed.data[0];
}

const kiosk: Instrument = {
  id: "kiosk-24",
  scale: { min: 1, max: 7 },
  dimensions: [{ id: "kiosk", label: { en: "Kiosk service quality", zh: "自助服务终端服务质量" } }],
  items: Array.from({ length: 24 }, (_, i) => ({
    id: String(i + 1),
    dimension: "kiosk",
    label: { en: `Item ${i + 1}` },
    reverse: false,
  })),
};

const rule: PatternRule = {
  pattern: "^\\s*(?<item>\\d+)-\\d\\.\\s*.*\\((?<role>기대|인지)\\s*설문\\)\\s*$",
  roles: { 기대: "expectation", 인지: "perception" },
};

const headers = kioskHeaders();

describe("the kiosk export's header row", () => {
  it("has 163 columns", () => {
    expect(headers).toHaveLength(163);
  });

  it("is not recognised by the built-in header grammar (headers are whole questions)", () => {
    expect(detectMapping(headers, kiosk).columns).toEqual([]);
  });
});

describe("the kiosk pattern rule", () => {
  const detection = detectMapping(headers, kiosk, rule);

  it("finds exactly the 48 SERVQUAL columns, 4–51 (0-based 3–50)", () => {
    expect(detection.columns).toHaveLength(48);
    expect(detection.columns.map((c) => c.index)).toEqual(
      Array.from({ length: 48 }, (_, i) => i + 3)
    );
    expect(detection.columns.every((c) => c.source === "rule" && c.confidence === 1)).toBe(true);
  });

  it("gives every one of the 24 items an expectation and a perception column", () => {
    expect(detection.missing).toEqual([]);
    expect(detection.conflicts).toEqual([]);
  });

  it("pairs N-1 with expectation and N-2 with perception of item N", () => {
    // Column 4 (index 3) is "1-1. …(기대 설문)"; column 5 is "1-2. … (인지 설문)".
    expect(detection.columns[0]).toMatchObject({ index: 3, role: "expectation", item: "1" });
    expect(detection.columns[1]).toMatchObject({ index: 4, role: "perception", item: "1" });
    expect(detection.columns[47]).toMatchObject({ index: 50, role: "perception", item: "24" });
  });

  it("keeps items in the file's order: item 9 (columns 18–19) before item 8 (columns 20–21)", () => {
    const at = (index: number): string | undefined =>
      detection.columns.find((c) => c.index === index)?.item;
    expect([at(17), at(18), at(19), at(20)]).toEqual(["9", "9", "8", "8"]);
  });

  it("ignores the later blocks that reuse N-1./N-2. numbering", () => {
    expect(detection.unmatched).toEqual([
      0,
      1,
      2,
      ...Array.from({ length: 112 }, (_, i) => i + 51),
    ]);
  });

  it("gives the same result when also limited to the block's range D:AY", () => {
    const ranged = detectMapping(headers, kiosk, { ...rule, columns: "D:AY" });
    expect(ranged.columns).toEqual(detection.columns);
  });
});

describe("numbering alone does not identify the SERVQUAL block", () => {
  const byNumber: PatternRule = {
    pattern: "^\\s*(?<item>\\d+)-(?<role>[12])\\.",
    roles: { "1": "expectation", "2": "perception" },
  };

  it("claims the same item from several blocks, and every such slot is reported as a conflict", () => {
    const detection = detectMapping(headers, kiosk, byNumber);
    const e1 = detection.conflicts.find((c) => c.role === "expectation" && c.item === "1");
    // 1-1. appears in the SERVQUAL block (col 4), the Kano block (col 52) and the importance block (col 92).
    expect(e1?.indices).toEqual([3, 51, 91]);
    expect(detection.columns.some((c) => c.item === "1")).toBe(false);
  });

  it("is enough once limited to the column range D:AY", () => {
    const detection = detectMapping(headers, kiosk, { ...byNumber, columns: "D:AY" });
    expect(detection.columns).toHaveLength(48);
    expect(detection.conflicts).toEqual([]);
  });
});

describe("a kiosk config", () => {
  it("parses and resolves every item to its columns", () => {
    const config = parseConfig({ version: 1, instrument: kiosk, detect: rule });
    if (!config.ok) throw new Error(config.error.message);
    const mapping = resolveColumns(config.value, kiosk, headers, 0);
    if (!mapping.ok) throw new Error(mapping.error.message);
    // Item 8 (index 7) is in columns 20/21 (0-based 19/20); item 9 in 18/19 (17/18).
    expect(mapping.value.expectation[7]).toBe(19);
    expect(mapping.value.perception[7]).toBe(20);
    expect(mapping.value.expectation[8]).toBe(17);
    expect(mapping.value.perception[8]).toBe(18);
    expect(mapping.value.expectation.every((c) => c !== null)).toBe(true);
    expect(mapping.value.importance).toBeNull();
  });
});
