/**
 * The question-block part of the detection summary on stderr (docs/detection.md): one
 * line per block saying which role and items it gave and on what evidence, and one line
 * per group of columns left undecided.
 */
import {
  columnLetter,
  type UndecidedColumns,
  type DetectedColumn,
  type Detection,
  type QuestionEvidence,
  type Instrument,
  type Lang,
} from "../core";
import { cliEn, cliZh, tableTranslator, type CliKey } from "../i18n";
import { fixed } from "./number-text";
import { compactRanges, itemPositions, itemRanges } from "./ranges";

type Translate = ReturnType<typeof tableTranslator<CliKey>>;

/** The detection summary's words in the CLI's language (src/i18n/cli-*.ts). */
export function detectionText(lang: Lang): Translate {
  return tableTranslator({ en: cliEn, zh: cliZh }, lang);
}

function roleText(role: QuestionEvidence["role"], t: Translate): string {
  if (role.by === "elimination") return t("detect.byElimination");
  return t("detect.wordIn", { word: `"${role.word}"`, place: t(`detect.place.${role.where}`) });
}

function itemText(columns: DetectedColumn[], t: Translate, lang: Lang): string {
  const evidence = columns.flatMap((c) => (c.evidence ? [c.evidence] : []));
  const confirmed = evidence.filter((e) => e.confirmedByWording !== undefined).length;
  const withConfirmed = confirmed > 0 ? t("detect.confirmed", { count: confirmed }) : "";
  const parts: string[] = [];
  const count = (by: QuestionEvidence["item"]["by"]): number =>
    evidence.filter((e) => e.item.by === by).length;
  if (count("number") > 0) parts.push(t("detect.byNumber", { count: count("number") }));
  const through = evidence.find((e) => e.item.by === "straightThrough");
  if (through !== undefined && through.item.by === "straightThrough") {
    parts.push(
      t("detect.straightThrough", {
        count: count("straightThrough"),
        offset: through.item.offset,
      })
    );
  }
  if (count("order") > 0) parts.push(t("detect.byOrder", { count: count("order") }));
  if (count("lastLeft") > 0) parts.push(t("detect.byLastLeft", { count: count("lastLeft") }));
  const scores = evidence.flatMap((e) => (e.item.by === "wording" ? [e.item.score] : []));
  if (scores.length > 0) {
    parts.push(t("detect.byWording", { count: scores.length, score: fixed(Math.min(...scores)) }));
  }
  return parts.join(lang === "zh" ? "，" : ", ") + withConfirmed;
}

export function describeQuestionBlocks(
  detection: Detection,
  headers: string[],
  instrument: Instrument,
  colOffset: number,
  lang: Lang = "en"
): string[] {
  const t = detectionText(lang);
  const letter = (index: number): string => columnLetter(colOffset + index);
  const blocks = new Map<string, DetectedColumn[]>();
  for (const column of detection.columns) {
    if (column.evidence === undefined) continue;
    const key = `${column.evidence.block.first}:${column.role}`;
    blocks.set(key, [...(blocks.get(key) ?? []), column]);
  }
  const lines: string[] = [];
  for (const columns of blocks.values()) {
    const evidence = columns[0].evidence as QuestionEvidence;
    const positions = itemPositions(
      instrument,
      columns.map((c) => c.item)
    );
    const title = evidence.block.title === undefined ? "" : ` "${evidence.block.title.trim()}"`;
    const confidences = columns.map((c) => c.confidence);
    const low = fixed(Math.min(...confidences));
    const high = fixed(Math.max(...confidences));
    const text = t("detect.block", {
      first: letter(evidence.block.first),
      last: letter(evidence.block.last),
      kind: t(`detect.kind.${evidence.block.kind}`),
      title,
      role: t(`detect.role.${columns[0].role}`),
      items: itemRanges(instrument, positions),
      roleEvidence: roleText(evidence.role, t),
      itemEvidence: itemText(columns, t, lang),
      confidence: low === high ? low : `${low}–${high}`,
    });
    lines.push(`  ${t("detect.questions").padEnd(13)}${text}`);
  }
  for (const undecided of detection.undecided ?? []) {
    const where = compactRanges(undecided.indices, letter);
    const first = (headers[undecided.indices[0]] ?? "").trim();
    const text = t("detect.undecidedText", {
      columns: where,
      first: `"${first}"`,
      detail: undecidedDetail(undecided, t),
    });
    lines.push(`  ${t("detect.undecided").padEnd(13)}${text}`);
  }
  return lines;
}

/** Contradictions shown per undecided block before the rest are left out. */
const SHOWN_CONTRADICTIONS = 3;

/** What was found in columns detection would not place, and why (docs/detection.md). */
export function undecidedDetail(undecided: UndecidedColumns, t: Translate): string {
  if (undecided.reason === "roleUnknown") {
    return t("detect.roleUnknown", {
      count: undecided.columns,
      under:
        undecided.title === undefined
          ? ""
          : t("detect.roleUnknownUnder", { title: undecided.title }),
    });
  }
  return undecided.contradictions
    .slice(0, SHOWN_CONTRADICTIONS)
    .map((c) => t("detect.contradiction", { ...c }))
    .join(t("detect.listSeparator"));
}
