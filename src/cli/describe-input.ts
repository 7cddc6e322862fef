/**
 * How the input file was read, for stderr in the run's language (docs/cli.md, "Language"):
 * the file's notes (an encoding other than UTF-8, two sheets joined), a long layout pivoted,
 * a survey platform recognised. The readers return data; the words are here.
 */
import { label, platformName, type Lang, type LongLayoutSummary, type PlatformId } from "../core";
import { detectionText } from "./describe-questions";

/** Something about how the input was read that the user should know. */
export type InputNote =
  | { kind: "encoding"; file: string; encoding: string }
  | {
      kind: "joined";
      expectations: string;
      perceptions: string;
      /** The id column the rows were joined by; null: row by row. */
      idColumn: string | null;
    };

export function inputNoteText(note: InputNote, lang: Lang): string {
  const t = detectionText(lang);
  const text =
    note.kind === "encoding"
      ? t("input.encoding", { file: note.file, encoding: note.encoding.toUpperCase() })
      : t("input.joined", {
          expectations: note.expectations,
          perceptions: note.perceptions,
          by:
            note.idColumn === null
              ? t("input.joinedByRow")
              : t("input.joinedById", { column: note.idColumn }),
        });
  return t("note", { text });
}

/** "Recognised: long layout (respondent, item, role, value): 88 rows → 2 respondents × 22 items". */
export function longLayoutText(long: LongLayoutSummary, lang: Lang): string {
  const t = detectionText(lang);
  const list = t("summary.comma");
  return t("long.recognised", {
    columns: long.columns.join(list),
    rows: long.rows,
    respondents: long.respondents,
    items: long.items,
    dropped: long.dropped.length > 0 ? t("long.dropped", { columns: long.dropped.join(list) }) : "",
  });
}

/** "Recognised: Qualtrics export" / "已识别：Qualtrics 导出文件". */
export function recognisedText(platform: PlatformId, lang: Lang): string {
  return detectionText(lang)("detect.recognised", {
    platform: label(platformName(platform), lang),
  });
}
