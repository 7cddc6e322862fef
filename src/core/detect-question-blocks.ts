/**
 * Columns whose headers are whole questions (docs/detection.md): finds the blocks of
 * answer columns, decides each block's role (E or P) from its words and each column's
 * item from (a) a number, (b) the statement's wording, (c) the position in a block of
 * exactly as many columns as the instrument has items. Only columns the header grammar
 * left alone are read here. Nothing ambiguous is placed: a block whose role nothing
 * tells, or whose number and wording disagree, is returned as undecided.
 */
import { tidyHeader } from "./header-normalise";
import { clearBest, wordingMatcher, type ItemScore, type WordingMatch } from "./item-wording-match";
import type { InstrumentLookup } from "./mapping-lookup";
import type {
  ItemContradiction,
  QuestionBlockKind,
  QuestionEvidence,
  UndecidedColumns,
} from "./mapping-types";
import {
  parseQuestionHeader,
  roleOf,
  roleWords,
  type QuestionHeader,
  type QuestionRole,
  type RoleWord,
} from "./question-header";
import type { Instrument } from "./types";

export interface QuestionClaim {
  index: number;
  role: QuestionRole;
  item: string;
  confidence: number;
  evidence: QuestionEvidence;
}

export interface QuestionBlocks {
  claims: QuestionClaim[];
  undecided: UndecidedColumns[];
}

const CONFIDENCE = {
  number: 0.95,
  straightThrough: 0.9,
  orderConfirmed: 0.9,
  order: 0.8,
  wordingClear: 0.85,
  wording: 0.75,
  wordingByExclusion: 0.7,
  lastLeft: 0.65,
} as const;
/** A margin this wide makes a wording match "clear". */
const CLEAR_MARGIN = 0.2;
const ELIMINATION_FACTOR = 0.9;

interface Column {
  index: number;
  question: QuestionHeader;
  key: string | null;
  kind: QuestionBlockKind;
  words: RoleWord[];
  where: "title" | "header" | "headerRow";
  /** Both roles named: the column decides nothing. */
  mixed: boolean;
}

interface Block {
  columns: Column[];
  kind: QuestionBlockKind;
  title?: string;
  role: QuestionRole | null;
  roleWord?: RoleWord;
  roleWhere?: Column["where"];
}

/** Qualtrics' third header row and similar: {"ImportId":"QID1_1"}. */
const IMPORT_ID = /^\s*\{.*\}\s*$/;

function merged(header: string, extra: string[]): QuestionHeader {
  const own = parseQuestionHeader(header);
  const others = extra
    .filter((t) => t.trim() !== "" && !IMPORT_ID.test(t))
    .map(parseQuestionHeader);
  const question: QuestionHeader = { ...own };
  for (const other of others) {
    question.tag ??= other.tag;
    question.number ??= other.number;
    question.title ??= other.title;
    question.statementNumber ??= other.statementNumber;
    if (question.statement === "") question.statement = other.statement;
  }
  return question;
}

function kindOf(question: QuestionHeader, header: string): QuestionBlockKind {
  if (question.tag) return "tags";
  if (/\[[^\]]+\]\s*$/.test(header)) return "grid";
  if (question.title !== undefined) return "matrix";
  return question.number !== undefined ? "numbered" : "text";
}

function readColumn(index: number, header: string, extra: string[]): Column {
  const question = merged(header, extra);
  const sources: [Column["where"], string][] = [
    ["title", question.title ?? ""],
    ["header", question.statement],
    ["headerRow", extra.filter((t) => !IMPORT_ID.test(t)).join(" ")],
  ];
  let words: RoleWord[] = [];
  let where: Column["where"] = "header";
  for (const [place, text] of sources) {
    words = roleWords(text);
    where = place;
    if (words.length > 0) break;
  }
  const key = question.tag
    ? `tag:${question.tag.question}`
    : question.title !== undefined
      ? `title:${question.number ?? ""}:${tidyHeader(question.title).toLowerCase()}`
      : null;
  return {
    index,
    question,
    key,
    kind: kindOf(question, tidyHeader(header)),
    words,
    where,
    mixed: words.length > 0 && roleOf(words) === null,
  };
}

