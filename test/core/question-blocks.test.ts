/**
 * Headers that are whole questions, one fixture per platform style. The expected mapping
 * is written from how each fixture was built (statement i is item i), never read back
 * from the detector; the statements paraphrase the instrument (fixtures/question-statements).
 */
import { detectMapping, type Detection } from "../../src/core/mapping";
import { PRESETS } from "../../src/core/instrument-presets";
import type { Instrument } from "../../src/core/types";
import { PARAPHRASED_EN, PARAPHRASED_ZH } from "./fixtures/question-statements";

const SERVQUAL = PRESETS.servqual22;
const ITEMS = SERVQUAL.items.map((item) => item.id);

/** "E1@3" per detected column: role letter, item, table column. */
function placed(detection: Detection): Map<number, string> {
  return new Map(
    detection.columns
      .filter((c) => c.role === "expectation" || c.role === "perception")
      .map((c) => [c.index, `${c.role === "expectation" ? "E" : "P"}${c.item ?? "?"}`])
  );
}

/** E items 1–22 from column `eFirst`, P items 1–22 from column `pFirst`. */
function expectedBlocks(eFirst: number, pFirst: number): Map<number, string> {
  const expected = new Map<number, string>();
  ITEMS.forEach((item, i) => {
    expected.set(eFirst + i, `E${item}`);
    expected.set(pFirst + i, `P${item}`);
  });
  return expected;
}

function expectComplete(detection: Detection): void {
  expect(detection.missing).toEqual([]);
  expect(detection.conflicts).toEqual([]);
  expect(detection.undecided).toBeUndefined();
}

describe("Google Forms grids", () => {
  it("reads an English grid: role from the title, items by order confirmed by wording", () => {
    const headers = [
      "Timestamp",
      "Email address",
      ...PARAPHRASED_EN.map((s) => `Expectations [${s}]`),
      ...PARAPHRASED_EN.map((s) => `Perceptions [${s}]`),
    ];
    const detection = detectMapping(headers, SERVQUAL);
    expectComplete(detection);
    expect(placed(detection)).toEqual(expectedBlocks(2, 24));
    const first = detection.columns.find((c) => c.index === 2);
    expect(first?.source).toBe("question");
    expect(first?.evidence?.role).toEqual({ by: "keyword", word: "Expectations", where: "title" });
    expect(first?.evidence?.item).toEqual({ by: "order", position: 1 });
    expect(first?.evidence?.block).toMatchObject({ first: 2, last: 23, kind: "grid" });
    // "Timestamp" and "Email address" are no items.
    expect(detection.unmatched).toEqual([0, 1]);
  });

  it("reads a Chinese grid (期望 / 实际感受)", () => {
    const headers = [
      "时间戳记",
      ...PARAPHRASED_ZH.map((s) => `期望 [${s}]`),
      ...PARAPHRASED_ZH.map((s) => `实际感受 [${s}]`),
    ];
    const detection = detectMapping(headers, SERVQUAL);
    expectComplete(detection);
    expect(placed(detection)).toEqual(expectedBlocks(1, 23));
  });

  it("places shuffled statements by their wording, and leaves unclear ones missing rather than guess", () => {
    // Items in the order 22, 21, …, 1: order alone would be wrong; wording must decide.
    const reversed = [...PARAPHRASED_ZH].reverse();
    const headers = [...reversed.map((s) => `期望 [${s}]`), ...reversed.map((s) => `感知 [${s}]`)];
    const detection = detectMapping(headers, SERVQUAL);
    const got = placed(detection);
    const truth = new Map<number, string>();
    reversed.forEach((_, i) => {
      truth.set(i, `E${22 - i}`);
      truth.set(22 + i, `P${22 - i}`);
    });
    for (const [index, slot] of got) expect(slot).toBe(truth.get(index));
    // Every column the detector placed is right, and each block has a column per item: the
    // wording places 21 of them, the last one left is item 3, whose wording scores item 3
    // highest but below the bar of a match ("工作人员穿着整洁").
    expect(got.size).toBe(44);
    const byLastLeft = detection.columns.filter((c) => c.evidence?.item.by === "lastLeft");
    expect(byLastLeft.map((c) => [c.index, c.role, c.item])).toEqual([
      [19, "expectation", "3"],
      [41, "perception", "3"],
    ]);
    expect(byLastLeft[0].confidence).toBeLessThan(0.7);
    for (const column of detection.columns) {
      if (!byLastLeft.includes(column)) expect(column.evidence?.item.by).toBe("wording");
    }
  });

  it("places the last two columns left when each one's wording points at one of the two items left", () => {
    // English, reversed: the wording places 20 expectation columns; items 15 ("I feel safe …")
    // and 19 ("Opening hours …") share one word each with their wordings, below the bar.
    const reversed = [...PARAPHRASED_EN].reverse();
    const headers = [
      ...PARAPHRASED_EN.map((s) => `Perceptions [${s}]`),
      ...reversed.map((s) => `Expectations [${s}]`),
    ];
    const detection = detectMapping(headers, SERVQUAL);
    expectComplete(detection);
    const truth = new Map<number, string>();
    ITEMS.forEach((item, i) => truth.set(i, `P${item}`));
    reversed.forEach((_, i) => truth.set(22 + i, `E${22 - i}`));
    for (const [index, slot] of placed(detection)) expect(slot).toBe(truth.get(index));
    const lastLeft = detection.columns.filter((c) => c.evidence?.item.by === "lastLeft");
    expect(lastLeft.map((c) => c.item).sort()).toEqual(["15", "19"]);
  });

  it("leaves the last column undecided when its wording points at an item already placed", () => {
    // Item 3's statement replaced by a second wording of item 1: the one item left (3) is
    // not what the column says, so nothing is assumed.
    const statements = [...PARAPHRASED_ZH];
    statements[2] = "医院的设备很先进";
    const reversed = statements.reverse();
    const headers = [...reversed.map((s) => `期望 [${s}]`), ...reversed.map((s) => `感知 [${s}]`)];
    const detection = detectMapping(headers, SERVQUAL);
    expect(detection.columns.some((c) => c.evidence?.item.by === "lastLeft")).toBe(false);
    expect(detection.missing).toEqual(
      expect.arrayContaining([
        { role: "expectation", item: "3" },
        { role: "perception", item: "3" },
      ])
    );
  });
});

