/**
 * Answers written as text → scale points (docs/answers.md). The distinct texts of the answer
 * columns are matched against the known label sets (answer-label-sets.ts) or the config's
 * `answers.labels`; the result says how every text reads, and, when the texts form one known
 * k-point set, that the scale is 1..k. Labels that fit several sets with different numbers, or
 * numbers that contradict their labels, stop the run: guessing would give wrong numbers.
 */
import { FAMILY_NAMES, LABEL_SETS, MISSING_LABELS, type LabelSet } from "./answer-label-sets";
import { labelKey, numberedAnswer } from "./answer-text";
import {
  detailList,
  detailPart,
  detailedListError,
  type DetailList,
  type DetailPart,
} from "./error-details-list";
import { fail, ok, type Result } from "./errors";
import type { NumberTally } from "./number-tally";
import { cellNumber, nonNumberKind } from "./responses-cells";
import { inChunks } from "./row-chunks";
import type { AnswersConfig, LocalisedText, RawCell } from "./types";

/** One answer text as it will be read, with how many cells hold it. */
export interface AnswerLabel {
  /** The text as found in the data (the first spelling seen). */
  text: string;
  value: number;
  count: number;
}

export interface MissingAnswer {
  value: string | number;
  count: number;
}

export interface AnswerCoding {
  /** "none": no text answers to read; "detected": a built-in set; "config": answers.labels. */
  source: "none" | "detected" | "config";
  /** The built-in set the texts were read with (source "detected"). */
  set: { id: string; family: LocalisedText; points: number } | null;
  /** Scale fixed by the labels (1..points), or null when they do not fix one. */
  points: number | null;
  /** Plain answer texts read as numbers, in scale order. */
  labels: AnswerLabel[];
  /** Answers written with their number ("7 - Strongly agree"), read as that number. */
  numbered: AnswerLabel[];
  /** Answers that mean "no answer" (notApplicable), texts and numeric codes. */
  missing: MissingAnswer[];
  /** Texts that are no known label; they stay nonNumeric. */
  unknown: { text: string; count: number }[];
  /** The config's answers.labels as written (source "config"), else empty. */
  configLabels: Readonly<Record<string, number>>;
  /** Numeric codes that mean "no answer" (config answers.missing). */
  missingCodes: ReadonlySet<number>;
  /** labelKey → value (finite), or Infinity for a missing answer; texts not here are nonNumeric. */
  textValues: ReadonlyMap<string, number>;
}

/** textValues entry of a missing answer. */
export const MISSING_ANSWER = Infinity;

/** From this many labelled cells on, an unbroken run of points decides between sets (see choose). */
const MIN_CELLS_FOR_RUNS = 50;

/** Beyond this many distinct texts the columns hold free text, not a label set. */
const MAX_DISTINCT_TEXTS = 500;

interface Seen {
  count: number;
  text: string;
}

/**
 * Where the numbers of some answer columns are tallied while their texts are read (the
 * pipeline's scale check uses the tally of the expectation and perception columns).
 */
export interface NumbersSeen {
  columns: ReadonlySet<number>;
  tally: NumberTally;
}

/** The answer cells, a chunk of rows per call (see row-chunks.ts). */
class AnswerCellCollector {
  /** Distinct raw texts (at most MAX_DISTINCT_TEXTS) and how often each occurs. */
  readonly byRaw = new Map<string, Seen>();
  /** Numeric missing code → cells holding it. */
  readonly codes = new Map<number, number>();
  private readonly tally: NumberTally | null;
  /** 1 where the column's numbers go into the tally. */
  private readonly tallied: Uint8Array;

  constructor(
    private readonly columns: readonly number[],
    private readonly missingCodes: ReadonlySet<number>,
    numbers: NumbersSeen | undefined
  ) {
    this.tally = numbers?.tally ?? null;
    this.tallied = Uint8Array.from(columns, (c) => (numbers?.columns.has(c) ? 1 : 0));
  }

  addRows(rows: readonly (readonly RawCell[])[], from: number, to: number): void {
    for (let r = from; r < to; r++) {
      const row = rows[r];
      if (row !== undefined) this.addRow(row);
    }
  }

