/**
 * The analysis contract (docs/statistics.md) on a dataset small enough to compute by hand.
 *
 * Instrument: dimension A = items 1, 2; dimension B = item 3; scale 1–7.
 *
 *        E1 E2 E3 | P1 P2 P3 | gap1 gap2 gap3 | dim A gap      dim B | SQ = mean(A, B)
 *   R1    6  7  5 |  5  6  5 |  −1   −1    0  | (−1−1)/2 = −1    0   | −0.5
 *   R2    7  6  4 |  4  6  6 |  −3    0    2  | (−3+0)/2 = −1.5  2   |  0.25
 *   R3    5  7  6 |  5  5  4 |   0   −2   −2  | (0−2)/2  = −1   −2   | −1.5
 *   R4    6  5  5 |  7  4  6 |   1   −1    1  | (1−1)/2  =  0    1   |  0.5
 *   R5    7  6  7 |  5  7  5 |  −2    1   −2  | (−2+1)/2 = −0.5 −2   | −1.25
 *
 * Item 1: meanE 31/5 = 6.2, meanP 26/5 = 5.2, gap −1; deviations 0,−2,1,2,−1 → Σ 10 → var 2.5,
 *   sd 1.5811388, se √0.5, t −1.4142136, df 4. Share (δ = 0): below 3/5, meets 1/5, above 1/5.
 * Item 2: meanE 6.2, meanP 28/5 = 5.6, gap −0.6; deviations −.4,.6,−1.4,−.4,1.6 → Σ 5.2 →
 *   var 1.3, sd 1.1401754, se √0.26, t −1.1766968. Share 3/5, 1/5, 1/5.
 * Item 3: meanE 27/5 = 5.4, meanP 26/5 = 5.2, gap −0.2; deviations .2,2.2,−1.8,1.2,−1.8 → Σ 12.8
 *   → var 3.2, sd 1.7888544, se 0.8, t −0.25. Share 2/5, 1/5, 2/5.
 * Dimension A: meanE (6.2+6.2)/2 = 6.2, meanP (5.2+5.6)/2 = 5.4, gap (−1−0.6)/2 = −0.8.
 *   Respondent gaps −1,−1.5,−1,0,−0.5: mean −0.8; deviations −.2,−.7,−.2,.8,.3 → Σ 1.3 →
 *   var 0.325, sd 0.5700877, se √0.065, t −3.1378582. Share below 4/5, meets 1/5, above 0.
 *   alphaE: E1 var 0.7, E2 var 0.7, totals 13,13,12,11,13 var 0.8 → α = 2(1 − 1.4/0.8) = −1.5.
 *   alphaP: P1 var 1.2, P2 var 1.3, totals 11,10,10,11,12 var 0.7 → α = 2(1 − 2.5/0.7) = −5.142857.
 * Dimension B = item 3 (one item: α null).
 * Overall: meanE (6.2+5.4)/2 = 5.8, meanP (5.4+5.2)/2 = 5.3, gap (−0.8−0.2)/2 = −0.5.
 *   SQ −0.5, 0.25, −1.5, 0.5, −1.25: below 3/5, meets 0, above 2/5.
 *
 * scipy cross-check (python3 -c "from scipy import stats; r=stats.ttest_1samp(G,0);
 *   print(r.statistic, r.pvalue, r.confidence_interval(0.95))"):
 *   item 1 G=[-1,-3,0,1,-2]:   -1.414213562373095  0.2301996410804989  (-2.963243161477557, 0.9632431614775572)
 *   item 2 G=[-1,0,-2,-1,1]:   -1.176696810829104  0.3045587846805348  (-2.0157147769822723, 0.8157147769822722)
 *   item 3 G=[0,2,-2,1,-2]:    -0.25               0.8149020114591813  (-2.421156084158235, 2.0211560841582346)
 *   dim A  G=[-1,-1.5,-1,0,-0.5]: -3.1378581622109443 0.03491970667453904 (-1.5078573884911362, -0.09214261150886394)
 */
