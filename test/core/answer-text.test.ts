import { labelKey, numberedAnswer } from "../../src/core/answer-text";

describe("labelKey: case, spaces and width do not matter", () => {
  it.each([
    ["Strongly agree", "STRONGLY  AGREE "],
    ["Strongly agree", "Ｓｔｒｏｎｇｌｙ　ａｇｒｅｅ"],
    ["Don't know", "Don’t know"],
    ["非常同意", " 非常 同意 "],
    ["N/A", "n/a"],
    ["Agree", "Agree."],
  ])("%j reads as %j", (a, b) => {
    expect(labelKey(a)).toBe(labelKey(b));
  });

  it("keeps different words apart", () => {
    expect(labelKey("Agree")).not.toBe(labelKey("Disagree"));
    expect(labelKey("同意")).not.toBe(labelKey("不同意"));
  });
});

describe("numberedAnswer: answers written with their number", () => {
  it.each([
    ["7 - Strongly agree", 7, "Strongly agree"],
    ["1 – Strongly disagree", 1, "Strongly disagree"],
    ["7 (非常同意)", 7, "非常同意"],
    ["7（非常同意）", 7, "非常同意"],
    ["7分", 7, ""],
    ["７ 分", 7, ""],
    ["Strongly agree (7)", 7, "Strongly agree"],
    ["非常同意（5）", 5, "非常同意"],
    ["5. Strongly agree", 5, "Strongly agree"],
    ["5、非常同意", 5, "非常同意"],
    ["(3) Neutral", 3, "Neutral"],
    ["10 - Extremely likely", 10, "Extremely likely"],
    ["Agree - 4", 4, "Agree"],
  ])("%j → %d with label %j", (text, value, label) => {
    expect(numberedAnswer(text)).toEqual({ value, label });
  });

  it.each([["4.5"], ["Agree"], ["2024-01-05"], ["4.5 - Agree"], [""], ["Q7"]])(
    "%j is not a numbered answer",
    (text) => {
      expect(numberedAnswer(text)).toBeNull();
    }
  );
});