  private addRow(row: readonly RawCell[]): void {
    const { columns, missingCodes, tally, tallied, byRaw } = this;
    const hasCodes = missingCodes.size > 0;
    for (let k = 0; k < columns.length; k++) {
      const raw = row[columns[k]];
      // The usual cell, a number: tallied (or a missing code) and done.
      if (typeof raw === "number") {
        if (!Number.isFinite(raw)) continue;
        if (hasCodes && missingCodes.has(raw)) this.codes.set(raw, (this.codes.get(raw) ?? 0) + 1);
        else if (tally !== null && tallied[k] === 1) tally.add(raw);
        continue;
      }
      if (raw === null || raw === undefined || typeof raw === "boolean") continue;
      const number = cellNumber(raw);
      if (number === number) {
        if (hasCodes && missingCodes.has(number)) {
          this.codes.set(number, (this.codes.get(number) ?? 0) + 1);
        } else if (tally !== null && tallied[k] === 1) {
          tally.add(number);
        }
        continue;
      }
      if (typeof raw !== "string") continue;
      const seen = byRaw.get(raw);
      if (seen !== undefined) seen.count++;
      else if (byRaw.size < MAX_DISTINCT_TEXTS && nonNumberKind(raw) === "text") {
        byRaw.set(raw, { count: 1, text: raw.trim() });
      }
    }
  }
}

/**
 * Distinct texts (by labelKey) and counts of numeric missing codes in the answer columns;
 * the other numbers of `numbers.columns` go into `numbers.tally`.
 */
function collect(
  rows: readonly (readonly RawCell[])[],
  columns: readonly number[],
  missingCodes: ReadonlySet<number>,
  numbers: NumbersSeen | undefined
): { texts: Map<string, Seen>; codes: Map<number, number> } {
  const collector = new AnswerCellCollector(columns, missingCodes, numbers);
  inChunks(rows.length, (from, to) => collector.addRows(rows, from, to));
  const { byRaw, codes } = collector;
  const texts = new Map<string, Seen>();
  for (const seen of byRaw.values()) {
    const key = labelKey(seen.text);
    const merged = texts.get(key);
    if (merged === undefined) texts.set(key, { ...seen });
    else merged.count += seen.count;
  }
  return { texts, codes };
}

function setKeys(set: LabelSet): Map<string, number> {
  const keys = new Map<string, number>();
  set.points.forEach((texts, i) => {
    for (const text of texts) keys.set(labelKey(text), i + 1);
  });
  return keys;
}

const SET_KEYS: readonly { set: LabelSet; keys: Map<string, number> }[] = LABEL_SETS.map((set) => ({
  set,
  keys: setKeys(set),
}));
const KNOWN_KEYS: ReadonlySet<string> = new Set(SET_KEYS.flatMap((s) => [...s.keys.keys()]));

/** The list's own spelling of a text ("Satisfied" for "ＳＡＴＩＳＦＩＥＤ"), if it has one. */
function canonical(texts: readonly string[], key: string): string | undefined {
  return texts.find((t) => labelKey(t) === key);
}

/** Numbered answers as config labels: the label part with its number, once per label. */
function numberedExample(numbered: readonly Numbered[]): { text: string; value: number }[] {
  const seen = new Set<string>();
  return numbered.flatMap((n) => {
    if (n.label === "" || seen.has(n.labelKey)) return [];
    seen.add(n.labelKey);
    return [{ text: n.label, value: n.value }];
  });
}

function quoteList(texts: readonly string[]): string {
  return texts.map((t) => JSON.stringify(t)).join(", ");
}

function labelsExample(pairs: readonly { text: string; value: number }[]): string {
  const body = pairs.map((p) => `${JSON.stringify(p.text)}: ${p.value}`).join(", ");
  return `"answers": {"labels": {${body}}}`;
}

/** A label set as the params of "the 5-point agreement scale" (family worded per language). */
function setParams(set: LabelSet): { points: number; family: string } {
  return { points: set.points.length, family: FAMILY_NAMES[set.family].en };
}

function labelsError(
  code: "answerLabelsAmbiguous" | "answerLabelsContradictory",
  problem: DetailList,
  found: readonly string[],
  example: readonly { text: string; value: number }[]
): Result<never> {
  return fail(
    detailedListError(code, "labels.howTo", {
      problem,
      labels: quoteList(found),
      example: labelsExample(example),
    })
  );
}