function continues(block: Column[], next: Column): boolean {
  const last = block[block.length - 1];
  if (next.index !== last.index + 1) return false;
  if (last.key !== null || next.key !== null) return last.key === next.key;
  if (roleOf(last.words) !== roleOf(next.words) || last.mixed || next.mixed) return false;
  const a = last.question.number;
  const b = next.question.number;
  return a === undefined ? b === undefined : b === a + 1;
}

function toBlock(columns: Column[]): Block {
  const roles = new Set(columns.filter((c) => !c.mixed).map((c) => roleOf(c.words)));
  roles.delete(null);
  const mixed = columns.some((c) => c.mixed) || roles.size > 1;
  const role = !mixed && roles.size === 1 ? [...roles][0] : null;
  const speaker = role === null ? undefined : columns.find((c) => roleOf(c.words) === role);
  const title = columns[0].question.title;
  return {
    columns,
    kind: columns[0].kind,
    ...(title !== undefined ? { title } : {}),
    role,
    ...(speaker ? { roleWord: speaker.words[0], roleWhere: speaker.where } : {}),
  };
}

function findBlocks(columns: Column[]): Block[] {
  const blocks: Column[][] = [];
  for (const column of columns) {
    const current = blocks[blocks.length - 1];
    if (current !== undefined && continues(current, column)) current.push(column);
    else blocks.push([column]);
  }
  return blocks.map(toBlock);
}

interface Placement {
  item: string;
  confidence: number;
  itemEvidence: QuestionEvidence["item"];
  confirmedByWording?: number;
}

interface BlockResult {
  placements: Map<number, Placement>;
  contradictions: ItemContradiction[];
  contradicting: number[];
}

function numberOf(column: Column): number | undefined {
  return column.question.tag?.row ?? column.question.statementNumber;
}

/** Question numbers n, n+1, …, n+k−1 over exactly k columns: the survey numbers straight through. */
function straightThroughOffset(block: Block, k: number): number | null {
  if (block.kind !== "numbered" || block.columns.length !== k) return null;
  const first = block.columns[0].question.number;
  if (first === undefined) return null;
  const consecutive = block.columns.every((c, i) => c.question.number === first + i);
  return consecutive ? first - 1 : null;
}

