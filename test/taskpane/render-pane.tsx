/** Renders the whole pane with a stub workbook, an in-thread runner and a fixed host. */
import { configure, render } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { createInThreadRunner, type AnalysisRunner } from "../../src/taskpane/analysis-runner";
import type { HostInfo } from "../../src/taskpane/office-host";
import { StubWorkbook } from "./stub-workbook";

// The pane renders nothing hidden that tests look for; skipping the per-element visibility
// check (getComputedStyle up the tree) makes role queries on the 22-item grid fast in jsdom.
configure({ defaultHidden: true });

export function installDomShims(): void {
  // jsdom lacks these; Fluent's motion and overflow code asks for them.
  if (!window.matchMedia) {
    window.matchMedia = (query: string) =>
      ({
        matches: false,
        media: query,
        onchange: null,
        addListener: () => undefined,
        removeListener: () => undefined,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
        dispatchEvent: () => false,
      }) as MediaQueryList;
  }
  if (!("ResizeObserver" in window)) {
    (window as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
      observe(): void {}
      unobserve(): void {}
      disconnect(): void {}
    };
  }
}

export function stubHost(
  displayLanguage = "en-US",
  dark = false,
  chartsSupported = true
): HostInfo {
  return { displayLanguage, dark, chartsSupported };
}

export function renderPane(
  options: { api?: StubWorkbook; runner?: AnalysisRunner; host?: HostInfo } = {}
) {
  installDomShims();
  const api = options.api ?? new StubWorkbook();
  const view = render(
    <App
      api={api}
      runner={options.runner ?? createInThreadRunner()}
      host={options.host ?? stubHost()}
    />
  );
  return { api, ...view };
}
