/**
 * Long (tidy) survey layouts, one row per respondent and item (docs/detection.md, "Long
 * layouts"):
 *   respondent, item, expectation, perception
 *   respondent, item, role, value        (role E/P, expectation/perception, 期望/感知)
 * are recognised by their headers (en and zh) and pivoted to the wide SurveyTable the rest
 * of the engine reads: one row per respondent, columns "Expectation <item>" and
 * "Perception <item>" that the header grammar then maps. Every wide cell keeps the sheet
 * row and column of the long cell it came from (columnOrigins), so problems point at the
 * long rows. A (respondent, item, role) given twice stops the pivot: which value is meant
 * is not ours to guess.
 */
import { fail, ok, type Result } from "./errors";
import { detailList, detailedListError, type DetailPart } from "./error-details-list";
import { nameKey } from "./header-normalise";
import { WHOLE_HEADER_WORDS } from "./header-vocabulary";
import type { ColumnOrigin, RawCell, SurveyTable } from "./types";

type LongRole = "expectation" | "perception";

export interface LongLayout {
  kind: "pairs" | "roleValue";
  respondent: number;
  item: number;
  /** "pairs": the expectation and perception columns. */
  expectation?: number;
  perception?: number;
  /** "roleValue": the column naming the role and the column holding the answer. */
  role?: number;
  value?: number;
}

export interface LongLayoutSummary {
  kind: LongLayout["kind"];
  /** Headers of the columns read, in layout order (respondent, item, …). */
  columns: string[];
  rows: number;
  respondents: number;
  items: number;
  /** Other columns that were not constant per respondent and so were left out. */
  dropped: string[];
}

export interface WideTable {
  table: SurveyTable;
  /** Null when the table was not in a long layout (then `table` is the input). */
  long: LongLayoutSummary | null;
}

/** How many duplicates the error lists before "and N more". */
const LISTED_DUPLICATES = 10;

const keys = (words: string[]): Set<string> => new Set(words.map(nameKey));

const RESPONDENT = keys([
  ...WHOLE_HEADER_WORDS.id.map((w) => w.word),
  "respondent_id",
  "patient",
  "patient id",
  "受访者",
  "受访者编号",
  "答卷编号",
]);
const ITEM = keys([
  "item",
  "item id",
  "item no",
  "question",
  "question id",
  "题项",
  "题目",
  "题号",
  "项目",
  "指标",
]);
const EXPECTATION = keys(["expectation", "expectations", "e", "exp", "期望", "期望值", "预期"]);
const PERCEPTION = keys(["perception", "perceptions", "p", "perc", "感知", "感知值", "实际感受"]);
const ROLE = keys(["role", "type", "measure", "scale", "e/p", "角色", "类型", "类别", "测量"]);
const VALUE = keys([
  "value",
  "score",
  "rating",
  "answer",
  "response",
  "值",
  "得分",
  "分数",
  "评分",
  "分值",
]);

const ROLE_VALUES = new Map<string, LongRole>([
  ...["e", "exp", "expectation", "expectations", "expected", "期望", "期望值", "预期"].map(
    (w) => [nameKey(w), "expectation"] as [string, LongRole]
  ),
  ...[
    "p",
    "perc",
    "perception",
    "perceptions",
    "perceived",
    "感知",
    "感知值",
    "实际",
    "实际感受",
  ].map((w) => [nameKey(w), "perception"] as [string, LongRole]),
]);

function find(headers: string[], names: Set<string>, except: number[]): number[] {
  const found: number[] = [];
  headers.forEach((header, index) => {
    if (!except.includes(index) && names.has(nameKey(header ?? ""))) found.push(index);
  });
  return found;
}

/** The long layout these headers form, or null. Each part must be named by exactly one header. */
export function recogniseLongLayout(headers: string[]): LongLayout | null {
  const one = (names: Set<string>, except: number[] = []): number | null => {
    const found = find(headers, names, except);
    return found.length === 1 ? found[0] : null;
  };
  const item = one(ITEM);
  if (item === null) return null;
  const respondent = one(RESPONDENT, [item]);
  if (respondent === null) return null;
  const expectation = one(EXPECTATION);
  const perception = one(PERCEPTION);
  if (expectation !== null && perception !== null) {
    return { kind: "pairs", respondent, item, expectation, perception };
  }
  const role = one(ROLE);
  const value = one(VALUE);
  if (role !== null && value !== null) return { kind: "roleValue", respondent, item, role, value };
  return null;
}

const NON_ASCII = /[^ -~\t]/;

/** A cell as text for keys; NFKC only where it can change something (it is slow on 100k rows). */
function text(cell: RawCell): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "number") return String(cell);
  const raw = String(cell);
  return (NON_ASCII.test(raw) ? raw.normalize("NFKC") : raw).trim();
}

/** Items in a natural order: numbers by value ("2" before "10"), then the rest as first seen. */
function itemOrder(items: string[]): string[] {
  const number = (s: string): number | null => {
    const m = /^(?:q|item|题)?\s*0*(\d+)$/i.exec(s);
    return m ? Number(m[1]) : null;
  };
  const numbered = items.filter((s) => number(s) !== null);
  if (numbered.length !== items.length) return items;
  return [...items].sort((a, b) => (number(a) ?? 0) - (number(b) ?? 0));
}

