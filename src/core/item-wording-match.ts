/**
 * Fuzzy matching of a question's text against an instrument's item wordings
 * (docs/detection.md, "Statement text"). Texts become weighted feature sets: English word
 * stems and their character trigrams, Chinese character bigrams and single characters;
 * each feature is weighted by how rare it is among the items (a word every item has,
 * such as "employees" or "顾客", tells nothing). The score of an item is the best weighted
 * Dice overlap over its wordings; a match needs a minimum score and a margin over the
 * runner-up item, so two similar items are never told apart by a hair.
 * Cost: one feature set per header and per wording, so O(headers × wordings).
 */
import { itemWordings } from "./item-wording";
import type { Instrument } from "./types";

export interface WordingMatch {
  item: string;
  /** 0..1 weighted Dice overlap with the item's closest wording. */
  score: number;
  /** The next best item, when any item scored at all. */
  runnerUp: { item: string; score: number } | null;
}

export interface ItemScore {
  item: string;
  score: number;
  /** Words (or Chinese bigrams) the text shares with the item's closest wording. */
  words: number;
  /** Words (or Chinese bigrams) in the text, stop words aside. */
  textWords: number;
}

export interface WordingMatcher {
  /** Every item's score, best first (items that share nothing with the text are left out). */
  scores(text: string): ItemScore[];
  /** The best item when it is clear (see clearBest), else null; `exclude` items are not candidates. */
  match(text: string, exclude?: ReadonlySet<string>): WordingMatch | null;
}

/** Below this overlap a text does not name the item (a demographic question, a comment box). */
export const MIN_SCORE = 0.2;
/** The best item must beat the runner-up by this much. */
export const MIN_MARGIN = 0.08;
/**
 * One shared word ("visit" in "Which department did you visit?", "time" in "Start time")
 * counts only with a high overlap in a text of some length: short metadata headers do not.
 */
const ONE_WORD_MIN_SCORE = 0.5;
const ONE_WORD_MIN_TEXT_WORDS = 3;

/**
 * The best of `scores` when it is clear: at least MIN_SCORE, MIN_MARGIN above the next
 * item, and two shared words (or one with a high overlap). Items in `exclude` (already
 * matched by other columns of the same block) are no candidates.
 */
export function clearBest(
  scores: readonly ItemScore[],
  exclude?: ReadonlySet<string>
): WordingMatch | null {
  const candidates = exclude ? scores.filter((s) => !exclude.has(s.item)) : scores;
  const [best, second] = candidates;
  if (best === undefined || best.score < MIN_SCORE) return null;
  if (
    best.words < 2 &&
    (best.score < ONE_WORD_MIN_SCORE || best.textWords < ONE_WORD_MIN_TEXT_WORDS)
  ) {
    return null;
  }
  if (second !== undefined && best.score - second.score < MIN_MARGIN) return null;
  return {
    item: best.item,
    score: best.score,
    runnerUp: second ? { item: second.item, score: second.score } : null,
  };
}

const STOPWORDS = new Set(
  (
    "a an the of to in on at for by with and or is are be been was were has have had do does " +
    "it its it's this that these those you your yours we our us they their them i my me " +
    "will would should can could shall may might xyz company firm organisation organization " +
    "hospital bank how what which who when where please rate level degree extent about " +
    "expect expects expected expectation expectations perceive perceived perception perceptions " +
    "experience experienced actual actually think feel statement question"
  ).split(" ")
);

/** Words of the question's frame, not of the item ("您对…的期望", "请评价"). */
const CHINESE_FRAME =
  /您对|您认为|您觉得|请您|请对|请评价|评价|程度|期望|预期|期待|感知|认知|实际|感受|应该|应当|以下|方面|医院的|医院/g;

function stem(word: string): string {
  if (word.length <= 4) return word;
  for (const suffix of ["ing", "ed", "es", "ly", "s"]) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 4) {
      return word.slice(0, word.length - suffix.length);
    }
  }
  return word;
}

type Features = Map<string, number>;

/** Trigrams catch "courteous"/"courtesy" but must not outweigh whole words. */
const TRIGRAM_WEIGHT = 0.2;

/** Word and bigram features carry the meaning; trigrams and single characters only refine it. */
const isWhole = (key: string): boolean => key.startsWith("w:") || key.startsWith("b:");

function addFeature(features: Features, key: string, weight: number): void {
  features.set(key, Math.max(features.get(key) ?? 0, weight));
}

