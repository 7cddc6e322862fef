/** @jest-environment jsdom */
/**
 * The error bar words the engine's detail in the pane's language: an error built from a
 * detail key (a config field, an instrument, a header pattern) shows its Chinese detail in a
 * Chinese pane, the English one in an English pane. Expected texts written by hand.
 */
import { render, screen } from "@testing-library/react";
import { parseConfig } from "../../src/core/config";
import type { AppError } from "../../src/core/errors";
import { ErrorBar } from "../../src/taskpane/components/ErrorBar";
import { I18nProvider } from "../../src/taskpane/i18n";
import { fromAppError } from "../../src/taskpane/pane-error";
import type { Lang } from "../../src/core/types";
import { installDomShims } from "./render-pane";

installDomShims();

function configError(doc: unknown): AppError {
  const result = parseConfig(doc);
  if (result.ok) throw new Error("expected the config to be refused");
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
