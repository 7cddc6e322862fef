/** Runs axe-core in the page (injected from node_modules) and describes any violations. */
import { readFileSync } from "fs";
import type { Page } from "playwright-core";

const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

interface AxeNode {
  target: string[];
  html: string;
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: AxeNode[];
}

declare global {
  interface Window {
    axe?: { run(context: unknown, options: unknown): Promise<{ violations: AxeViolation[] }> };
  }
}

/**
 * Fluent UI v9's focus manager (Tabster) adds `<i tabindex="0" aria-hidden="true"
 * data-tabster-dummy>` elements whose only job is to pass focus on; axe's aria-hidden-focus
 * rule flags them. Microsoft's own scanners drop exactly these nodes (microsoft/tabster#288,
 * microsoft/accessibility-insights-web#7605); so do we, and nothing else.
 */
function isTabsterDummy(ruleId: string, node: AxeNode): boolean {
  return ruleId === "aria-hidden-focus" && /^<i\b[^>]*\bdata-tabster-dummy=/.test(node.html);
}

/**
 * Waits until no finite CSS transition or animation is running (a spinner's infinite one
 * is ignored): Fluent fades a button's colours for ~100 ms when it becomes enabled, and
 * axe's colour-contrast rule would otherwise judge a half-faded colour.
 */
export async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every((a) => a.playState !== "running" || a.effect?.getComputedTiming().endTime === Infinity)
  );
}

/** One line per violating node ([] when the page is clean), so a failing expect says what to fix. */
export async function axeViolations(page: Page): Promise<string[]> {
  await settle(page);
  // Evaluated through the debugging protocol, not added as an inline <script>: the pane's
  // Content-Security-Policy (rightly) refuses inline scripts.
  await page.evaluate(() => {
    (window as unknown as { __servqualAxeRunning?: boolean }).__servqualAxeRunning = true;
  });
  if (!(await page.evaluate(() => typeof window.axe !== "undefined")))
    await page.evaluate(`${AXE_SOURCE}\n;undefined`);
  const violations = await page.evaluate(async () => {
    const result = await window.axe!.run(document, { resultTypes: ["violations"] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, html: n.html })),
    }));
  });
  // securitypolicyviolation events arrive in a later task: let them pass before clearing.
  await page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        setTimeout(() => {
          (window as unknown as { __servqualAxeRunning?: boolean }).__servqualAxeRunning = false;
          resolve();
        }, 50)
      )
  );
  return violations.flatMap((v) =>
    v.nodes
      .filter((n) => !isTabsterDummy(v.id, n))
      .map((n) => `${v.id} (${v.impact ?? "?"}): ${v.help} at ${n.target.join(" ")}`)
  );
}