/** "Expectation 3" for item ids and numbers; "Expectation [Modern equipment]" for item texts. */
function wideHeader(role: LongRole, item: string): string {
  const name = role === "expectation" ? "Expectation" : "Perception";
  return /\s/.test(item) ? `${name} [${item}]` : `${name} ${item}`;
}

interface Located {
  sheetName: string;
  row: (r: number) => number;
  col: number;
}

function locate(table: SurveyTable, c: number): Located {
  const origin = table.columnOrigins?.[c];
  const rows = origin?.rows;
  return {
    sheetName: origin?.sheetName ?? table.sheetName ?? "",
    row: (r) => (rows ? (rows[r] ?? 0) : table.rowOffset + 2 + r),
    col: origin?.col ?? table.colOffset + c,
  };
}

/** One item's answers by role (0 expectation, 1 perception) and respondent index, with their long rows. */
interface ItemCells {
  value: [RawCell[], RawCell[]];
  longRow: [number[], number[]];
}

const ROLE_INDEX: Record<LongRole, 0 | 1> = { expectation: 0, perception: 1 };

/** Pivots a recognised long table to the wide one. */
export function pivotLongLayout(table: SurveyTable, layout: LongLayout): Result<WideTable> {
  const respondents = new Map<string, number>();
  const respondentRow: number[] = [];
  const items: string[] = [];
  const itemSeen = new Set<string>();
  const cells = new Map<string, ItemCells>();
  const duplicates: string[] = [];
  // The same, without English words, for other languages' messages.
  const duplicateCells: string[] = [];
  let duplicateCount = 0;
  const badRoles = new Map<string, number>();
  const incomplete: number[] = [];
  const rows = table.rows;
  const at = (r: number, c: number): number => locate(table, c).row(r);

  const put = (r: number, who: string, item: string, role: LongRole, column: number): void => {
    const respondent = respondents.get(who) ?? 0;
    let forItem = cells.get(item);
    if (forItem === undefined) {
      forItem = { value: [[], []], longRow: [[], []] };
      cells.set(item, forItem);
    }
    const k = ROLE_INDEX[role];
    const earlier = forItem.longRow[k][respondent];
    if (earlier !== undefined) {
      duplicateCount++;
      if (duplicates.length < LISTED_DUPLICATES) {
        duplicates.push(
          `respondent "${who}", item ${item}, ${role} (rows ${at(earlier, column)} and ${at(r, column)})`
        );
        // The role as the layout's own code (E, P), so the list reads in any language.
        const code = role === "expectation" ? "E" : "P";
        duplicateCells.push(
          `"${who}" · ${item} · ${code} (${at(earlier, column)}, ${at(r, column)})`
        );
      }
      return;
    }
    forItem.value[k][respondent] = rows[r][column];
    forItem.longRow[k][respondent] = r;
  };

  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (row.every((cell) => text(cell) === "")) continue;
    const who = text(row[layout.respondent]);
    const item = text(row[layout.item]);
    if (who === "" || item === "") {
      incomplete.push(at(r, who === "" ? layout.respondent : layout.item));
      continue;
    }
    if (!respondents.has(who)) {
      respondents.set(who, respondents.size);
      respondentRow.push(r);
    }
    if (!itemSeen.has(item)) {
      itemSeen.add(item);
      items.push(item);
    }
    if (layout.kind === "pairs") {
      put(r, who, item, "expectation", layout.expectation ?? -1);
      put(r, who, item, "perception", layout.perception ?? -1);
    } else {
      const roleText = text(row[layout.role ?? -1]);
      if (roleText === "" && text(row[layout.value ?? -1]) === "") continue;
      const role = ROLE_VALUES.get(nameKey(roleText));
      if (role === undefined) {
        badRoles.set(roleText, (badRoles.get(roleText) ?? 0) + 1);
        continue;
      }
      put(r, who, item, role, layout.value ?? -1);
    }
  }

  // Each kind of problem is a part of the one message (core/error-details-list.ts).
  const parts: DetailPart[] = [];
  if (duplicateCount > 0) {
    parts.push({
      key: duplicateCount > duplicates.length ? "long.duplicatesMore" : "long.duplicates",
      params: {
        duplicates: duplicateCount,
        duplicateList: duplicates.join("; "),
        duplicateCells: duplicateCells.join("; "),
        moreDuplicates: duplicateCount - duplicates.length,
      },
    });
  }
  if (badRoles.size > 0) {
    const listed = [...badRoles].slice(0, LISTED_DUPLICATES);
    parts.push({
      key: "long.roleValues",
      params: {
        roleValues: listed.map(([v, n]) => `"${v}" (${n})`).join(", "),
        roleValuesEn: listed.map(([v, n]) => `"${v}" (${n} rows)`).join(", "),
      },
    });
  }
  if (incomplete.length > 0) {
    const rows = incomplete.slice(0, LISTED_DUPLICATES).join(", ");
    parts.push({
      key: "long.incomplete",
      params: {
        incomplete: incomplete.length,
        incompleteRows: rows + (incomplete.length > LISTED_DUPLICATES ? ", …" : ""),
      },
    });
  }
  if (parts.length > 0) {
    return fail(
      detailedListError("longLayoutInvalid", "long.layout", {
        parts: detailList("clauses", parts),
        duplicates: duplicateCount,
      })
    );
  }
  return ok(widen(table, layout, { respondents, respondentRow, items: itemOrder(items), cells }));
}

