/**
 * Step 5: the figures a manager quotes (overall score, share below expectations, worst
 * items), how many gaps are significant and how large, reliability warnings and items to
 * check, problem cells with "go to cell", the report sheets, Refresh.
 */
import {
  Button,
  Link,
  MessageBar,
  MessageBarBody,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { type DataIssueCode, type Instrument, type Lang, label, highlights } from "../../core";
import { formatNumber, formatPercent, useI18n } from "../i18n";
import { useStepStyles } from "../components/styles";
import type { RunResults } from "../wizard/use-run";
import { StepHeading, type StepHeadingProps } from "./step-heading";

const LISTED_ISSUES = 20;

const ISSUE_TEXT = {
  nonNumeric: "issue.nonNumeric",
  notApplicable: "issue.notApplicable",
  outOfRange: "issue.outOfRange",
  nonInteger: "issue.nonInteger",
  errorValue: "issue.errorValue",
  excludedRow: "issue.excludedRow",
  weightsNormalised: "issue.weightsNormalised",
  weightsInvalid: "issue.weightsInvalid",
} as const satisfies Record<DataIssueCode, string>;

const useResultStyles = makeStyles({
  figures: {
    display: "grid",
    gridTemplateColumns: "1fr 1fr",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
  },
  figure: { display: "flex", flexDirection: "column" },
  value: {
    fontSize: tokens.fontSizeHero700,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightHero700,
  },
  negative: { color: tokens.colorPaletteRedForeground1 },
  // Words, not a figure: at hero size "no weights mapped" would fill three lines.
  valueText: {
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
});

function dimensionName(instrument: Instrument, id: string, lang: Lang): string {
  const found = instrument.dimensions.find((d) => d.id === id);
  return found ? label(found.label, lang) : id;
}

export interface ResultsStepProps extends StepHeadingProps {
  results: RunResults | null;
  running: boolean;
  onGoToCell: (ref: string) => Promise<void>;
  onOpenSheet: (name: string) => Promise<void>;
  onRefresh: () => Promise<void>;
}

export function ResultsStep({
  results,
  running,
  onGoToCell,
  onOpenSheet,
  onRefresh,
  headingRef,
}: ResultsStepProps) {
  const { t, lang } = useI18n();
  const styles = useStepStyles();
  const own = useResultStyles();
  if (!results) {
    return (
      <div className={styles.step}>
        <StepHeading headingRef={headingRef}>{t("results.heading")}</StepHeading>
        <Text>{t("results.none")}</Text>
      </div>
    );
  }
  const { analysis, instrument, sheets } = results;
  const { overall, dataQuality } = analysis;
  const itemLabel = (id: string) => {
    const item = instrument.items.find((i) => i.id === id);
    return item ? label(item.label, lang) : id;
  };
  const counts = Object.entries(dataQuality.counts).filter(([, n]) => (n ?? 0) > 0) as [
    DataIssueCode,
    number,
  ][];
  const summary = highlights(analysis);
  const alphas = summary.lowAlphas;
  const tests = summary.tests;
  const flagged = summary.flaggedItems.map((x) => `#${x.item} ${x.side}`);
  const gapClass = (gap: number | null) =>
    mergeClasses(own.value, gap !== null && gap < 0 ? own.negative : undefined);

  return (
    <div className={styles.step}>
      <StepHeading headingRef={headingRef}>{t("results.heading")}</StepHeading>
      <Text>
        {t("results.respondents", {
          used: analysis.respondents.used,
          total: analysis.respondents.total,
          excluded: analysis.respondents.excluded,
        })}
      </Text>
      {results.narrowedFrom ? (
        <MessageBar intent="info" data-testid="scale-narrowed">
          <MessageBarBody>
            {t("results.scaleNarrowed", {
              given: `${results.narrowedFrom.min}–${results.narrowedFrom.max}`,
            })}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {analysis.respondents.distributed !== null ? (
        <Text data-testid="response-rate">
          {t("results.responseRate", {
            distributed: analysis.respondents.distributed,
            returned: analysis.respondents.total,
            rate: `${formatPercent(analysis.respondents.responseRate)}%`,
            usable: analysis.respondents.used,
          })}
        </Text>
      ) : null}
      {results.trend ? (
        <Text data-testid="trend">
          {results.trend.previous !== null
            ? t("results.trend", {
                current: results.trend.current,
                previous: results.trend.previous,
                change:
                  (results.trend.change !== null && results.trend.change > 0 ? "+" : "") +
                  formatNumber(results.trend.change),
                p: formatNumber(results.trend.p, 3),
              })
            : t("results.trendFirst", {
                current: results.trend.current,
                cycles: results.trend.cycles,
              })}
        </Text>
      ) : null}

      <section aria-labelledby="results-overall">
        <h3 id="results-overall" className={styles.subheading}>
          {t("results.overall")}
        </h3>
        <div className={own.figures}>
          <div className={own.figure}>
            <Text>{t("results.unweighted")}</Text>
            <span className={gapClass(overall.unweightedGap)} data-testid="overall-unweighted">
              {formatNumber(overall.unweightedGap)}
            </span>
          </div>
          <div className={own.figure}>
            <Text>{t("results.weighted")}</Text>
            {overall.weightedGap === null ? (
              <span className={own.valueText} data-testid="overall-weighted">
                {t(
                  overall.reasons.weightedGap === "noUsableValues"
                    ? "results.weightsUnusable"
                    : "results.noWeights"
                )}
              </span>
            ) : (
              <span className={gapClass(overall.weightedGap)} data-testid="overall-weighted">
                {formatNumber(overall.weightedGap)}
              </span>
            )}
          </div>
          <div className={own.figure}>
            <Text>{t("results.below")}</Text>
            <span className={own.value} data-testid="share-below">
              {overall.share
                ? t("results.belowValue", { percent: formatPercent(overall.share.below) })
                : "—"}
            </span>
            {overall.share ? (
              <Text className={styles.muted} data-testid="share-below-of">
                {t("results.belowOf", { n: overall.n })}
              </Text>
            ) : null}
          </div>
        </div>
      </section>

      <section aria-labelledby="results-worst">
        <h3 id="results-worst" className={styles.subheading}>
          {t("results.worst")}
        </h3>
        <ol className={styles.list} data-testid="worst-items">
          {summary.worstItems.map((item) => (
            <li key={item.item}>
              {t("results.worstItem", {
                item: item.item,
                label: itemLabel(item.item),
                gap: formatNumber(item.gap),
              })}
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="results-tests">
        <h3 id="results-tests" className={styles.subheading}>
          {t("results.tests")}
        </h3>
        {tests.tested > 0 ? (
          <Text block data-testid="significant-items">
            {t("results.significant", { count: tests.significant, tested: tests.tested })}
          </Text>
        ) : null}
        <Text block data-testid="effect-sizes">
          {t("results.effects", {
            large: tests.large,
            medium: tests.medium,
            small: tests.small,
          })}
        </Text>
      </section>

      <section aria-labelledby="results-alpha">
        <h3 id="results-alpha" className={styles.subheading}>
          {t("results.alpha")}
        </h3>
        {alphas.length === 0 ? (
          <Text>{t("results.alphaOk")}</Text>
        ) : (
          <ul className={styles.list} data-testid="alpha-warnings">
            {alphas.map((a) => (
              <li key={`${a.dimension}-${a.side}`}>
                {t("results.alphaLow", {
                  dimension: dimensionName(instrument, a.dimension, lang),
                  side: t(a.side === "E" ? "results.alphaE" : "results.alphaP"),
                  alpha: formatNumber(a.alpha),
                })}
              </li>
            ))}
          </ul>
        )}
        {flagged.length > 0 ? (
          <Text block data-testid="flagged-items">
            {t("results.flagged", { items: flagged.join(", ") })}
          </Text>
        ) : null}
      </section>

      <section aria-labelledby="results-quality">
        <h3 id="results-quality" className={styles.subheading}>
          {t("results.quality")}
        </h3>
        {counts.length === 0 ? (
          <Text>{t("results.qualityClean")}</Text>
        ) : (
          <>
            <ul className={styles.list}>
              {counts.map(([code, n]) => (
                <li key={code}>
                  {t("results.qualityCount", { label: t(ISSUE_TEXT[code]), count: n })}
                </li>
              ))}
            </ul>
            <ul className={styles.list} data-testid="problem-cells">
              {dataQuality.issues.slice(0, LISTED_ISSUES).map((issue, i) => (
                <li key={`${issue.cell}-${i}`}>
                  <Link as="button" onClick={() => void onGoToCell(issue.cell)}>
                    {t("results.goToCell", { cell: issue.cell })}
                  </Link>{" "}
                  {t(ISSUE_TEXT[issue.code])}
                  {issue.value !== null && issue.value !== undefined && issue.value !== ""
                    ? `: “${String(issue.value)}”`
                    : ""}
                </li>
              ))}
            </ul>
            {dataQuality.issues.length > LISTED_ISSUES || dataQuality.truncated ? (
              <Text className={styles.muted}>
                {t("results.qualityTruncated", {
                  count: Math.min(LISTED_ISSUES, dataQuality.issues.length),
                })}
              </Text>
            ) : null}
          </>
        )}
      </section>

      <section aria-labelledby="results-sheets">
        <h3 id="results-sheets" className={styles.subheading}>
          {t("results.sheets")}
        </h3>
        <div className={styles.row}>
          {sheets.map((sheet) => (
            <Button key={sheet.key} onClick={() => void onOpenSheet(sheet.name)}>
              {t("results.openSheet", { name: sheet.name })}
            </Button>
          ))}
        </div>
      </section>

      <div className={styles.row}>
        <Button appearance="primary" onClick={() => void onRefresh()} disabled={running}>
          {t("results.refresh")}
        </Button>
        <Text className={styles.muted}>{t("results.refreshHint")}</Text>
      </div>
      <Text className={styles.muted} size={200}>
        {t("results.ranAt", {
          when: new Date(results.ranAt).toLocaleString(lang === "zh" ? "zh-CN" : "en-US"),
        })}
      </Text>
    </div>
  );
}