import { analyse } from "../../src/core/analysis";
import type { RawCell } from "../../src/core/types";
import {
  epColumns,
  epHeaders,
  makeInstrument,
  makeTable,
  options,
  readOrThrow,
} from "./analysis-fixtures";

const instrument = makeInstrument({ A: 2, B: 1 });
const rows: RawCell[][] = [
  [6, 7, 5, 5, 6, 5],
  [7, 6, 4, 4, 6, 6],
  [5, 7, 6, 5, 5, 4],
  [6, 5, 5, 7, 4, 6],
  [7, 6, 7, 5, 7, 5],
];
const responses = readOrThrow(makeTable(epHeaders(3), rows), instrument, epColumns(3));

describe("analyse: the hand-computed dataset", () => {
  const analysis = analyse(responses, options(0), { respondentScores: true });

  it("counts respondents", () => {
    expect(analysis.respondents).toEqual({
      total: 5,
      used: 5,
      excluded: 0,
      distributed: null,
      responseRate: null,
      usableRate: 1,
      reasons: { distributed: "notGiven", responseRate: "notGiven" },
    });
  });

  it("item 1: means, gap, SD, t, df, p, CI, share, level", () => {
    const item = analysis.items[0];
    expect(item).toMatchObject({ item: "1", dimension: "A", n: 5, df: 4, level: "below" });
    expect(item.meanE).toBeCloseTo(6.2, 12);
    expect(item.meanP).toBeCloseTo(5.2, 12);
    expect(item.gap).toBeCloseTo(-1, 12);
    expect(item.sdGap).toBeCloseTo(1.5811388300841898, 12);
    expect(item.t).toBeCloseTo(-1.414213562373095, 10);
    expect(item.p).toBeCloseTo(0.2301996410804989, 10);
    expect(item.ci95?.[0]).toBeCloseTo(-2.963243161477557, 9);
    expect(item.ci95?.[1]).toBeCloseTo(0.9632431614775572, 9);
    expect(item.share).toEqual({ below: 3 / 5, meets: 1 / 5, above: 1 / 5 });
    expect(item.counts).toEqual({ below: 3, meets: 1, above: 1 });
  });

  it("items 2 and 3", () => {
    const [, two, three] = analysis.items;
    expect(two.gap).toBeCloseTo(-0.6, 12);
    expect(two.meanP).toBeCloseTo(5.6, 12);
    expect(two.sdGap).toBeCloseTo(1.140175425099138, 12);
    expect(two.t).toBeCloseTo(-1.176696810829104, 10);
    expect(two.p).toBeCloseTo(0.3045587846805348, 10);
    expect(two.ci95?.[0]).toBeCloseTo(-2.0157147769822723, 9);
    expect(two.share).toEqual({ below: 3 / 5, meets: 1 / 5, above: 1 / 5 });
    expect(three).toMatchObject({ item: "3", dimension: "B", n: 5, level: "below" });
    expect(three.meanE).toBeCloseTo(5.4, 12);
    expect(three.gap).toBeCloseTo(-0.2, 12);
    expect(three.sdGap).toBeCloseTo(1.7888543819998317, 12);
    expect(three.t).toBeCloseTo(-0.25, 10);
    expect(three.p).toBeCloseTo(0.8149020114591813, 10);
    expect(three.ci95?.[1]).toBeCloseTo(2.0211560841582346, 9);
    expect(three.share).toEqual({ below: 2 / 5, meets: 1 / 5, above: 2 / 5 });
  });

  it("dimension A: means of item means; tests over respondents' dimension gaps; alpha", () => {
    const a = analysis.dimensions[0];
    expect(a).toMatchObject({ dimension: "A", items: ["1", "2"], n: 5, df: 4, level: "below" });
    expect(a.meanE).toBeCloseTo(6.2, 12);
    expect(a.meanP).toBeCloseTo(5.4, 12);
    expect(a.gap).toBeCloseTo(-0.8, 12);
    expect(a.sdGap).toBeCloseTo(0.570087712549569, 12);
    expect(a.t).toBeCloseTo(-3.1378581622109443, 10);
    expect(a.p).toBeCloseTo(0.03491970667453904, 10);
    expect(a.ci95?.[0]).toBeCloseTo(-1.5078573884911362, 9);
    expect(a.ci95?.[1]).toBeCloseTo(-0.09214261150886394, 9);
    expect(a.share).toEqual({ below: 4 / 5, meets: 1 / 5, above: 0 });
    expect(a.counts).toEqual({ below: 4, meets: 1, above: 0 });
    expect(a.alphaE).toBeCloseTo(-1.5, 10);
    expect(a.alphaP).toBeCloseTo(-5.142857142857142, 10);
    expect(a.weight).toBeNull();
  });

  it("dimension B: a one-item dimension has no alpha", () => {
    const b = analysis.dimensions[1];
    expect(b.gap).toBeCloseTo(-0.2, 12);
    expect(b.t).toBeCloseTo(-0.25, 10);
    expect(b.alphaE).toBeNull();
    expect(b.alphaP).toBeNull();
  });

  it("overall: means of dimensions; respondents' SQ; no weights", () => {
    const o = analysis.overall;
    expect(o.meanE).toBeCloseTo(5.8, 12);
    expect(o.meanP).toBeCloseTo(5.3, 12);
    expect(o.unweightedGap).toBeCloseTo(-0.5, 12);
    expect(o.weightedGap).toBeNull();
    expect(o.n).toBe(5);
    expect(o.share).toEqual({ below: 3 / 5, meets: 0, above: 2 / 5 });
    expect(o.counts).toEqual({ below: 3, meets: 0, above: 2 });
    expect(o.level).toBe("below");
  });

  it("respondent scores (only when asked)", () => {
    const r2 = analysis.respondentScores?.[1];
    expect(r2?.sheetRow).toBe(3);
    expect(r2?.dimensionGaps[0]).toBeCloseTo(-1.5, 12);
    expect(r2?.dimensionGaps[1]).toBeCloseTo(2, 12);
    expect(r2?.sq).toBeCloseTo(0.25, 12);
    expect(r2?.level).toBe("above");
    expect(r2?.id).toBeNull();
    expect(analyse(responses, options(0)).respondentScores).toBeUndefined();
  });

  it("Q-matrix at the mean thresholds", () => {
    // Items (x = meanP, y = meanE): 1 (5.2, 6.2), 2 (5.6, 6.2), 3 (5.2, 5.4);
    // xT = 16/3 = 5.333, yT = 17.8/3 = 5.933. Dimensions A (5.4, 6.2), B (5.2, 5.4): xT 5.3, yT 5.8.
    const q = analysis.qMatrix;
    expect(q.x).toBe("perception");
    expect(q.y).toBe("expectation");
    expect(q.xThreshold).toBeCloseTo(16 / 3, 12);
    expect(q.yThreshold).toBeCloseTo(17.8 / 3, 12);
    expect(q.items.map((p) => p.quadrant)).toEqual(["improve", "maintain", "lowPriority"]);
    expect(q.dimensionXThreshold).toBeCloseTo(5.3, 12);
    expect(q.dimensionYThreshold).toBeCloseTo(5.8, 12);
    expect(q.dimensions.map((p) => p.quadrant)).toEqual(["maintain", "lowPriority"]);
  });

  it("no zone of tolerance without adequate and desired columns", () => {
    expect(analysis.zoneOfTolerance).toBeNull();
    expect(analysis.dataQuality).toEqual({ counts: {}, issues: [], truncated: false });
  });
});

