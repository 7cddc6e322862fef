/**
 * A question-block column's evidence in one sentence for the Mapping step's badge
 * (docs/detection.md, "Evidence and confidence").
 */
import { type QuestionEvidence, columnLetter } from "../core";
import { formatNumber, type Translate } from "./i18n";

export function evidenceText(evidence: QuestionEvidence, colOffset: number, t: Translate): string {
  const parts: string[] = [
    t("evidence.block", {
      first: columnLetter(colOffset + evidence.block.first),
      last: columnLetter(colOffset + evidence.block.last),
    }),
    evidence.role.by === "keyword"
      ? t("evidence.roleKeyword", { word: evidence.role.word })
      : t("evidence.roleElimination"),
  ];
  const item = evidence.item;
  if (item.by === "number") parts.push(t("evidence.itemNumber", { number: item.number }));
  else if (item.by === "straightThrough")
    parts.push(t("evidence.itemStraightThrough", { question: item.question, offset: item.offset }));
  else if (item.by === "order") parts.push(t("evidence.itemOrder", { position: item.position }));
  else if (item.by === "lastLeft")
    parts.push(t("evidence.itemLastLeft", { score: formatNumber(item.score) }));
  else
    parts.push(
      t("evidence.itemWording", {
        score: formatNumber(item.score),
        runnerUp: item.runnerUp ? formatNumber(item.runnerUp.score) : "0",
      })
    );
  if (evidence.confirmedByWording !== undefined) {
    parts.push(t("evidence.confirmed", { score: formatNumber(evidence.confirmedByWording) }));
  }
  return parts.join("; ");
}
