import { parseConfig, serializeConfig } from "../../src/core/config";
import type { Config } from "../../src/core/types";

function parsed(document: unknown): Config {
  const result = parseConfig(document);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

function refusedAt(document: unknown): { field: string | undefined; message: string } {
  const result = parseConfig(document);
  if (result.ok) throw new Error("expected the config to be refused");
  expect(result.error.code).toBe("configInvalid");
  return { field: result.error.field, message: result.error.message };
}

describe("config answers (version 2)", () => {
  it("reads label codes and missing values", () => {
    const config = parsed({
      version: 2,
      answers: {
        labels: { "Strongly disagree": 1, Disagree: 2, Agree: 4, "Strongly agree": 5 },
        missing: ["N/A", 99, -99],
      },
    });
    expect(config.answers).toEqual({
      labels: { "Strongly disagree": 1, Disagree: 2, Agree: 4, "Strongly agree": 5 },
      missing: ["N/A", 99, -99],
    });
  });

  it("is optional: a config without answers has none", () => {
    expect(parsed({ version: 2 }).answers).toBeUndefined();
  });

  it.each([
    [{ labels: { Agree: "4" } }, 'answers.labels["Agree"]'],
    [{ labels: { "  ": 1 } }, 'answers.labels["  "]'],
    [{ labels: ["Agree"] }, "answers.labels"],
    [{ missing: [null] }, "answers.missing[0]"],
    [{ missing: "N/A" }, "answers.missing"],
    [{ missng: [] }, "answers.missng"],
    [[], "answers"],
  ])("refuses %j naming %s", (answers, field) => {
    expect(refusedAt({ version: 2, answers }).field).toBe(field);
  });

  it("refuses two spellings of one label with different numbers", () => {
    const { field, message } = refusedAt({
      version: 2,
      answers: { labels: { Agree: 4, "ＡＧＲＥＥ ": 5 } },
    });
    expect(field).toBe('answers.labels["ＡＧＲＥＥ "]');
    expect(message).toContain('reads the same as "Agree"');
  });

  it("writes answers after detect, labels in scale order, and reads them back", () => {
    const config = parsed({
      version: 2,
      answers: { labels: { 非常同意: 5, 非常不同意: 1, 同意: 4 }, missing: [99, "不适用"] },
    });
    const text = serializeConfig(config);
    expect(Object.keys(JSON.parse(text))).toEqual([
      "version",
      "instrument",
      "columns",
      "answers",
      "options",
    ]);
    expect(
      Object.keys((JSON.parse(text) as { answers: { labels: object } }).answers.labels)
    ).toEqual(["非常不同意", "同意", "非常同意"]);
    expect(parsed(JSON.parse(text))).toEqual(config);
  });
});
