/**
 * Q-matrix rules (docs/statistics.md): y ≥ yT and x < xT improve; y ≥ yT and x ≥ xT maintain;
 * y < yT and x < xT lowPriority; y < yT and x ≥ xT overkill; ties go to the ≥ side.
 */
import { analyse } from "../../src/core/analysis";
import { buildQMatrix, quadrantOf, thresholds } from "../../src/core/qmatrix";
import type { RawCell } from "../../src/core/types";
import {
  epColumns,
  epHeaders,
  makeInstrument,
  makeTable,
  options,
  readOrThrow,
} from "./analysis-fixtures";

describe("quadrantOf", () => {
  it("places points strictly inside each quadrant", () => {
    expect(quadrantOf(4, 6, 5, 5)).toBe("improve");
    expect(quadrantOf(6, 6, 5, 5)).toBe("maintain");
    expect(quadrantOf(4, 4, 5, 5)).toBe("lowPriority");
    expect(quadrantOf(6, 4, 5, 5)).toBe("overkill");
  });

  it("sends ties at either threshold to the ≥ side", () => {
    expect(quadrantOf(5, 5, 5, 5)).toBe("maintain");
    expect(quadrantOf(4, 5, 5, 5)).toBe("improve"); // y on yT → high
    expect(quadrantOf(5, 4, 5, 5)).toBe("overkill"); // x on xT → high
  });

  it("treats a point equal to the mean threshold as a tie despite rounding", () => {
    // (0.1 + 0.1 + 0.1) / 3 = 0.10000000000000002 in floating point, just above 0.1.
    const t = thresholds(
      [
        { x: 0.1, y: 0.1 },
        { x: 0.1, y: 0.1 },
        { x: 0.1, y: 0.1 },
      ],
      "mean",
      { min: 0, max: 1 }
    );
    expect(t.x).not.toBe(0.1);
    expect(quadrantOf(0.1, 0.1, t.x, t.y)).toBe("maintain");
  });

  it("is null without a point or a threshold", () => {
    expect(quadrantOf(null, 5, 5, 5)).toBeNull();
    expect(quadrantOf(5, 5, null, 5)).toBeNull();
  });
});

describe("thresholds", () => {
  const points = [
    { x: 4, y: 6 },
    { x: 6, y: 5 },
    { x: null, y: 7 }, // incomplete points do not move the mean
  ];

  it("mean of the complete points", () => {
    expect(thresholds(points, "mean", { min: 1, max: 7 })).toEqual({ x: 5, y: 5.5 });
    expect(thresholds([], "mean", { min: 1, max: 7 })).toEqual({ x: null, y: null });
  });

  it("scale midpoint", () => {
    expect(thresholds(points, "midpoint", { min: 1, max: 7 })).toEqual({ x: 4, y: 4 });
    expect(thresholds(points, "midpoint", { min: 0, max: 10 })).toEqual({ x: 5, y: 5 });
  });

  it("given values", () => {
    expect(thresholds(points, { x: 5.2, y: 6.1 }, { min: 1, max: 7 })).toEqual({ x: 5.2, y: 6.1 });
  });
});

describe("buildQMatrix", () => {
  it("uses separate mean thresholds for items and dimensions", () => {
    const q = buildQMatrix(
      ["1", "2"],
      [
        { x: 4, y: 6 },
        { x: 6, y: 4 },
      ],
      ["a"],
      [{ x: 5, y: 5 }],
      "expectation",
      "mean",
      { min: 1, max: 7 }
    );
    expect([q.xThreshold, q.yThreshold]).toEqual([5, 5]);
    expect(q.items.map((p) => p.quadrant)).toEqual(["improve", "overkill"]);
    expect([q.dimensionXThreshold, q.dimensionYThreshold]).toEqual([5, 5]);
    expect(q.dimensions[0]).toEqual({
      dimension: "a",
      x: 5,
      y: 5,
      quadrant: "maintain",
      reasons: {},
    });
  });
});

