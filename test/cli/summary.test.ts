import { formatSummary } from "../../src/cli/summary";
import { instrument, makeAnalysis } from "../report/fixture";

const source = { description: "survey.csv", instrumentName: "Custom", tolerance: 0.2 };

/** The item lines under the worst-items heading, as "#id gap". */
function worstLines(text: string): string[] {
  const lines = text.split("\n");
  const start = lines.indexOf("Three worst items:");
  return lines
    .slice(start + 1, start + 4)
    .map((line) => line.trim().split(/\s+/))
    .map(([gap, id]) => `${id} ${gap}`);
}

// Gaps by hand from test/report/fixture.ts: 1: −1.0, 2: +0.25, 3: −1.3, 4: −0.1, 5: +1.6.
describe("the CLI summary", () => {
  it("lists the three worst items, lowest gap first", () => {
    const text = formatSummary(makeAnalysis(), instrument, source, "en");
    expect(worstLines(text)).toEqual(["#3 −1.30", "#1 −1.00", "#4 −0.10"]);
  });

  it("leaves an item without a gap out of the worst items", () => {
    const analysis = makeAnalysis();
    analysis.items[0].gap = null;
    const text = formatSummary(analysis, instrument, source, "en");
    expect(worstLines(text)).toEqual(["#3 −1.30", "#4 −0.10", "#2 0.25"]);
  });

  it("marks α below 0.70 with a star (tan P 0.65, rel E 0.69) and not 0.82 or 0.91", () => {
    const text = formatSummary(makeAnalysis(), instrument, source, "en");
    expect(text).toContain("0.65*");
    expect(text).toContain("0.69*");
    expect(text).not.toContain("0.82*");
    expect(text).not.toContain("0.91*");
  });
});
