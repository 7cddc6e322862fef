import * as fs from "fs";
import * as path from "path";
import { EXAMPLES, runCli, tempDir } from "./cli-helpers";

/**
 * End to end on the shipped sample: every figure checked here is recomputed from the CSV
 * text with plain loops, independently of the engine.
 */

const DIMENSIONS = [
  { id: "tangibles", items: [1, 2, 3, 4] },
  { id: "reliability", items: [5, 6, 7, 8, 9] },
  { id: "responsiveness", items: [10, 11, 12, 13] },
  { id: "assurance", items: [14, 15, 16, 17] },
  { id: "empathy", items: [18, 19, 20, 21, 22] },
];

interface Hand {
  total: number;
  used: number;
  itemGap: number[];
  itemN: number[];
  itemMeanE: number[];
  itemT: number[];
  dimensionGap: number[];
  unweighted: number;
  weighted: number;
  shareBelow: number;
  shareMeets: number;
}

/** A valid answer: an integer 1..7 written plainly (the sample has no other kind). */
function answer(cell: string): number | null {
  return /^[1-7]$/.test(cell.trim()) ? Number(cell) : null;
}

function handComputation(csvText: string): Hand {
  const lines = csvText.trim().split(/\r?\n/);
  const header = lines[0].split(",");
  const col = (name: string): number => header.indexOf(name);
  const rows = lines.slice(1).map((line) => line.split(","));
  const used = rows.filter((r) => {
    for (let i = 1; i <= 22; i++) {
      if (answer(r[col(`E${i}`)]) !== null || answer(r[col(`P${i}`)]) !== null) return true;
    }
    return false;
  });

  const itemGap: number[] = [];
  const itemN: number[] = [];
  const itemMeanE: number[] = [];
  const itemT: number[] = [];
  for (let i = 1; i <= 22; i++) {
    const gaps: number[] = [];
    let sumE = 0;
    for (const r of used) {
      const e = answer(r[col(`E${i}`)]);
      const p = answer(r[col(`P${i}`)]);
      if (e !== null && p !== null) {
        gaps.push(p - e);
        sumE += e;
      }
    }
    const n = gaps.length;
    const mean = gaps.reduce((a, b) => a + b, 0) / n;
    let squares = 0;
    for (const g of gaps) squares += (g - mean) * (g - mean);
    itemGap.push(mean);
    itemN.push(n);
    itemMeanE.push(sumE / n);
    itemT.push(mean / (Math.sqrt(squares / (n - 1)) / Math.sqrt(n)));
  }

  const dimensionGap = DIMENSIONS.map(
    (d) => d.items.reduce((s, i) => s + itemGap[i - 1], 0) / d.items.length
  );
  const unweighted = dimensionGap.reduce((a, b) => a + b, 0) / dimensionGap.length;

  // Weights: each respondent's points normalised to sum to 1, averaged over respondents
  // who gave any; blank points count as 0 within a respondent who gave some.
  const weightColumns = ["Tangibles", "Reliability", "Responsiveness", "Assurance", "Empathy"].map(
    (n) => col(`Weight ${n}`)
  );
  const weightSums = [0, 0, 0, 0, 0];
  let weightRespondents = 0;
  for (const r of used) {
    const points = weightColumns.map((c) => (r[c].trim() === "" ? null : Number(r[c])));
    if (points.every((p) => p === null)) continue;
    const total = points.reduce<number>((s, p) => s + (p ?? 0), 0);
    points.forEach((p, d) => (weightSums[d] += (p ?? 0) / total));
    weightRespondents++;
  }
  const weighted = weightSums.reduce((s, w, d) => s + (w / weightRespondents) * dimensionGap[d], 0);

  // A respondent's SQ = mean of their dimension gaps; a dimension gap = mean of their valid pairs.
  let below = 0;
  let meets = 0;
  let counted = 0;
  for (const r of used) {
    const gaps: number[] = [];
    for (const d of DIMENSIONS) {
      const pairs: number[] = [];
      for (const i of d.items) {
        const e = answer(r[col(`E${i}`)]);
        const p = answer(r[col(`P${i}`)]);
        if (e !== null && p !== null) pairs.push(p - e);
      }
      if (pairs.length > 0) gaps.push(pairs.reduce((a, b) => a + b, 0) / pairs.length);
    }
    if (gaps.length === 0) continue;
    const sq = gaps.reduce((a, b) => a + b, 0) / gaps.length;
    counted++;
    if (sq < -1e-12) below++;
    else if (sq <= 1e-12) meets++;
  }
  return {
    total: rows.length,
    used: used.length,
    itemGap,
    itemN,
    itemMeanE,
    itemT,
    dimensionGap,
    unweighted,
    weighted,
    shareBelow: below / counted,
    shareMeets: meets / counted,
  };
}

