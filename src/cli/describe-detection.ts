import {
  columnLetter,
  type Detection,
  type DetectedColumn,
  type AppError,
  type Instrument,
  type Lang,
  type Role,
} from "../core";
import { describeQuestionBlocks, detectionText, undecidedDetail } from "./describe-questions";
import { fixed } from "./number-text";
import { compactRanges, itemPositions, itemRanges } from "./ranges";

const ROLE_ORDER: Role[] = [
  "expectation",
  "perception",
  "importance",
  "adequate",
  "desired",
  "weight",
  "id",
  "segment",
];

/** Below this a detected column is listed by name so the user can check it. */
const CONFIDENT = 0.9;
/** Question-block columns have their own lines; only the least certain are also listed. */
const CONFIDENT_QUESTION = 0.75;

/**
 * What detection found, in a few lines for stderr: per role the items covered, the
 * columns, and the lowest confidence; then doubtful columns, conflicts, missing items and
 * unmatched columns.
 */
export function describeDetection(
  detection: Detection,
  headers: string[],
  instrument: Instrument,
  colOffset: number,
  lang: Lang = "en"
): string[] {
  const t = detectionText(lang);
  const list = lang === "zh" ? "、" : ", ";
  const label = (key: Parameters<typeof t>[0]): string => `  ${t(key).padEnd(13)}`;
  const letter = (index: number): string => columnLetter(colOffset + index);
  const dimensionPosition = new Map(instrument.dimensions.map((d, i) => [d.id, i]));
  const lines: string[] = [];

  for (const role of ROLE_ORDER) {
    const columns = detection.columns.filter((c) => c.role === role);
    if (columns.length === 0) continue;
    const where = t(columns.length === 1 ? "detect.column" : "detect.columns", {
      list: compactRanges(
        columns.map((c) => c.index),
        letter
      ),
    });
    const confidence = t("detect.confidence", {
      value: fixed(Math.min(...columns.map((c) => c.confidence))),
    });
    let what: string;
    if (role === "weight") {
      const positions = columns.flatMap((c) => positionOf(dimensionPosition, c.dimension));
      what = t("detect.dimensions", {
        count: positions.length,
        total: instrument.dimensions.length,
      });
    } else if (role === "id" || role === "segment") {
      what = columns.map((c) => quote(c.header)).join(list);
    } else {
      const positions = itemPositions(
        instrument,
        columns.map((c) => c.item)
      );
      what = t("detect.items", {
        count: positions.length,
        total: instrument.items.length,
        ranges: itemRanges(instrument, positions),
      });
    }
    const span =
      columns.length > 1
        ? `${quote(columns[0].header)} … ${quote(columns[columns.length - 1].header)}`
        : "";
    lines.push(
      `  ${t(`detect.role.${role}`).padEnd(12)} ${what}  ${where}${span && role !== "id" && role !== "segment" ? `  ${span}` : ""}  ${confidence}`
    );
  }

  lines.push(...describeQuestionBlocks(detection, headers, instrument, colOffset, lang));
  const doubtful = detection.columns.filter(
    (c) => c.confidence < (c.source === "question" ? CONFIDENT_QUESTION : CONFIDENT)
  );
  if (doubtful.length > 0) {
    lines.push(
      `${label("detect.check")}${doubtful
        .map(
          (c) => `${quote(c.header)} (${letter(c.index)}) → ${target(c, t)} ${fixed(c.confidence)}`
        )
        .join("; ")}`
    );
  }
  for (const conflict of detection.conflicts) {
    const subject = conflict.item ?? conflict.dimension;
    const columns = conflict.indices
      .map((i) => `${quote(headers[i] ?? "")} (${letter(i)})`)
      .join(list);
    const role = t(`detect.role.${conflict.role}`);
    lines.push(
      `${label("detect.conflict")}${role}${subject === undefined ? "" : ` ${subject}`} ← ${columns}`
    );
  }
  const missing = describeMissing(detection, instrument, t);
  if (missing !== "") lines.push(`${label("detect.missing")}${missing}`);
  for (const ref of detection.unknown ?? []) {
    const subject = ref.item ?? ref.dimension ?? "";
    const text = t("detect.unknownText", {
      header: quote(ref.header),
      column: letter(ref.index),
      target: `${t(`detect.role.${ref.role}`)} ${subject}`,
    });
    lines.push(`${label("detect.unknown")}${text}`);
  }
  if (detection.unmatched.length > 0) {
    const shown = detection.unmatched
      .slice(0, 8)
      .map((i) => `${quote(headers[i] ?? "")} (${letter(i)})`);
    const more =
      detection.unmatched.length > shown.length
        ? t("detect.more", { count: detection.unmatched.length - shown.length })
        : "";
    lines.push(`${label("detect.notUsed")}${shown.join(list)}${more}`);
  }
  return lines;
}

