/**
 * A static check that a user's regular expression cannot backtrack for ever on a header.
 * JavaScript's engine backtracks, so `(a+)+`, `(a|a)*` or `.*.*.*x` take exponential or
 * high-polynomial time on some inputs and would freeze the CLI or the task pane. No
 * well-kept checker (safe-regex2, recheck) is a dependency, so this is a small
 * conservative one: it refuses
 * - nested repetition: a repeated group that itself contains an unbounded repeat (star
 *   height above 1), e.g. `(a+)+`, `(.*)*x`, `(?:\s*\w+)*`;
 * - a repeated alternation whose alternatives can start with the same character,
 *   e.g. `(a|a)*`, `(a|ab)+`, `(\w|\d)*`;
 * - three or more unbounded repeats that can match the same characters, e.g. `.*.*.*x`;
 * - back-references (`\1`, `\k<name>`), which no linear bound covers.
 * Header texts given to a rule are also capped (MAX_RULE_HEADER_LENGTH). See
 * docs/data-quality.md ("Pattern rules: limits").
 */
import { configDetailsEn } from "./error-details-config";
import { fillTemplate, type TemplateParams } from "./fill-template";

/** Headers longer than this are not tried by a pattern rule (question texts are far shorter). */
export const MAX_RULE_HEADER_LENGTH = 500;

/** Longest pattern accepted; a header rule is one line. */
export const MAX_PATTERN_LENGTH = 1000;

/** Characters an atom can match, coarsely: "any" overlaps everything. */
type CharSet = { kind: "any" } | { kind: "set"; keys: string[] };

interface Quantifier {
  min: number;
  max: number; // Infinity when unbounded
}

type Node =
  | { type: "char"; set: CharSet; text: string }
  | { type: "group"; alternatives: Node[][]; text: string }
  | { type: "assertion" };

interface Term {
  node: Node;
  quantifier: Quantifier | null;
  text: string;
}

export type PatternSafety =
  | { safe: true }
  | {
      safe: false;
      problem:
        | "nestedQuantifiers"
        | "overlappingAlternation"
        | "overlappingRepeats"
        | "backReference"
        | "tooLong";
      /** The part of the pattern concerned, for the message. */
      part: string;
      /** English (core/error-details-config.ts, key `pattern.<problem>`, filled from params). */
      message: string;
      params: TemplateParams;
    };

type Problem = Exclude<PatternSafety, { safe: true }>["problem"];

const ANY: CharSet = { kind: "any" };
const DIGITS = "0123456789";
const WORD_EXTRA = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_";

function setOf(...keys: string[]): CharSet {
  return { kind: "set", keys };
}

/** The coarse set for `\d`, `\w`, `\s`; negated classes count as "any". */
function escapeSet(letter: string): CharSet {
  switch (letter) {
    case "d":
      return setOf("\\d");
    case "w":
      return setOf("\\w");
    case "s":
      return setOf("\\s");
    case "D":
    case "W":
    case "S":
      return ANY;
    default:
      return setOf(`=${letter}`);
  }
}

/** Which coarse keys a single literal character belongs to. */
function charKeys(ch: string): string[] {
  const keys = [`=${ch}`];
  if (DIGITS.includes(ch)) keys.push("\\d", "\\w");
  else if (WORD_EXTRA.includes(ch)) keys.push("\\w");
  if (/\s/.test(ch)) keys.push("\\s");
  return keys;
}

function classesOf(keys: string[]): Set<string> {
  return new Set(keys.filter((k) => !k.startsWith("=")));
}

/** Whether one character could be matched by both sets (literals by equality or class membership). */
function overlaps(a: CharSet, b: CharSet): boolean {
  if (a.kind === "any" || b.kind === "any") return true;
  const classesA = classesOf(a.keys);
  const classesB = classesOf(b.keys);
  for (const key of a.keys) {
    if (key.startsWith("=")) {
      if (b.keys.includes(key)) return true;
      if (charKeys(key.slice(1)).some((k) => classesB.has(k))) return true;
    }
  }
  for (const key of b.keys) {
    if (key.startsWith("=") && charKeys(key.slice(1)).some((k) => classesA.has(k))) return true;
  }
  for (const key of classesA) {
    if (classesB.has(key)) return true;
    // \d is inside \w.
    if ((key === "\\d" && classesB.has("\\w")) || (key === "\\w" && classesB.has("\\d"))) {
      return true;
    }
  }
  return false;
}

