/**
 * A small hand-made Analysis: 2 dimensions (Tangibles: items 1–2; Reliability: items 3–5),
 * scale 1–7, δ = 0.2. The numbers are chosen, not computed by core; the derived figures the
 * report adds are worked out by hand in the comments and asserted in the tests.
 *
 * item  E     P     gap    p          stars  level   Q-matrix (x = P vs 5.29, y = E vs 5.4)
 *  1    6.0   5.0   -1.0   0.0014     **     below   P low,  E high → improve
 *  2    5.5   5.75  +0.25  0.2775     —      above   P high, E high → maintain
 *  3    6.5   5.2   -1.3   0.000006   ***    below   P low,  E high → improve
 *  4    5.0   4.9   -0.1   0.582      —      meets   P low,  E low  → low priority
 *  5    4.0   5.6   +1.6   0.00013    ***    above   P high, E low  → overkill
 * x threshold = mean P = (5 + 5.75 + 5.2 + 4.9 + 5.6) / 5 = 26.45 / 5 = 5.29
 * y threshold = mean E = (6 + 5.5 + 6.5 + 5 + 4) / 5 = 27 / 5 = 5.4
 *
 * dimension  E        P        gap       p      α(E)  α(P)  weight  weight×gap            rank
 * tan        5.75     5.375    -0.375    0.049  0.82  0.65  0.4     0.4 × -0.375 = -0.15   1
 * rel        15.5/3   15.7/3   0.2/3     0.69   0.69  0.91  0.6     0.6 × 0.2/3 = 0.04     2
 * unweighted SQ = (-0.375 + 0.2/3) / 2 = -0.1541667; weighted SQ = -0.15 + 0.04 = -0.11
 * respondents per level (n = 20): overall .40/.35/.25 → 8/7/5; tan .45/.35/.20 → 9/7/4;
 * rel .30/.40/.30 → 6/8/6.
 */
import type {
  Analysis,
  Config,
  Instrument,
  ItemResult,
  Level,
  LevelCounts,
  Share,
} from "../../src/core/types";
import type { ReportContext } from "../../src/report/build-plan";

export const instrument: Instrument = {
  id: "custom",
  scale: { min: 1, max: 7 },
  dimensions: [
    { id: "tan", label: { en: "Tangibles", zh: "有形性" } },
    { id: "rel", label: { en: "Reliability", zh: "可靠性" } },
  ],
  items: [
    {
      id: "1",
      dimension: "tan",
      label: { en: "Modern equipment", zh: "设备现代化" },
      reverse: false,
    },
    {
      id: "2",
      dimension: "tan",
      label: { en: "Appealing facilities", zh: "设施吸引人" },
      reverse: false,
    },
    {
      id: "3",
      dimension: "rel",
      label: { en: "Keeps promised times", zh: "按承诺时间完成" },
      reverse: true,
    },
    {
      id: "4",
      dimension: "rel",
      label: { en: "Right the first time", zh: "第一次就做好" },
      reverse: false,
    },
    // No Chinese label: the zh report falls back to English.
    { id: "5", dimension: "rel", label: { en: "Error-free records" }, reverse: false },
  ],
};

export const config: Config = {
  version: 2,
  instrument,
  columns: [{ column: "E1", role: "expectation", item: "1" }],
  options: { tolerance: 0.2, qMatrix: { x: "perception", y: "expectation", threshold: "mean" } },
};

/** Respondents per level out of the fixture's n = 20, with the shares they imply. */
interface Tally {
  share: Share;
  counts: LevelCounts;
}

function tally(below: number, meets: number, above: number): Tally {
  return {
    share: { below: below / 20, meets: meets / 20, above: above / 20 },
    counts: { below, meets, above },
  };
}

function item(
  id: string,
  dimension: string,
  meanE: number,
  meanP: number,
  sdGap: number,
  t: number,
  p: number,
  ci95: [number, number],
  itemTally: Tally,
  level: Level,
  reviewer: Reviewer
): ItemResult {
  return {
    item: id,
    dimension,
    n: 20,
    meanE,
    meanP,
    gap: meanP - meanE,
    sdGap,
    t,
    df: 19,
    p,
    ci95,
    ...itemTally,
    level,
    ...reviewerStats(meanP - meanE, sdGap, meanP, reviewer),
  };
}

