import { label, PRESETS, resolveInstrument, isPresetId } from "../../src/core/instrument";
import type { Instrument } from "../../src/core/types";

/** A custom instrument with `count` items spread over dimensions of the given sizes. */
function customInstrument(sizes: number[]): Instrument {
  const dimensions = sizes.map((_, d) => ({
    id: `d${d + 1}`,
    label: { en: `Dimension ${d + 1}` },
  }));
  const items = sizes.flatMap((size, d) =>
    Array.from({ length: size }, () => ({ dimension: `d${d + 1}` }))
  );
  return {
    id: "custom",
    scale: { min: 1, max: 7 },
    dimensions,
    items: items.map((it, i) => ({
      id: String(i + 1),
      dimension: it.dimension,
      label: { en: `Q${i + 1}` },
      reverse: false,
    })),
  };
}

function expectInvalid(result: ReturnType<typeof resolveInstrument>, field: string): string {
  if (result.ok) throw new Error(`expected an error at ${field}`);
  expect(result.error.code).toBe("instrumentInvalid");
  expect(result.error.field).toBe(field);
  expect(result.error.message.startsWith(`${field}: `)).toBe(true);
  return result.error.message;
}

describe("SERVQUAL-22 (1991) preset", () => {
  const servqual = PRESETS.servqual22;

  it("has 22 items on a 1–7 scale", () => {
    expect(servqual.items).toHaveLength(22);
    expect(servqual.items.map((i) => i.id)).toEqual(
      Array.from({ length: 22 }, (_, i) => String(i + 1))
    );
    expect(servqual.scale).toEqual({ min: 1, max: 7 });
  });

  it("groups items into the five dimensions: Tangibles 1–4, Reliability 5–9, Responsiveness 10–13, Assurance 14–17, Empathy 18–22", () => {
    const itemsOf = (dimension: string): string[] =>
      servqual.items.filter((i) => i.dimension === dimension).map((i) => i.id);
    expect(servqual.dimensions.map((d) => d.id)).toEqual([
      "tangibles",
      "reliability",
      "responsiveness",
      "assurance",
      "empathy",
    ]);
    expect(itemsOf("tangibles")).toEqual(["1", "2", "3", "4"]);
    expect(itemsOf("reliability")).toEqual(["5", "6", "7", "8", "9"]);
    expect(itemsOf("responsiveness")).toEqual(["10", "11", "12", "13"]);
    expect(itemsOf("assurance")).toEqual(["14", "15", "16", "17"]);
    expect(itemsOf("empathy")).toEqual(["18", "19", "20", "21", "22"]);
  });

  it("labels dimensions in English and Chinese", () => {
    expect(servqual.dimensions.map((d) => d.label)).toEqual([
      { en: "Tangibles", zh: "有形性" },
      { en: "Reliability", zh: "可靠性" },
      { en: "Responsiveness", zh: "响应性" },
      { en: "Assurance", zh: "保证性" },
      { en: "Empathy", zh: "移情性" },
    ]);
  });

  it("labels every item in English and Chinese", () => {
    for (const item of servqual.items) {
      expect(item.label.en.length).toBeGreaterThan(5);
      expect(item.label.zh).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(servqual.items[0].label.en).toMatch(/equipment/i);
    expect(servqual.items[21].label.en).toMatch(/needs/i);
  });

  it("has no reverse-coded items", () => {
    expect(servqual.items.filter((i) => i.reverse)).toEqual([]);
  });
});

describe("SERVQUAL-22 (1988) preset", () => {
  it("reverse-codes exactly items 10–13 and 18–22", () => {
    const reversed = PRESETS["servqual22-1988"].items.filter((i) => i.reverse).map((i) => i.id);
    expect(reversed).toEqual(["10", "11", "12", "13", "18", "19", "20", "21", "22"]);
  });

  it("keeps the 1991 dimensions and item grouping", () => {
    const p1988 = PRESETS["servqual22-1988"];
    expect(p1988.dimensions).toEqual(PRESETS.servqual22.dimensions);
    expect(p1988.items.map((i) => i.dimension)).toEqual(
      PRESETS.servqual22.items.map((i) => i.dimension)
    );
    expect(p1988.id).toBe("servqual22-1988");
  });
});

describe("resolveInstrument", () => {
  it("returns a copy of a preset that callers may change without touching the preset", () => {
    const result = resolveInstrument("servqual22");
    if (!result.ok) throw new Error(result.error.message);
    result.value.items[0].reverse = true;
    expect(PRESETS.servqual22.items[0].reverse).toBe(false);
  });

  it("presets are frozen", () => {
    expect(Object.isFrozen(PRESETS.servqual22.items[0])).toBe(true);
  });

  it("applies a scale override (a 5-point SERVQUAL)", () => {
    const result = resolveInstrument("servqual22-1988", { min: 1, max: 5 });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.scale).toEqual({ min: 1, max: 5 });
    expect(result.value.items[9].reverse).toBe(true);
  });

  it("refuses a scale override with min ≥ max", () => {
    const result = resolveInstrument("servqual22", { min: 7, max: 1 });
    expectInvalid(result, "scale");
  });

  it("refuses an unknown preset and suggests the closest", () => {
    const message = expectInvalid(resolveInstrument("servqual-22" as "servqual22"), "instrument");
    expect(message).toContain('did you mean "servqual22"');
  });

  it("accepts a custom instrument of 24 items in one dimension (the kiosk study)", () => {
    const result = resolveInstrument(customInstrument([24]));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.items).toHaveLength(24);
    expect(result.value.dimensions).toHaveLength(1);
  });

  it("accepts a custom instrument of 25 items in six dimensions (the Singapore hospital study)", () => {
    const result = resolveInstrument(customInstrument([4, 5, 4, 4, 5, 3]));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.items).toHaveLength(25);
    expect(result.value.dimensions).toHaveLength(6);
  });

  it("accepts a one-item instrument", () => {
    expect(resolveInstrument(customInstrument([1])).ok).toBe(true);
  });

  it("refuses an instrument without items", () => {
    const instrument = { ...customInstrument([1]), items: [] };
    expectInvalid(resolveInstrument(instrument), "instrument.items");
  });

  it("refuses duplicate item ids, naming the second one", () => {
    const instrument = customInstrument([3]);
    instrument.items[2].id = "1";
    const message = expectInvalid(resolveInstrument(instrument), "instrument.items[2].id");
    expect(message).toContain('duplicate item id "1"');
  });

  it("refuses duplicate dimension ids", () => {
    const instrument = customInstrument([1, 1]);
    instrument.dimensions[1].id = "d1";
    expectInvalid(resolveInstrument(instrument), "instrument.dimensions[1].id");
  });

  it("refuses an item in an unknown dimension, suggesting the closest id", () => {
    const instrument = customInstrument([2, 2]);
    instrument.items[3].dimension = "d3";
    const message = expectInvalid(resolveInstrument(instrument), "instrument.items[3].dimension");
    expect(message).toContain('unknown dimension "d3" (did you mean "d1"?)');
  });

  it("refuses a dimension that no item belongs to", () => {
    const instrument = customInstrument([2]);
    instrument.dimensions.push({ id: "empty", label: { en: "Empty" } });
    const message = expectInvalid(resolveInstrument(instrument), "instrument.dimensions[1]");
    expect(message).toContain('"empty" has no items');
  });

  it("refuses a scale whose min is not below its max", () => {
    const instrument = { ...customInstrument([2]), scale: { min: 5, max: 5 } };
    expectInvalid(resolveInstrument(instrument), "instrument.scale");
  });

  it("refuses a non-numeric scale bound", () => {
    const instrument = {
      ...customInstrument([2]),
      scale: { min: 1, max: "7" },
    } as unknown as Instrument;
    expectInvalid(resolveInstrument(instrument), "instrument.scale.max");
  });

  it("refuses a reverse flag that is not a boolean", () => {
    const instrument = customInstrument([2]) as unknown as { items: { reverse: unknown }[] };
    instrument.items[1].reverse = "yes";
    expectInvalid(
      resolveInstrument(instrument as unknown as Instrument),
      "instrument.items[1].reverse"
    );
  });
});

describe("isPresetId", () => {
  it("knows exactly the two presets", () => {
    expect(isPresetId("servqual22")).toBe(true);
    expect(isPresetId("servqual22-1988")).toBe(true);
    expect(isPresetId("servqual")).toBe(false);
    expect(isPresetId(22)).toBe(false);
  });
});

describe("label", () => {
  it("gives the Chinese text in zh and the English text in en", () => {
    expect(label({ en: "Tangibles", zh: "有形性" }, "zh")).toBe("有形性");
    expect(label({ en: "Tangibles", zh: "有形性" }, "en")).toBe("Tangibles");
  });

  it("falls back to English when there is no (or an empty) Chinese text", () => {
    expect(label({ en: "Access" }, "zh")).toBe("Access");
    expect(label({ en: "Access", zh: "" }, "zh")).toBe("Access");
  });
});