interface Numbered {
  key: string;
  text: string;
  /** The label part as written ("Strongly agree" of "7 - Strongly agree"). */
  label: string;
  value: number;
  labelKey: string;
  count: number;
}

/**
 * How the answer columns' texts read. `columns` are the table's answer columns (expectation,
 * perception, importance, adequate, desired); `answers` is the config's part, if any.
 * Fails with answerLabelsAmbiguous or answerLabelsContradictory, listing the labels found.
 */
export function inferAnswerCoding(
  rows: readonly (readonly RawCell[])[],
  columns: readonly number[],
  answers: AnswersConfig | undefined,
  numbers?: NumbersSeen
): Result<AnswerCoding> {
  const missingCodes = new Set<number>();
  const missingKeys = new Set(MISSING_LABELS.map(labelKey));
  for (const value of answers?.missing ?? []) {
    if (typeof value === "number") missingCodes.add(value);
    else missingKeys.add(labelKey(value));
  }
  const configLabels = new Map<string, number>();
  for (const [text, value] of Object.entries(answers?.labels ?? {})) {
    configLabels.set(labelKey(text), value);
  }

  const { texts, codes } = collect(rows, columns, missingCodes, numbers);
  const textValues = new Map<string, number>();
  const missing: MissingAnswer[] = [...codes].map(([value, count]) => ({ value, count }));
  const plain: { key: string; text: string; count: number }[] = [];
  const numbered: Numbered[] = [];
  const unknown: { text: string; count: number }[] = [];

  for (const [key, seen] of texts) {
    const configValue = configLabels.get(key);
    if (configValue !== undefined) {
      plain.push({ key, ...seen });
      continue;
    }
    if (missingKeys.has(key)) {
      textValues.set(key, MISSING_ANSWER);
      missing.push({ value: canonical(MISSING_LABELS, key) ?? seen.text, count: seen.count });
      continue;
    }
    const withNumber = numberedAnswer(seen.text);
    if (withNumber !== null) {
      const numberedKey = labelKey(withNumber.label);
      if (missingKeys.has(numberedKey) || missingCodes.has(withNumber.value)) {
        textValues.set(key, MISSING_ANSWER);
        missing.push({ value: seen.text, count: seen.count });
      } else {
        numbered.push({
          key,
          text: seen.text,
          label: withNumber.label,
          value: withNumber.value,
          labelKey: numberedKey,
          count: seen.count,
        });
      }
      continue;
    }
    // With the config's labels, only they are read: other texts stay nonNumeric.
    if (configLabels.size === 0 && KNOWN_KEYS.has(key)) plain.push({ key, ...seen });
    else unknown.push({ text: seen.text, count: seen.count });
  }
  for (const n of numbered) textValues.set(n.key, n.value);

  const numberedLabels = numbered
    .map((n) => ({ text: n.text, value: n.value, count: n.count }))
    .sort((a, b) => a.value - b.value);

  if (configLabels.size > 0) {
    return fromConfig(
      { ...answers?.labels },
      configLabels,
      plain,
      numbered,
      unknown,
      missing,
      missingCodes,
      textValues,
      numberedLabels
    );
  }

  const knownNumbered = numbered.filter((n) => n.labelKey !== "" && KNOWN_KEYS.has(n.labelKey));
  if (plain.length === 0 && knownNumbered.length === 0) {
    return ok({
      source: "none",
      set: null,
      points: null,
      labels: [],
      numbered: numberedLabels,
      missing,
      unknown,
      missingCodes,
      configLabels: {},
      textValues,
    });
  }

  const fitting = SET_KEYS.filter(
    ({ keys }) =>
      plain.every((p) => keys.has(p.key)) &&
      knownNumbered.every((n) => keys.get(n.labelKey) === n.value)
  );
  if (fitting.length === 0) {
    return noFit(plain, knownNumbered);
  }
  const chosen = choose(fitting, plain, knownNumbered);
  if (chosen === null) return ambiguous(fitting, plain);

  const labels: AnswerLabel[] = [];
  if (chosen !== "numbersOnly") {
    for (const p of plain) {
      const value = chosen.keys.get(p.key) as number;
      textValues.set(p.key, value);
      labels.push({
        text: canonical(chosen.set.points[value - 1], p.key) ?? p.text,
        value,
        count: p.count,
      });
    }
    labels.sort((a, b) => a.value - b.value);
  }
  const set =
    chosen === "numbersOnly"
      ? null
      : {
          id: chosen.set.id,
          family: FAMILY_NAMES[chosen.set.family],
          points: chosen.set.points.length,
        };
  return ok({
    source: set === null ? "none" : "detected",
    set,
    points: set?.points ?? null,
    labels,
    numbered: numberedLabels,
    missing,
    unknown,
    missingCodes,
    configLabels: {},
    textValues,
  });
}

