/**
 * Segments: per-group figures and between-group tests, against numpy/scipy.
 *
 * Reference (python3, numpy 2.4, scipy 1.17), the rows below as `rows`:
 *   groups by trimmed segment text; item means pairwise within the group; dimension gap =
 *   mean of the group's item gaps; respondent dimension gap = mean of their valid pairs;
 *   SQ = mean of their dimension gaps.
 *   Welch: w = n/var(ddof=1); W = Σw; m' = Σ w m / W; λ = Σ (1 − w/W)²/(n − 1);
 *     F = Σ w (m − m')² / (k − 1) / (1 + 2(k − 2)/(k² − 1) λ); df2 = (k² − 1)/(3λ);
 *     p = scipy.stats.f.sf(F, k − 1, df2) (equal to scipy.stats.f_oneway(*g, equal_var=False).pvalue)
 *   Kruskal: scipy.stats.kruskal(*g)
 */
import { analyse } from "../../src/core/analysis";
import { RankGrid } from "../../src/core/rank-counts";
import { kruskalWallis, kruskalWallisByGroup, welchAnova } from "../../src/core/stats-groups";
import type { RawCell } from "../../src/core/types";
import {
  epColumns,
  epHeaders,
  makeInstrument,
  makeTable,
  options,
  readOrThrow,
} from "./analysis-fixtures";

const ROWS: [string, ...(number | null)[]][] = [
  ["Ward A", 5, 6, 7, 4, 6, 5],
  ["Ward B", 6, 6, 6, 6, 7, 7],
  [" Ward A ", 7, 5, 6, 5, 5, 4],
  ["", 4, 5, 6, 5, 5, 5],
  ["Ward B", 5, null, 6, 6, 4, 6],
  ["Ward A", 6, 7, 7, 6, 6, 7],
  ["", 6, 6, 5, 4, 3, 5],
  ["Ward B", 7, 7, 7, 5, 6, 6],
  ["", 3, 4, 5, 6, 5, 6],
  ["Ward A", 5, 5, 5, 3, 4, 2],
];

function segmentsOf() {
  const instrument = makeInstrument({ a: 1, b: 2 });
  const table = makeTable(
    [...epHeaders(3), "Ward"],
    ROWS.map(([segment, ...values]) => [...values, segment] as RawCell[])
  );
  const responses = readOrThrow(table, instrument, { ...epColumns(3), segment: 6 });
  return analyse(responses, options()).segments;
}

