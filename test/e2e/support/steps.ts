/**
 * The wizard's steps as a user performs them, by accessible role and name in either
 * language (names come from the UI string tables, so a renamed string fails here loudly).
 * Each step can check axe-core and save a screenshot.
 */
import type { Page } from "playwright-core";
import { uiEn, type UiKey } from "../../../src/i18n/ui-en";
import { uiZh } from "../../../src/i18n/ui-zh";
import { axeViolations } from "./axe";
import { screenshot, type Pane } from "./pane";

export type UiLang = "en" | "zh";

export function text(
  lang: UiLang,
  key: UiKey,
  params: Record<string, string | number> = {}
): string {
  const template = (lang === "zh" ? uiZh : uiEn)[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole
  );
}

/** Long runs (100k rows) and a loaded 2-core machine need generous waits. */
export const STEP_TIMEOUT = 60_000;

/**
 * A task pane is narrow (320–360 px) and must not scroll sideways: names the elements that
 * stick out past the viewport's right edge (wide tables scroll inside their own region).
 */
export async function horizontalOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width) return [];
    const culprits = [...document.querySelectorAll("body *")]
      .filter((e) => e.getBoundingClientRect().right > width + 0.5)
      // Report the outermost element only, not each of its descendants.
      .filter(
        (e) => !(e.parentElement && e.parentElement.getBoundingClientRect().right > width + 0.5)
      )
      .slice(0, 3)
      .map((e) => {
        const label = e.getAttribute("aria-label") ?? e.textContent?.trim().slice(0, 30) ?? "";
        return `<${e.tagName.toLowerCase()}> "${label}" ends at ${Math.round(e.getBoundingClientRect().right)}px`;
      });
    return [
      `horizontal overflow: the page is ${document.documentElement.scrollWidth}px wide in a ${width}px pane; ${culprits.join("; ")}`,
    ];
  });
}

export class Wizard {
  /** Screenshots are saved only when a scenario asks for them (the canonical walk-throughs). */
  readonly page: Page;

  constructor(
    readonly pane: Pane,
    readonly lang: UiLang,
    private readonly shots: boolean = false
  ) {
    this.page = pane.page;
  }

  t(key: UiKey, params?: Record<string, string | number>): string {
    return text(this.lang, key, params);
  }

  button(key: UiKey, params?: Record<string, string | number>) {
    return this.page.getByRole("button", { name: this.t(key, params), exact: true });
  }

  heading(key: UiKey) {
    return this.page.getByRole("heading", { name: this.t(key), exact: true });
  }

  async expectStep(key: UiKey, timeout = STEP_TIMEOUT): Promise<void> {
    try {
      await this.heading(key).waitFor({ timeout });
    } catch (error) {
      // Say what the pane showed instead: a timeout alone explains nothing.
      const shown = await this.page
        .evaluate(() => document.body.innerText)
        .catch(() => "(page gone)");
      throw new Error(
        `Step "${this.t(key)}" did not appear: ${String(error).split("\n")[0]}\n--- pane text ---\n${shown}\n--- page errors ---\n${this.pane.errors.join("\n")}`
      );
    }
  }

  /** axe-core over the whole page and the pane's width, then (for the canonical walks) a screenshot. */
  async check(step: string): Promise<string[]> {
    // The pointer stays where the last click was; park it on the title so no hover style
    // (table rows, buttons that moved under it) ends up in the check or the screenshot.
    await this.page.mouse.move(1, 1);
    const violations = [
      ...(await axeViolations(this.page)),
      ...(await horizontalOverflow(this.page)),
    ];
    if (this.shots) await screenshot(this.page, this.lang, step);
    return violations.map((v) => `[${this.lang}-${step}] ${v}`);
  }

  async next(expected: UiKey): Promise<void> {
    await this.button("nav.next").click();
    await this.expectStep(expected);
  }

  async insertSample(): Promise<void> {
    await this.button("data.sample").click();
    await this.page.getByTestId("respondent-count").waitFor({ timeout: STEP_TIMEOUT });
  }

  /** Data step: use a whole worksheet. */
  async useSheet(sheet: string): Promise<void> {
    await this.page.getByRole("radio", { name: this.t("data.source.sheet"), exact: true }).check();
    await this.page
      .getByRole("combobox", { name: this.t("data.sheet"), exact: true })
      .selectOption(sheet);
    await this.button("data.load").click();
    await this.page.getByTestId("respondent-count").waitFor({ timeout: STEP_TIMEOUT });
  }

  async respondentCount(): Promise<string> {
    return (await this.page.getByTestId("respondent-count").textContent()) ?? "";
  }

  async detect(): Promise<void> {
    await this.button("mapping.detect").click();
  }

  /** Run step: start and wait for the Results step. */
  async run(): Promise<void> {
    await this.button("run.start").click();
    await this.expectStep("results.heading");
  }

  async overallUnweighted(): Promise<string> {
    return ((await this.page.getByTestId("overall-unweighted").textContent()) ?? "").trim();
  }

  /** Names of the report sheets, read from the "Open …" buttons. */
  async reportSheetNames(): Promise<string[]> {
    const prefix = this.t("results.openSheet", { name: "\u0000" }).split("\u0000");
    const section = this.page.getByRole("region", { name: this.t("results.sheets") });
    const labels = await ((await section.count()) ? section : this.page)
      .getByRole("button")
      .allTextContents();
    return labels
      .filter((l) => l.startsWith(prefix[0]) && l.endsWith(prefix[1]))
      .map((l) => l.slice(prefix[0].length, l.length - prefix[1].length));
  }
}
