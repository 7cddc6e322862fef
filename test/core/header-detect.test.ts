/**
 * The header grammar: how one header cell of a real export is read.
 * Each case gives the header as it appears in the file and the slot it must claim.
 */
import { readHeader } from "../../src/core/header-detect";
import { PRESETS } from "../../src/core/instrument";
import { instrumentLookup } from "../../src/core/mapping-lookup";
import type { Instrument } from "../../src/core/types";

const servqual = instrumentLookup(PRESETS.servqual22);

function claimsOf(header: string, lookup = servqual): string[] {
  return readHeader(header, lookup).claims.map((c) => `${c.role}:${c.item ?? c.dimension ?? ""}`);
}

function confidenceOf(header: string): number {
  const [claim] = readHeader(header, servqual).claims;
  if (claim === undefined) throw new Error(`"${header}" claimed nothing`);
  return claim.confidence;
}

describe("expectation and perception headers", () => {
  it.each([
    ["E1", "expectation:1"],
    ["P1", "perception:1"],
    ["e1", "expectation:1"],
    ["E_1", "expectation:1"],
    ["E-1", "expectation:1"],
    ["E01", "expectation:1"],
    ["Q1_E", "expectation:1"],
    ["Q1E", "expectation:1"],
    ["Q1 P", "perception:1"],
    ["Q12_P", "perception:12"],
    ["Expectation 1", "expectation:1"],
    ["Expectations 7", "expectation:7"],
    ["Exp 1", "expectation:1"],
    ["Exp. 1", "expectation:1"],
    ["Expected_3", "expectation:3"],
    ["Perception Q1", "perception:1"],
    ["Perception (Q5)", "perception:5"],
    ["Perc1", "perception:1"],
    ["Perceived 22", "perception:22"],
    ["Item 4 - Expectation", "expectation:4"],
    ["期望1", "expectation:1"],
    ["感知1", "perception:1"],
    ["期望_1", "expectation:1"],
    ["1-期望", "expectation:1"],
    ["1_感知", "perception:1"],
    ["期望值1", "expectation:1"],
    ["感知值 1", "perception:1"],
    ["期望第3题", "expectation:3"],
    ["感知（Q2）", "perception:2"],
  ])("%s → %s", (header, claim) => {
    expect(claimsOf(header)).toEqual([claim]);
  });

  it("reads full-width digits and letters as their ASCII forms (NFKC)", () => {
    expect(claimsOf("Ｅ１")).toEqual(["expectation:1"]);
    expect(claimsOf("期望１２")).toEqual(["expectation:12"]);
    expect(claimsOf("Ｑ３＿Ｐ")).toEqual(["perception:3"]);
  });

  it("reads a role and number followed by the question text, a little less surely", () => {
    expect(claimsOf("E1. Modern-looking equipment")).toEqual(["expectation:1"]);
    expect(claimsOf("P12: Gives prompt service")).toEqual(["perception:12"]);
    expect(claimsOf("Perception 3) Neat staff")).toEqual(["perception:3"]);
    expect(claimsOf("期望1 设备现代化")).toEqual(["expectation:1"]);
    expect(confidenceOf("E1. Modern-looking equipment")).toBeLessThan(confidenceOf("E1"));
  });

  it("ignores case and surrounding spaces", () => {
    expect(claimsOf("  EXPECTATION 2  ")).toEqual(["expectation:2"]);
    expect(claimsOf("\tp 2 ")).toEqual(["perception:2"]);
  });
});

describe("importance, adequate and desired headers", () => {
  it.each([
    ["Importance 1", "importance:1"],
    ["重要性1", "importance:1"],
    ["Imp 3", "importance:3"],
    ["I1", "importance:1"],
    ["Adequate 1", "adequate:1"],
    ["Minimum 1", "adequate:1"],
    ["最低1", "adequate:1"],
    ["A1", "adequate:1"],
    ["Desired 1", "desired:1"],
    ["理想1", "desired:1"],
    ["D1", "desired:1"],
  ])("%s → %s", (header, claim) => {
    expect(claimsOf(header)).toEqual([claim]);
  });

  it("trusts bare letters A, D and I less, because A1/D1/I1 also number questionnaire sections", () => {
    expect(confidenceOf("A1")).toBeLessThan(0.7);
    expect(confidenceOf("D1")).toBeLessThan(0.7);
    expect(confidenceOf("I1")).toBeLessThan(0.7);
    expect(confidenceOf("Adequate 1")).toBeGreaterThan(0.9);
    expect(confidenceOf("E1")).toBeGreaterThanOrEqual(0.9);
    expect(confidenceOf("Expectation 1")).toBeGreaterThan(confidenceOf("Exp 1"));
  });
});