function placeBlock(
  block: Block,
  instrument: Instrument,
  lookup: InstrumentLookup,
  scoresOf: (column: Column) => ItemScore[],
  roleKnown: boolean
): BlockResult {
  const k = instrument.items.length;
  const placements = new Map<number, Placement>();
  const contradictions: ItemContradiction[] = [];
  const contradicting: number[] = [];
  const offset = straightThroughOffset(block, k);
  const wording = new Map<number, WordingMatch | null>(
    block.columns.map((c) => [c.index, clearBest(scoresOf(c))])
  );

  // (a) numbers: a tag's row, a statement's own number, or straight-through question numbers.
  for (const [position, column] of block.columns.entries()) {
    const own = numberOf(column);
    let item: string | null = null;
    let evidence: QuestionEvidence["item"] | null = null;
    if (own !== undefined) {
      const found = lookup.item(String(own));
      if (found !== null && "found" in found) {
        item = found.found;
        evidence = { by: "number", number: own };
      }
    } else if (offset !== null) {
      item = instrument.items[position].id;
      const question = column.question.number ?? position + 1 + offset;
      evidence =
        offset === 0
          ? { by: "number", number: question }
          : { by: "straightThrough", question, offset };
    }
    if (item === null || evidence === null) continue;
    const text = wording.get(column.index);
    if (text && text.item !== item) {
      contradicting.push(column.index);
      contradictions.push({
        header: tidyHeader(headerText(column)),
        byNumber: item,
        byWording: text.item,
      });
      continue;
    }
    placements.set(column.index, {
      item,
      confidence: evidence.by === "number" ? CONFIDENCE.number : CONFIDENCE.straightThrough,
      itemEvidence: evidence,
      ...(text ? { confirmedByWording: text.score } : {}),
    });
  }
  if (placements.size > 0 || contradicting.length > 0) {
    return { placements, contradictions, contradicting };
  }

  // (c) order, when the block has exactly k columns and no clear wording says otherwise.
  const orderFits =
    block.columns.length === k &&
    roleKnown &&
    block.columns.every((c, i) => {
      const text = wording.get(c.index);
      return !text || text.item === instrument.items[i].id;
    });
  if (orderFits) {
    for (const [position, column] of block.columns.entries()) {
      const text = wording.get(column.index);
      placements.set(column.index, {
        item: instrument.items[position].id,
        confidence: text ? CONFIDENCE.orderConfirmed : CONFIDENCE.order,
        itemEvidence: { by: "order", position: position + 1 },
        ...(text ? { confirmedByWording: text.score } : {}),
      });
    }
    return { placements, contradictions, contradicting };
  }

  // (b) wording: clear matches first, then the rest among the items still free in the block.
  const taken = new Set<string>();
  for (const column of block.columns) {
    const text = wording.get(column.index);
    if (!text) continue;
    taken.add(text.item);
    placements.set(column.index, {
      item: text.item,
      confidence:
        text.score - (text.runnerUp?.score ?? 0) >= CLEAR_MARGIN
          ? CONFIDENCE.wordingClear
          : CONFIDENCE.wording,
      itemEvidence: { by: "wording", score: text.score, runnerUp: text.runnerUp },
    });
  }
  if (taken.size >= 2) {
    for (const column of block.columns) {
      if (placements.has(column.index)) continue;
      const text = clearBest(scoresOf(column), taken);
      if (!text) continue;
      placements.set(column.index, {
        item: text.item,
        confidence: CONFIDENCE.wordingByExclusion,
        itemEvidence: { by: "wording", score: text.score, runnerUp: text.runnerUp },
      });
    }
  }
  for (const [column, placement] of lastLeft(block, instrument, roleKnown, placements, scoresOf)) {
    placements.set(column, placement);
  }
  return { placements, contradictions, contradicting };
}

/** At most this many columns are placed as the last ones left (more would be guessing). */
const MAX_LAST_LEFT = 3;
/**
 * A last column's wording must still say something: a score this high for its item, this far
 * above the next item. A question that is no item of the instrument ("Overall, I am
 * satisfied") shares a word or two with many items and scores none of them like this.
 */
const LAST_LEFT_MIN_SCORE = 0.3;
const LAST_LEFT_MIN_MARGIN = 0.1;

/**
 * A block with one column per item whose wording placed all columns but a few (at most
 * MAX_LAST_LEFT), leaving as many items: each of those columns is the item its own wording
 * scores highest of ALL items, when those are exactly the items left, one each (too weakly
 * for a match on its own, e.g. "工作人员穿着整洁" for "员工有整洁的服装和外表"). Otherwise
 * they all stay undecided.
 */
function lastLeft(
  block: Block,
  instrument: Instrument,
  roleKnown: boolean,
  placements: ReadonlyMap<number, Placement>,
  scoresOf: (column: Column) => ItemScore[]
): Map<number, Placement> {
  const none = new Map<number, Placement>();
  const k = instrument.items.length;
  const columns = block.columns.filter((c) => !placements.has(c.index));
  if (!roleKnown || block.columns.length !== k || columns.length > MAX_LAST_LEFT) return none;
  const placed = new Set([...placements.values()].map((p) => p.item));
  const left = new Set(instrument.items.filter((item) => !placed.has(item.id)).map((i) => i.id));
  if (placed.size !== k - columns.length || left.size !== columns.length) return none;
  const found = new Map<number, Placement>();
  for (const column of columns) {
    const [best, second] = scoresOf(column);
    if (best === undefined || !left.has(best.item) || best.score < LAST_LEFT_MIN_SCORE) return none;
    if (second !== undefined && best.score - second.score < LAST_LEFT_MIN_MARGIN) return none;
    left.delete(best.item);
    found.set(column.index, {
      item: best.item,
      confidence: CONFIDENCE.lastLeft,
      itemEvidence: { by: "lastLeft", score: best.score },
    });
  }
  return found;
}

