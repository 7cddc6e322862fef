/**
 * The analyse use case with fake ports: it calls readSource → runner → render → saveState → end
 * in that order, returns what the run produced, keeps one forward-only progress bar, ends a
 * cancelled run as "cancelled" with nothing drawn, and passes failures (with their cause) on.
 */
import { analyse } from "../../src/app/analyse";
import { abortError } from "../../src/app/outcome";
import type { AnalysisOutput } from "../../src/app/ports";
import type { RunStage } from "../../src/app/progress";
import type { AppError } from "../../src/core/errors";
import type { Analysis, Config } from "../../src/core/types";
import type { ReportPlan } from "../../src/report/plan-types";
import { fakeRunner, fakeSession } from "./fake-ports";

const config = { version: 2, instrument: "servqual22", columns: [] } as unknown as Config;
const analysed = { ...config, scale: { min: 1, max: 5 } } as Config;
const analysis = { respondents: { total: 3 } } as unknown as Analysis;
const plan = { sheets: [] } as unknown as ReportPlan;
const output: AnalysisOutput = { analysis, plan, config: analysed };
const input = (source: string, typed: unknown) => `${source}+${JSON.stringify(typed)}`;

describe("analyse", () => {
  it("reads, analyses, draws and saves in that order, then lets the session go", async () => {
    const session = fakeSession({ userInput: { block: [{ note: "typed" }] } as never });
    const outcome = await analyse(
      session,
      fakeRunner(async () => ({ ok: true, value: output }), session.log),
      { input }
    );
    expect(session.log).toEqual([
      "readSource",
      'run survey+{"block":[{"note":"typed"}]}',
      "render",
      "saveState",
      "end",
    ]);
    expect(outcome).toEqual({
      kind: "done",
      value: { analysis, plan, sheets: [{ key: "gap", name: "Gap" }], output },
    });
    // The config saved is the one as analysed, not the one the run started with.
    expect(session.saved).toEqual([analysed]);
    expect(session.rendered).toEqual([plan]);
  });

  it("places each phase's own fractions on one bar that never goes back", async () => {
    const steps: [number, RunStage][] = [];
    // Each session phase reports 0.5 then 1 of itself; the runner 0.5, then 0.2 (backwards).
    await analyse(
      fakeSession({ phaseFractions: [0.5, 1] }),
      fakeRunner(async (_i, onProgress) => {
        onProgress(0.5);
        onProgress(0.2);
        return { ok: true, value: output };
      }),
      { input },
      (fraction, stage) => steps.push([fraction, stage])
    );
    // Bar by hand from STAGE_START (read 0, analyse 0.25, write 0.7, save 0.9, done 1):
    // read 0 → 0.125 → 0.25; analyse 0.25 → 0.25 + 0.45 × 0.5 = 0.475, the 0.2 step stays at
    // 0.475; write 0.7 → 0.8 → 0.9; save 0.9 → 0.95 → 1; done 1.
    const expected: [number, RunStage][] = [
      [0, "read"],
      [0.125, "read"],
      [0.25, "read"],
      [0.25, "analyse"],
      [0.475, "analyse"],
      [0.475, "analyse"],
      [0.7, "write"],
      [0.8, "write"],
      [0.9, "write"],
      [0.9, "save"],
      [0.95, "save"],
      [1, "save"],
      [1, "done"],
    ];
    expect(steps.map(([f, s]) => [Number(f.toFixed(6)), s])).toEqual(expected);
    for (let i = 1; i < steps.length; i++)
      expect(steps[i][0]).toBeGreaterThanOrEqual(steps[i - 1][0]);
  });

  it("ends as cancelled, not failed, when the runner is aborted: nothing drawn or saved", async () => {
    const controller = new AbortController();
    const session = fakeSession();
    const outcome = await analyse(
      session,
      fakeRunner(async () => {
        controller.abort();
        throw abortError();
      }),
      { input },
      undefined,
      controller.signal
    );
    expect(outcome).toEqual({ kind: "cancelled" });
    expect(session.log).toEqual(["readSource", "end"]);
    expect(session.rendered).toEqual([]);
    expect(session.saved).toEqual([]);
  });

  it("ends as cancelled when Cancel comes after the analysis, before the sheets are drawn", async () => {
    const controller = new AbortController();
    const session = fakeSession();
    const outcome = await analyse(
      session,
      fakeRunner(async () => {
        controller.abort();
        return { ok: true, value: output };
      }),
      { input },
      undefined,
      controller.signal
    );
    expect(outcome).toEqual({ kind: "cancelled" });
    expect(session.log).toEqual(["readSource", "end"]);
  });

  it("ends as cancelled without starting the analysis when Cancel comes while reading", async () => {
    const controller = new AbortController();
    const session = fakeSession({ phaseFractions: [0.5] });
    const log: string[] = [];
    const outcome = await analyse(
      { ...session, readSource: (p) => (controller.abort(), session.readSource(p)) },
      fakeRunner(async () => ({ ok: true, value: output }), log),
      { input },
      undefined,
      controller.signal
    );
    expect(outcome).toEqual({ kind: "cancelled" });
    expect(log).toEqual([]);
    expect(session.rendered).toEqual([]);
  });

  it("finishes a run whose Cancel comes once drawing has begun (never a half-drawn report)", async () => {
    const controller = new AbortController();
    const session = fakeSession({ duringRender: () => controller.abort() });
    const outcome = await analyse(
      session,
      fakeRunner(async () => ({ ok: true, value: output })),
      { input },
      undefined,
      controller.signal
    );
    expect(outcome.kind).toBe("done");
    expect(session.log).toEqual(["readSource", "render", "saveState", "end"]);
    expect(session.saved).toEqual([analysed]);
  });

  it("passes the analysis's error on as failed, with its cause, and draws and saves nothing", async () => {
    const cause = new SyntaxError("Unexpected token } in JSON at position 12");
    const error: AppError<string> = { code: "configInvalid", message: "Bad config.", cause };
    const session = fakeSession();
    const outcome = await analyse(
      session,
      fakeRunner(async () => ({ ok: false, error })),
      { input }
    );
    expect(outcome).toEqual({ kind: "failed", error });
    expect(outcome.kind === "failed" && outcome.error.cause).toBe(cause);
    expect(session.log).toEqual(["readSource", "end"]);
  });

  it.each([
    ["readSource", { readFails: true }, ["readSource", "end"]],
    ["render", { renderFails: true }, ["readSource", "render", "end"]],
    ["saveState", { saveFails: true }, ["readSource", "render", "saveState", "end"]],
  ] as const)("stops at a failed %s, keeping the host's cause", async (_step, which, calls) => {
    const cause = Object.assign(new Error("InvalidOperationInCellEditMode"), {
      debugInfo: { errorLocation: "Range.values" },
    });
    const error: AppError<string> = { code: "excelCellEditMode", message: "busy", cause };
    const session = fakeSession({
      ...("readFails" in which ? { readFails: error } : {}),
      ...("renderFails" in which ? { renderFails: error } : {}),
      ...("saveFails" in which ? { saveFails: error } : {}),
    });
    const outcome = await analyse(
      session,
      fakeRunner(async () => ({ ok: true, value: output })),
      { input }
    );
    expect(outcome).toEqual({ kind: "failed", error });
    expect(outcome.kind === "failed" && outcome.error.cause).toBe(cause);
    expect(session.log).toEqual(calls);
    expect(session.saved).toEqual([]);
  });

  it("lets the session go when the runner throws, and rethrows", async () => {
    const session = fakeSession();
    await expect(
      analyse(
        session,
        fakeRunner(async () => {
          throw new TypeError("engine bug");
        }),
        { input }
      )
    ).rejects.toThrow("engine bug");
    expect(session.log).toEqual(["readSource", "end"]);
  });
});