/** The raw (unweighted by rarity) features of a text; the value is the feature's own weight. */
export function textFeatures(text: string): Features {
  const features: Features = new Map();
  const lower = text.normalize("NFKC").toLowerCase().replace(/[’‘`]/g, "'");
  for (const raw of lower.match(/[a-z]+(?:'[a-z]+)?/g) ?? []) {
    const word = raw.replace(/'s$/, "").replace(/'/g, "");
    if (word.length < 2 || STOPWORDS.has(word)) continue;
    const s = stem(word);
    addFeature(features, `w:${s}`, 1);
    const padded = `#${s}#`;
    for (let i = 0; i + 3 <= padded.length; i++) {
      addFeature(features, `t:${padded.slice(i, i + 3)}`, TRIGRAM_WEIGHT);
    }
  }
  const chinese = lower.replace(CHINESE_FRAME, " ");
  for (const run of chinese.match(/\p{Script=Han}+/gu) ?? []) {
    const chars = [...run];
    chars.forEach((ch, i) => {
      if (ch !== "的") addFeature(features, `u:${ch}`, 0.4);
      if (i + 1 < chars.length) addFeature(features, `b:${ch}${chars[i + 1]}`, 1);
    });
  }
  return features;
}

interface WeightedSet {
  features: Features;
  total: number;
}

/** Built matchers by instrument content: detection runs again on every "Detect columns". */
const built = new Map<string, WordingMatcher>();
const BUILT_KEPT = 8;

export function wordingMatcher(instrument: Instrument): WordingMatcher {
  const key = JSON.stringify([instrument.id, instrument.items.map((i) => [i.id, i.label])]);
  const cached = built.get(key);
  if (cached !== undefined) return cached;
  const matcher = buildMatcher(instrument);
  if (built.size >= BUILT_KEPT) built.delete(built.keys().next().value as string);
  built.set(key, matcher);
  return matcher;
}

function buildMatcher(instrument: Instrument): WordingMatcher {
  const wordings = itemWordings(instrument);
  const itemIds = instrument.items.map((item) => item.id);
  const raw = itemIds.map((id) => (wordings.get(id) ?? []).map(textFeatures));
  // Rarity over items: a feature in every item's wordings weighs almost nothing.
  const documentFrequency = new Map<string, number>();
  for (const sets of raw) {
    const seen = new Set<string>();
    for (const set of sets) for (const key of set.keys()) seen.add(key);
    for (const key of seen) documentFrequency.set(key, (documentFrequency.get(key) ?? 0) + 1);
  }
  const n = itemIds.length;
  const rarity = (key: string): number => {
    const df = documentFrequency.get(key);
    return df === undefined ? 0 : Math.log((n + 1) / df);
  };
  const weigh = (features: Features): WeightedSet => {
    const weighted: Features = new Map();
    let total = 0;
    for (const [key, own] of features) {
      const w = own * rarity(key);
      if (w <= 0) continue;
      weighted.set(key, w);
      total += w;
    }
    return { features: weighted, total };
  };
  // An inverted index (feature → the wordings that have it) keeps scoring a header
  // proportional to what it shares, not to the size of the instrument.
  const wordingItem: number[] = [];
  const wordingTotal: number[] = [];
  const postings = new Map<string, { wording: number; weight: number }[]>();
  raw.forEach((sets, i) => {
    for (const set of sets) {
      const weighted = weigh(set);
      const wording = wordingItem.length;
      wordingItem.push(i);
      wordingTotal.push(weighted.total);
      for (const [key, weight] of weighted.features) {
        const list = postings.get(key) ?? [];
        list.push({ wording, weight });
        postings.set(key, list);
      }
    }
  });
  const shared = new Float64Array(wordingItem.length);
  const words = new Int32Array(wordingItem.length);

  const scores = (text: string): ItemScore[] => {
    const own = textFeatures(text);
    const header = weigh(own);
    if (header.total === 0) return [];
    let textWords = 0;
    for (const key of own.keys()) if (isWhole(key)) textWords++;
    shared.fill(0);
    words.fill(0);
    for (const [key, w] of header.features) {
      const whole = isWhole(key);
      for (const { wording, weight } of postings.get(key) ?? []) {
        shared[wording] += Math.min(w, weight);
        if (whole) words[wording]++;
      }
    }
    const best = new Map<number, ItemScore>();
    for (let wording = 0; wording < wordingItem.length; wording++) {
      // Shared trigrams alone ("Timestamp" and "time") are a coincidence, not a match.
      if (words[wording] === 0) continue;
      const dice = (2 * shared[wording]) / (header.total + wordingTotal[wording]);
      const i = wordingItem[wording];
      const earlier = best.get(i);
      if (earlier === undefined || dice > earlier.score) {
        best.set(i, { item: itemIds[i], score: dice, words: words[wording], textWords });
      }
    }
    return [...best.values()].sort((a, b) => b.score - a.score);
  };

  const match = (text: string, exclude?: ReadonlySet<string>): WordingMatch | null =>
    clearBest(scores(text), exclude);

  return { scores, match };
}