describe("analyse: tolerance δ", () => {
  it("δ = 0.5 moves boundary gaps to meets (|g| ≤ δ meets; strictly beyond is below/above)", () => {
    const analysis = analyse(responses, options(0.5), { respondentScores: true });
    // SQ −0.5, 0.25, −1.5, 0.5, −1.25 → below 2, meets 3 (−0.5 and 0.5 are on the band).
    expect(analysis.overall.share).toEqual({ below: 2 / 5, meets: 3 / 5, above: 0 });
    // Overall gap −0.5 is exactly −δ: meets.
    expect(analysis.overall.level).toBe("meets");
    expect(analysis.items.map((i) => i.level)).toEqual(["below", "below", "meets"]);
    // Item 1 gaps −1,−3,0,1,−2: 1 > 0.5 is still above.
    expect(analysis.items[0].share).toEqual({ below: 3 / 5, meets: 1 / 5, above: 1 / 5 });
    // Dimension A respondent gaps −1,−1.5,−1,0,−0.5 → below 3, meets 2.
    expect(analysis.dimensions[0].share).toEqual({ below: 3 / 5, meets: 2 / 5, above: 0 });
    expect(analysis.respondentScores?.map((s) => s.level)).toEqual([
      "meets",
      "meets",
      "below",
      "meets",
      "below",
    ]);
  });

  it("rounding never flips a zero gap: mean of 0.1, 0.2, −0.3 style values still meets at δ = 0", () => {
    // One respondent on a 0–10 scale, gaps 0.1, 0.2, −0.3 (non-integer answers): in floating
    // point 0.1 + 0.2 − 0.3 = 5.6e-17, not 0; the level must still be "meets".
    const three = makeInstrument({ A: 3 }, { min: 0, max: 10 });
    const r = readOrThrow(makeTable(epHeaders(3), [[0, 0, 0.3, 0.1, 0.2, 0]]), three, epColumns(3));
    const analysis = analyse(r, options(0), { respondentScores: true });
    expect(analysis.respondentScores?.[0].level).toBe("meets");
    expect(analysis.dimensions[0].share).toEqual({ below: 0, meets: 1, above: 0 });
  });
});