class Parser {
  private i = 0;
  constructor(
    private readonly source: string,
    private readonly ignoreCase: boolean
  ) {}

  /** A literal's key; under the "i" flag "A" and "a" are one character. */
  private literal(ch: string): CharSet {
    return setOf(`=${this.ignoreCase ? ch.toLowerCase() : ch}`);
  }

  parse(): Node[][] {
    const alternatives = this.alternatives();
    return alternatives;
  }

  private peek(): string {
    return this.source[this.i] ?? "";
  }

  private alternatives(): Node[][] & { terms?: Term[][] } {
    const result: Node[][] = [];
    let current: Term[] = [];
    const all: Term[][] = [current];
    while (this.i < this.source.length && this.peek() !== ")") {
      if (this.peek() === "|") {
        this.i++;
        current = [];
        all.push(current);
        continue;
      }
      current.push(this.term());
    }
    for (const terms of all) result.push(terms.map((t) => t.node));
    const withTerms = result as Node[][] & { terms?: Term[][] };
    withTerms.terms = all;
    return withTerms;
  }

  termsOf(alternatives: Node[][]): Term[][] {
    return (alternatives as Node[][] & { terms?: Term[][] }).terms ?? [];
  }

  private term(): Term {
    const start = this.i;
    const node = this.atom();
    const quantifier = this.quantifier();
    return { node, quantifier, text: this.source.slice(start, this.i) };
  }

  private quantifier(): Quantifier | null {
    const ch = this.peek();
    let q: Quantifier | null = null;
    if (ch === "*") q = { min: 0, max: Infinity };
    else if (ch === "+") q = { min: 1, max: Infinity };
    else if (ch === "?") q = { min: 0, max: 1 };
    if (q !== null) this.i++;
    else if (ch === "{") {
      const match = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.i));
      if (match !== null) {
        this.i += match[0].length;
        const min = Number(match[1]);
        const max = match[2] === undefined ? min : match[3] === "" ? Infinity : Number(match[3]);
        q = { min, max };
      }
    }
    if (q !== null && this.peek() === "?") this.i++; // lazy: same worst case
    return q;
  }

  private atom(): Node {
    const start = this.i;
    const ch = this.source[this.i++];
    if (ch === "(") {
      let lookaround = false;
      if (this.source.startsWith("?:", this.i)) this.i += 2;
      else if (/^\?<?[=!]/.test(this.source.slice(this.i))) {
        lookaround = true;
        this.i += this.source[this.i + 1] === "<" ? 3 : 2;
      } else if (this.source.startsWith("?<", this.i)) {
        this.i = this.source.indexOf(">", this.i) + 1;
      }
      const alternatives = this.alternatives();
      this.i++; // ")"
      if (lookaround)
        return { type: "group", alternatives, text: this.source.slice(start, this.i) };
      return { type: "group", alternatives, text: this.source.slice(start, this.i) };
    }
    if (ch === "[") return this.characterClass(start);
    if (ch === "\\") return this.escape(start);
    if (ch === "^" || ch === "$") return { type: "assertion" };
    if (ch === ".") return { type: "char", set: ANY, text: "." };
    return { type: "char", set: this.literal(ch), text: ch };
  }

  private escape(start: number): Node {
    const letter = this.source[this.i++] ?? "";
    if (letter === "b" || letter === "B") return { type: "assertion" };
    if (/[1-9]/.test(letter) || (letter === "k" && this.peek() === "<")) {
      throw new BackReference(this.source.slice(start, this.i + 1));
    }
    if (letter === "u" && this.peek() === "{") this.i = this.source.indexOf("}", this.i) + 1;
    else if (letter === "u") this.i += 4;
    else if (letter === "x") this.i += 2;
    else if ((letter === "p" || letter === "P") && this.peek() === "{") {
      this.i = this.source.indexOf("}", this.i) + 1;
      return {
        type: "char",
        set: letter === "P" ? ANY : setOf(this.source.slice(start, this.i)),
        text: this.source.slice(start, this.i),
      };
    }
    const text = this.source.slice(start, this.i);
    if ("dwsDWS".includes(letter)) return { type: "char", set: escapeSet(letter), text };
    return { type: "char", set: this.literal(letter), text };
  }

  private characterClass(start: number): Node {
    const negated = this.peek() === "^";
    if (negated) this.i++;
    const keys: string[] = [];
    let broad = negated;
    let first = true;
    while (this.i < this.source.length && (this.peek() !== "]" || first)) {
      first = false;
      const ch = this.source[this.i++];
      if (ch === "\\") {
        const letter = this.source[this.i++] ?? "";
        const set = escapeSet(letter);
        if (set.kind === "any") broad = true;
        else keys.push(...set.keys);
      } else if (
        this.peek() === "-" &&
        this.source[this.i + 1] !== "]" &&
        this.i + 1 < this.source.length
      ) {
        const to = this.source[this.i + 1];
        this.i += 2;
        // A range: digits, letters, or something wide (CJK blocks) counted as broad.
        if (ch >= "0" && to <= "9") keys.push("\\d");
        else if (/[A-Za-z]/.test(ch) && /[A-Za-z]/.test(to)) keys.push("\\w");
        else broad = true;
      } else keys.push(...(this.literal(ch) as { keys: string[] }).keys);
    }
    this.i++; // "]"
    const text = this.source.slice(start, this.i);
    return { type: "char", set: broad ? ANY : setOf(...keys), text };
  }
}

