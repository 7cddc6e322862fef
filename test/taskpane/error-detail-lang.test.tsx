/** @jest-environment jsdom */
/**
 * The error bar words the engine's detail in the pane's language: an error built from a
 * detail key shows its Chinese detail in a Chinese pane and the English one in an English
 * pane (a custom instrument's field, a text-answer error with its readings, a source the
 * pane itself refuses). Expected texts written by hand.
 */
import { render, screen } from "@testing-library/react";
import { inferAnswerCoding } from "../../src/core/answer-coding";
import { parseConfig } from "../../src/core/config";
import type { AppError } from "../../src/core/errors";
import { ErrorBar } from "../../src/taskpane/components/ErrorBar";
import { I18nProvider } from "../../src/taskpane/i18n";
import { fromAppError } from "../../src/taskpane/pane-error";
import { readGapTables } from "../../src/taskpane/use-gap-sources";
import type { WorkbookApi } from "../../src/excel";
import type { Lang } from "../../src/core/types";
import { installDomShims } from "./render-pane";

installDomShims();

function configError(doc: unknown): AppError {
  const result = parseConfig(doc);
  if (result.ok) throw new Error("expected the config to be refused");
  return result.error;
}

function ambiguousLabels(): AppError {
  const rows = ["Disagree", "Agree", "Strongly agree"].flatMap((text) =>
    Array.from({ length: 40 }, () => [text])
  );
  const result = inferAnswerCoding(rows, [0], undefined);
  if (result.ok) throw new Error("expected the labels to be refused");
  return result.error;
}

function shownIn(lang: Lang, error: AppError): string {
  render(
    <I18nProvider lang={lang}>
      <ErrorBar error={fromAppError(error)} onDismiss={() => undefined} />
    </I18nProvider>
  );
  return screen.getByRole("alert").textContent ?? "";
}

describe("the error bar's detail", () => {
  const instrument = {
    scale: { min: 1, max: 5 },
    dimensions: [{ id: "A" }, { id: "B" }],
    items: [{ id: "1", dimension: "A" }],
  };

  it("is Chinese in a Chinese pane", () => {
    const text = shownIn("zh", configError({ version: 2, instrument }));
    expect(text).toContain('instrument.dimensions[1]：维度 "B" 没有题项');
    expect(text).not.toContain("has no items");
  });

  it("stays the engine's English in an English pane", () => {
    const text = shownIn("en", configError({ version: 2, instrument }));
    expect(text).toContain('instrument.dimensions[1]: dimension "B" has no items');
  });

  it("keeps the message of an error that has no detail key", () => {
    const error: AppError = { code: "noUsableData", message: "No row has answers." };
    expect(shownIn("zh", error)).toContain("No row has answers.");
  });
});

describe("a text-answer error in the error bar", () => {
  it("is Chinese in a Chinese pane, each reading worded with its scale", () => {
    const text = shownIn("zh", ambiguousLabels());
    expect(text).toContain(
      '作答是文字，可以对应不止一种量表："Disagree", "Agree", "Strongly agree" 可读作 ' +
        "5 点同意程度量表上的 2, 4, 5，或 7 点同意程度量表上的 2, 6, 7。"
    );
    expect(text).not.toContain("on the 5-point");
    expect(text).not.toContain("Give the number");
  });

  it("stays the engine's English in an English pane", () => {
    const text = shownIn("en", ambiguousLabels());
    expect(text).toContain(
      "read as 2, 4, 5 on the 5-point agreement scale, or 2, 6, 7 on the 7-point agreement scale."
    );
  });
});

describe("a managers' source range without an address", () => {
  async function refused(): Promise<AppError> {
    const api = {} as WorkbookApi; // never asked: the range is refused before Excel is
    const read = await readGapTables(api, {
      management: { kind: "range", sheet: "Managers", address: "" },
      staff: null,
    });
    if (read.ok) throw new Error("expected the source to be refused");
    return read.error as AppError;
  }

  it("is Chinese in a Chinese pane", async () => {
    expect(shownIn("zh", await refused())).toContain(
      "找不到调查数据来源：工作表“Managers”上的区域（没有给出地址）。"
    );
  });

  it("is the English as before in an English pane", async () => {
    expect(shownIn("en", await refused())).toContain(
      'The survey source was not found: range on sheet "Managers" (no address given).'
    );
  });
});
