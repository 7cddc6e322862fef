/** A config's custom staff instrument (docs/gap-model.md): what is accepted and what is refused. */
import { parseConfig, serializeConfig } from "../../src/core/config";
import { readStaffInstrument } from "../../src/core/staff-instrument-validate";

const VALID = {
  scale: { min: 1, max: 5 },
  factors: [
    { id: "briefing", gap: 2, label: { en: "Shift briefing", zh: "班前会" } },
    { id: "handover", gap: 3 },
  ],
  statements: [
    { id: "B1", factor: "briefing", text: "We brief every shift." },
    { id: "B2", factor: "briefing", reverse: true },
    { id: "H1", factor: "handover" },
  ],
};

function refusal(value: unknown): string {
  const read = readStaffInstrument(value);
  if (read.ok) throw new Error("accepted");
  return `${read.error.field}: ${read.error.message}`;
}

describe("readStaffInstrument", () => {
  it("reads factors, statements and defaults (scale 1–7, labels from ids, not reversed)", () => {
    const read = readStaffInstrument({ ...VALID, scale: undefined });
    expect(read.ok && read.value).toEqual({
      scale: { min: 1, max: 7 },
      factors: [
        { id: "briefing", gap: 2, label: { en: "Shift briefing", zh: "班前会" } },
        { id: "handover", gap: 3, label: { en: "handover" } },
      ],
      statements: [
        { id: "B1", factor: "briefing", text: { en: "We brief every shift." }, reverse: false },
        { id: "B2", factor: "briefing", text: { en: "B2" }, reverse: true },
        { id: "H1", factor: "handover", text: { en: "H1" }, reverse: false },
      ],
    });
  });

  it.each([
    [{ ...VALID, factors: [] }, /staffInstrument\.factors: expected a non-empty list/],
    [
      { ...VALID, factors: [{ id: "briefing", gap: 5 }, VALID.factors[1]] },
      /factors\[0\]\.gap: expected 1, 2, 3 or 4, got 5/,
    ],
    [
      { ...VALID, factors: [VALID.factors[0], VALID.factors[0], VALID.factors[1]] },
      /factors\[1\]\.id: factor "briefing" is listed twice/,
    ],
    [
      { ...VALID, statements: [...VALID.statements, { id: "X1", factor: "brefing" }] },
      /statements\[3\]\.factor: unknown factor "brefing".*briefing/,
    ],
    [
      { ...VALID, statements: [...VALID.statements, { id: "B1", factor: "handover" }] },
      /statements\[3\]\.id: statement "B1" is listed twice/,
    ],
    [
      { ...VALID, statements: VALID.statements.slice(0, 2) },
      /staffInstrument\.factors: factor "handover" has no statement/,
    ],
    [
      { ...VALID, statements: [{ id: "B1", factor: "briefing", reverse: "yes" }] },
      /statements\[0\]\.reverse: expected true or false/,
    ],
    [{ ...VALID, scale: { min: 5, max: 1 } }, /staffInstrument\.scale: min \(5\) must be less/],
    [{ ...VALID, extra: 1 }, /extra/],
  ])("refuses %#", (value, message) => {
    expect(refusal(value)).toMatch(message);
  });
});

describe("a config with staffInstrument", () => {
  it("survives serialize → parse unchanged, and a bad one names its field", () => {
    const parsed = parseConfig({ version: 2, staffInstrument: VALID });
    if (!parsed.ok) throw new Error(parsed.error.message);
    const again = parseConfig(serializeConfig(parsed.value));
    expect(again.ok && again.value.staffInstrument).toEqual(parsed.value.staffInstrument);
    expect(parsed.value.staffInstrument?.statements.map((s) => s.reverse)).toEqual([
      false,
      true,
      false,
    ]);
    const bad = parseConfig({ version: 2, staffInstrument: { factors: [] } });
    expect(bad.ok ? null : [bad.error.code, bad.error.field]).toEqual([
      "instrumentInvalid",
      "staffInstrument.factors",
    ]);
  });
});