type Candidate = { set: LabelSet; keys: Map<string, number> };

/**
 * The one set the texts are read with; "numbersOnly" when only numbered answers are known and
 * the sets that fit them disagree on the number of points (the numbers are read as they are,
 * and the scale is left to the numbers); null when plain texts would read differently.
 */
function choose(
  fitting: readonly Candidate[],
  plain: readonly { key: string; count: number }[],
  numbered: readonly Numbered[]
): Candidate | "numbersOnly" | null {
  const signature = (c: Candidate) =>
    `${c.set.points.length}:${plain.map((p) => c.keys.get(p.key)).join(",")}`;
  const distinct = new Set(fitting.map(signature));
  if (distinct.size === 1) return fitting[0];
  if (plain.length === 0) return "numbersOnly";
  // Respondents skip a scale's end points far more often than its middle ones. So when the
  // answers are many, a reading whose points form one unbroken run (Disagree … Very
  // satisfied = 2–5 of 5) wins over one with holes inside (2, 4, 6, 7 of 7: nobody chose
  // either "Somewhat" point). With few answers only a set whose every point was chosen wins.
  const cells =
    plain.reduce((sum, p) => sum + p.count, 0) + numbered.reduce((s, n) => s + n.count, 0);
  const preferred = fitting.filter((c) => {
    const codes = new Set<number>(numbered.map((n) => n.value));
    for (const p of plain) codes.add(c.keys.get(p.key) as number);
    const values = [...codes];
    const span = Math.max(...values) - Math.min(...values) + 1;
    if (cells >= MIN_CELLS_FOR_RUNS) return span === values.length;
    return values.length === c.set.points.length;
  });
  const preferredSignatures = new Set(preferred.map(signature));
  if (preferredSignatures.size === 1) return preferred[0];
  return null;
}

function ambiguous(
  fitting: readonly Candidate[],
  plain: readonly { key: string; text: string }[]
): Result<never> {
  const readings: DetailPart[] = [];
  const seen = new Set<string>();
  for (const c of fitting) {
    const values = plain.map((p) => c.keys.get(p.key)).join(", ");
    const reading = { values, ...setParams(c.set) };
    const seenAs = JSON.stringify(reading);
    if (!seen.has(seenAs)) {
      seen.add(seenAs);
      readings.push({ key: "labels.reading", params: reading });
    }
  }
  const first = fitting[0];
  const texts = plain.map((p) => p.text);
  return labelsError(
    "answerLabelsAmbiguous",
    detailPart("labels.manyScales", {
      texts: quoteList(texts),
      readings: detailList("or", readings),
    }),
    texts,
    plain.map((p) => ({ text: p.text, value: first.keys.get(p.key) as number }))
  );
}

function noFit(
  plain: readonly { key: string; text: string }[],
  numbered: readonly Numbered[]
): Result<never> {
  const allKeys = [...plain.map((p) => p.key), ...numbered.map((n) => n.labelKey)];
  const sameTexts = SET_KEYS.filter(({ keys }) => allKeys.every((k) => keys.has(k)));
  if (numbered.length > 0 && sameTexts.length > 0) {
    const set = sameTexts[0];
    const wrong = numbered.filter((n) => set.keys.get(n.labelKey) !== n.value);
    const should = wrong.map((n): DetailPart => ({
      key: "labels.shouldBe",
      params: { text: JSON.stringify(n.text), value: set.keys.get(n.labelKey) ?? "" },
    }));
    return labelsError(
      "answerLabelsContradictory",
      detailPart("labels.contradict", {
        texts: quoteList(wrong.map((n) => n.text)),
        ...setParams(set.set),
        should: detailList("items", should),
      }),
      numbered.map((n) => n.text),
      numberedExample(numbered)
    );
  }
  const texts = [...plain.map((p) => p.text), ...numbered.map((n) => n.text)];
  return labelsError(
    "answerLabelsAmbiguous",
    detailPart("labels.unknownScale", { texts: quoteList(texts) }),
    texts,
    [...plain.map((p, i) => ({ text: p.text, value: i + 1 })), ...numberedExample(numbered)]
  );
}

