/**
 * The question-block part of the detection summary on stderr (docs/detection.md): one
 * line per block saying which role and items it gave and on what evidence, and one line
 * per group of columns left undecided.
 */
import {
  columnLetter,
  type DetectedColumn,
  type Detection,
  type QuestionEvidence,
  type Instrument,
} from "../core";
import { fixed } from "./number-text";
import { compactRanges, itemPositions, itemRanges } from "./ranges";

function roleText(role: QuestionEvidence["role"]): string {
  if (role.by === "elimination") return "by elimination (the other blocks say the other role)";
  const place = { title: "the title", header: "the header", headerRow: "the question row" }[
    role.where
  ];
  return `"${role.word}" in ${place}`;
}

function itemText(columns: DetectedColumn[]): string {
  const evidence = columns.flatMap((c) => (c.evidence ? [c.evidence] : []));
  const confirmed = evidence.filter((e) => e.confirmedByWording !== undefined).length;
  const withConfirmed = confirmed > 0 ? `, ${confirmed} confirmed by wording` : "";
  const parts: string[] = [];
  const count = (by: QuestionEvidence["item"]["by"]): number =>
    evidence.filter((e) => e.item.by === by).length;
  if (count("number") > 0) parts.push(`${count("number")} by number`);
  const through = evidence.find((e) => e.item.by === "straightThrough");
  if (through !== undefined && through.item.by === "straightThrough") {
    parts.push(
      `${count("straightThrough")} by question number − ${through.item.offset} (numbered straight through)`
    );
  }
  if (count("order") > 0) parts.push(`${count("order")} by order`);
  const scores = evidence.flatMap((e) => (e.item.by === "wording" ? [e.item.score] : []));
  if (scores.length > 0) {
    parts.push(`${scores.length} by wording (score ≥ ${fixed(Math.min(...scores))})`);
  }
  return parts.join(", ") + withConfirmed;
}

export function describeQuestionBlocks(
  detection: Detection,
  headers: string[],
  instrument: Instrument,
  colOffset: number
): string[] {
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
    lines.push(
      `  questions:   columns ${letter(evidence.block.first)}–${letter(evidence.block.last)} (${evidence.block.kind}${title}) → ${columns[0].role} ${itemRanges(instrument, positions)}; role: ${roleText(evidence.role)}; items: ${itemText(columns)}; confidence ${low === high ? low : `${low}–${high}`}`
    );
  }
  for (const undecided of detection.undecided ?? []) {
    const where = compactRanges(undecided.indices, letter);
    const first = (headers[undecided.indices[0]] ?? "").trim();
    lines.push(`  undecided:   columns ${where} ("${first}" …): ${undecided.detail}`);
  }
  return lines;
}
