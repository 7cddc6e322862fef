/**
 * The refresh, insert-sample and insert-template use cases with fake ports: which port is
 * called with what, in which order, and how a failure (with its cause) comes back.
 */
import { insertSample } from "../../src/app/insert-sample";
import { insertTemplate } from "../../src/app/insert-template";
import { CANCELLED, done, type Outcome } from "../../src/app/outcome";
import { refresh } from "../../src/app/refresh";
import type { AppError } from "../../src/core/errors";
import { SAMPLE_RESPONDENTS } from "../../src/core/synthetic-survey";
import type { RawCell } from "../../src/core/types";
import type { DrawablePlan } from "../../src/report/plan-types";

type State = { source: string };
const failure = (cause: unknown): AppError<string> => ({
  code: "excel",
  message: "GeneralException: the workbook is locked",
  cause,
});

describe("refresh", () => {
  it("re-runs the state saved in the workbook, not the one the pane holds", async () => {
    const log: string[] = [];
    const outcome = await refresh(
      { loadState: async () => (log.push("loadState"), { ok: true, value: { source: "saved" } }) },
      {
        known: { source: "pane" },
        rerun: async (state: State) => (log.push(`rerun ${state.source}`), done(1)),
        firstRun: async () => (log.push("firstRun"), done(0)),
      }
    );
    expect(log).toEqual(["loadState", "rerun saved"]);
    expect(outcome).toEqual(done(1));
  });

  it("uses the pane's state when the workbook has none, and a first run when neither has", async () => {
    const calls: string[] = [];
    const none = { loadState: async () => ({ ok: true as const, value: null }) };
    const request = (known: State | null) => ({
      known,
      rerun: async (state: State) => (calls.push(`rerun ${state.source}`), done(1)),
      firstRun: async (): Promise<Outcome<number>> => (calls.push("firstRun"), CANCELLED),
    });
    expect(await refresh(none, request({ source: "pane" }))).toEqual(done(1));
    expect(await refresh(none, request(null))).toEqual(CANCELLED);
    expect(calls).toEqual(["rerun pane", "firstRun"]);
  });

  it("fails with the store's error, cause kept, and runs nothing", async () => {
    const cause = new Error("AccessDenied");
    let ran = false;
    const outcome = await refresh(
      { loadState: async () => ({ ok: false, error: failure(cause) }) },
      {
        known: { source: "pane" },
        rerun: async () => ((ran = true), done(1)),
        firstRun: async () => ((ran = true), done(0)),
      }
    );
    expect(outcome).toEqual({ kind: "failed", error: failure(cause) });
    expect(outcome.kind === "failed" && outcome.error.cause).toBe(cause);
    expect(ran).toBe(false);
  });
});

describe("insertSample", () => {
  it("writes the sample survey (header + one row per respondent) under the name given", async () => {
    const inserted: { name: string; rows: RawCell[][] }[] = [];
    const outcome = await insertSample(
      {
        insertSheet: async (name, rows) => {
          inserted.push({ name, rows });
          return { ok: true, value: `${name} (2)` };
        },
      },
      { lang: "zh", sheetName: "示例调查" }
    );
    expect(inserted.map((i) => i.name)).toEqual(["示例调查"]);
    expect(inserted[0].rows).toHaveLength(SAMPLE_RESPONDENTS + 1);
    // The headers follow the language asked for (Chinese characters in the header row).
    expect(inserted[0].rows[0].some((h) => /[\u4e00-\u9fff]/.test(String(h)))).toBe(true);
    // The source to load is the sheet actually used (a free variant of the name).
    expect(outcome).toEqual(
      done({ sheet: "示例调查 (2)", source: { kind: "sheet", sheet: "示例调查 (2)" } })
    );
  });

  it("passes the workbook's failure on with its cause", async () => {
    const cause = new Error("InsertDeleteConflict");
    const outcome = await insertSample(
      { insertSheet: async () => ({ ok: false, error: failure(cause) }) },
      { lang: "en", sheetName: "Sample survey" }
    );
    expect(outcome.kind === "failed" && outcome.error.cause).toBe(cause);
  });
});

describe("insertTemplate", () => {
  it("draws the preset's questionnaire in the language asked for; the last sheet is the entry sheet", async () => {
    const plans: DrawablePlan[] = [];
    const outcome = await insertTemplate(
      {
        insertTemplate: async (plan) => {
          plans.push(plan);
          return { ok: true, value: plan.sheets.map((s) => `${s.name}*`) };
        },
      },
      { preset: "servqual22", lang: "en" }
    );
    expect(plans).toHaveLength(1);
    expect(plans[0].lang).toBe("en");
    const names = plans[0].sheets.map((s) => `${s.name}*`);
    expect(outcome).toEqual(
      done({ sheets: names, entrySheet: names[names.length - 1], preset: "servqual22" })
    );
  });

  it("passes the workbook's failure on with its cause", async () => {
    const cause = new Error("ApiNotFound");
    const outcome = await insertTemplate(
      { insertTemplate: async () => ({ ok: false, error: failure(cause) }) },
      { preset: "servqual22", lang: "zh" }
    );
    expect(outcome.kind === "failed" && outcome.error.cause).toBe(cause);
  });
});
