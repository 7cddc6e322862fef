/**
 * The JSON names why a statistic is null, and the summary tells "weights mapped but unusable"
 * and "a dimension with no valid answers" apart from "no weights mapped".
 * Survey (written below): items 1–2 in dimension A, item 3 in B; B's perception column is
 * blank for everyone; every weight cell is text.
 */
import * as fs from "fs";
import * as path from "path";
import { runCli, tempDir } from "./cli-helpers";

const CONFIG = {
  version: 1,
  instrument: {
    scale: { min: 1, max: 5 },
    dimensions: [
      { id: "A", label: { en: "Alpha" } },
      { id: "B", label: { en: "Beta" } },
    ],
    items: [
      { id: "1", dimension: "A", label: "one", reverse: false },
      { id: "2", dimension: "A", label: "two", reverse: false },
      { id: "3", dimension: "B", label: "three", reverse: false },
    ],
  },
  columns: [
    { column: "E1", role: "expectation", item: "1" },
    { column: "E2", role: "expectation", item: "2" },
    { column: "E3", role: "expectation", item: "3" },
    { column: "P1", role: "perception", item: "1" },
    { column: "P2", role: "perception", item: "2" },
    { column: "P3", role: "perception", item: "3" },
    { column: "WA", role: "weight", dimension: "A" },
    { column: "WB", role: "weight", dimension: "B" },
  ],
};

// Item 2: every respondent's gap is +1 (SD 0: no t, no d_z; Wilcoxon defined, all positive).
const CSV = [
  "E1,E2,E3,P1,P2,P3,WA,WB",
  "4,3,4,3,4,,x,y",
  "5,2,3,5,3,,x,y",
  "3,4,5,4,5,,x,y",
  "4,3,2,2,4,,x,y",
].join("\n");

interface Doc {
  items: { t: number | null; reasons: Record<string, string>; wilcoxon: { w: number } }[];
  dimensions: {
    n: number;
    weight: null;
    reasons: Record<string, string>;
    wilcoxon: { reasons: Record<string, string> };
  }[];
  overall: { weightedGap: null; reasons: Record<string, string> };
}

describe("null statistics carry their reason", () => {
  let dir: string;
  let doc: Doc;
  let summary: string;

  beforeAll(async () => {
    dir = tempDir();
    fs.writeFileSync(path.join(dir, "survey.csv"), CSV);
    fs.writeFileSync(path.join(dir, "config.json"), JSON.stringify(CONFIG));
    const args = [
      "analyze",
      path.join(dir, "survey.csv"),
      "--config",
      path.join(dir, "config.json"),
    ];
    const json = await runCli(...args, "--json", "-");
    expect(json.code).toBe(0);
    doc = JSON.parse(json.stdout) as Doc;
    summary = (await runCli(...args)).stdout;
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("names zero variance for an item whose gaps are all equal", () => {
    expect(doc.items[1].t).toBeNull();
    expect(doc.items[1].reasons).toEqual({
      t: "zeroVariance",
      p: "zeroVariance",
      ci95: "zeroVariance",
      dz: "zeroVariance",
      pHolm: "zeroVariance",
    });
    // Four positive differences of 1: T⁺ = 10, T⁻ = 0.
    expect(doc.items[1].wilcoxon.w).toBe(0);
  });

  it("names a dimension without valid answers and an unusable weights block", () => {
    const b = doc.dimensions[1];
    expect(b.n).toBe(0);
    expect(b.reasons).toMatchObject({
      gap: "noValidAnswers",
      t: "noValidAnswers",
      dz: "noValidAnswers",
      servperf: "noValidAnswers",
      alphaE: "tooFewItems",
      weight: "noUsableValues",
    });
    expect(b.wilcoxon.reasons.p).toBe("noValidAnswers");
    expect(doc.dimensions[0].reasons.weight).toBe("noUsableValues");
    expect(doc.overall.weightedGap).toBeNull();
    expect(doc.overall.reasons.weightedGap).toBe("noUsableValues");
  });

  it("says so in the summary instead of 'no importance weights mapped'", () => {
    expect(summary).toMatch(/importance weights mapped, but no respondent's row is usable/);
    expect(summary).not.toMatch(/no importance weights mapped/);
    expect(summary).toMatch(/Beta .*\(no valid answers\)/);
  });
});