interface Gathered {
  respondents: Map<string, number>;
  respondentRow: number[];
  items: string[];
  cells: Map<string, ItemCells>;
}

/** Other columns (segment, weights) travel when each respondent has one value in them. */
function constantColumns(
  table: SurveyTable,
  layout: LongLayout,
  g: Gathered
): { keep: number[]; drop: number[] } {
  const used = new Set(
    [
      layout.respondent,
      layout.item,
      layout.expectation,
      layout.perception,
      layout.role,
      layout.value,
    ].filter((c): c is number => c !== undefined)
  );
  const keep: number[] = [];
  const drop: number[] = [];
  table.headers.forEach((_, c) => {
    if (used.has(c)) return;
    const seen = new Map<string, string>();
    let constant = true;
    for (let r = 0; r < table.rows.length && constant; r++) {
      const who = text(table.rows[r][layout.respondent]);
      if (!g.respondents.has(who)) continue;
      const value = text(table.rows[r][c]);
      if (value === "") continue;
      const earlier = seen.get(who);
      if (earlier !== undefined && earlier !== value) constant = false;
      seen.set(who, value);
    }
    (constant ? keep : drop).push(c);
  });
  return { keep, drop };
}

function widen(table: SurveyTable, layout: LongLayout, g: Gathered): WideTable {
  const { keep, drop } = constantColumns(table, layout, g);
  const n = g.respondents.size;
  const headers: string[] = [
    table.headers[layout.respondent] ?? "",
    ...keep.map((c) => table.headers[c] ?? ""),
  ];
  const origins: ColumnOrigin[] = [];
  const firstRows = (c: number): ColumnOrigin => {
    const where = locate(table, c);
    const rows = new Int32Array(n);
    g.respondentRow.forEach((r, i) => (rows[i] = where.row(r)));
    return { sheetName: where.sheetName, col: where.col, rows };
  };
  origins.push(firstRows(layout.respondent));
  const wide: RawCell[][] = Array.from({ length: n }, () => []);
  const ids = [...g.respondents.keys()];
  ids.forEach((who, i) => wide[i].push(who));
  for (const c of keep) {
    // The respondent's first non-blank value, and where it is.
    const where = locate(table, c);
    const rows = new Int32Array(n);
    const values: RawCell[] = new Array<RawCell>(n).fill(null);
    for (let r = table.rows.length - 1; r >= 0; r--) {
      const i = g.respondents.get(text(table.rows[r][layout.respondent]));
      if (i === undefined || text(table.rows[r][c]) === "") continue;
      values[i] = table.rows[r][c];
      rows[i] = where.row(r);
    }
    values.forEach((v, i) => wide[i].push(v));
    origins.push({ sheetName: where.sheetName, col: where.col, rows });
  }
  for (const role of ["expectation", "perception"] as const) {
    const source =
      layout.kind === "pairs"
        ? role === "expectation"
          ? layout.expectation
          : layout.perception
        : layout.value;
    const where = locate(table, source ?? 0);
    for (const item of g.items) {
      headers.push(wideHeader(role, item));
      const rows = new Int32Array(n);
      const forItem = g.cells.get(item);
      const k = ROLE_INDEX[role];
      for (let i = 0; i < n; i++) {
        const longRow = forItem?.longRow[k][i];
        wide[i].push(longRow === undefined ? null : (forItem?.value[k][i] ?? null));
        rows[i] = longRow === undefined ? 0 : where.row(longRow);
      }
      origins.push({ sheetName: where.sheetName, col: where.col, rows });
    }
  }
  const parts = [
    layout.respondent,
    layout.item,
    layout.expectation,
    layout.perception,
    layout.role,
    layout.value,
  ];
  return {
    table: {
      ...(table.sheetName !== undefined ? { sheetName: table.sheetName } : {}),
      headers,
      rows: wide,
      rowOffset: table.rowOffset,
      colOffset: table.colOffset,
      columnOrigins: origins,
    },
    long: {
      kind: layout.kind,
      columns: parts
        .filter((c): c is number => c !== undefined)
        .map((c) => (table.headers[c] ?? "").trim()),
      rows: table.rows.length,
      respondents: n,
      items: g.items.length,
      dropped: drop.map((c) => (table.headers[c] ?? "").trim()),
    },
  };
}

/** The table as the engine reads it: pivoted when it is in a long layout, else unchanged. */
export function widenLongLayout(table: SurveyTable): Result<WideTable> {
  const layout = recogniseLongLayout(table.headers);
  return layout === null ? ok({ table, long: null }) : pivotLongLayout(table, layout);
}
