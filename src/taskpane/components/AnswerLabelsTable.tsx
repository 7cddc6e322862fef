/**
 * Answers written as text (docs/answers.md): each text with the number it is read as, editable,
 * and how many cells hold it; the label set and scale found; answers read as "no answer". When
 * the texts cannot be read safely, a blocking message says so until every text has a number.
 */
import {
  Button,
  Input,
  MessageBar,
  MessageBarBody,
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
import type { PaneAnswers } from "../answer-labels";
import { useStepStyles } from "./styles";

interface Props {
  answers: PaneAnswers;
  /** The user gave numbers (or a saved config did): offer to go back to detection. */
  edited: boolean;
  onNumber: (text: string, value: number | null) => void;
  onReset: () => void;
}

function listed(values: readonly (string | number)[], lang: Lang): string {
  return values
    .map((v) => (typeof v === "string" ? `“${v}”` : String(v)))
    .join(lang === "zh" ? "、" : ", ");
}

export function AnswerLabelsTable({ answers, edited, onNumber, onReset }: Props) {
  const { t, lang } = useI18n();
  const styles = useStepStyles();
  const { coding, error, rows, scale } = answers;
  const missing = coding?.missing ?? [];
  const numbered = coding?.numbered ?? [];
  if (rows.length === 0 && missing.length === 0 && numbered.length === 0 && error === null) {
    return null;
  }
  let summary: string | null = null;
  if (coding?.set) {
    const family =
      lang === "zh" ? (coding.set.family.zh ?? coding.set.family.en) : coding.set.family.en;
    summary = t("answers.detected", { points: coding.set.points, family });
  } else if (coding?.source === "config") {
    summary = t("answers.fromConfig");
  }
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
            {t(
              error.code === "answerLabelsContradictory"
                ? "error.answerLabelsContradictory"
                : "error.answerLabelsAmbiguous"
            )}{" "}
            {t("answers.blocked")}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {summary ? <Text>{summary}</Text> : null}
      {scale && coding?.points ? (
        <Text>{t("answers.scale", { min: scale.min, max: scale.max })}</Text>
      ) : null}
      {rows.length > 0 ? (
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
                    <Input
                      type="number"
                      size="small"
                      style={{ width: "5rem" }}
                      aria-label={t("answers.numberFor", { text: row.text })}
                      value={row.value === null ? "" : String(row.value)}
                      onChange={(_, data) => {
                        const text = data.value.trim();
                        const value = Number(text);
                        onNumber(row.text, text === "" || !Number.isFinite(value) ? null : value);
                      }}
                    />
                  </TableCell>
                  <TableCell>{row.count}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      ) : null}
      {numbered.length > 0 ? (
        <Text>
          {t("answers.numbered", {
            list: listed(
              numbered.map((n) => n.text),
              lang
            ),
          })}
        </Text>
      ) : null}
      {missing.length > 0 ? (
        <Text>
          {t("answers.missing", {
            list: listed(
              missing.map((m) => m.value),
              lang
            ),
          })}
        </Text>
      ) : null}
      {edited ? (
        <div className={styles.row}>
          <Button onClick={onReset}>{t("answers.reset")}</Button>
        </div>
      ) : null}
    </section>
  );
}
