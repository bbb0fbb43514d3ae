// Token-aligned name similarity: each token of one name is paired with its most similar token
// of the other (Jaro-Winkler), whatever the word order; initials pair with the names they abbreviate;
// a token split in one name and joined in the other (`Min-jun` / `Minjun`) pairs as one.

import { nameWords, type NameWords } from '../data/name-words.js';
import { normalizeName } from './normalize.js';

/**
 * `fuzzy` is for screening against a list (spelling and transliteration variants match);
 * `strict` is for comparing a person's own names (one slip in a long token at most).
 */
export type MatchMode = 'fuzzy' | 'strict';

export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  const window = Math.max(0, (Math.max(a.length, b.length) >> 1) - 1);
  // Screening calls this thousands of times per dossier: reuse two flag buffers instead of allocating.
  const aMatched = flags(0, a.length);
  const bMatched = flags(1, b.length);
  let matches = 0;
  for (let i = 0; i < a.length; i++) {
    const from = Math.max(0, i - window);
    const to = Math.min(b.length - 1, i + window);
    for (let j = from; j <= to; j++) {
      if (bMatched[j] || a[i] !== b[j]) continue;
      aMatched[i] = bMatched[j] = 1;
      matches++;
      break;
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  for (let i = 0, j = 0; i < a.length; i++) {
    if (!aMatched[i]) continue;
    while (!bMatched[j]) j++;
    if (a[i] !== b[j]) transpositions++;
    j++;
  }
  const jaro = (matches / a.length + matches / b.length + (matches - transpositions / 2) / matches) / 3;
  let prefix = 0;
  while (prefix < 4 && prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

const flagBuffers = [new Uint8Array(64), new Uint8Array(64)];

/** Buffer `which`, at least `length` long, its first `length` flags cleared. */
function flags(which: 0 | 1, length: number): Uint8Array {
  if (flagBuffers[which].length < length) flagBuffers[which] = new Uint8Array(length * 2);
  return flagBuffers[which].fill(0, 0, length);
}

/** Optimal string alignment distance (Damerau-Levenshtein without repeated edits of one substring). */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

const INITIAL_SIMILARITY = 0.9;
/** A short form (`Bob`) for its formal name (`Robert`): as sure as an initial, and a whole word. */
const SHORT_FORM_SIMILARITY = 0.91;
const ROMAN = /^(?:ii|iii|iv|vi|vii|viii|ix|xi|xii)$/;

/** Similarity of two tokens in 0..1; 0 when they must not pair at all. */
export function tokenSimilarity(a: string, b: string, mode: MatchMode): number {
  if (a === b) return 1;
  if (a.length === 1 || b.length === 1) {
    const [initial, full] = a.length === 1 ? [a, b] : [b, a];
    return full.startsWith(initial) && /\p{L}/u.test(initial) ? INITIAL_SIMILARITY : 0;
  }
  // Digits identify (vessel numbers, numbered companies): they never match loosely.
  if (/\d/.test(a) || /\d/.test(b)) return 0;
  const shorter = Math.min(a.length, b.length);
  if (mode === 'strict') {
    // One person's names: `Bob` on the bank account is the `Robert` of the application.
    if (nameWords().sameGivenName(a, b)) return SHORT_FORM_SIMILARITY;
    return shorter >= 5 && editDistance(a, b) <= 1 && !areGenderedForms(a, b) ? 0.92 : 0;
  }
  if (shorter <= 3) return skeleton(a) === skeleton(b) ? 0.92 : 0; // `kim`/`kin`: one letter makes another short name.
  // `Aleksandra Ivanova` is not `IVANOV, Aleksandr` (listed: Gender Male), however close the letters.
  if (areGenderedForms(a, b)) return 0;
  // A long token that only shares a prefix with a short one is another name (`Oleksandr` / `Oleksandrovych`).
  const lengthGap = Math.max(0, Math.abs(a.length - b.length) - 1);
  const direct = jaroWinkler(a, b);
  // Spelling conventions of transliteration (`kh`/`h`, `w`/`v`, `q`/`k`) count a little less than the same letters.
  const phonetic = Math.min(0.95, jaroWinkler(skeleton(a), skeleton(b)));
  const similarity = Math.max(direct, phonetic) - 0.05 * lengthGap;
  // Short names differ by one sound between different people (`Yong`/`Myong`, `Pong`/`Pyong`).
  return similarity >= (shorter <= 5 ? SHORT_TOKEN_THRESHOLD : TOKEN_THRESHOLD) ? similarity : 0;
}

const SHORT_TOKEN_THRESHOLD = 0.95;

/**
 * One letter apart at the end, the way many languages make a woman's name of a man's:
 * `Daniel`/`Daniela`, `Mario`/`Maria`, `Simone`/`Simona`, `Christian`/`Christina`,
 * `Petrov`/`Petrova`. Two people (a sister's, a wife's account), not one name mistyped.
 */
function areGenderedForms(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (long === `${short}a`) return true;
  if (short.length !== long.length) return false;
  const stem = short.slice(0, -2);
  if (!long.startsWith(stem)) return false;
  const [endA, endB] = [a.slice(stem.length), b.slice(stem.length)];
  // `...io`/`...ia`, `...ne`/`...na`: the last vowel; `...an`/`...na`: the last two letters swapped.
  if (endA[0] === endB[0]) return /^[aoe]$/.test(endA[1]) && /^[aoe]$/.test(endB[1]) && (endA[1] === 'a' || endB[1] === 'a');
  return endA === [...endB].reverse().join('') && (endA.endsWith('a') || endB.endsWith('a'));
}

/**
 * Rules in order, as plain substrings: a regular expression is compiled on its first use, and a
 * cold start screens only a few names, so fourteen compilations cost more than the replacing.
 */
const SKELETON_RULES: [string, string][] = [
  // `Alexander`/`Aleksandr`, `Maxim`/`Maksim`: x is how English writes Cyrillic кс.
  ['x', 'ks'],
  ['sch', 'sh'], ['ph', 'f'], ['kh', 'h'], ['zh', 'j'], ['ck', 'k'], ['q', 'k'], ['w', 'v'],
  ['tz', 'z'], ['ts', 'z'], ['ou', 'u'], ['oo', 'u'], ['ee', 'i'], ['y', 'i'],
];

/** A rough spelling-independent form of a token: transliteration variants of one name collapse. */
export function skeleton(token: string): string {
  let known = skeletons.get(token);
  if (known === undefined) {
    known = collapseRepeats(SKELETON_RULES.reduce((t, [from, to]) => (t.includes(from) ? t.replaceAll(from, to) : t), token));
    // Screening compares the same list tokens again and again: remember them (bounded).
    if (skeletons.size > 100_000) skeletons.clear();
    skeletons.set(token, known);
  }
  return known;
}

/** Runs of one character written once (`ll` -> `l`), as `/(.)\1+/g` would: `.` is no line break. */
function collapseRepeats(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (i > 0 && c === text[i - 1] && !LINE_BREAKS.includes(c)) continue;
    out += c;
  }
  return out;
}

const LINE_BREAKS = '\n\r\u2028\u2029';

const skeletons = new Map<string, string>();

/** Below this, two tokens are different names (`Scholz`/`Schulze` 0.88, `Scholz`/`Scholze` 0.97). */
const TOKEN_THRESHOLD = 0.92;

export interface TokenPair {
  /** Token indexes in the first name (several when the other name writes them as one word). */
  a: number[];
  b: number[];
  similarity: number;
  initial: boolean;
}

export interface NameComparison {
  /** 0..1: how much of the shorter name the pairs cover, less a little for extra names in the longer one. */
  score: number;
  pairs: TokenPair[];
  /** Tokens left without a partner, by side. */
  leftoverA: string[];
  leftoverB: string[];
  /** Both names keep a real token the other lacks (`Eric A. Wendt` / `Josh A. Wendt`): two people. */
  conflict: boolean;
  /** Pairs of whole words (not initials, not particles such as `bin`). */
  wordPairs: number;
  /** Word pairs whose tokens are not among the most common names. */
  distinctivePairs: number;
  /** Same tokens, any order. */
  exact: boolean;
}

export function compareTokens(a: string[], b: string[], mode: MatchMode = 'fuzzy', words: NameWords = nameWords()): NameComparison {
  // Equal words first, then words written together in one name and apart in the other, then the rest by similarity.
  const pairs = greedyPairs(a, b, mode, new Set(), new Set(), true);
  const usedA = new Set(pairs.flatMap((p) => p.a));
  const usedB = new Set(pairs.flatMap((p) => p.b));
  pairs.push(...joinedPairs(a, b, usedA, usedB), ...joinedPairs(b, a, usedB, usedA).map((p) => ({ ...p, a: p.b, b: p.a })));
  pairs.push(...greedyPairs(a, b, mode, usedA, usedB, false));
  const leftoverA = a.filter((_, i) => !usedA.has(i));
  const leftoverB = b.filter((_, i) => !usedB.has(i));
  const weight = (t: string) => (words.particles.has(t) ? 0.25 : t.length === 1 ? 0.5 : 1);
  const real = (t: string) => !words.particles.has(t);
  const totalA = a.reduce((s, t) => s + weight(t), 0);
  const totalB = b.reduce((s, t) => s + weight(t), 0);
  const shorterIsA = totalA <= totalB;
  const covered = pairs.reduce((s, p) => s + p.similarity * (shorterIsA ? p.a.map((i) => weight(a[i])) : p.b.map((i) => weight(b[i]))).reduce((x, y) => x + y, 0), 0);
  const shorterTotal = shorterIsA ? totalA : totalB;
  const extras = (shorterIsA ? leftoverB : leftoverA).filter(real).length;
  // A number left over names another vessel or company (`Victory 3`, `Fund I`); elsewhere one side may have more names.
  const numbered = [...leftoverA, ...leftoverB].some((t) => /\d/.test(t) || ROMAN.test(t));
  const conflict = (leftoverA.some(real) && leftoverB.some(real)) || numbered;
  let score = shorterTotal === 0 ? 0 : covered / shorterTotal - Math.min(0.1, 0.03 * extras);
  if (conflict) score *= 0.75;
  const wordPair = (p: TokenPair) => !p.initial && [...p.a.map((i) => a[i]), ...p.b.map((i) => b[i])].some((t) => !words.particles.has(t) && t.length > 1);
  const wordPairs = pairs.filter(wordPair);
  const distinctivePairs = wordPairs.filter((p) => p.a.some((i) => !words.commonTokens.has(a[i]) && !words.particles.has(a[i])) && p.b.some((i) => !words.commonTokens.has(b[i]) && !words.particles.has(b[i]))).length;
  const exact = leftoverA.length === 0 && leftoverB.length === 0 && pairs.every((p) => p.similarity === 1 && !p.initial);
  return { score: Math.max(0, Math.min(1, score)), pairs, leftoverA, leftoverB, conflict, wordPairs: wordPairs.length, distinctivePairs, exact };
}

/** Pairs the most similar tokens first, each token used once. */
function greedyPairs(a: string[], b: string[], mode: MatchMode, usedA: Set<number>, usedB: Set<number>, equalOnly: boolean): TokenPair[] {
  const candidates: { s: number; i: number; j: number }[] = [];
  for (let i = 0; i < a.length; i++) {
    if (usedA.has(i)) continue;
    for (let j = 0; j < b.length; j++) {
      if (usedB.has(j)) continue;
      const s = equalOnly ? (a[i] === b[j] ? 1 : 0) : mode === 'fuzzy' ? fuzzySimilarity(a[i], b[j]) : tokenSimilarity(a[i], b[j], mode);
      if (s > 0) candidates.push({ s, i, j });
    }
  }
  // Whole words before initials; then keep the original order, so that `J. J. Smith` pairs in sequence.
  candidates.sort((x, y) => y.s - x.s || Math.abs(x.i - x.j) - Math.abs(y.i - y.j));
  const pairs: TokenPair[] = [];
  for (const { s, i, j } of candidates) {
    if (usedA.has(i) || usedB.has(j)) continue;
    usedA.add(i);
    usedB.add(j);
    pairs.push({ a: [i], b: [j], similarity: s, initial: s === INITIAL_SIMILARITY && (a[i].length === 1 || b[j].length === 1) });
  }
  return pairs;
}

/**
 * tokenSimilarity in fuzzy mode, after the letter-count bound: screening scores the query's tokens
 * against every token of a hundred candidate names, and most pairs share too few letters.
 */
function fuzzySimilarity(a: string, b: string): number {
  let mayPair = bounds.get(a);
  if (!mayPair) {
    if (bounds.size >= 10_000) bounds.clear();
    bounds.set(a, (mayPair = mayBeSimilar(a)));
  }
  return mayPair(b) ? tokenSimilarity(a, b, 'fuzzy') : 0;
}

const bounds = new Map<string, (candidate: string) => boolean>();

/** A leftover token of `a` that equals two or three adjacent leftover tokens of `b` written together. */
function joinedPairs(a: string[], b: string[], usedA: Set<number>, usedB: Set<number>): TokenPair[] {
  const pairs: TokenPair[] = [];
  for (let i = 0; i < a.length; i++) {
    if (usedA.has(i)) continue;
    for (let j = 0; j < b.length; j++) {
      for (const span of [2, 3]) {
        const run = Array.from({ length: span }, (_, k) => j + k);
        if (run.some((k) => k >= b.length || usedB.has(k))) continue;
        if (run.map((k) => b[k]).join('') !== a[i]) continue;
        pairs.push({ a: [i], b: run, similarity: 1, initial: false });
        usedA.add(i);
        for (const k of run) usedB.add(k);
        break;
      }
      if (usedA.has(i)) break;
    }
  }
  return pairs;
}

/** Compares two names as written (normalised here). */
export function compareNames(a: string, b: string, mode: MatchMode = 'fuzzy'): NameComparison {
  return compareTokens(normalizeName(a).tokens, normalizeName(b).tokens, mode);
}

/** Similarity of two names in 0..1, whatever the word order. */
export function nameSimilarity(a: string, b: string, mode: MatchMode = 'fuzzy'): number {
  return compareNames(a, b, mode).score;
}

/**
 * Two spellings of one person's name: every word of the shorter name is in the longer one,
 * middle names and initials may be added or dropped, nothing contradicts.
 * Strict by default: a surname with two letters changed is another name.
 */
export function sameName(a: string, b: string, mode: MatchMode = 'strict'): boolean {
  return isSameName(compareNames(a, b, mode), normalizeName(a).tokens, normalizeName(b).tokens);
}

export interface SameNameOptions {
  /**
   * Organisations: a word one name has and the other lacks makes another organisation
   * (`Crystalord Systems Ltd` / `Crystalord Ltd`). People: extra middle names are normal.
   */
  organisation?: boolean;
}

export function isSameName(c: NameComparison, a: string[], b: string[], options: SameNameOptions = {}, words: NameWords = nameWords()): boolean {
  if (c.conflict || c.score < SAME_NAME_THRESHOLD) return false;
  const word = (t: string) => !words.particles.has(t) && t.length > 1;
  if (options.organisation && (c.leftoverA.some(word) || c.leftoverB.some(word))) return false;
  const wordsIn = (tokens: string[]) => tokens.filter((t) => t.length > 1 && !words.particles.has(t)).length;
  return c.wordPairs >= Math.min(2, wordsIn(a), wordsIn(b)) && c.wordPairs > 0;
}

export const SAME_NAME_THRESHOLD = 0.88;

/**
 * A test that is false only when `tokenSimilarity(token, candidate, 'fuzzy')` is 0, computed from
 * letter counts without building the candidate's skeleton or aligning letters: screening compares
 * each query token with thousands of list tokens, and most share too few letters to pair.
 * Sound by construction (an upper bound on the similarity), so screening finds exactly the same tokens.
 */
export function mayBeSimilar(token: string): (candidate: string) => boolean {
  // Short tokens, initials and numbers take other paths in tokenSimilarity: no bound for them.
  if (token.length <= 3 || !/^[a-z]+$/.test(token)) return () => true;
  const letters = letterCounts(token, (c) => c);
  const skeletonOf = skeleton(token);
  const classes = letterCounts(skeletonOf, (c) => SOUND_CLASS[c]);
  return (candidate) => {
    if (candidate.length <= 3 || candidate === token) return true;
    const [common, commonClasses] = sharedLetters(letters, classes, candidate);
    const shorter = Math.min(token.length, candidate.length);
    const threshold = shorter <= 5 ? SHORT_TOKEN_THRESHOLD : TOKEN_THRESHOLD;
    const direct = winklerBound(common, token.length, candidate.length, prefixLength(token, candidate));
    // The candidate's skeleton is unknown here: its length only bounds the matches from above (at most 1 per letter).
    const phonetic = Math.min(0.95, winklerBound(commonClasses, skeletonOf.length, commonClasses, 4));
    const lengthGap = Math.max(0, Math.abs(token.length - candidate.length) - 1);
    // The margin covers rounding: the bound and the exact score add the same terms in another order.
    return Math.max(direct, phonetic) - 0.05 * lengthGap >= threshold - 1e-9;
  };
}

/**
 * Letters that a skeleton rule writes for others (`ph`->`f`, `zh`->`j`, `ts`->`z`, `q`->`k`, `w`->`v`,
 * `oo`->`u`, `ee`->`i`, `y`->`i`) share a class, so no rule adds to a class: a skeleton has at most as
 * many letters of each class as its token, and the class counts bound the letters two skeletons share.
 * The one rule that adds a letter, `x`->`ks`, is counted where a candidate's letters are: its x may
 * match a k-class and an s-class letter (sharedLetters).
 */
const SOUND_CLASS: number[] = (() => {
  const classes = Array.from({ length: 26 }, (_, c) => c);
  const code = (letter: string) => letter.charCodeAt(0) - 97;
  for (const group of ['pf', 'zjs', 'qk', 'wv', 'uo', 'iey']) for (const letter of group) classes[code(letter)] = code(group[0]);
  return classes;
})();

/** Counts of `text`'s letters a-z, each counted under `key(letter index)`. */
function letterCounts(text: string, key: (c: number) => number): Uint8Array {
  const counts = new Uint8Array(26);
  for (let i = 0; i < text.length; i++) counts[key(text.charCodeAt(i) - 97)]++;
  return counts;
}

const X = 'x'.charCodeAt(0) - 97;
/** The classes of the `ks` a skeleton writes for x. */
const X_CLASSES = [SOUND_CLASS['k'.charCodeAt(0) - 97], SOUND_CLASS['s'.charCodeAt(0) - 97]];

const letterScratch = new Uint8Array(26);
const classScratch = new Uint8Array(26);

/** How many letters of `candidate` the query's letters can match, and how many its skeleton's classes can. */
function sharedLetters(letters: Uint8Array, classes: Uint8Array, candidate: string): [number, number] {
  letterScratch.set(letters);
  classScratch.set(classes);
  let common = 0;
  let commonClasses = 0;
  for (let i = 0; i < candidate.length; i++) {
    const c = candidate.charCodeAt(i) - 97;
    if (c < 0 || c >= 26) continue; // not a letter the query has
    if (letterScratch[c] > 0) {
      letterScratch[c]--;
      common++;
    }
    // An x is two letters in a skeleton (`ks`): it may match one of each class.
    for (const k of c === X ? X_CLASSES : [SOUND_CLASS[c]]) {
      if (classScratch[k] > 0) {
        classScratch[k]--;
        commonClasses++;
      }
    }
  }
  return [common, commonClasses];
}

function prefixLength(a: string, b: string): number {
  let prefix = 0;
  while (prefix < 4 && prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  return prefix;
}

/**
 * The most jaroWinkler can give two strings of lengths `aLength` and `bLength` with at most `matches`
 * matching letters and a common prefix of at most `prefix`: no transpositions, and the score grows with both.
 */
function winklerBound(matches: number, aLength: number, bLength: number, prefix: number): number {
  if (matches === 0) return 0;
  const jaro = Math.min(1, (matches / aLength + matches / bLength + 1) / 3);
  return jaro + prefix * 0.1 * (1 - jaro);
}