describe("Microsoft Forms Likert rows (the statement is the header)", () => {
  it("reads E from 'should' and P by elimination, with a lower confidence", () => {
    const headers = [
      "ID",
      "Start time",
      "Completion time",
      "Email",
      "Name",
      ...PARAPHRASED_EN.map((s) => `An excellent hospital should meet this: ${s}`),
      ...PARAPHRASED_EN,
    ];
    const detection = detectMapping(headers, SERVQUAL);
    expectComplete(detection);
    expect(placed(detection)).toEqual(expectedBlocks(5, 27));
    const e = detection.columns.find((c) => c.index === 5);
    const p = detection.columns.find((c) => c.index === 27);
    expect(e?.evidence?.role).toMatchObject({ by: "keyword", word: "should" });
    expect(p?.evidence?.role).toEqual({ by: "elimination" });
    expect(p?.confidence).toBeLessThan(e?.confidence ?? 0);
  });
});

describe("Wenjuanxing", () => {
  const demographic = ["序号", "提交答卷时间", "1、您的性别"];

  it("reads questions numbered straight through: 2–23 expectations, 24–45 perceptions", () => {
    const headers = [
      ...demographic,
      ...PARAPHRASED_ZH.map((s, i) => `${i + 2}、您对“${s}”的期望`),
      ...PARAPHRASED_ZH.map((s, i) => `${i + 24}、您对“${s}”的实际感受`),
    ];
    const detection = detectMapping(headers, SERVQUAL);
    expectComplete(detection);
    expect(placed(detection)).toEqual(expectedBlocks(3, 25));
    const p5 = detection.columns.find((c) => c.index === 25 + 4);
    expect(p5?.evidence?.item).toEqual({ by: "straightThrough", question: 28, offset: 23 });
    // The demographic question 1 is not an item.
    expect(detection.unmatched).toContain(2);
  });

  it("reads matrix rows whose title names the role: 2、您对以下方面的期望(…)", () => {
    const headers = [
      ...demographic,
      ...PARAPHRASED_ZH.map((s) => `2、您对以下方面的期望(${s})`),
      ...PARAPHRASED_ZH.map((s) => `3、您对以下方面的实际感受(${s})`),
    ];
    const detection = detectMapping(headers, SERVQUAL);
    expectComplete(detection);
    expect(placed(detection)).toEqual(expectedBlocks(3, 25));
    expect(detection.columns.find((c) => c.index === 3)?.evidence?.block.kind).toBe("matrix");
  });

  it("stops when the numbered questions carry no role word (exit 3 territory)", () => {
    const headers = [
      ...demographic,
      ...PARAPHRASED_ZH.map((s, i) => `${i + 2}、${s}`),
      ...PARAPHRASED_ZH.map((s, i) => `${i + 24}、${s}`),
    ];
    const detection = detectMapping(headers, SERVQUAL);
    expect(placed(detection).size).toBe(0);
    expect(detection.missing).toHaveLength(44);
    expect(detection.undecided?.[0].reason).toBe("roleUnknown");
  });
});