interface JsonGap {
  n: number;
  meanE: number | null;
  gap: number | null;
  t: number | null;
  share: { below: number; meets: number; above: number } | null;
}
interface AnalysisDocument {
  respondents: { total: number; used: number; excluded: number; usableRate: number };
  items: (JsonGap & { item: string; dimension: string; wilcoxon: object })[];
  dimensions: (JsonGap & {
    dimension: string;
    weight: number | null;
    itemDiagnostics: object[];
  })[];
  overall: {
    unweightedGap: number;
    weightedGap: number;
    share: { below: number; meets: number };
    wilcoxon: object;
  };
  dataQuality: {
    counts: Record<string, number>;
    issues: { code: string; cell: string; value: unknown }[];
  };
  [key: string]: unknown;
}

describe("servqual analyze on the sample survey", () => {
  const csvFile = path.join(EXAMPLES, "sample-survey.csv");
  const hand = handComputation(fs.readFileSync(csvFile, "utf8"));
  let dir: string;
  let doc: AnalysisDocument;
  let jsonText: string;

  beforeAll(async () => {
    dir = tempDir();
    const run = await runCli("analyze", csvFile, "--json", "-");
    expect(run.code).toBe(0);
    jsonText = run.stdout;
    doc = JSON.parse(jsonText) as AnalysisDocument;
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("counts respondents like the hand computation (one row skipped entirely)", () => {
    expect(hand.total).toBe(252);
    expect(doc.respondents).toMatchObject({
      total: 252,
      used: hand.used,
      excluded: 252 - hand.used,
      distributed: null,
      responseRate: null,
    });
    expect(doc.respondents.usableRate).toBeCloseTo(hand.used / 252, 15);
    expect(doc.respondents.excluded).toBe(1);
  });

  it("matches the hand-computed item gaps, n, mean E and t", () => {
    expect(doc.items.map((i) => i.item)).toEqual(
      Array.from({ length: 22 }, (_, i) => String(i + 1))
    );
    doc.items.forEach((item, i) => {
      expect(item.n).toBe(hand.itemN[i]);
      expect(item.gap).toBeCloseTo(hand.itemGap[i], 12);
      expect(item.meanE).toBeCloseTo(hand.itemMeanE[i], 12);
      expect(item.t).toBeCloseTo(hand.itemT[i], 9);
    });
  });

  it("matches the hand-computed dimension and overall gaps, weighted and unweighted", () => {
    doc.dimensions.forEach((dimension, d) => {
      expect(dimension.gap).toBeCloseTo(hand.dimensionGap[d], 12);
      expect(dimension.gap).toBeLessThan(0);
    });
    expect(doc.overall.unweightedGap).toBeCloseTo(hand.unweighted, 12);
    expect(doc.overall.weightedGap).toBeCloseTo(hand.weighted, 12);
  });

  it("gives the share of respondents below expectations, about 40% as in the hospital case", () => {
    expect(doc.overall.share.below).toBeCloseTo(hand.shareBelow, 12);
    expect(doc.overall.share.meets).toBeCloseTo(hand.shareMeets, 12);
    expect(hand.shareBelow).toBeGreaterThan(0.35);
    expect(hand.shareBelow).toBeLessThan(0.45);
  });

  it("reports the planted data problems with their cells", () => {
    const counts = doc.dataQuality.counts;
    expect(counts.outOfRange).toBe(1);
    expect(counts.excludedRow).toBe(1);
    // two "n/a" text cells (answers meaning "no answer": notApplicable) and one "#N/A"
    // (the core may file it as an error value)
    expect(counts.notApplicable).toBe(2);
    expect((counts.nonNumeric ?? 0) + (counts.errorValue ?? 0)).toBe(1);
    const nine = doc.dataQuality.issues.find((issue) => issue.code === "outOfRange");
    expect(nine?.value).toBe("9");
    expect(nine?.cell).toMatch(/^[A-Z]{1,2}\d+$/);
  });

  it("writes the JSON keys of docs/json-output.md, in order, without respondent scores or NaN", () => {
    expect(doc.schemaVersion).toBe(1);
    expect(Object.keys(doc)).toEqual([
      "schemaVersion",
      "respondents",
      "items",
      "dimensions",
      "overall",
      "qMatrix",
      "zoneOfTolerance",
      "dataQuality",
      "segments",
      "trend",
      "gap1",
      "staff",
    ]);
    expect(Object.keys(doc.items[0])).toEqual([
      "item",
      "dimension",
      "n",
      "meanE",
      "meanP",
      "gap",
      "sdGap",
      "t",
      "df",
      "p",
      "ci95",
      "share",
      "level",
      "pHolm",
      "dz",
      "wilcoxon",
      "servperf",
      "reasons",
    ]);
    expect(Object.keys(doc.items[0].wilcoxon)).toEqual(["w", "z", "p", "r", "pHolm", "reasons"]);
    expect(Object.keys(doc.dimensions[0])).toEqual([
      "dimension",
      "items",
      "n",
      "meanE",
      "meanP",
      "gap",
      "sdGap",
      "t",
      "df",
      "p",
      "ci95",
      "share",
      "level",
      "pHolm",
      "dz",
      "wilcoxon",
      "alphaE",
      "alphaP",
      "weight",
      "servperf",
      "itemDiagnostics",
      "reasons",
    ]);
    expect(Object.keys(doc.dimensions[0].itemDiagnostics[0])).toEqual([
      "item",
      "side",
      "itemTotal",
      "alphaIfDeleted",
      "flag",
      "reasons",
    ]);
    expect(Object.keys(doc.overall)).toEqual([
      "meanE",
      "meanP",
      "unweightedGap",
      "weightedGap",
      "n",
      "sdGap",
      "share",
      "level",
      "dz",
      "wilcoxon",
      "alphaE",
      "alphaP",
      "servperf",
      "reasons",
    ]);
    expect(Object.keys(doc.overall.wilcoxon)).toEqual(["w", "z", "p", "r", "reasons"]);
    expect(Object.keys(doc.qMatrix as object)).toEqual(
      expect.arrayContaining(["x", "y", "xThreshold", "yThreshold", "items", "dimensions"])
    );
    expect(Object.keys(doc.dataQuality)).toEqual(["counts", "issues", "truncated"]);
    expect(doc.zoneOfTolerance).toBeNull();
    expect(jsonText).not.toMatch(/NaN|respondentScores/);
  });

  it("prints what it detected to stderr", async () => {
    const run = await runCli("analyze", csvFile, "--json", path.join(dir, "out.json"));
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/expectation +22\/22 items \(1–22\) +columns C–X/);
    expect(run.stderr).toMatch(/perception +22\/22 items \(1–22\) +columns Y–AT/);
    expect(run.stderr).toMatch(/weight +5\/5 dimensions/);
    expect(run.stderr).toMatch(/id +"ID"/);
    expect(run.stderr).toMatch(/segment +"Department"/);
    expect(JSON.parse(fs.readFileSync(path.join(dir, "out.json"), "utf8"))).toEqual(doc);
  });

  it("reuses a saved config and gets the same analysis", async () => {
    const saved = path.join(dir, "config.json");
    expect(
      (await runCli("analyze", csvFile, "--json", path.join(dir, "a.json"), "--save-config", saved))
        .code
    ).toBe(0);
    const again = await runCli("analyze", csvFile, "--config", saved, "--json", "-");
    expect(again.code).toBe(0);
    expect(again.stderr).not.toMatch(/Detected columns/);
    expect(JSON.parse(again.stdout)).toEqual(doc);
  });

  it("reads the same survey from the .xlsx and the Chinese-headed CSV with the same numbers", async () => {
    const xlsx = await runCli("analyze", path.join(EXAMPLES, "sample-survey.xlsx"), "--json", "-");
    expect(xlsx.code).toBe(0);
    const fromXlsx = JSON.parse(xlsx.stdout) as AnalysisDocument;
    expect(fromXlsx.items).toEqual(doc.items);
    expect(fromXlsx.overall).toEqual(doc.overall);
    expect(fromXlsx.dataQuality.issues[0].cell).toMatch(/^Survey!/);

    const zh = await runCli("analyze", path.join(EXAMPLES, "sample-survey-zh.csv"), "--json", "-");
    expect(zh.code).toBe(0);
    const fromZh = JSON.parse(zh.stdout) as AnalysisDocument;
    expect(fromZh.items).toEqual(doc.items);
    expect(fromZh.dimensions).toEqual(doc.dimensions);
  });

  it("stops on --scale 1-5 for 1–7 data (57% of answers outside), naming the scale the data suggest", async () => {
    const lines = fs.readFileSync(csvFile, "utf8").trim().split(/\r?\n/);
    const header = lines[0].split(",");
    const answerColumns = header
      .map((h, c) => (/^[EP]\d+$/.test(h) ? c : -1))
      .filter((c) => c >= 0);
    let numeric = 0;
    let outside = 0;
    for (const line of lines.slice(1)) {
      const cells = line.split(",");
      for (const c of answerColumns) {
        if (!/^\d+$/.test(cells[c])) continue;
        numeric++;
        if (Number(cells[c]) > 5 || Number(cells[c]) < 1) outside++;
      }
    }
    expect(outside / numeric).toBeGreaterThan(0.05);
    const json = path.join(dir, "five.json");
    const run = await runCli("analyze", csvFile, "--scale", "1-5", "--json", json);
    expect(run.code).toBe(2);
    expect(fs.existsSync(json)).toBe(false);
    const error = run.stderr.split("\n").filter((l) => l.startsWith("servqual:"));
    expect(error).toHaveLength(1);
    expect(error[0]).toContain(
      `${((100 * outside) / numeric).toFixed(0)}% of the ${numeric} numeric expectation/perception answers lie outside the scale 1–5`
    );
    // One planted 9 among 11k answers does not push the suggestion past 1–7.
    expect(error[0]).toContain("the data suggest the scale 1–7");
  });

  it("keeps --scale 1-7 as said (never narrowed) and saves it in the config", async () => {
    const saved = path.join(dir, "seven.json");
    const run = await runCli("analyze", csvFile, "--scale", "1-7", "--save-config", saved);
    expect(run.code).toBe(0);
    expect(run.stderr).not.toContain("1–5 is used");
    const config = JSON.parse(fs.readFileSync(saved, "utf8")) as { scale?: unknown };
    expect(config.scale).toEqual({ min: 1, max: 7 });
  });

  it("applies --tolerance: more respondents meet expectations with a wider band", async () => {
    const run = await runCli("analyze", csvFile, "--tolerance", "0.5", "--json", "-");
    expect(run.code).toBe(0);
    const wide = JSON.parse(run.stdout) as AnalysisDocument;
    expect(wide.overall.share.meets).toBeGreaterThan(doc.overall.share.meets);
    expect(wide.overall.unweightedGap).toBe(doc.overall.unweightedGap);
  });
});
