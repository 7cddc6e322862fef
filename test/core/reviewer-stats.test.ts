/**
 * The reviewer's statistics through the whole engine (readResponses → analyse), compared
 * field by field with an independent numpy/scipy implementation:
 *   python3 test/core/reference/reviewer-stats.py
 * Its output is pasted below as REFERENCE (same survey as ROWS; None = blank cell).
 * The survey has missing answers, respondents whose gaps are all zero, many tied
 * differences, fractional respondent dimension gaps (1/3, 2/3) and a one-item dimension.
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

const N = null;
const ROWS: RawCell[][] = [
  [4, 5, 3, 4, 4, 5, 3, 5, 3, 2, 4, 5],
  [5, 5, 4, 3, 4, 4, 4, 4, 4, 3, 3, 4],
  [3, 4, 4, 5, 5, 3, 3, 3, 2, 4, 5, 3],
  [5, 4, 5, 4, N, 5, 4, 4, 5, 4, 3, 4],
  [4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4],
  [2, 3, 5, 5, 4, 4, 3, 3, 3, 3, 4, 5],
  [5, 5, 5, 3, 3, 5, 2, 3, 4, 3, 2, 5],
  [4, N, 3, 4, 5, 4, 5, 4, 3, 5, 5, 3],
  [3, 3, 3, 2, 3, 3, 3, 2, 1, 2, 4, 3],
  [5, 5, 4, 5, 5, 5, 4, 5, 3, 3, 4, 5],
  [4, 5, 4, 4, 4, N, 4, 4, 4, 4, 4, N],
  [N, 4, 5, 3, 4, 4, 3, 4, 4, 2, 3, 4],
  [5, 3, 4, 4, 5, 5, 5, 3, 2, 4, 4, 5],
  [4, 4, 4, 5, 4, 4, 2, N, 4, 5, 4, 4],
];

const REFERENCE = {
  items: [
    {
      item: "1",
      wilcoxon: {
        n: 8,
        w: 7.0,
        z: -1.6109544570640675,
        p: 0.10718964926742061,
        r: 0.5695584103863475,
      },
      dz: -0.4779521193992431,
      p: 0.11048179541028891,
      servperf: 3.5,
      pHolm: 0.3116723137077111,
      wilcoxonPHolm: 0.30741130457924826,
    },
    {
      item: "2",
      wilcoxon: {
        n: 5,
        w: 0.0,
        z: -2.1213203435596424,
        p: 0.03389485352468927,
        r: 0.9486832980505137,
      },
      dz: -0.7416198487095663,
      p: 0.026094682241525786,
      servperf: 3.6923076923076925,
      pHolm: 0.13047341120762893,
      wilcoxonPHolm: 0.16947426762344633,
    },
    {
      item: "3",
      wilcoxon: {
        n: 7,
        w: 0.0,
        z: -2.4279079146675357,
        p: 0.015186198557064549,
        r: 0.917662935482247,
      },
      dz: -0.8802708942653052,
      p: 0.005818124959447001,
      servperf: 3.2857142857142856,
      pHolm: 0.034908749756682005,
      wilcoxonPHolm: 0.0911171913423873,
    },
    {
      item: "4",
      wilcoxon: {
        n: 6,
        w: 2.0,
        z: -1.8225913092242512,
        p: 0.06836531288935432,
        r: 0.7440697862050946,
      },
      dz: -0.531609533071195,
      p: 0.06815665747816363,
      servperf: 3.4285714285714284,
      pHolm: 0.2726266299126545,
      wilcoxonPHolm: 0.2734612515574173,
    },
    {
      item: "5",
      wilcoxon: {
        n: 6,
        w: 3.5,
        z: -1.6329931618554518,
        p: 0.10247043485974941,
        r: 0.6666666666666666,
      },
      dz: -0.4880711008692506,
      p: 0.10389077123590369,
      servperf: 3.7857142857142856,
      pHolm: 0.3116723137077111,
      wilcoxonPHolm: 0.30741130457924826,
    },
    {
      item: "6",
      wilcoxon: {
        n: 3,
        w: 2.0,
        z: -0.5773502691896258,
        p: 0.5637028616507731,
        r: 0.33333333333333337,
      },
      dz: -0.15585730003983936,
      p: 0.584492877305777,
      servperf: 4.153846153846154,
      pHolm: 0.584492877305777,
      wilcoxonPHolm: 0.5637028616507731,
    },
  ],
  dimensions: [
    {
      dimension: "A",
      wilcoxon: {
        n: 13,
        w: 5.5,
        z: -2.811781443450385,
        p: 0.0049267967441468516,
        r: 0.7798478592121934,
      },
      dz: -1.0328760734924964,
      p: 0.0019524929071639337,
      servperf: 3.4926739926739927,
      alphaE: 0.48317307692307687,
      alphaP: 0.5203125,
      diagnosticsE: [
        {
          itemTotal: 0.4972270827009565,
          alphaIfDeleted: -0.0544217687074835,
          flag: false,
        },
        {
          itemTotal: 0.40098320508834334,
          alphaIfDeleted: 0.2075471698113207,
          flag: false,
        },
        {
          itemTotal: 0.06363801937619123,
          alphaIfDeleted: 0.6843657817109146,
          flag: true,
        },
      ],
      diagnosticsP: [
        {
          itemTotal: 0.14689600572063682,
          alphaIfDeleted: 0.6784140969162995,
          flag: true,
        },
        {
          itemTotal: 0.5816995315051338,
          alphaIfDeleted: 0.025974025974025983,
          flag: false,
        },
        {
          itemTotal: 0.33668577178405557,
          alphaIfDeleted: 0.4324324324324318,
          flag: false,
        },
      ],
      pHolm: 0.005857478721491801,
      wilcoxonPHolm: 0.014780390232440554,
    },
    {
      dimension: "B",
      wilcoxon: {
        n: 10,
        w: 7.0,
        z: -2.1445697019603602,
        p: 0.03198726691866416,
        r: 0.6781724859183206,
      },
      dz: -0.6612014264143603,
      p: 0.02792425724288433,
      servperf: 3.6071428571428568,
      alphaE: 0.765714285714286,
      alphaP: 0.5647058823529407,
      diagnosticsE: [
        {
          itemTotal: 0.6536041042448014,
          alphaIfDeleted: null,
          flag: false,
        },
        {
          itemTotal: 0.6536041042448014,
          alphaIfDeleted: null,
          flag: false,
        },
      ],
      diagnosticsP: [
        {
          itemTotal: 0.40455669703136743,
          alphaIfDeleted: null,
          flag: false,
        },
        {
          itemTotal: 0.40455669703136743,
          alphaIfDeleted: null,
          flag: false,
        },
      ],
      pHolm: 0.05584851448576866,
      wilcoxonPHolm: 0.06397453383732832,
    },
    {
      dimension: "C",
      wilcoxon: {
        n: 3,
        w: 2.0,
        z: -0.5773502691896258,
        p: 0.5637028616507731,
        r: 0.33333333333333337,
      },
      dz: -0.15585730003983936,
      p: 0.584492877305777,
      servperf: 4.153846153846154,
      alphaE: null,
      alphaP: null,
      diagnosticsE: [
        {
          itemTotal: null,
          alphaIfDeleted: null,
          flag: false,
        },
      ],
      diagnosticsP: [
        {
          itemTotal: null,
          alphaIfDeleted: null,
          flag: false,
        },
      ],
      pHolm: 0.584492877305777,
      wilcoxonPHolm: 0.5637028616507731,
    },
  ],
  overall: {
    wilcoxon: {
      n: 12,
      w: 0.0,
      z: -3.064129385141706,
      p: 0.0021830447373622506,
      r: 0.8845379626717033,
    },
    dz: -1.4335393712087645,
    alphaE: 0.6113744075829384,
    alphaP: 0.40728667305848526,
    servperf: 3.751221001221001,
  },
} as const;
const instrument = makeInstrument({ A: 3, B: 2, C: 1 }, { min: 1, max: 5 });
const responses = readOrThrow(makeTable(epHeaders(6), ROWS), instrument, epColumns(6));
const analysis = analyse(responses, options(0));

/** Equal within 1e-12, or both null. */
function expectSame(actual: number | null | undefined, expected: number | null | undefined): void {
  if (expected === null || expected === undefined) expect(actual ?? null).toBeNull();
  else expect(actual).toBeCloseTo(expected, 12);
}

