/**
 * Answers written as text (docs/answers.md, "In the task pane"): each distinct text with its
 * code (a point of the scale, or missing), editable, and how many cells hold it; the label set
 * and the scale found. When the texts cannot be read safely, a blocking message lists them
 * until the table gives every one a code.
 */
import {
  Button,
  MessageBar,
  MessageBarBody,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from "@fluentui/react-components";
import type { Lang } from "../../core";
import { useI18n } from "../i18n";
import type { AnswerCode } from "../answer-labels";
import type { AnswerLabelsState } from "../use-answer-labels";
import { useStepStyles } from "./styles";

const UNSET = "";
const MISSING = "missing";

function listed(values: readonly string[], lang: Lang): string {
  return values.map((v) => `“${v}”`).join(lang === "zh" ? "、" : ", ");
}

function codeOf(value: string): AnswerCode {
  if (value === MISSING) return "missing";
  if (value === UNSET) return null;
  return Number(value);
}

export function AnswerLabelsTable({ labels }: { labels: AnswerLabelsState }) {
  const { t, lang } = useI18n();
  const styles = useStepStyles();
  const { answers } = labels;
  if (!answers || (answers.rows.length === 0 && answers.error === null)) return null;
  const { coding, error, rows, scale } = answers;
  const points: number[] = [];
  for (let p = Math.ceil(scale.min); p <= scale.max; p++) points.push(p);
  let summary: string | null = null;
  if (coding?.set && !labels.edited) {
    const family =
      lang === "zh" ? (coding.set.family.zh ?? coding.set.family.en) : coding.set.family.en;
    summary = t("answers.detected", { points: coding.set.points, family });
  } else if (coding?.source === "config") {
    summary = t("answers.fromConfig");
  }
  const errorKey =
    error?.code === "answerLabelsContradictory"
      ? "error.answerLabelsContradictory"
      : rows.some((r) => r.code === null) && labels.edited
        ? "answers.incomplete"
        : "error.answerLabelsAmbiguous";
  return (
    <section
      className={styles.step}
      aria-labelledby="answer-labels-heading"
      data-testid="answer-labels"
    >
      <h3 id="answer-labels-heading" className={styles.subheading}>
        {t("answers.heading")}
      </h3>
      {error ? (
        <MessageBar intent="error" data-testid="answer-labels-blocked">
          <MessageBarBody>
            {t(errorKey)}{" "}
            {t("answers.found", {
              list: listed(
                rows.filter((r) => r.code !== "missing").map((r) => r.text),
                lang
              ),
            })}{" "}
            {t("answers.blocked")}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {summary ? <Text>{summary}</Text> : null}
      {error ? null : (
        <Text data-testid="answer-labels-scale">
          {t("answers.scale", { min: scale.min, max: scale.max })}
        </Text>
      )}
      <div className={styles.scroll} role="region" aria-label={t("answers.table")} tabIndex={0}>
        <Table size="small" aria-label={t("answers.table")}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t("answers.text")}</TableHeaderCell>
              <TableHeaderCell>{t("answers.number")}</TableHeaderCell>
              <TableHeaderCell>{t("answers.cells")}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={row.text}>
                <TableCell>{row.text}</TableCell>
                <TableCell>
                  <Select
                    size="small"
                    className={styles.shrinkable}
                    aria-label={t("answers.numberFor", { text: row.text })}
                    value={row.code === null ? UNSET : String(row.code)}
                    onChange={(_, data) => labels.setCode(row.text, codeOf(data.value))}
                  >
                    <option value={UNSET}>{t("answers.unset")}</option>
                    {typeof row.code === "number" && !points.includes(row.code) ? (
                      <option value={String(row.code)}>{row.code}</option>
                    ) : null}
                    {points.map((p) => (
                      <option key={p} value={String(p)}>
                        {p}
                      </option>
                    ))}
                    <option value={MISSING}>{t("answers.missingCode")}</option>
                  </Select>
                </TableCell>
                <TableCell>{row.count}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      {labels.edited ? (
        <div className={styles.row}>
          <Button onClick={labels.reset}>{t("answers.reset")}</Button>
        </div>
      ) : null}
    </section>
  );
}
