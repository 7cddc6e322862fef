import {
  ACTIONS_BY_DIMENSION,
  ACTIONS_BY_GAP,
  GENERAL_ACTIONS,
  actionsForDimension,
  actionsForGap,
} from "../../src/core/improvement-actions";
import { PRESET_IDS, PRESET_NAMES, PRESETS, resolveInstrument } from "../../src/core/instrument";

const SECTOR_IDS = ["servqual22-hospital", "servqual22-property"] as const;

describe("sector wordings of SERVQUAL-22", () => {
  it.each(SECTOR_IDS)("%s keeps SERVQUAL's items, dimensions and order", (id) => {
    const sector = PRESETS[id];
    const generic = PRESETS.servqual22;
    expect(sector.items.map((i) => [i.id, i.dimension, i.reverse])).toEqual(
      generic.items.map((i) => [i.id, i.dimension, false])
    );
    expect(sector.dimensions).toEqual(generic.dimensions);
    expect(sector.scale).toEqual({ min: 1, max: 7 });
  });

  it.each(SECTOR_IDS)("%s has its own wording in English and Chinese for all 22 items", (id) => {
    const sector = PRESETS[id];
    sector.items.forEach((item, index) => {
      expect(item.label.en.length).toBeGreaterThan(10);
      expect(item.label.zh ?? "").toMatch(/[\u4e00-\u9fff]/);
      expect(item.label.en).not.toBe(PRESETS.servqual22.items[index].label.en);
    });
  });

  it("speaks to patients and to owners", () => {
    const hospital = PRESETS["servqual22-hospital"].items.map((i) => i.label.en).join(" ");
    const property = PRESETS["servqual22-property"].items.map((i) => i.label.en).join(" ");
    expect(hospital).toMatch(/patient/);
    expect(property).toMatch(/owner/);
    expect(PRESETS["servqual22-hospital"].items.map((i) => i.label.zh).join("")).toMatch(/患者/);
    expect(PRESETS["servqual22-property"].items.map((i) => i.label.zh).join("")).toMatch(/业主/);
  });
});

describe("six quality characteristics", () => {
  const quality6 = PRESETS.quality6;

  it("has the six characteristics in the seed's order with their Chinese names", () => {
    expect(quality6.dimensions.map((d) => [d.id, d.label.zh])).toEqual([
      ["functionality", "功能性"],
      ["economy", "经济性"],
      ["safety", "安全性"],
      ["timeliness", "时间性"],
      ["comfort", "舒适性"],
      ["civility", "文明性"],
    ]);
  });

  it("has three starter items per characteristic, numbered 1–18", () => {
    expect(quality6.items.map((i) => i.id)).toEqual(
      Array.from({ length: 18 }, (_, i) => String(i + 1))
    );
    for (const dimension of quality6.dimensions) {
      expect(quality6.items.filter((i) => i.dimension === dimension.id)).toHaveLength(3);
    }
  });
});

describe("every preset", () => {
  it.each([...PRESET_IDS])("%s resolves, is valid and is named in both languages", (id) => {
    const resolved = resolveInstrument(id);
    expect(resolved.ok).toBe(true);
    expect(PRESET_NAMES[id].en.length).toBeGreaterThan(0);
    expect(PRESET_NAMES[id].zh ?? "").toMatch(/[\u4e00-\u9fff]|SERVQUAL/);
  });
});

describe("improvement actions", () => {
  const all = [
    ...GENERAL_ACTIONS,
    ...Object.values(ACTIONS_BY_DIMENSION).flat(),
    ...Object.values(ACTIONS_BY_GAP).flat(),
  ];

  it("have unique ids and text in English and Chinese", () => {
    expect(new Set(all.map((a) => a.id)).size).toBe(all.length);
    for (const a of all) {
      expect(a.text.en.length).toBeGreaterThan(10);
      expect(a.text.zh ?? "").toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it("cover every dimension of every preset", () => {
    for (const id of PRESET_IDS) {
      for (const dimension of PRESETS[id].dimensions) {
        expect(ACTIONS_BY_DIMENSION[dimension.id]?.length ?? 0).toBeGreaterThanOrEqual(2);
      }
    }
  });

  it("fall back to the general actions for a custom dimension, whatever its name", () => {
    expect(actionsForDimension("waiting-room")).toBe(GENERAL_ACTIONS);
    expect(actionsForDimension("constructor")).toBe(GENERAL_ACTIONS);
    expect(actionsForDimension("empathy")).toBe(ACTIONS_BY_DIMENSION.empathy);
  });

  it("name the remedies the training text lists", () => {
    const ids = all.map((a) => a.id);
    for (const expected of [
      "training",
      "standards",
      "feedback",
      "evaluation",
      "benchmarking",
      "empathy.records",
      "empathy.personalisation",
      "responsiveness.channels",
      "responsiveness.empowerment",
    ]) {
      expect(ids).toContain(expected);
    }
  });

  it("exist for each of the five gaps", () => {
    for (const gap of [1, 2, 3, 4, 5] as const) {
      expect(actionsForGap(gap).length).toBeGreaterThanOrEqual(3);
    }
  });
});