/** Holm p, Wilcoxon test (n = 20 non-zero differences) and SERVPERF; d_z = gap ÷ SD. */
interface Reviewer {
  pHolm: number;
  w: number;
  z: number;
  wp: number;
  wpHolm: number;
}

function reviewerStats(gap: number, sd: number, servperf: number, r: Reviewer) {
  return {
    pHolm: r.pHolm,
    dz: gap / sd,
    wilcoxon: {
      n: 20,
      w: r.w,
      z: r.z,
      p: r.wp,
      r: Math.abs(r.z) / Math.sqrt(20),
      pHolm: r.wpHolm,
      reasons: {},
    },
    servperf,
    reasons: {},
  };
}

export function makeAnalysis(): Analysis {
  return {
    respondents: {
      total: 22,
      used: 20,
      excluded: 2,
      distributed: null,
      responseRate: null,
      usableRate: 20 / 22,
      reasons: { distributed: "notGiven", responseRate: "notGiven" },
    },
    items: [
      item(
        "1",
        "tan",
        6.0,
        5.0,
        1.2,
        -3.7268,
        0.0014,
        [-1.5616, -0.4384],
        tally(12, 6, 2),
        "below",
        { pHolm: 0.014, w: 30, z: -2.9, wp: 0.0037, wpHolm: 0.0148 }
      ),
      item("2", "tan", 5.5, 5.75, 1.0, 1.118, 0.2775, [-0.218, 0.718], tally(4, 8, 8), "above", {
        pHolm: 0.555,
        w: 80.5,
        z: 0.9,
        wp: 0.368,
        wpHolm: 0.736,
      }),
      item(
        "3",
        "rel",
        6.5,
        5.2,
        0.9,
        -6.296,
        0.000006,
        [-1.721, -0.879],
        tally(16, 3, 1),
        "below",
        {
          pHolm: 0.00003,
          w: 4,
          z: -3.7,
          wp: 0.0002,
          wpHolm: 0.001,
        }
      ),
      item("4", "rel", 5.0, 4.9, 0.8, -0.559, 0.582, [-0.474, 0.274], tally(7, 8, 5), "meets", {
        pHolm: 0.582,
        w: 90,
        z: -0.5,
        wp: 0.617,
        wpHolm: 0.736,
      }),
      item("5", "rel", 4.0, 5.6, 1.5, 4.77, 0.00013, [0.898, 2.302], tally(2, 4, 14), "above", {
        pHolm: 0.00052,
        w: 12.5,
        z: 3.4,
        wp: 0.0007,
        wpHolm: 0.0021,
      }),
    ],
    dimensions: [
      {
        dimension: "tan",
        items: ["1", "2"],
        n: 20,
        meanE: 5.75,
        meanP: 5.375,
        gap: -0.375,
        sdGap: 0.8,
        t: -2.1,
        df: 19,
        p: 0.049,
        ci95: [-0.749, -0.001],
        ...tally(9, 7, 4),
        level: "below",
        alphaE: 0.82,
        alphaP: 0.65,
        weight: 0.4,
        ...reviewerStats(-0.375, 0.8, 5.375, {
          pHolm: 0.098,
          w: 50,
          z: -2.0,
          wp: 0.0455,
          wpHolm: 0.091,
        }),
        itemDiagnostics: [
          {
            item: "1",
            side: "E",
            itemTotal: 0.7,
            alphaIfDeleted: null,
            flag: false,
            reasons: { alphaIfDeleted: "tooFewItems" },
          },
          {
            item: "2",
            side: "E",
            itemTotal: 0.7,
            alphaIfDeleted: null,
            flag: false,
            reasons: { alphaIfDeleted: "tooFewItems" },
          },
          {
            item: "1",
            side: "P",
            itemTotal: 0.48,
            alphaIfDeleted: null,
            flag: false,
            reasons: { alphaIfDeleted: "tooFewItems" },
          },
          {
            item: "2",
            side: "P",
            itemTotal: 0.48,
            alphaIfDeleted: null,
            flag: false,
            reasons: { alphaIfDeleted: "tooFewItems" },
          },
        ],
      },
      {
        dimension: "rel",
        items: ["3", "4", "5"],
        n: 20,
        meanE: 15.5 / 3,
        meanP: 15.7 / 3,
        gap: 0.2 / 3,
        sdGap: 0.75,
        t: 0.4,
        df: 19,
        p: 0.69,
        ci95: [-0.284, 0.418],
        ...tally(6, 8, 6),
        level: "meets",
        alphaE: 0.69,
        alphaP: 0.91,
        weight: 0.6,
        ...reviewerStats(0.2 / 3, 0.75, 15.7 / 3, {
          pHolm: 0.69,
          w: 95,
          z: 0.3,
          wp: 0.764,
          wpHolm: 0.764,
        }),
        itemDiagnostics: [
          { item: "3", side: "E", itemTotal: 0.55, alphaIfDeleted: 0.6, flag: false, reasons: {} },
          { item: "4", side: "E", itemTotal: 0.21, alphaIfDeleted: 0.74, flag: true, reasons: {} },
          { item: "5", side: "E", itemTotal: 0.5, alphaIfDeleted: 0.58, flag: false, reasons: {} },
          { item: "3", side: "P", itemTotal: 0.85, alphaIfDeleted: 0.86, flag: false, reasons: {} },
          { item: "4", side: "P", itemTotal: 0.8, alphaIfDeleted: 0.88, flag: false, reasons: {} },
          { item: "5", side: "P", itemTotal: 0.83, alphaIfDeleted: 0.87, flag: false, reasons: {} },
        ],
      },
    ],
    overall: {
      meanE: (5.75 + 15.5 / 3) / 2,
      meanP: (5.375 + 15.7 / 3) / 2,
      unweightedGap: (-0.375 + 0.2 / 3) / 2,
      weightedGap: -0.11,
      n: 20,
      sdGap: 0.6,
      ...tally(8, 7, 5),
      level: "below",
      wilcoxon: { n: 19, w: 60, z: -1.55, p: 0.121, r: 1.55 / Math.sqrt(19), reasons: {} },
      dz: -0.36,
      alphaE: 0.84,
      alphaP: 0.88,
      servperf: (5.375 + 15.7 / 3) / 2,
      reasons: {},
    },
    qMatrix: {
      x: "perception",
      y: "expectation",
      xThreshold: 5.29,
      yThreshold: 5.4,
      items: [
        { item: "1", x: 5.0, y: 6.0, quadrant: "improve" },
        { item: "2", x: 5.75, y: 5.5, quadrant: "maintain" },
        { item: "3", x: 5.2, y: 6.5, quadrant: "improve" },
        { item: "4", x: 4.9, y: 5.0, quadrant: "lowPriority" },
        { item: "5", x: 5.6, y: 4.0, quadrant: "overkill" },
      ],
      dimensionXThreshold: (5.375 + 15.7 / 3) / 2,
      dimensionYThreshold: (5.75 + 15.5 / 3) / 2,
      dimensions: [
        { dimension: "tan", x: 5.375, y: 5.75, quadrant: "improve" },
        { dimension: "rel", x: 15.7 / 3, y: 15.5 / 3, quadrant: "lowPriority" },
      ],
    },
    zoneOfTolerance: null,
    dataQuality: {
      counts: { nonNumeric: 2, outOfRange: 1, excludedRow: 2 },
      issues: [
        { code: "nonNumeric", cell: "Survey!C4", value: "n/a" },
        { code: "outOfRange", cell: "Survey!D9", value: 9 },
        { code: "excludedRow", cell: "Survey!12:12", value: null },
        { code: "nonNumeric", cell: "Survey!F15", value: "=1+1" },
        { code: "excludedRow", cell: "Survey!20:20", value: undefined },
      ],
      truncated: false,
    },
    segments: null,
    respondentScores: [
      {
        sheetRow: 2,
        id: "R001",
        segment: "Ward A",
        dimensionGaps: [-0.5, 0.25],
        sq: -0.125,
        level: "meets",
      },
      { sheetRow: 3, id: "17", segment: null, dimensionGaps: [null, -1], sq: -1, level: "below" },
    ],
  };
}

export function makeContext(overrides: Partial<ReportContext> = {}): ReportContext {
  return {
    lang: "en",
    prefix: "",
    sheets: ["gap", "dimensions", "levels", "qmatrix", "about"],
    sourceDescription: "Survey!A1:K23",
    config,
    instrument,
    generatedAt: "2025-03-01T09:30:00.000Z",
    chartsSupported: true,
    ...overrides,
  };
}