describe("segments", () => {
  const segments = segmentsOf();

  it("groups by trimmed text in order of first appearance, blank as null", () => {
    expect(segments?.column).toBe("Ward");
    expect(segments?.groups.map((g) => [g.segment, g.n, g.small])).toEqual([
      ["Ward A", 4, true],
      ["Ward B", 3, true],
      [null, 3, true],
    ]);
  });

  it("per-group dimension means and overall gap match numpy", () => {
    const [a, b, blank] = segments?.groups ?? [];
    expect(a.dimensions[0].meanE).toBeCloseTo(5.75, 12);
    expect(a.dimensions[0].meanP).toBeCloseTo(4.5, 12);
    expect(a.dimensions[1].gap).toBeCloseTo(-1.125, 12);
    expect(a.overall.gap).toBeCloseTo(-1.1875, 12);
    expect(a.overall.share?.below).toBe(1);
    expect(b.dimensions[1].meanE).toBeCloseTo(6.416666666666666, 12);
    expect(b.dimensions[0].gap).toBeCloseTo(-1 / 3, 12);
    expect(b.dimensions[1].gap).toBeCloseTo(0, 12);
    expect(b.overall.share?.below).toBeCloseTo(1 / 3, 12);
    expect(blank.dimensions[0].gap).toBeCloseTo(2 / 3, 12);
    expect(blank.dimensions[1].meanP).toBeCloseTo(4.833333333333333, 12);
    expect(blank.overall.gap).toBeCloseTo(1 / 6, 12);
  });

  it("Welch's ANOVA and Kruskal–Wallis match scipy per dimension and overall", () => {
    const tests = segments?.tests;
    expect(tests?.dimensions[0].welch?.F).toBeCloseTo(0.8853784601987049, 10);
    expect(tests?.dimensions[0].welch?.df1).toBe(2);
    expect(tests?.dimensions[0].welch?.df2).toBeCloseTo(3.484841969300862, 10);
    expect(tests?.dimensions[0].welch?.p).toBeCloseTo(0.4887467993218398, 10);
    expect(tests?.dimensions[0].kruskal?.H).toBeCloseTo(1.7230392156862706, 10);
    expect(tests?.dimensions[0].kruskal?.p).toBeCloseTo(0.4225195302357819, 10);
    expect(tests?.dimensions[1].welch?.F).toBeCloseTo(1.4354604178280583, 10);
    expect(tests?.dimensions[1].welch?.df2).toBeCloseTo(3.617506325625673, 10);
    expect(tests?.dimensions[1].welch?.p).toBeCloseTo(0.3475880338083091, 10);
    expect(tests?.dimensions[1].kruskal?.H).toBeCloseTo(2.22405660377359, 10);
    expect(tests?.dimensions[1].kruskal?.p).toBeCloseTo(0.32889119345872186, 10);
    expect(tests?.overall.welch?.F).toBeCloseTo(1.1559652422776543, 10);
    expect(tests?.overall.welch?.df2).toBeCloseTo(3.5274503446533254, 10);
    expect(tests?.overall.welch?.p).toBeCloseTo(0.41106468729135304, 10);
    expect(tests?.overall.kruskal?.H).toBeCloseTo(1.9854294478527603, 10);
    expect(tests?.overall.kruskal?.p).toBeCloseTo(0.37056933085947485, 10);
    expect(tests?.overall.reasons).toEqual({});
  });

  it("is null without a segment column", () => {
    const instrument = makeInstrument({ a: 1 });
    const responses = readOrThrow(
      makeTable(epHeaders(1), [
        [5, 4],
        [6, 6],
      ]),
      instrument,
      epColumns(1)
    );
    expect(analyse(responses, options()).segments).toBeNull();
  });
});

