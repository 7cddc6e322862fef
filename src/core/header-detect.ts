/**
 * Reads one header as real exports write it and says which column slot(s) it claims:
 * "E1", "E_1", "Q1_E", "Q1E", "Expectation 1", "Exp. 1", "Perception Q1", "Perc1",
 * "期望1", "期望_1", "1-期望", "期望值1", "感知值 1", "Importance 1", "重要性1", "Minimum 1",
 * "最低1", "Desired 1", "理想1", "Weight Tangibles", "W_tangibles", "权重 有形性", "Weight 1",
 * "ID", "编号", "Segment", "科室" … after NFKC (full-width digits and letters), case folding
 * and trimming. The whole header must be read: "P-E 1" or "Gap 1" claim nothing.
 */
import { normaliseHeader, nameKey, SEPARATORS, stripSeparators } from "./header-normalise";
import {
  IMPORTANCE_AS_WEIGHT_CONFIDENCE,
  ITEM_ROLE_WORDS,
  longestFirst,
  WEIGHT_WORDS,
  WHOLE_HEADER_WORDS,
} from "./header-vocabulary";
import type { InstrumentLookup, LookupResult } from "./mapping-lookup";
import type { ItemRole, Role } from "./types";

/** One slot a header claims: a per-item role with `item`, a weight with `dimension`, or id / segment. */
export interface SlotClaim {
  role: Role;
  item?: string;
  dimension?: string;
  confidence: number;
  /** A bare single letter (A1, D1, I1) that only counts when perception columns exist. */
  needsPerception?: boolean;
}

/** A header that names an item or dimension the instrument does not have ("E23" for 22 items). */
export interface UnknownReference {
  role: Role;
  item?: string;
  dimension?: string;
}

export interface HeaderReading {
  claims: SlotClaim[];
  unknown: UnknownReference[];
}

/** Naming a dimension by its number ("Weight 2") is less telling than by its name. */
const BY_NUMBER_FACTOR = 0.8;

const SEPARATOR_CLASS = `[${SEPARATORS.replace(/[\]\\^-]/g, "\\$&")}]*`;
const ITEM_NUMBER = new RegExp(
  `^(?:question|item|题项|题目|题|第|q|no\\.?)?${SEPARATOR_CLASS}(\\d+)(?:题|项)?$`
);

const ITEM_ROLE_ORDER = Object.keys(ITEM_ROLE_WORDS) as ItemRole[];
const ITEM_WORDS_LONGEST_FIRST = new Map(
  ITEM_ROLE_ORDER.map((role) => [role, longestFirst(ITEM_ROLE_WORDS[role])])
);
const WEIGHT_WORDS_LONGEST_FIRST = longestFirst(WEIGHT_WORDS);
const WHOLE_HEADER_KEYS = (["id", "segment"] as const).map((role) => ({
  role,
  words: WHOLE_HEADER_WORDS[role].map((w) => ({ key: nameKey(w.word), confidence: w.confidence })),
}));

const isAsciiLetter = (ch: string | undefined): boolean => ch !== undefined && /[a-z]/.test(ch);

/** "expectation 1" with word "expectation" → "1"; null when the header does not start with the word. */
function afterWord(header: string, word: string): string | null {
  if (!header.startsWith(word)) return null;
  const rest = header.slice(word.length);
  // "e" must not read "expectation 1" as E + "xpectation 1".
  if (isAsciiLetter(word[word.length - 1]) && isAsciiLetter(rest[0])) return null;
  const tail = stripSeparators(rest);
  return tail === "" ? null : tail;
}

/** "q1_e" with word "e" → "q1"; null when the header does not end with the word. */
function beforeWord(header: string, word: string): string | null {
  if (!header.endsWith(word)) return null;
  const head = header.slice(0, header.length - word.length);
  if (isAsciiLetter(word[0]) && isAsciiLetter(head[head.length - 1])) return null;
  const rest = stripSeparators(head);
  return rest === "" ? null : rest;
}

/** The item part of a header: a number ("q01" → "01", "第3题" → "3") or else the text itself (an item id). */
/**
 * Role first, then the item number, then the question text: "E1. Modern equipment",
 * "P12: Gives prompt service", "期望1 设备现代化".
 */
const ITEM_NUMBER_WITH_TEXT = new RegExp(
  `^(?:question|item|题项|题目|题|第|q|no\\.?)?${SEPARATOR_CLASS}(\\d+)(?:题|项)?(?:[.:)\\]]|\\s)\\s*\\S`
);

/** Trailing question text makes a header a little less certain than a bare "E1". */
const WITH_TEXT_FACTOR = 0.85;

