import { fillTemplate } from "../../src/i18n/format";
import { uiEn } from "../../src/i18n/ui-en";
import { uiZh } from "../../src/i18n/ui-zh";
import {
  formatNumber,
  formatPercent,
  langFromDisplayLanguage,
  translator,
} from "../../src/taskpane/i18n";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("UI strings", () => {
  test("en-US and zh-CN have exactly the same keys", () => {
    expect(Object.keys(uiZh).sort()).toEqual(Object.keys(uiEn).sort());
  });

  test("no string is blank, and every translation uses the same parameters", () => {
    for (const key of Object.keys(uiEn) as (keyof typeof uiEn)[]) {
      expect(uiEn[key].trim()).not.toBe("");
      expect(uiZh[key].trim()).not.toBe("");
      expect({ key, params: placeholders(uiZh[key]) }).toEqual({
        key,
        params: placeholders(uiEn[key]),
      });
    }
  });

  test("Chinese text uses full-width brackets", () => {
    // "(已选定：Sheet1!A1)" reads as an English aside in Chinese text; （…） is the convention.
    const halfWidthNextToChinese =
      /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef] ?[()]|[()] ?[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;
    for (const key of Object.keys(uiZh) as (keyof typeof uiZh)[]) {
      expect({ key, text: uiZh[key], halfWidth: halfWidthNextToChinese.test(uiZh[key]) }).toEqual({
        key,
        text: uiZh[key],
        halfWidth: false,
      });
    }
    expect(uiZh["data.source.selection"]).toBe("当前选定区域（{detail}）");
  });

  test("the key controls keep their stable English names", () => {
    expect(uiEn["mapping.detect"]).toBe("Detect columns");
    expect(uiEn["run.start"]).toBe("Run analysis");
    expect(uiEn["results.refresh"]).toBe("Refresh");
    expect(uiEn["data.sample"]).toBe("Insert sample survey");
  });
});

describe("language helpers", () => {
  test.each([
    ["zh-CN", "zh"],
    ["zh-Hans-CN", "zh"],
    ["ZH-tw", "zh"],
    ["en-US", "en"],
    ["de-DE", "en"],
    ["", "en"],
    [null, "en"],
  ])("display language %p → %p", (display, lang) => {
    expect(langFromDisplayLanguage(display)).toBe(lang);
  });

  test("parameters are substituted; unknown ones are left visible", () => {
    expect(fillTemplate("{a} of {b} ({c})", { a: 3, b: "22" })).toBe("3 of 22 ({c})");
    expect(translator("zh")("data.respondents", { count: 252 })).toBe("受访者：252");
  });

  test("numbers use a real minus sign and a dash when not computable", () => {
    expect(formatNumber(-0.746)).toBe("−0.75");
    expect(formatNumber(1.5, 1)).toBe("1.5");
    expect(formatNumber(-0.001)).toBe("0.00");
    expect(formatNumber(null)).toBe("—");
    expect(formatNumber(Number.NaN)).toBe("—");
    expect(formatPercent(2 / 3)).toBe("67");
  });
});