interface ReferenceWilcoxon {
  n: number;
  w: number;
  z: number;
  p: number;
  r: number;
}

function expectWilcoxon(
  actual: { n: number; w: number | null; z: number | null; p: number | null; r: number | null },
  expected: ReferenceWilcoxon
): void {
  expect(actual.n).toBe(expected.n);
  expectSame(actual.w, expected.w);
  expectSame(actual.z, expected.z);
  expectSame(actual.p, expected.p);
  expectSame(actual.r, expected.r);
}

describe("reviewer statistics per item (scipy reference)", () => {
  REFERENCE.items.forEach((expected, i) => {
    it(`item ${expected.item}`, () => {
      const item = analysis.items[i];
      expectWilcoxon(item.wilcoxon, expected.wilcoxon);
      expectSame(item.dz, expected.dz);
      expectSame(item.p, expected.p);
      expectSame(item.pHolm, expected.pHolm);
      expectSame(item.wilcoxon.pHolm, expected.wilcoxonPHolm);
      expectSame(item.servperf, expected.servperf);
    });
  });
});

describe("reviewer statistics per dimension (scipy reference)", () => {
  REFERENCE.dimensions.forEach((expected, d) => {
    it(`dimension ${expected.dimension}`, () => {
      const dimension = analysis.dimensions[d];
      expectWilcoxon(dimension.wilcoxon, expected.wilcoxon);
      expectSame(dimension.dz, expected.dz);
      expectSame(dimension.p, expected.p);
      expectSame(dimension.pHolm, expected.pHolm);
      expectSame(dimension.wilcoxon.pHolm, expected.wilcoxonPHolm);
      expectSame(dimension.servperf, expected.servperf);
      expectSame(dimension.alphaE, expected.alphaE);
      expectSame(dimension.alphaP, expected.alphaP);
      const sides = [
        ["E", expected.diagnosticsE],
        ["P", expected.diagnosticsP],
      ] as const;
      const items = dimension.items;
      expect(dimension.itemDiagnostics.map((x) => `${x.side}${x.item}`)).toEqual([
        ...items.map((id) => `E${id}`),
        ...items.map((id) => `P${id}`),
      ]);
      for (const [side, list] of sides) {
        list.forEach((ref, k) => {
          const got = dimension.itemDiagnostics.find((x) => x.side === side && x.item === items[k]);
          expectSame(got?.itemTotal, ref.itemTotal);
          expectSame(got?.alphaIfDeleted, ref.alphaIfDeleted);
          expect(got?.flag).toBe(ref.flag);
        });
      }
    });
  });
});