describe("analyse: weights", () => {
  // Weight points for A and B (columns G, H):
  //   R1 60/40 → .6/.4; R2 50/50 → .5/.5; R3 30/20 (sum 50, normalised) → .6/.4;
  //   R4 blank/blank → left out; R5 100/blank → 1/0.
  // Mean weights: A (.6+.5+.6+1)/4 = 0.675, B (.4+.5+.4+0)/4 = 0.325.
  // weightedGap = 0.675·(−0.8) + 0.325·(−0.2) = −0.54 − 0.065 = −0.605.
  const weightRows = rows.map((row, r) => [
    ...row,
    ...(
      [
        [60, 40],
        [50, 50],
        [30, 20],
        [null, null],
        [100, null],
      ] as RawCell[][]
    )[r],
  ]);
  const columns = { ...epColumns(3), weight: [6, 7] };
  const weighted = readOrThrow(
    makeTable([...epHeaders(3), "W A", "W B"], weightRows),
    instrument,
    columns
  );
  const analysis = analyse(weighted, options(0));

  it("means of normalised per-respondent weights, and the weighted gap", () => {
    expect(analysis.dimensions[0].weight).toBeCloseTo(0.675, 12);
    expect(analysis.dimensions[1].weight).toBeCloseTo(0.325, 12);
    expect(analysis.overall.weightedGap).toBeCloseTo(-0.605, 12);
    // The unweighted figures do not change.
    expect(analysis.overall.unweightedGap).toBeCloseTo(-0.5, 12);
  });

  it("reports the row that did not sum to 100", () => {
    expect(analysis.dataQuality.issues).toEqual([
      { code: "weightsNormalised", cell: "Sheet1!4:4", value: 50 },
    ]);
  });

  it("a dimension without a weight column gets null and counts as 0", () => {
    // Only A has weights: every respondent with points puts 100% on A → weight 1.
    const onlyA = readOrThrow(
      makeTable(
        [...epHeaders(3), "W A"],
        rows.map((row) => [...row, 10])
      ),
      instrument,
      { ...epColumns(3), weight: [6, null] }
    );
    const result = analyse(onlyA, options(0));
    expect(result.dimensions[0].weight).toBeCloseTo(1, 12);
    expect(result.dimensions[1].weight).toBeNull();
    expect(result.overall.weightedGap).toBeCloseTo(-0.8, 12);
  });
});