describe("Qualtrics export tags", () => {
  const tags = [
    "ResponseId",
    ...ITEMS.map((item) => `Q1_${item}`),
    ...ITEMS.map((item) => `Q2_${item}`),
  ];

  it("reads Q1_1 … Q2_22 with the question text row: item from the tag, role from the text", () => {
    const questionRow = [
      "Response ID",
      ...PARAPHRASED_EN.map((s) => `What would you expect of an excellent hospital? - ${s}`),
      ...PARAPHRASED_EN.map((s) => `How do you perceive this hospital? - ${s}`),
    ];
    const importRow = tags.map((t) => `{"ImportId":"${t}"}`);
    const detection = detectMapping(tags, SERVQUAL, undefined, 0, {
      extraHeaderRows: [questionRow, importRow],
    });
    expectComplete(detection);
    expect(placed(detection)).toEqual(expectedBlocks(1, 23));
    const column = detection.columns.find((c) => c.index === 23 + 6);
    expect(column?.evidence?.item).toEqual({ by: "number", number: 7 });
    expect(column?.evidence?.role).toMatchObject({ by: "keyword", where: "title" });
    expect(column?.confidence).toBe(0.95);
  });

  it("tags alone say nothing about E or P: both blocks are undecided, nothing is placed", () => {
    const detection = detectMapping(tags, SERVQUAL);
    expect(placed(detection).size).toBe(0);
    expect(detection.undecided?.map((u) => u.reason)).toEqual(["roleUnknown", "roleUnknown"]);
    expect(detection.undecided?.[0].indices).toEqual(ITEMS.map((_, i) => 1 + i));
  });
});

describe("plain question text", () => {
  it("reads English questions in a paraphrased wording", () => {
    const headers = [
      "Respondent",
      "Age group",
      ...PARAPHRASED_EN.map((s) => `How strongly do you expect that: ${s.toLowerCase()}?`),
      ...PARAPHRASED_EN.map((s) => `In your actual visit: ${s.toLowerCase()}?`),
    ];
    const detection = detectMapping(headers, SERVQUAL);
    expectComplete(detection);
    expect(placed(detection)).toEqual(expectedBlocks(2, 24));
  });

  it("reads Chinese questions in a paraphrased wording", () => {
    const headers = [
      "受访者编号",
      "您的年龄",
      ...PARAPHRASED_ZH.map((s) => `您期望：${s}`),
      ...PARAPHRASED_ZH.map((s) => `您的实际感受：${s}`),
    ];
    const detection = detectMapping(headers, SERVQUAL);
    expectComplete(detection);
    expect(placed(detection)).toEqual(expectedBlocks(2, 24));
    expect(detection.columns.find((c) => c.index === 0)?.role).toBe("id");
  });

  it("places single free-standing questions by wording only when the wording is clear", () => {
    const headers = [
      "您的性别",
      "您对医院设备现代化的期望",
      "您对医院设备现代化的实际感受",
      "您对工作人员总是愿意帮助患者的期望",
      "您对本院有什么建议",
    ];
    const detection = detectMapping(headers, SERVQUAL);
    expect(placed(detection)).toEqual(
      new Map([
        [1, "E1"],
        [2, "P1"],
        [3, "E12"],
      ])
    );
    expect(detection.unmatched).toEqual([0, 4]);
  });
});