/** Roles whose conflicts change the numbers; an id or segment conflict only loses a label. */
const BLOCKING_ROLES = new Set<Role>([
  "expectation",
  "perception",
  "importance",
  "adequate",
  "desired",
  "weight",
]);

/**
 * Why the detected mapping cannot be analysed, or null: items with no E or P column
 * (mappingIncomplete) first, else slots claimed by several columns (mappingAmbiguous).
 * The message is English (logs); `params` hold the same parts in `lang` with
 * `source: "detection"`, which src/cli/error-lang.ts words in the run's language.
 */
export function mappingProblem(
  detection: Detection,
  headers: string[],
  instrument: Instrument,
  colOffset: number,
  lang: Lang = "en"
): AppError | null {
  const english = problemParts(detection, headers, instrument, colOffset, detectionText("en"));
  if (english === null) return null;
  const own =
    lang === "en"
      ? english
      : problemParts(detection, headers, instrument, colOffset, detectionText(lang));
  return {
    code: english.code,
    message: english.text,
    params: { source: "detection", ...(own ?? english).params },
  };
}

interface ProblemParts {
  code: "mappingIncomplete" | "mappingAmbiguous";
  text: string;
  params: { missing: string; ambiguous: string; undecided: string; list: string };
}

/** The mapping problem's parts and sentence in the language of `t`. */
function problemParts(
  detection: Detection,
  headers: string[],
  instrument: Instrument,
  colOffset: number,
  t: ReturnType<typeof detectionText>
): ProblemParts | null {
  const separator = t("detect.listSeparator");
  const missing = describeMissing(detection, instrument, t);
  const blocking = detection.conflicts.filter((c) => BLOCKING_ROLES.has(c.role));
  const list = blocking
    .map((c) => {
      const columns = c.indices.map(
        (i) => `"${(headers[i] ?? "").trim()}" (${columnLetter(colOffset + i)})`
      );
      return t("mapping.slot", {
        role: t(`detect.role.${c.role}`),
        subject: c.item ?? c.dimension ?? "",
        columns: columns.join(t("mapping.or")),
      });
    })
    .join(separator);
  // Undecided question columns are candidates for the missing slots: say where they are.
  const undecided = (detection.undecided ?? [])
    .map((u) =>
      t("mapping.undecidedColumns", {
        columns: compactRanges(u.indices, (i) => columnLetter(colOffset + i)),
        detail: undecidedDetail(u, t),
      })
    )
    .join(separator);
  const params = {
    missing,
    ambiguous: list === "" ? "" : t("mapping.alsoAmbiguous", { list }),
    undecided: undecided === "" ? "" : t("mapping.alsoUndecided", { list: undecided }),
    list,
  };
  const fix = t("mapping.fix");
  if (missing !== "") {
    return { code: "mappingIncomplete", text: t("mapping.incomplete", { ...params, fix }), params };
  }
  if (list !== "") {
    return { code: "mappingAmbiguous", text: t("mapping.ambiguous", { ...params, fix }), params };
  }
  return null;
}

/** "expectation 7, 9–10; perception 7": E/P slots with no column (conflicting slots aside). */
export function describeMissing(
  detection: Detection,
  instrument: Instrument,
  t: ReturnType<typeof detectionText> = detectionText("en")
): string {
  const conflicting = new Set(detection.conflicts.map((c) => `${c.role}\u0000${c.item ?? ""}`));
  const parts: string[] = [];
  for (const role of ["expectation", "perception"] as const) {
    const positions = itemPositions(
      instrument,
      detection.missing
        .filter((m) => m.role === role && !conflicting.has(`${role}\u0000${m.item}`))
        .map((m) => m.item)
    );
    if (positions.length > 0) {
      parts.push(`${t(`detect.role.${role}`)} ${itemRanges(instrument, positions)}`);
    }
  }
  return parts.join(t("detect.listSeparator"));
}

function positionOf(positions: Map<string, number>, id: string | undefined): number[] {
  const position = id === undefined ? undefined : positions.get(id);
  return position === undefined ? [] : [position];
}

function target(column: DetectedColumn, t: ReturnType<typeof detectionText>): string {
  const subject = column.item ?? column.dimension;
  const role = t(`detect.role.${column.role}`);
  return subject === undefined ? role : `${role} ${subject}`;
}

function quote(header: string): string {
  return `"${header.trim()}"`;
}