describe("analyse: edge cases", () => {
  it("n = 1: gaps and shares, but no SD, t, df, p, CI or alpha", () => {
    const one = readOrThrow(makeTable(epHeaders(3), [rows[0]]), instrument, epColumns(3));
    const analysis = analyse(one, options(0));
    const item = analysis.items[0];
    expect(item).toMatchObject({ n: 1, gap: -1, sdGap: null, t: null, df: null, p: null });
    expect(item.ci95).toBeNull();
    expect(item.share).toEqual({ below: 1, meets: 0, above: 0 });
    expect(item.counts).toEqual({ below: 1, meets: 0, above: 0 });
    expect(analysis.dimensions[0]).toMatchObject({ n: 1, t: null, alphaE: null, alphaP: null });
    expect(analysis.overall.n).toBe(1);
  });

  it("zero variance: every respondent has the same gap → sdGap 0, t/p/CI null", () => {
    // Item 1 gap −1 for everyone; item 2 gap 0 for everyone.
    const flat = readOrThrow(
      makeTable(epHeaders(2), [
        [6, 4, 5, 4],
        [7, 5, 6, 5],
        [3, 2, 2, 2],
      ]),
      makeInstrument({ A: 2 }),
      epColumns(2)
    );
    const [minusOne, zero] = analyse(flat, options(0)).items;
    expect(minusOne).toMatchObject({ gap: -1, sdGap: 0, df: 2, t: null, p: null, ci95: null });
    expect(minusOne.level).toBe("below");
    expect(zero).toMatchObject({ gap: 0, sdGap: 0, t: null, p: null, level: "meets" });
    expect(zero.share).toEqual({ below: 0, meets: 1, above: 0 });
  });

  it("an item nobody answered: n 0 and nulls; its dimension and the Q-matrix skip it", () => {
    // Item 3 (dimension B, alone) blank everywhere.
    const noThree = rows.map((row) => [row[0], row[1], null, row[3], row[4], null]);
    const r = readOrThrow(makeTable(epHeaders(3), noThree), instrument, epColumns(3));
    const analysis = analyse(r, options(0));
    expect(analysis.items[2]).toMatchObject({
      n: 0,
      meanE: null,
      meanP: null,
      gap: null,
      sdGap: null,
      t: null,
      df: null,
      p: null,
      ci95: null,
      share: null,
      level: null,
    });
    expect(analysis.dimensions[1]).toMatchObject({
      n: 0,
      gap: null,
      share: null,
      counts: null,
      level: null,
    });
    // Overall = dimension A only; every respondent's SQ = their A gap.
    expect(analysis.overall.unweightedGap).toBeCloseTo(-0.8, 12);
    expect(analysis.overall.share).toEqual({ below: 4 / 5, meets: 1 / 5, above: 0 });
    // Thresholds from items 1 and 2 only: x (5.2+5.6)/2 = 5.4, y 6.2.
    expect(analysis.qMatrix.xThreshold).toBeCloseTo(5.4, 12);
    expect(analysis.qMatrix.items[2]).toEqual({
      item: "3",
      x: null,
      y: null,
      quadrant: null,
      reasons: { x: "noValidAnswers", y: "noValidAnswers", quadrant: "noValidAnswers" },
    });
    expect(analysis.qMatrix.dimensions[1].quadrant).toBeNull();
    expect(JSON.stringify(analysis)).not.toMatch(/NaN|Infinity/);
  });

  it("pairwise n: a respondent missing P1 still counts for item 2 and dimension A", () => {
    const missing = rows.map((row, r) => (r === 0 ? [6, 7, 5, null, 6, 5] : row));
    const r = readOrThrow(makeTable(epHeaders(3), missing), instrument, epColumns(3));
    const analysis = analyse(r, options(0));
    // Item 1 over R2..R5: gaps −3, 0, 1, −2 → mean −1; E 7,5,6,7 → 6.25.
    expect(analysis.items[0].n).toBe(4);
    expect(analysis.items[0].gap).toBeCloseTo(-1, 12);
    expect(analysis.items[0].meanE).toBeCloseTo(6.25, 12);
    expect(analysis.items[1].n).toBe(5);
    // R1's dimension A gap is their only pair (item 2: −1); dimension n stays 5.
    expect(analysis.dimensions[0].n).toBe(5);
    // alphaE is listwise on the E side only: all E present, unchanged −1.5.
    expect(analysis.dimensions[0].alphaE).toBeCloseTo(-1.5, 10);
  });

  it("reverse-coded items are analysed on the rescored values", () => {
    // Same answers, item 2 reverse-coded: E2' = 8 − E2 = 1,2,1,3,2; P2' = 2,2,3,4,1.
    // Gaps P2' − E2' = 1, 0, 2, 1, −1 (the negation of the unreversed gaps) → mean 0.6.
    const reversed = makeInstrument({ A: 2, B: 1 }, { min: 1, max: 7 }, ["2"]);
    const r = readOrThrow(makeTable(epHeaders(3), rows), reversed, epColumns(3));
    const item = analyse(r, options(0)).items[1];
    expect(item.meanE).toBeCloseTo(9 / 5, 12);
    expect(item.meanP).toBeCloseTo(12 / 5, 12);
    expect(item.gap).toBeCloseTo(0.6, 12);
    expect(item.t).toBeCloseTo(1.176696810829104, 10);
  });
});