describe("reviewer statistics overall (scipy reference)", () => {
  it("tests respondents' SQ and gives α over all items and SERVPERF", () => {
    const { overall } = analysis;
    expectWilcoxon(overall.wilcoxon, REFERENCE.overall.wilcoxon);
    expectSame(overall.dz, REFERENCE.overall.dz);
    expectSame(overall.alphaE, REFERENCE.overall.alphaE);
    expectSame(overall.alphaP, REFERENCE.overall.alphaP);
    expectSame(overall.servperf, REFERENCE.overall.servperf);
    expect(overall.reasons).toEqual({ weightedGap: "notMapped" });
  });
});

describe("reasons beside null statistics", () => {
  it("names a one-item dimension's α and diagnostics", () => {
    const c = analysis.dimensions[2];
    expect(c.reasons).toMatchObject({
      alphaE: "tooFewItems",
      alphaP: "tooFewItems",
      weight: "notMapped",
    });
    expect(c.itemDiagnostics[0].reasons).toEqual({
      itemTotal: "tooFewItems",
      alphaIfDeleted: "tooFewItems",
    });
  });

  it("names a dimension with no valid answers as such", () => {
    const rows: RawCell[][] = [
      [5, N, 4, N],
      [6, N, 6, N],
      [4, N, 3, N],
    ];
    const empty = analyse(
      readOrThrow(makeTable(epHeaders(2), rows), makeInstrument({ A: 1, B: 1 }), epColumns(2)),
      options(0)
    );
    const b = empty.dimensions[1];
    expect(b.n).toBe(0);
    for (const field of [
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
      "dz",
      "pHolm",
      "servperf",
    ]) {
      expect([field, b.reasons[field]]).toEqual([field, "noValidAnswers"]);
    }
    expect(b.wilcoxon.reasons).toEqual({
      w: "noValidAnswers",
      z: "noValidAnswers",
      p: "noValidAnswers",
      r: "noValidAnswers",
      pHolm: "noValidAnswers",
    });
    // Item 1: gaps −1, 0, −1 → t defined; Wilcoxon n = 2.
    expect(empty.items[0].reasons).toEqual({});
    expect(empty.items[0].wilcoxon.n).toBe(2);
  });

  it("says why t, p and d_z are null: one respondent, or all gaps equal", () => {
    const one = analyse(
      readOrThrow(makeTable(epHeaders(1), [[5, 4]]), makeInstrument({ A: 1 }), epColumns(1)),
      options(0)
    );
    expect(one.items[0].reasons).toMatchObject({
      sdGap: "tooFewRespondents",
      t: "tooFewRespondents",
      p: "tooFewRespondents",
      dz: "tooFewRespondents",
      pHolm: "tooFewRespondents",
    });
    const equal = analyse(
      readOrThrow(
        makeTable(epHeaders(1), [
          [5, 5],
          [4, 4],
          [3, 3],
        ]),
        makeInstrument({ A: 1 }),
        epColumns(1)
      ),
      options(0)
    );
    expect(equal.items[0].reasons).toEqual({
      t: "zeroVariance",
      p: "zeroVariance",
      ci95: "zeroVariance",
      dz: "zeroVariance",
      pHolm: "zeroVariance",
    });
    expect(equal.items[0].wilcoxon.reasons.p).toBe("allValuesEqual");
  });
});
