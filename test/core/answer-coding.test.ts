import { answersForConfig, inferAnswerCoding } from "../../src/core/answer-coding";
import type { AnswerCoding } from "../../src/core/answer-coding";
import type { AnswersConfig, RawCell } from "../../src/core/types";

/** One answer column holding `cells`, each repeated `times` times. */
function column(cells: RawCell[], times = 1): RawCell[][] {
  return cells.flatMap((cell) => Array.from({ length: times }, () => [cell]));
}

function coded(rows: RawCell[][], answers?: AnswersConfig): AnswerCoding {
  const result = inferAnswerCoding(rows, [0], answers);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

function refused(rows: RawCell[][], answers?: AnswersConfig) {
  const result = inferAnswerCoding(rows, [0], answers);
  if (result.ok) throw new Error("expected the labels to be refused");
  return result.error;
}

const valueOf = (coding: AnswerCoding) =>
  Object.fromEntries(coding.labels.map((l) => [l.text, l.value]));

describe("label sets recognised from the distinct answers", () => {
  it("reads a 5-point agreement set in Chinese and fixes the scale 1–5", () => {
    const coding = coded(column(["非常不同意", "不同意", "一般", "同意", "非常同意"]));
    expect(coding.source).toBe("detected");
    expect(coding.set?.id).toBe("agreement5");
    expect(coding.points).toBe(5);
    expect(valueOf(coding)).toEqual({ 非常不同意: 1, 不同意: 2, 一般: 3, 同意: 4, 非常同意: 5 });
  });

  it("reads a 7-point agreement set in English whatever the case, spaces and width", () => {
    const coding = coded(
      column([
        "STRONGLY DISAGREE",
        "disagree",
        "Somewhat disagree",
        "Neither agree nor disagree",
        " somewhat  agree ",
        "Ａｇｒｅｅ",
        "Strongly agree",
      ])
    );
    expect(coding.set?.id).toBe("agreement7");
    expect(coding.points).toBe(7);
    expect(coding.labels.map((l) => [l.text, l.value])).toEqual([
      ["Strongly disagree", 1],
      ["Disagree", 2],
      ["Somewhat disagree", 3],
      ["Neither agree nor disagree", 4],
      ["Somewhat agree", 5],
      ["Agree", 6],
      ["Strongly agree", 7],
    ]);
  });

  it.each([
    [
      ["Very dissatisfied", "Dissatisfied", "Neutral", "Satisfied", "Very satisfied"],
      "satisfaction5",
    ],
    [["非常不满意", "不满意", "一般", "满意", "非常满意"], "satisfaction5"],
    [["Very poor", "Poor", "Fair", "Good", "Excellent"], "quality5"],
    [["很差", "差", "一般", "好", "很好"], "quality5"],
    [
      [
        "Not at all important",
        "Slightly important",
        "Moderately important",
        "Very important",
        "Extremely important",
      ],
      "importance5",
    ],
    [["一点也不重要", "不太重要", "一般重要", "比较重要", "非常重要"], "importance5"],
    [
      ["非常不满意", "不满意", "比较不满意", "一般", "比较满意", "满意", "非常满意"],
      "satisfaction7",
    ],
  ])("%j is %s", (texts, id) => {
    const coding = coded(column(texts));
    expect(coding.set?.id).toBe(id);
    expect(coding.labels.map((l) => l.value)).toEqual(texts.map((_, i) => i + 1));
  });

  it("counts the cells per label", () => {
    const coding = coded(
      column(["Agree", "Strongly agree", "Disagree", "Strongly disagree", "Neutral"], 3)
    );
    expect(coding.labels.every((l) => l.count === 3)).toBe(true);
  });

  it("plain numbers alone are no text coding", () => {
    const coding = coded(column([1, "2", 3, null, "", "  "]));
    expect(coding.source).toBe("none");
    expect(coding.points).toBeNull();
  });
});

describe("ambiguous labels stop, listing the labels found", () => {
  it("Disagree / Agree / Strongly agree fit the 5- and the 7-point set with other numbers", () => {
    const error = refused(column(["Disagree", "Agree", "Strongly agree"], 40));
    expect(error.code).toBe("answerLabelsAmbiguous");
    expect(error.message).toContain('"Disagree", "Agree", "Strongly agree"');
    expect(error.message).toContain("2, 4, 5 on the 5-point agreement scale");
    expect(error.message).toContain("2, 6, 7 on the 7-point agreement scale");
    expect(error.message).toContain('"answers": {"labels": {');
  });

  it("two top points only cannot tell 4, 5 of 5 from 6, 7 of 7", () => {
    expect(refused(column(["Agree", "Strongly agree"], 100)).code).toBe("answerLabelsAmbiguous");
  });

  it("labels of two different sets together are no known scale", () => {
    const error = refused(column(["Strongly agree", "Very satisfied"]));
    expect(error.code).toBe("answerLabelsAmbiguous");
    expect(error.message).toContain("not one known scale");
  });

  it("with many answers, an unbroken run of points wins over a set with holes inside", () => {
    // 2–5 of the 5-point set versus 2, 4, 6, 7 of the 7-point one: nobody chose either
    // "somewhat" point, so the answers are the 5-point set without its lowest point.
    const coding = coded(column(["Dissatisfied", "Neutral", "Satisfied", "Very satisfied"], 20));
    expect(coding.set?.id).toBe("satisfaction5");
    expect(coding.points).toBe(5);
  });

  it("with few answers, the same texts stop the run", () => {
    const error = refused(column(["Dissatisfied", "Neutral", "Satisfied", "Very satisfied"], 2));
    expect(error.code).toBe("answerLabelsAmbiguous");
  });

  it("the config's labels settle it", () => {
    const coding = coded(column(["Disagree", "Agree", "Strongly agree"], 40), {
      labels: { Disagree: 2, Agree: 4, "Strongly agree": 5 },
    });
    expect(coding.source).toBe("config");
    expect(valueOf(coding)).toEqual({ Disagree: 2, Agree: 4, "Strongly agree": 5 });
    // Values 2, 4, 5 are not 1..k: the labels do not fix the scale.
    expect(coding.points).toBeNull();
  });
});

describe("answers with their number", () => {
  it("read as the number; the labelled end points fix a 7-point agreement scale", () => {
    const coding = coded(column(["1 - Strongly disagree", 2, "3", 4, 5, 6, "7 - Strongly agree"]));
    expect(coding.numbered.map((n) => [n.text, n.value])).toEqual([
      ["1 - Strongly disagree", 1],
      ["7 - Strongly agree", 7],
    ]);
    expect(coding.set?.id).toBe("agreement7");
    expect(coding.points).toBe(7);
    expect(coding.textValues.get("1-stronglydisagree")).toBe(1);
  });

  it("numbers that contradict their labels stop the run, listing them", () => {
    const error = refused(column(["1 - Strongly agree", "5 - Strongly disagree", 3]));
    expect(error.code).toBe("answerLabelsContradictory");
    expect(error.message).toContain('"1 - Strongly agree", "5 - Strongly disagree"');
    expect(error.message).toContain('{"Strongly agree": 1, "Strongly disagree": 5}');
  });

  it("numbers contradicting the config's labels stop the run too", () => {
    const error = refused(column(["1 - Strongly agree"]), { labels: { "Strongly agree": 5 } });
    expect(error.code).toBe("answerLabelsContradictory");
  });

  it("the config can confirm a reversed order", () => {
    const coding = coded(column(["1 - Strongly agree", "5 - Strongly disagree"]), {
      labels: { "Strongly agree": 1, "Strongly disagree": 5 },
    });
    expect(coding.textValues.get("1-stronglyagree")).toBe(1);
  });

  it("numbers with labels no set knows are read as numbers and fix nothing", () => {
    const coding = coded(column(["1 - Never", "5 - Always", "7分"]));
    expect(coding.points).toBeNull();
    expect(coding.numbered.map((n) => n.value)).toEqual([1, 5, 7]);
  });
});

describe("missing answers (notApplicable)", () => {
  it("recognises N/A, Don't know, 不适用, 不清楚, 无法评价 whatever their spelling", () => {
    const coding = coded(
      column([
        "N/A",
        "n/a",
        "Don’t know",
        "不适用",
        "不清楚",
        "无法评价",
        "Agree",
        "Strongly agree",
        "Disagree",
        "Strongly disagree",
        "Neutral",
      ])
    );
    expect(coding.missing.map((m) => [m.value, m.count])).toEqual([
      ["N/A", 2],
      ["Don't know", 1],
      ["不适用", 1],
      ["不清楚", 1],
      ["无法评价", 1],
    ]);
    expect(coding.set?.id).toBe("agreement5");
  });

  it("configured numeric codes are missing answers, counted", () => {
    const coding = coded(column([99, "-99", 3, 99]), { missing: [99, -99] });
    expect(coding.missing).toEqual([
      { value: 99, count: 2 },
      { value: -99, count: 1 },
    ]);
  });

  it("configured texts are missing answers too", () => {
    const coding = coded(column(["Skipped", "Agree"]), {
      missing: ["skipped"],
      labels: { Agree: 4 },
    });
    expect(coding.missing).toEqual([{ value: "Skipped", count: 1 }]);
  });
});

describe("answersForConfig: what is saved reproduces the coding", () => {
  it("writes the whole detected set, points nobody chose included, and the missing answers", () => {
    const coding = coded(
      column(["Dissatisfied", "Neutral", "Satisfied", "Very satisfied", "N/A"], 20)
    );
    expect(answersForConfig(coding)).toEqual({
      labels: {
        "Very dissatisfied": 1,
        Dissatisfied: 2,
        Neutral: 3,
        Satisfied: 4,
        "Very satisfied": 5,
      },
      missing: ["N/A"],
    });
    const again = coded(
      column(["Dissatisfied", "Neutral", "Satisfied", "Very satisfied"], 20),
      answersForConfig(coding)
    );
    expect(again.points).toBe(5);
    expect(valueOf(again)).toEqual(valueOf(coding));
  });

  it("writes Chinese texts for a Chinese set", () => {
    const coding = coded(column(["不同意", "一般", "同意", "非常同意"], 20));
    expect(answersForConfig(coding)?.labels).toEqual({
      非常不同意: 1,
      不同意: 2,
      一般: 3,
      同意: 4,
      非常同意: 5,
    });
  });

  it("writes nothing for plain numbers", () => {
    expect(answersForConfig(coded(column([1, 2, 3])))).toBeUndefined();
  });
});