describe("between-group tests", () => {
  // scipy.stats.f_oneway(a, b, c, equal_var=False) → F 3.1015795959483903, p 0.10433143544088193
  // scipy.stats.kruskal(a, b, c) → H 5.000719424460435, p 0.08205547695594723
  const a = [1.5, 2.25, -0.5, 0.75, 1.0];
  const b = [-1.0, -0.25, 0.5, -1.5];
  const c = [0.5, 0.5, 1.25, 2.0, -0.75, 0.0];

  it("three groups with a tie", () => {
    expect(welchAnova([a, b, c]).value?.F).toBeCloseTo(3.1015795959483903, 10);
    expect(welchAnova([a, b, c]).value?.p).toBeCloseTo(0.10433143544088193, 10);
    expect(kruskalWallis([a, b, c]).value?.H).toBeCloseTo(5.000719424460435, 10);
    expect(kruskalWallis([a, b, c]).value?.p).toBeCloseTo(0.08205547695594723, 10);
  });

  it("ties across groups; values equal after rounding to 9 decimals tie", () => {
    // scipy.stats.kruskal([1,1,2],[2,3,3]) → H 3.3333333333333295, p 0.06788915486182946
    expect(
      kruskalWallis([
        [1, 1, 2],
        [2, 3, 3],
      ]).value?.H
    ).toBeCloseTo(3.3333333333333295, 10);
    expect(
      kruskalWallis([
        [0.1 + 0.2, 1, 2],
        [2, 3, 0.3],
      ]).value?.H
    ).toBeCloseTo(
      kruskalWallis([
        [0.3, 1, 2],
        [2, 3, 0.3],
      ]).value?.H ?? NaN,
      12
    );
    // scipy.stats.f_oneway([1,2,4],[3,5,9], equal_var=False) → F 2.8571428571428577, p 0.1913697184566271
    expect(
      welchAnova([
        [1, 2, 4],
        [3, 5, 9],
      ]).value?.F
    ).toBeCloseTo(2.8571428571428577, 10);
    expect(
      welchAnova([
        [1, 2, 4],
        [3, 5, 9],
      ]).value?.p
    ).toBeCloseTo(0.1913697184566271, 10);
  });

  it("labelled values on a rank grid: thirds, off-grid values, missing values, a group too small", () => {
    // Thirds as means of 3 whole gaps; two values off the grid; group 2 has one value (left out).
    // python: rng=np.random.default_rng(7); for n in [40,35,1,28]: n× integers(-3,4,size=3).sum()/3;
    // groups[0][5]=0.123456789012; groups[3][7]=-2.5000000001
    // scipy.stats.kruskal(*[np.round(g, 9) for g in groups if len(g) >= 2])
    //   → H 0.40426888299723335, p 0.8169850838595789
    const thirds = [
      [
        5,
        6,
        -3,
        0,
        0,
        NaN,
        -1,
        -4,
        3,
        0,
        1,
        7,
        1,
        1,
        3,
        -5,
        -6,
        3,
        7,
        1,
        -3,
        -2,
        -2,
        2,
        1,
        0,
        -1,
        4,
        1,
        4,
        -1,
        -5,
        3,
        3,
        -1,
        -3,
        -2,
        -1,
        -1,
        3,
      ],
      [
        1, 2, 1, -3, -2, -1, -2, -3, 0, -2, 4, 7, 1, -4, 3, -5, 5, 2, -1, -5, 1, 3, 2, 1, -4, -2,
        -1, 1, -2, 3, -3, 0, 5, 2, 8,
      ],
      [0],
      [
        -3,
        6,
        0,
        3,
        3,
        3,
        0,
        NaN,
        -1,
        -6,
        -3,
        7,
        -1,
        -2,
        -4,
        1,
        6,
        7,
        4,
        5,
        0,
        -3,
        -4,
        3,
        2,
        4,
        -2,
        7,
      ],
    ];
    const groups = thirds.map((list) => list.map((k) => k / 3));
    groups[0][5] = 0.123456789012;
    groups[3][7] = -2.5000000001;
    // Interleaved, with missing values between them, as respondents come.
    const values: number[] = [];
    const labels: number[] = [];
    const longest = Math.max(...groups.map((g) => g.length));
    for (let i = 0; i < longest; i++) {
      groups.forEach((list, g) => {
        if (i < list.length) {
          values.push(list[i]);
          labels.push(g);
        }
        if (i % 7 === 3) {
          values.push(NaN);
          labels.push(g);
        }
      });
    }
    const sizes = groups.map((list) => list.length);
    const onGrid = kruskalWallisByGroup(
      Float64Array.from(values),
      Int32Array.from(labels),
      sizes,
      new RankGrid(6, 60)
    );
    expect(onGrid.value?.H).toBeCloseTo(0.40426888299723335, 10);
    expect(onGrid.value?.p).toBeCloseTo(0.8169850838595789, 10);
    expect(onGrid.value?.df).toBe(2);
    // Without a grid every value goes through the Map: the same H.
    expect(kruskalWallis(groups).value?.H).toBeCloseTo(0.40426888299723335, 10);
  });

  it("null with reasons", () => {
    expect(welchAnova([[1, 2], [3]])).toEqual({ value: null, reason: "tooFewGroups" });
    expect(kruskalWallis([[1, 2], [3]])).toEqual({ value: null, reason: "tooFewGroups" });
    expect(
      welchAnova([
        [1, 2],
        [3, 3],
      ])
    ).toEqual({ value: null, reason: "zeroVariance" });
    expect(
      kruskalWallis([
        [2, 2],
        [2, 2, 2],
      ])
    ).toEqual({ value: null, reason: "allValuesEqual" });
    // One group constant is fine for Kruskal: scipy.stats.kruskal([1,2],[3,3]) → H 2.666666666666665, p 0.10247043485974916
    expect(
      kruskalWallis([
        [1, 2],
        [3, 3],
      ]).value?.H
    ).toBeCloseTo(2.666666666666665, 10);
  });
});