export function itemToken(text: string): { token: string; isNumber: boolean } {
  const match = ITEM_NUMBER.exec(text);
  return match ? { token: match[1], isNumber: true } : { token: text, isNumber: false };
}

class ReadingBuilder {
  readonly claims: SlotClaim[] = [];
  readonly unknown: UnknownReference[] = [];

  claim(claim: SlotClaim): void {
    const same = this.claims.find(
      (c) => c.role === claim.role && c.item === claim.item && c.dimension === claim.dimension
    );
    if (same === undefined) this.claims.push(claim);
    else if (claim.confidence > same.confidence) Object.assign(same, claim);
  }

  addUnknown(reference: UnknownReference): void {
    const known = this.unknown.some(
      (u) =>
        u.role === reference.role &&
        u.item === reference.item &&
        u.dimension === reference.dimension
    );
    if (!known) this.unknown.push(reference);
  }
}

/** Both readings of a header around a role word: role first ("E1") and item first ("Q1_E"). */
function partsAround(header: string, word: string): string[] {
  const parts: string[] = [];
  const after = afterWord(header, word);
  if (after !== null) parts.push(after);
  const before = beforeWord(header, word);
  if (before !== null) parts.push(before);
  return parts;
}

/** The item references around a role word, each with how much it lowers the word's confidence. */
function itemParts(header: string, word: string): { token: string; factor: number }[] {
  const parts = partsAround(header, word).map((part) => ({
    token: itemToken(part).token,
    factor: 1,
  }));
  const after = afterWord(header, word);
  const withText = after === null ? null : ITEM_NUMBER_WITH_TEXT.exec(after);
  if (withText !== null && !ITEM_NUMBER.test(after ?? "")) {
    parts.push({ token: withText[1], factor: WITH_TEXT_FACTOR });
  }
  return parts;
}

function readItemRole(
  header: string,
  role: ItemRole,
  lookup: InstrumentLookup,
  out: ReadingBuilder
): void {
  for (const roleWord of ITEM_WORDS_LONGEST_FIRST.get(role) ?? []) {
    let matched = false;
    for (const { token, factor } of itemParts(header, roleWord.word)) {
      const found = lookup.item(token);
      if (found === null) continue;
      matched = true;
      if ("found" in found) {
        out.claim({
          role,
          item: found.found,
          confidence: roleWord.confidence * factor,
          ...(roleWord.needsPerception ? { needsPerception: true } : {}),
        });
      } else if (!roleWord.needsPerception) {
        out.addUnknown({ role, item: found.unknown });
      }
    }
    if (matched) return;
  }
}

function claimDimension(found: LookupResult, confidence: number, out: ReadingBuilder): boolean {
  if (found === null) return false;
  if ("found" in found) out.claim({ role: "weight", dimension: found.found, confidence });
  else out.addUnknown({ role: "weight", dimension: found.unknown });
  return true;
}

function readWeight(header: string, lookup: InstrumentLookup, out: ReadingBuilder): void {
  for (const roleWord of WEIGHT_WORDS_LONGEST_FIRST) {
    let matched = false;
    for (const part of partsAround(header, roleWord.word)) {
      const { token, isNumber } = itemToken(part);
      const confidence = isNumber ? roleWord.confidence * BY_NUMBER_FACTOR : roleWord.confidence;
      matched =
        claimDimension(lookup.dimension(isNumber ? token : part), confidence, out) || matched;
    }
    if (matched) return;
  }
  for (const roleWord of ITEM_WORDS_LONGEST_FIRST.get("importance") ?? []) {
    if (roleWord.needsPerception) continue;
    for (const part of partsAround(header, roleWord.word)) {
      if (claimDimension(lookup.dimensionByName(part), IMPORTANCE_AS_WEIGHT_CONFIDENCE, out))
        return;
    }
  }
}

function readWholeHeader(header: string, out: ReadingBuilder): void {
  const key = nameKey(header);
  for (const { role, words } of WHOLE_HEADER_KEYS) {
    const word = words.find((w) => w.key === key);
    if (word !== undefined) out.claim({ role, confidence: word.confidence });
  }
}

/**
 * Every slot `header` could fill for this instrument. More than one claim means the
 * header is ambiguous; the caller reports it rather than choosing.
 */
export function readHeader(header: string, lookup: InstrumentLookup): HeaderReading {
  // Stripped once here: the readers below assume no leading or trailing separators.
  const normalised = stripSeparators(normaliseHeader(header));
  const out = new ReadingBuilder();
  if (normalised === "") return { claims: [], unknown: [] };
  readWholeHeader(normalised, out);
  for (const role of ITEM_ROLE_ORDER) {
    readItemRole(normalised, role, lookup, out);
  }
  readWeight(normalised, lookup, out);
  return { claims: out.claims, unknown: out.unknown };
}
