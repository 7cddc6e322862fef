/**
 * The analyse use case with a session and a runner as test doubles: it returns what the run
 * produced, keeps one forward-only progress bar, and ends a cancelled run as "cancelled".
 */
import { analyse } from "../../src/app/analyse";
import { abortError } from "../../src/app/outcome";
import type { AnalysisOutput, AnalysisRunner, WorkbookSession } from "../../src/app/ports";
import type { RunStage } from "../../src/app/progress";
import type { AppError, Result } from "../../src/core/errors";
import type { Analysis, Config } from "../../src/core/types";
import type { ReportPlan } from "../../src/report/plan-types";

const config = { version: 2, instrument: "servqual22", columns: [] } as unknown as Config;
const analysed = { ...config, scale: { min: 1, max: 5 } } as Config;
const analysis = { respondents: { total: 3 } } as unknown as Analysis;
const plan = { sheets: [] } as unknown as ReportPlan;

/** Reads "the source" (a string), asks for the plan, "writes" one sheet, saves the config. */
function session(log: string[], saved: Config[]): WorkbookSession<string> {
  return {
    async report({ analyse: build, configToSave, onProgress, signal }) {
      onProgress(0.1, "read");
      const built = await build("survey", { block: [{ cells: { note: "typed" } }] } as never);
      if (!built.ok) return built;
      if (signal?.aborted) return { ok: false, error: { code: "excel", message: "Cancelled." } };
      log.push("render");
      onProgress(0.5, "write"); // below the bar already reached: must not move it back
      saved.push(configToSave());
      onProgress(0.95, "save");
      return { ok: true, value: { sheets: [{ key: "gap", name: "Gap" }] } };
    },
  } as WorkbookSession<string>;
}

type Output = AnalysisOutput;
function runner(
  body: (input: string, onProgress: (f: number) => void) => Promise<Result<Output>>
): AnalysisRunner<string, Output, AppError> {
  return { run: (input, onProgress) => body(input, onProgress) };
}

describe("analyse", () => {
  it("returns the analysis, plan and written sheets, and saves the config as analysed", async () => {
    const log: string[] = [];
    const saved: Config[] = [];
    const steps: [number, RunStage][] = [];
    const outcome = await analyse(
      session(log, saved),
      runner(async (input, onProgress) => {
        log.push(`run ${input}`);
        onProgress(0.5);
        return { ok: true, value: { analysis, plan, config: analysed } };
      }),
      { config, input: (source, typed) => `${source}+${JSON.stringify(typed)}` },
      (fraction, stage) => steps.push([fraction, stage])
    );
    expect(outcome).toEqual({
      kind: "done",
      value: {
        analysis,
        plan,
        sheets: [{ key: "gap", name: "Gap" }],
        output: { analysis, plan, config: analysed },
      },
    });
    expect(log).toEqual(['run survey+{"block":[{"cells":{"note":"typed"}}]}', "render"]);
    expect(saved).toEqual([analysed]);
    // 0 read, 0.1 read, 0.25 analyse, 0.25 + 0.45 × 0.5 = 0.475, 0.7 write, write stays 0.7,
    // 0.95 save, 1 done.
    expect(steps).toEqual([
      [0, "read"],
      [0.1, "read"],
      [0.25, "analyse"],
      [0.475, "analyse"],
      [0.7, "write"],
      [0.7, "write"],
      [0.95, "save"],
      [1, "done"],
    ]);
  });

  it("ends as cancelled, not failed, when the runner is aborted", async () => {
    const controller = new AbortController();
    const log: string[] = [];
    const outcome = await analyse(
      session(log, []),
      runner(async () => {
        controller.abort();
        throw abortError();
      }),
      { config, input: (source) => source },
      undefined,
      controller.signal
    );
    expect(outcome).toEqual({ kind: "cancelled" });
    expect(log).toEqual([]);
  });

  it("ends as cancelled when Cancel comes after the analysis, before the sheets are drawn", async () => {
    const controller = new AbortController();
    const log: string[] = [];
    const outcome = await analyse(
      session(log, []),
      runner(async () => {
        controller.abort();
        return { ok: true, value: { analysis, plan, config } };
      }),
      { config, input: (source) => source },
      undefined,
      controller.signal
    );
    expect(outcome).toEqual({ kind: "cancelled" });
    expect(log).toEqual([]);
  });

  it("passes the analysis's error on as failed, and saves nothing", async () => {
    const saved: Config[] = [];
    const error = {
      code: "mappingIncomplete",
      message: "Item 3 has no perception column.",
    } as AppError;
    const outcome = await analyse(
      session([], saved),
      runner(async () => ({ ok: false, error })),
      { config, input: (source) => source }
    );
    expect(outcome).toEqual({ kind: "failed", error });
    expect(saved).toEqual([]);
  });
});