describe("refusing to guess", () => {
  it("two expectation blocks for the same items are a conflict, not a choice", () => {
    const headers = [
      ...PARAPHRASED_EN.map((s) => `Expectations [${s}]`),
      ...PARAPHRASED_EN.map((s) => `Expected [${s}]`),
      ...PARAPHRASED_EN.map((s) => `Perceptions [${s}]`),
    ];
    const detection = detectMapping(headers, SERVQUAL);
    expect(detection.conflicts).toHaveLength(22);
    expect(detection.conflicts[0]).toEqual({ role: "expectation", item: "1", indices: [0, 22] });
    expect(detection.missing.filter((m) => m.role === "expectation")).toHaveLength(22);
  });

  it("a number that contradicts the wording is left undecided", () => {
    // Statement 12 written as row 1 of the question: the tag says item 1, the wording item 12.
    const headers = ["Q1_1", "Q1_2"];
    const detection = detectMapping(headers, SERVQUAL, undefined, 0, {
      extraHeaderRows: [
        [
          `What do you expect? - ${PARAPHRASED_EN[11]}`,
          `What do you expect? - ${PARAPHRASED_EN[1]}`,
        ],
      ],
    });
    expect(detection.undecided).toEqual([
      expect.objectContaining({ indices: [0], reason: "contradiction" }),
    ]);
    expect(placed(detection)).toEqual(new Map([[1, "E2"]]));
  });

  it("a header naming both roles decides nothing", () => {
    const headers = PARAPHRASED_EN.map((s) => `Expected vs perceived [${s}]`);
    const detection = detectMapping(headers, SERVQUAL);
    expect(placed(detection).size).toBe(0);
  });
});

describe("integration with the header grammar", () => {
  it("explicit numbered headers keep winning; the question block fills only the rest", () => {
    const headers = [
      ...ITEMS.map((item) => `E${item}`),
      ...PARAPHRASED_EN.map((s) => `Perceptions [${s}]`),
    ];
    const detection = detectMapping(headers, SERVQUAL);
    expectComplete(detection);
    expect(placed(detection)).toEqual(expectedBlocks(0, 22));
    expect(detection.columns[0].source).toBe("header");
    expect(detection.columns[22].source).toBe("question");
  });

  it("columns excluded by the caller (platform metadata) are never read as questions", () => {
    const headers = ["您对医院设备现代化的期望"];
    const detection = detectMapping(headers, SERVQUAL, undefined, 0, { exclude: new Set([0]) });
    expect(placed(detection).size).toBe(0);
  });
});

describe("custom instruments", () => {
  const KIOSK: Instrument = {
    id: "custom",
    scale: { min: 1, max: 5 },
    dimensions: [{ id: "d", label: { en: "Kiosk" } }],
    items: [
      {
        id: "K1",
        dimension: "d",
        label: { en: "Screen is easy to read", zh: "屏幕清晰易读" },
        reverse: false,
      },
      {
        id: "K2",
        dimension: "d",
        label: { en: "Payment works first time", zh: "一次支付成功" },
        reverse: false,
      },
      {
        id: "K3",
        dimension: "d",
        label: { en: "Receipt is printed quickly", zh: "小票打印迅速" },
        reverse: false,
      },
    ],
  };

  it("matches its own labels, paraphrased, in any order", () => {
    const headers = [
      "Expected [The receipt prints fast and quickly]",
      "Expected [The screen is easy to read in daylight]",
      "Expected [Paying works the first time]",
      "Experienced [The screen is easy to read in daylight]",
      "Experienced [Paying works the first time]",
      "Experienced [The receipt prints fast and quickly]",
    ];
    const detection = detectMapping(headers, KIOSK);
    expect(detection.missing).toEqual([]);
    expect(placed(detection)).toEqual(
      new Map([
        [0, "EK3"],
        [1, "EK1"],
        [2, "EK2"],
        [3, "PK1"],
        [4, "PK2"],
        [5, "PK3"],
      ])
    );
  });
});
