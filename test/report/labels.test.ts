import { reportEn } from "../../src/i18n/report-en";
import { reportZh } from "../../src/i18n/report-zh";
import { fillTemplate, localText, translator } from "../../src/report/labels";

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
}

describe("report labels", () => {
  it("have the same key set in English and Chinese", () => {
    expect(Object.keys(reportZh).sort()).toEqual(Object.keys(reportEn).sort());
  });

  it("have no empty text and the same placeholders in both languages", () => {
    for (const key of Object.keys(reportEn) as (keyof typeof reportEn)[]) {
      expect(reportEn[key].trim()).not.toBe("");
      expect(reportZh[key].trim()).not.toBe("");
      expect({ key, zh: placeholders(reportZh[key]) }).toEqual({
        key,
        zh: placeholders(reportEn[key]),
      });
    }
  });

  it("fill placeholders and leave unknown ones visible", () => {
    expect(fillTemplate("{a} and {b}", { a: 1 })).toBe("1 and {b}");
    expect(translator("zh")("levels.headline", { share: "40%", delta: 0 })).toBe(
      "40% 的受访者认为服务低于其期望（容差 δ = 0）。"
    );
  });

  it("fall back to English when a text has no Chinese", () => {
    expect(localText({ en: "Tangibles", zh: "有形性" }, "zh")).toBe("有形性");
    expect(localText({ en: "Tangibles" }, "zh")).toBe("Tangibles");
    expect(localText({ en: "Tangibles", zh: "" }, "zh")).toBe("Tangibles");
    expect(localText({ en: "Tangibles", zh: "有形性" }, "en")).toBe("Tangibles");
  });
});