describe("weight headers (the 100-point allocation over dimensions)", () => {
  it.each([
    ["Weight Tangibles", "weight:tangibles"],
    ["W_tangibles", "weight:tangibles"],
    ["权重 有形性", "weight:tangibles"],
    ["有形性权重", "weight:tangibles"],
    ["Reliability weight", "weight:reliability"],
    ["Weight 1", "weight:tangibles"],
    ["Weight 5", "weight:empathy"],
    ["权重2", "weight:reliability"],
    ["Weight_assurance", "weight:assurance"],
    ["Importance Empathy", "weight:empathy"],
  ])("%s → %s", (header, claim) => {
    expect(claimsOf(header)).toEqual([claim]);
  });

  it("is surer of a dimension named than numbered", () => {
    expect(confidenceOf("Weight Tangibles")).toBeGreaterThan(confidenceOf("Weight 1"));
  });
});

describe("id and segment headers", () => {
  it.each([
    ["id", "id:"],
    ["ID", "id:"],
    ["Respondent", "id:"],
    ["Respondent ID", "id:"],
    ["respondent_id", "id:"],
    ["编号", "id:"],
    ["序号", "id:"],
    ["segment", "segment:"],
    ["Group", "segment:"],
    ["分组", "segment:"],
    ["科室", "segment:"],
  ])("%s → %s", (header, claim) => {
    expect(claimsOf(header)).toEqual([claim]);
  });
});

describe("headers that claim nothing", () => {
  it.each([
    [""],
    ["   "],
    ["Age"],
    ["Date"],
    ["Gender"],
    ["Expectation"],
    ["E"],
    ["Q1"],
    ["1"],
    ["P-E 1"],
    ["Gap 1"],
    ["差距1"],
    ["Weight"],
    ["Weight Convenience"],
    ["Expectation overall"],
    ["1-1. 키오스크는 사용자가 선택한 내용을 의도대로 정확하게 반영해야 한다.(기대 설문)"],
  ])("%j", (header) => {
    expect(claimsOf(header)).toEqual([]);
  });
});

describe("references to items or dimensions the instrument lacks", () => {
  it("reads E23 as an unknown item of a 22-item instrument, claiming nothing", () => {
    const reading = readHeader("E23", servqual);
    expect(reading.claims).toEqual([]);
    expect(reading.unknown).toEqual([{ role: "expectation", item: "23" }]);
  });

  it("reads Weight 6 as an unknown dimension of a five-dimension instrument", () => {
    expect(readHeader("Weight 6", servqual).unknown).toEqual([{ role: "weight", dimension: "6" }]);
  });
});

describe("custom instruments", () => {
  const named: Instrument = {
    id: "custom",
    scale: { min: 1, max: 5 },
    dimensions: [
      { id: "access", label: { en: "Accessibility & affordability", zh: "可及性" } },
      { id: "core", label: { en: "Core service" } },
    ],
    items: [
      { id: "T1", dimension: "core", label: { en: "a" }, reverse: false },
      { id: "T2", dimension: "core", label: { en: "b" }, reverse: false },
      { id: "AC1", dimension: "access", label: { en: "c" }, reverse: false },
    ],
  };
  const lookup = instrumentLookup(named);

  it("finds items by their own ids", () => {
    expect(claimsOf("E_T2", lookup)).toEqual(["expectation:T2"]);
    expect(claimsOf("Perception AC1", lookup)).toEqual(["perception:AC1"]);
  });

  it("numbers items by position when no item id is a number", () => {
    expect(claimsOf("E3", lookup)).toEqual(["expectation:AC1"]);
  });

  it("finds dimensions by labels with spaces and symbols, and by Chinese label", () => {
    expect(claimsOf("Weight Accessibility & Affordability", lookup)).toEqual(["weight:access"]);
    expect(claimsOf("权重 可及性", lookup)).toEqual(["weight:access"]);
  });

  it("reports a header that names two slots as ambiguous (both claims kept, for the caller to report)", () => {
    const clash: Instrument = {
      ...named,
      items: [
        ...named.items,
        { id: "access", dimension: "access", label: { en: "d" }, reverse: false },
      ],
    };
    expect(claimsOf("Importance access", instrumentLookup(clash)).sort()).toEqual([
      "importance:access",
      "weight:access",
    ]);
  });
});
