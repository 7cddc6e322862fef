/**
 * Test doubles for the use-case ports: a workbook session and a runner that log every call
 * in order, so tests can assert the sequence, the progress bar and what was written.
 */
import type { AnalysisOutput, AnalysisRunner, WorkbookSession } from "../../src/app/ports";
import type { AppError, Result } from "../../src/core/errors";
import type { Config } from "../../src/core/types";
import type { ReportPlan, UserInputRows } from "../../src/report/plan-types";

export interface SessionScript {
  /** Fractions the session reports inside each phase. */
  phaseFractions?: number[];
  readFails?: AppError<string>;
  renderFails?: AppError<string>;
  saveFails?: AppError<string>;
  /** Runs inside render (e.g. a Cancel click while drawing). */
  duringRender?: () => void;
  userInput?: UserInputRows;
}

export interface LoggedSession extends WorkbookSession<string> {
  log: string[];
  rendered: (ReportPlan | null)[];
  saved: Config[];
}

export function fakeSession(script: SessionScript = {}): LoggedSession {
  const log: string[] = [];
  const rendered: (ReportPlan | null)[] = [];
  const saved: Config[] = [];
  const report = (onProgress: (f: number) => void) =>
    (script.phaseFractions ?? [0.5, 1]).forEach((f) => onProgress(f));
  return {
    log,
    rendered,
    saved,
    async readSource(onProgress) {
      log.push("readSource");
      report(onProgress);
      if (script.readFails) return { ok: false, error: script.readFails };
      return { ok: true, value: { source: "survey", userInput: script.userInput ?? {} } };
    },
    async render({ plan }, onProgress) {
      log.push("render");
      script.duringRender?.();
      report(onProgress);
      if (script.renderFails) return { ok: false, error: script.renderFails };
      rendered.push(plan);
      return { ok: true, value: undefined };
    },
    async saveState(config, onProgress) {
      log.push("saveState");
      report(onProgress);
      if (script.saveFails) return { ok: false, error: script.saveFails };
      saved.push(config);
      return { ok: true, value: { sheets: [{ key: "gap", name: "Gap" }] } };
    },
    async end() {
      log.push("end");
    },
  };
}

export function fakeRunner<Output extends AnalysisOutput>(
  body: (
    input: string,
    onProgress: (f: number) => void,
    signal?: AbortSignal
  ) => Promise<Result<Output, AppError<string>>>,
  log?: string[]
): AnalysisRunner<string, Output, AppError<string>> {
  return {
    run: (input, onProgress, signal) => {
      log?.push(`run ${input}`);
      return body(input, onProgress, signal);
    },
  };
}