function fromConfig(
  written: Readonly<Record<string, number>>,
  configLabels: ReadonlyMap<string, number>,
  plain: readonly { key: string; text: string; count: number }[],
  numbered: readonly Numbered[],
  unknown: { text: string; count: number }[],
  missing: MissingAnswer[],
  missingCodes: ReadonlySet<number>,
  textValues: Map<string, number>,
  numberedLabels: AnswerLabel[]
): Result<AnswerCoding> {
  const contradicting = numbered.filter((n) => {
    const value = configLabels.get(n.labelKey);
    return value !== undefined && value !== n.value;
  });
  if (contradicting.length > 0) {
    return labelsError(
      "answerLabelsContradictory",
      detailPart("labels.contradictConfig", {
        texts: quoteList(contradicting.map((n) => n.text)),
      }),
      numbered.map((n) => n.text),
      numberedExample(numbered)
    );
  }
  const labels: AnswerLabel[] = [];
  for (const [key, value] of configLabels) textValues.set(key, value);
  for (const p of plain) {
    labels.push({ text: p.text, value: configLabels.get(p.key) as number, count: p.count });
  }
  labels.sort((a, b) => a.value - b.value);
  // Values 1..k exactly fix the scale as a built-in set does.
  const values = [...new Set(configLabels.values())].sort((a, b) => a - b);
  const consecutive = values.every((v, i) => v === i + 1);
  return ok({
    source: "config",
    set: null,
    points: consecutive && values.length >= 2 ? values.length : null,
    labels,
    numbered: numberedLabels,
    missing,
    unknown,
    missingCodes,
    configLabels: written,
    textValues,
  });
}

function hasCjk(text: string): boolean {
  return /[\u3400-\u9fff]/.test(text);
}

/**
 * The config's `answers` that reproduce this coding next time (--save-config, the pane's saved
 * mapping): a detected set is written whole, points nobody chose included, so the saved labels
 * fix the same 1..k scale; missing answers found in the data are listed. Undefined when the
 * answers were plain numbers.
 */
export function answersForConfig(coding: AnswerCoding): AnswersConfig | undefined {
  const answers: AnswersConfig = {};
  if (coding.source === "config") {
    answers.labels = { ...coding.configLabels };
  } else if (coding.set !== null) {
    const set = LABEL_SETS.find((s) => s.id === coding.set?.id);
    if (set !== undefined) {
      const zh = coding.labels.some((l) => hasCjk(l.text));
      const labels: Record<string, number> = {};
      set.points.forEach((texts, i) => {
        const seen = coding.labels.find((l) => l.value === i + 1);
        const fallback = texts.find((t) => hasCjk(t) === zh) ?? texts[0];
        labels[seen?.text ?? fallback] = i + 1;
      });
      answers.labels = labels;
    }
  }
  const missing = coding.missing.map((m) => m.value);
  for (const code of coding.missingCodes) if (!missing.includes(code)) missing.push(code);
  if (missing.length > 0) answers.missing = missing;
  return answers.labels === undefined && answers.missing === undefined ? undefined : answers;
}

/**
 * The distinct answer texts (not missing answers), with their cell counts, in first-seen
 * order: what the pane's labels table lists when the texts cannot be read by themselves.
 */
export function answerTexts(
  rows: readonly (readonly RawCell[])[],
  columns: readonly number[],
  answers: AnswersConfig | undefined
): { text: string; count: number }[] {
  const missingCodes = new Set<number>();
  const missingKeys = new Set(MISSING_LABELS.map(labelKey));
  for (const value of answers?.missing ?? []) {
    if (typeof value === "number") missingCodes.add(value);
    else missingKeys.add(labelKey(value));
  }
  const { texts } = collect(rows, columns, missingCodes, undefined);
  return [...texts]
    .filter(([key]) => !missingKeys.has(key))
    .map(([, seen]) => ({ text: seen.text, count: seen.count }));
}