class BackReference extends Error {
  constructor(readonly part: string) {
    super(part);
  }
}

function isUnbounded(q: Quantifier | null): boolean {
  return q !== null && q.max === Infinity;
}

function repeats(q: Quantifier | null): boolean {
  return q !== null && q.max > 1;
}

function firstSetOfAlternatives(alternatives: Node[][], parser: Parser): CharSet | null {
  return firstSet([{ type: "group", alternatives, text: "" }], parser);
}

/** Characters the term can start with, or null when it can match nothing visible (an assertion). */
function firstSet(nodes: Node[], parser: Parser): CharSet | null {
  for (const node of nodes) {
    if (node.type === "assertion") continue;
    if (node.type === "char") return node.set;
    const sets = node.alternatives
      .map((alt) => firstSet(alt, parser))
      .filter((s): s is CharSet => s !== null);
    if (sets.length === 0) continue;
    if (sets.some((s) => s.kind === "any")) return ANY;
    return setOf(...sets.flatMap((s) => (s.kind === "set" ? s.keys : [])));
  }
  return null;
}

interface Walk {
  parser: Parser;
}

function unsafe(
  problem: Problem,
  part: string,
  more: TemplateParams = {}
): Exclude<PatternSafety, { safe: true }> {
  const params = { part, ...more };
  const message = fillTemplate(configDetailsEn[`pattern.${problem}`], params);
  return { safe: false, problem, part, message, params };
}

/** True when a term below contains an unbounded repeat (or a repeat of a repeat). */
function containsRepeat(alternatives: Node[][], parser: Parser): Term | null {
  for (const terms of parser.termsOf(alternatives)) {
    for (const term of terms) {
      if (repeats(term.quantifier) && term.node.type !== "assertion") return term;
      if (term.node.type === "group") {
        const inner = containsRepeat(term.node.alternatives, parser);
        if (inner) return inner;
      }
    }
  }
  return null;
}