describe("Q-matrix inside analyse", () => {
  // Items 1, 2 in A and 3 in B. Per item over the 5 respondents:
  //   item 1 meanE 6.2, meanP 5.2; item 2 meanE 6.2, meanP 5.6; item 3 meanE 5.4, meanP 5.2.
  const instrument = makeInstrument({ A: 2, B: 1 });
  const epRows: RawCell[][] = [
    [6, 7, 5, 5, 6, 5],
    [7, 6, 4, 4, 6, 6],
    [5, 7, 6, 5, 5, 4],
    [6, 5, 5, 7, 4, 6],
    [7, 6, 7, 5, 7, 5],
  ];

  it("given thresholds on the points: ties go to the ≥ side", () => {
    // xT = 5.2, yT = 6.2: item 1 (5.2, 6.2) on both lines → maintain; item 2 (5.6, 6.2) →
    // maintain; item 3 (5.2, 5.4) → y below, x on the line → overkill.
    // Dimensions A (5.4, 6.2) → maintain; B (5.2, 5.4) → overkill.
    const r = readOrThrow(makeTable(epHeaders(3), epRows), instrument, epColumns(3));
    const q = analyse(r, options(0, { threshold: { x: 5.2, y: 6.2 } })).qMatrix;
    expect(q.items.map((p) => p.quadrant)).toEqual(["maintain", "maintain", "overkill"]);
    expect(q.dimensions.map((p) => p.quadrant)).toEqual(["maintain", "overkill"]);
    expect([q.dimensionXThreshold, q.dimensionYThreshold]).toEqual([5.2, 6.2]);
  });

  it("midpoint: all points above 4 on a 1–7 scale → maintain", () => {
    const r = readOrThrow(makeTable(epHeaders(3), epRows), instrument, epColumns(3));
    const q = analyse(r, options(0, { threshold: "midpoint" })).qMatrix;
    expect([q.xThreshold, q.yThreshold]).toEqual([4, 4]);
    expect(q.items.map((p) => p.quadrant)).toEqual(["maintain", "maintain", "maintain"]);
  });

  it("y = importance when chosen and mapped for every item", () => {
    // Importance columns G, H, I: item 1 all 7 → 7; item 2 all 4 → 4; item 3 6,6,6,6,blank → 6.
    // Items: 1 (5.2, 7), 2 (5.6, 4), 3 (5.2, 6): xT 16/3 = 5.333, yT 17/3 = 5.667
    //   → 1 improve, 2 overkill, 3 improve.
    // Dimensions: A x 5.4, y (7+4)/2 = 5.5; B x 5.2, y 6: xT 5.3, yT 5.75 → A overkill, B improve.
    const importance = [7, 4, 6];
    const rows = epRows.map((row, r) => [
      ...row,
      ...importance.map((v, i) => (i === 2 && r === 4 ? null : v)),
    ]);
    const columns = { ...epColumns(3), importance: [6, 7, 8] };
    const r = readOrThrow(
      makeTable([...epHeaders(3), "I1", "I2", "I3"], rows),
      instrument,
      columns
    );
    const q = analyse(r, options(0, { y: "importance" })).qMatrix;
    expect(q.y).toBe("importance");
    expect(q.items.map((p) => p.y)).toEqual([7, 4, 6]);
    expect(q.yThreshold).toBeCloseTo(17 / 3, 12);
    expect(q.items.map((p) => p.quadrant)).toEqual(["improve", "overkill", "improve"]);
    expect(q.dimensions[0].y).toBeCloseTo(5.5, 12);
    expect(q.dimensions.map((p) => p.quadrant)).toEqual(["overkill", "improve"]);
    // The same data with y = expectation ignores the importance columns.
    expect(analyse(r, options(0)).qMatrix.y).toBe("expectation");
  });

  it("falls back to expectation when importance is chosen but not mapped (for every item)", () => {
    const rows = epRows.map((row) => [...row, 7]);
    const columns = { ...epColumns(3), importance: [6, null, null] };
    const r = readOrThrow(makeTable([...epHeaders(3), "I1"], rows), instrument, columns);
    const q = analyse(r, options(0, { y: "importance" })).qMatrix;
    expect(q.y).toBe("expectation");
    expect(q.items[0].y).toBeCloseTo(6.2, 12);
  });
});
