import { cliEn } from "../../src/i18n/cli-en";
import { cliZh } from "../../src/i18n/cli-zh";
import { gapModelEn } from "../../src/i18n/gap-model-en";
import { gapModelZh } from "../../src/i18n/gap-model-zh";
import { fillTemplate } from "../../src/i18n/format";
import { questionnaireEn } from "../../src/i18n/questionnaire-en";
import { questionnaireZh } from "../../src/i18n/questionnaire-zh";
import { reportEn } from "../../src/i18n/report-en";
import { reportZh } from "../../src/i18n/report-zh";
import { uiEn } from "../../src/i18n/ui-en";
import { uiZh } from "../../src/i18n/ui-zh";

const TABLES: [string, Record<string, string>, Record<string, string>][] = [
  ["ui", uiEn, uiZh],
  ["report", reportEn, reportZh],
  ["gap model", gapModelEn, gapModelZh],
  ["questionnaire", questionnaireEn, questionnaireZh],
  ["cli", cliEn, cliZh],
];

function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
}

// The compiler already refuses a Chinese table with a missing or extra key (each is typed
// with the English table's keys); these check what types cannot see.
describe.each(TABLES)("the %s message tables", (_name, en, zh) => {
  it("have the same keys in both languages", () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  });

  it("use the same placeholders in both languages", () => {
    // The CLI's English errors are the engine's message ({message}); Chinese ones are
    // written out from the error's parameters instead.
    const keys = Object.keys(en).filter((key) => !(en === cliEn && key.startsWith("error.")));
    const differing = keys.filter(
      (key) => placeholders(en[key]).join() !== placeholders(zh[key]).join()
    );
    expect(differing).toEqual([]);
  });
});

describe("the one formatter", () => {
  it("fills placeholders and leaves unknown ones visible", () => {
    expect(fillTemplate("{a} of {b} ({c})", { a: 3, b: "22" })).toBe("3 of 22 ({c})");
    expect(fillTemplate("{toString}", {})).toBe("{toString}");
  });
});