function walk(alternatives: Node[][], state: Walk): PatternSafety {
  const { parser } = state;
  for (const terms of parser.termsOf(alternatives)) {
    for (const term of terms) {
      const { node, quantifier } = term;
      if (node.type === "group") {
        if (repeats(quantifier)) {
          const inner = containsRepeat(node.alternatives, parser);
          if (inner && (isUnbounded(quantifier) || isUnbounded(inner.quantifier))) {
            return unsafe("nestedQuantifiers", term.text, { inner: inner.text });
          }
          if (isUnbounded(quantifier)) {
            const starts = node.alternatives.map((alt) => firstSet(alt, parser));
            for (let a = 0; a < starts.length; a++) {
              for (let b = a + 1; b < starts.length; b++) {
                const left = starts[a];
                const right = starts[b];
                if (left === null || right === null || overlaps(left, right)) {
                  return unsafe("overlappingAlternation", term.text);
                }
              }
            }
          }
        }
        const inner = walk(node.alternatives, state);
        if (!inner.safe) return inner;
      }
    }
  }
  return { safe: true };
}

interface Atom {
  set: CharSet;
  text: string;
}

/**
 * Three unbounded repeats in a row that can all match one character, with nothing between
 * them they cannot also match (`.*.*.*x`, `.*a.*a.*x`): backtracking of degree ≥ 3 per start
 * position. A mandatory character none of them matches ends the run (`\s*-\s*` is fine).
 */
function overlappingRepeats(alternatives: Node[][], parser: Parser): PatternSafety {
  for (const terms of parser.termsOf(alternatives)) {
    let chain: Atom[] = [];
    const fits = (set: CharSet) => chain.every((atom) => overlaps(atom.set, set));
    for (const term of terms) {
      const { node, quantifier } = term;
      if (node.type === "assertion") continue;
      if (node.type === "group") {
        const inner = overlappingRepeats(node.alternatives, parser);
        if (!inner.safe) return inner;
        const only = parser.termsOf(node.alternatives);
        const single = only.length === 1 && quantifier === null;
        if (single) {
          // Inline a plain group: its atoms continue the run.
          for (const t of only[0]) {
            if (t.node.type !== "char") {
              chain = [];
              continue;
            }
            const r = step(chain, t.node.set, t.quantifier, t.text, fits);
            if (!r.safe) return r;
            chain = r.chain;
          }
          continue;
        }
        const first = firstSetOfAlternatives(node.alternatives, parser);
        if ((quantifier === null || quantifier.min > 0) && (first === null || !fits(first))) {
          chain = [];
        }
        continue;
      }
      const r = step(chain, node.set, quantifier, term.text, fits);
      if (!r.safe) return r;
      chain = r.chain;
    }
  }
  return { safe: true };
}

function step(
  chain: Atom[],
  set: CharSet,
  quantifier: Quantifier | null,
  text: string,
  fits: (set: CharSet) => boolean
): { safe: true; chain: Atom[] } | Exclude<PatternSafety, { safe: true }> {
  if (isUnbounded(quantifier)) {
    const next = fits(set) ? [...chain, { set, text }] : [{ set, text }];
    if (next.length >= 3) {
      const part = next.map((atom) => atom.text).join(" … ");
      return unsafe("overlappingRepeats", part);
    }
    return { safe: true, chain: next };
  }
  const optional = quantifier !== null && quantifier.min === 0;
  if (!optional && !fits(set)) return { safe: true, chain: [] };
  return { safe: true, chain };
}

/**
 * Whether `pattern` (already known to compile) is safe to run on untrusted header text.
 * Conservative: a refused pattern can always be rewritten (drop the inner repeat, make the
 * alternatives start differently, use fewer `.*`).
 */
export function checkPatternSafety(pattern: string, flags = ""): PatternSafety {
  if (pattern.length > MAX_PATTERN_LENGTH) {
    return unsafe("tooLong", "", { length: pattern.length, max: MAX_PATTERN_LENGTH });
  }
  const parser = new Parser(pattern, flags.includes("i"));
  let tree: Node[][];
  try {
    tree = parser.parse();
  } catch (error) {
    if (error instanceof BackReference) {
      return unsafe("backReference", error.part);
    }
    throw error;
  }
  const nested = walk(tree, { parser });
  if (!nested.safe) return nested;
  return overlappingRepeats(tree, parser);
}
