import {
  label,
  type Analysis,
  type DataIssueCode,
  type Instrument,
  type Lang,
  type NullReason,
  highlights,
  isLowAlpha,
} from "../core";
import { fixed, pValue, percent, signed } from "./number-text";
import { summaryText, type SummaryText } from "./summary-text";

export interface SummarySource {
  description: string;
  instrumentName: string;
  tolerance: number;
}

/**
 * The readable console summary managers ask for: respondents, overall gap, the share
 * below expectations, the three worst items, α per dimension, data-quality counts.
 */
export function formatSummary(
  analysis: Analysis,
  instrument: Instrument,
  source: SummarySource,
  lang: Lang
): string {
  const text = summaryText(lang);
  const { overall, respondents } = analysis;
  const lines: string[] = [];
  const scale = `${instrument.scale.min}–${instrument.scale.max}`;
  lines.push(`${text.survey}${text.colon}${source.description}`);
  lines.push(
    `  ${source.instrumentName}${text.comma}${text.instrumentScale(scale, String(source.tolerance))}`
  );
  lines.push(text.respondents(respondents.total, respondents.used, respondents.excluded));
  const weighted =
    overall.weightedGap === null
      ? weightedMissing(overall.reasons.weightedGap, text)
      : `${signed(overall.weightedGap)} ${text.weighted}`;
  lines.push(
    `${text.overallGap}${text.colon}${signed(overall.unweightedGap)} ${text.unweighted}${text.comma}${weighted}`
  );
  if (overall.share !== null) {
    lines.push(
      text.belowShare(
        percent(overall.share.below),
        percent(overall.share.meets),
        percent(overall.share.above)
      )
    );
  }

  const itemLabel = new Map(instrument.items.map((item) => [item.id, label(item.label, lang)]));
  const dimensionLabel = new Map(instrument.dimensions.map((d) => [d.id, label(d.label, lang)]));
  const summary = highlights(analysis);
  lines.push(`${text.worstItems}${text.colon.trimEnd()}`);
  for (const item of summary.worstItems) {
    const name = `${itemLabel.get(item.item) ?? ""} (${dimensionLabel.get(item.dimension) ?? item.dimension})`;
    lines.push(
      `  ${signed(item.gap).padStart(6)}  #${item.item.padEnd(3)} ${name}  ${pValue(item.p)}`
    );
  }

  if (summary.tests.tested > 0) {
    lines.push(text.significantItems(summary.tests.significant, summary.tests.tested));
  }

  const [h0, ...hs] = text.dimensionsHeader;
  lines.push(`${pad(h0, 18)}${hs.map((h) => padStart(h, 9)).join("")}`);
  let flagged = false;
  for (const dimension of analysis.dimensions) {
    const alpha = (value: number | null): string => {
      if (value === null) return "–";
      const low = isLowAlpha(value);
      flagged ||= low;
      return `${value.toFixed(2)}${low ? "*" : " "}`;
    };
    const cells = [
      fixed(dimension.meanE),
      fixed(dimension.meanP),
      signed(dimension.gap),
      alpha(dimension.alphaE),
      alpha(dimension.alphaP),
      fixed(dimension.weight),
    ];
    const name = dimensionLabel.get(dimension.dimension) ?? dimension.dimension;
    const empty = dimension.n === 0 ? `  (${text.noValidAnswers})` : "";
    lines.push(`${pad(`  ${name}`, 18)}${cells.map((c) => c.padStart(9)).join("")}${empty}`);
  }
  if (flagged) lines.push(`  ${text.alphaFlag}`);
  const toCheck = summary.flaggedItems.map((x) => `#${x.item} ${x.side}`);
  if (toCheck.length > 0) lines.push(`  ${text.flaggedItems(toCheck.join(text.comma))}`);

  const counts = analysis.dataQuality.counts;
  const issues = ISSUE_ORDER.filter((code) => (counts[code] ?? 0) > 0)
    .map((code) => `${text.issueNames[code]} ${counts[code]}`)
    .join(text.comma);
  lines.push(`${text.dataQuality}${text.colon}${issues === "" ? text.noIssues : issues}`);
  return lines.join("\n") + "\n";
}

/** Why there is no weighted score, in the summary's words. */
function weightedMissing(reason: NullReason | undefined, text: SummaryText): string {
  if (reason === "noUsableValues") return text.weightsUnusable;
  if (reason === "noValidAnswers") return text.weightedNoGap;
  return text.noWeights;
}

const ISSUE_ORDER: DataIssueCode[] = [
  "excludedRow",
  "nonNumeric",
  "errorValue",
  "outOfRange",
  "nonInteger",
  "weightsNormalised",
  "weightsInvalid",
];

/** Terminal columns: CJK characters take two. */
function displayWidth(text: string): number {
  let columns = 0;
  for (const ch of text) columns += /[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1;
  return columns;
}

function pad(text: string, width: number): string {
  return text + " ".repeat(Math.max(1, width - displayWidth(text)));
}

function padStart(text: string, width: number): string {
  return " ".repeat(Math.max(1, width - displayWidth(text))) + text;
}