describe("analyse: a custom 24-item instrument", () => {
  // One dimension "kiosk" with 24 items; 3 respondents; every E = 6; respondent r (0, 1, 2)
  // answers P = 6 − r on every item, so every gap is −r.
  // Item: gaps 0, −1, −2 → mean −1, sd 1, t = −1/(1/√3) = −1.7320508, df 2.
  //   scipy: ttest_1samp([0,-1,-2],0) → -1.7320508075688774, p 0.22540333075851665,
  //   CI (-3.48413771175033, 1.4841377117503298).
  // alphaE: all E constant → total variance 0 → null.
  // alphaP: 24 identical columns [6,5,4], var 1 each; total 24·[6,5,4] var 576;
  //   α = 24/23 · (1 − 24/576) = 24/23 · 23/24 = 1.
  const kiosk = makeInstrument({ kiosk: 24 });
  const kioskRows: RawCell[][] = [0, 1, 2].map((r) => [
    ...Array<number>(24).fill(6),
    ...Array<number>(24).fill(6 - r),
  ]);
  const r = readOrThrow(makeTable(epHeaders(24), kioskRows), kiosk, epColumns(24));
  const analysis = analyse(r, options(0));

  it("analyses every item and the single dimension", () => {
    expect(analysis.items).toHaveLength(24);
    const last = analysis.items[23];
    expect(last).toMatchObject({ item: "24", dimension: "kiosk", n: 3, df: 2 });
    expect(last.gap).toBeCloseTo(-1, 12);
    expect(last.sdGap).toBeCloseTo(1, 12);
    expect(last.t).toBeCloseTo(-1.7320508075688774, 10);
    expect(last.p).toBeCloseTo(0.22540333075851665, 10);
    expect(last.ci95?.[0]).toBeCloseTo(-3.48413771175033, 9);
    const dimension = analysis.dimensions[0];
    expect(dimension.items).toHaveLength(24);
    expect(dimension.gap).toBeCloseTo(-1, 12);
    expect(dimension.t).toBeCloseTo(-1.7320508075688774, 10);
    expect(dimension.alphaE).toBeNull();
    expect(dimension.alphaP).toBeCloseTo(1, 10);
    expect(analysis.overall.unweightedGap).toBeCloseTo(-1, 12);
    expect(analysis.overall.share).toEqual({ below: 2 / 3, meets: 1 / 3, above: 0 });
  });
});