function headerText(column: Column): string {
  const q = column.question;
  if (q.tag) return `${q.tag.question}_${q.tag.row}`;
  return q.title ? `${q.title} [${q.statement}]` : q.statement;
}

function roleEvidence(block: Block): QuestionEvidence["role"] {
  return block.roleWord && block.roleWhere
    ? { by: "keyword", word: block.roleWord.word, where: block.roleWhere }
    : { by: "elimination" };
}

/**
 * Reads the question blocks among `candidates` (table column indices the header grammar
 * did not claim). `extraHeaderRows` are the text rows between the header row and the
 * data (Qualtrics' question text), row by row.
 */
export function detectQuestionBlocks(
  headers: string[],
  candidates: number[],
  instrument: Instrument,
  lookup: InstrumentLookup,
  extraHeaderRows: string[][] = []
): QuestionBlocks {
  const matcher = wordingMatcher(instrument);
  const scoreCache = new Map<number, ItemScore[]>();
  const scoresOf = (column: Column): ItemScore[] => {
    let scores = scoreCache.get(column.index);
    if (scores === undefined) {
      scores = column.question.statement === "" ? [] : matcher.scores(column.question.statement);
      scoreCache.set(column.index, scores);
    }
    return scores;
  };
  const columns = candidates.map((index) =>
    readColumn(
      index,
      headers[index] ?? "",
      extraHeaderRows.map((row) => String(row[index] ?? ""))
    )
  );
  const blocks = findBlocks(columns);
  const results = blocks.map((block) =>
    placeBlock(block, instrument, lookup, scoresOf, block.role !== null)
  );

  const undecided: UndecidedColumns[] = [];
  for (const result of results) {
    if (result.contradicting.length > 0) {
      undecided.push({
        indices: result.contradicting,
        reason: "contradiction",
        contradictions: result.contradictions,
      });
    }
  }

  // A block with items but no role word: the other role, when every other block agrees.
  const k = instrument.items.length;
  const withItems = blocks
    .map((block, b) => ({ block, result: results[b] }))
    .filter(({ result }) => result.placements.size > 0);
  const decidedRoles = new Set(
    withItems.filter((x) => x.block.role !== null).map((x) => x.block.role)
  );
  decidedRoles.delete("importance");
  const unknown = withItems.filter((x) => x.block.role === null);
  const eliminated =
    decidedRoles.size === 1 &&
    unknown.length === 1 &&
    !unknown[0].block.columns.some((c) => c.mixed) &&
    unknown[0].result.placements.size >= Math.max(2, Math.ceil(k / 2))
      ? [...decidedRoles][0] === "expectation"
        ? "perception"
        : "expectation"
      : null;

  const claims: QuestionClaim[] = [];
  for (const { block, result: first } of withItems) {
    const role: QuestionRole | null = block.role ?? eliminated;
    // Known by elimination, the role now allows placing a whole block by its order too.
    const result =
      block.role === null && role !== null
        ? placeBlock(block, instrument, lookup, scoresOf, true)
        : first;
    const indices = block.columns.map((c) => c.index);
    if (role === null) {
      undecided.push({
        indices: [...result.placements.keys()],
        reason: "roleUnknown",
        columns: block.columns.length,
        ...(block.title ? { title: block.title } : {}),
      });
      continue;
    }
    const factor = block.role === null ? ELIMINATION_FACTOR : 1;
    for (const [index, placement] of result.placements) {
      claims.push({
        index,
        role,
        item: placement.item,
        confidence: placement.confidence * factor,
        evidence: {
          block: {
            first: Math.min(...indices),
            last: Math.max(...indices),
            kind: block.kind,
            ...(block.title !== undefined ? { title: block.title } : {}),
          },
          role: roleEvidence(block),
          item: placement.itemEvidence,
          ...(placement.confirmedByWording !== undefined
            ? { confirmedByWording: placement.confirmedByWording }
            : {}),
        },
      });
    }
  }
  return { claims: claims.sort((a, b) => a.index - b.index), undecided };
}
