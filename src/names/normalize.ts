// Names reduced to comparable tokens: case, diacritics, punctuation, hyphens, apostrophes,
// dotted initials, titles and legal forms. Word order is left to the comparison (similarity.ts).

import { nameWords, type NameWords } from '../data/name-words.js';
import { inLatinLetters } from './transliterate.js';

/** Letters that NFKD does not decompose into a base letter plus a mark. */
const FOLDS: Record<string, string> = { ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', đ: 'd', ł: 'l', ı: 'i', þ: 'th', ð: 'd', ħ: 'h', ŀ: 'l' };

const ASCII = /^[\x00-\x7f]*$/;

/** Lower case, diacritics removed (`Nicolás` -> `nicolas`, `Łódź` -> `lodz`), other scripts in Latin letters (`Сергей` -> `sergey`). */
export function foldText(text: string): string {
  // ASCII has nothing to decompose or fold: most names, and a sheet screens every one.
  if (ASCII.test(text)) return text.toLowerCase();
  return inLatinLetters(text)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[øæœßđłıþðħŀ]/g, (c) => FOLDS[c] ?? c);
}

/**
 * Raw tokens: apostrophes join (`O'Brien` -> `obrien`, as registries write it both ways),
 * dotted acronyms join (`A.B.C.` -> `abc`), any other punctuation or hyphen splits.
 */
export function tokenize(text: string): string[] {
  const folded = foldText(text)
    .replace(/['’‘`ʼ´]/g, '')
    .replace(/(?<![\p{L}\p{N}])(?:\p{L}\.){2,}/gu, (m) => `${m.replace(/\./g, '')} `)
    .replace(/&/g, ' and ');
  return folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

export interface NormalizedName {
  /** Comparable tokens in their original order, titles and legal forms removed. */
  tokens: string[];
  /** Legal-form words that were removed (`ltd`, `llc`): the name is probably an organisation's. */
  legalForms: string[];
}

/** Normalises a person's or an organisation's name for comparison. */
export function normalizeName(name: string, words: NameWords = nameWords()): NormalizedName {
  let tokens = tokenize(name);
  const legalForms: string[] = [];
  tokens = stripEnds(tokens, (t) => words.titles.has(t), []);
  // Legal forms sit at either end of a name (`OOO Gazprom`, `Gazprom LLC`); in the middle they are part of it.
  let previous = -1;
  while (previous !== tokens.length) {
    previous = tokens.length;
    tokens = stripPhrases(tokens, words.legalPhrases, legalForms);
    tokens = stripEnds(tokens, (t) => words.legalForms.has(t), legalForms);
  }
  return { tokens, legalForms };
}

/** Removes matching tokens at both ends, never the last one left. */
function stripEnds(tokens: string[], drop: (t: string) => boolean, removed: string[]): string[] {
  let start = 0;
  let end = tokens.length;
  while (end - start > 1 && drop(tokens[end - 1])) removed.push(tokens[--end]);
  while (end - start > 1 && drop(tokens[start])) removed.push(tokens[start++]);
  return tokens.slice(start, end);
}

function stripPhrases(tokens: string[], phrases: string[][], removed: string[]): string[] {
  for (const phrase of phrases) {
    if (tokens.length <= phrase.length) continue;
    if (phrase.every((p, i) => tokens[tokens.length - phrase.length + i] === p)) {
      removed.push(phrase.join(' '));
      return tokens.slice(0, tokens.length - phrase.length);
    }
    if (phrase.every((p, i) => tokens[i] === p)) {
      removed.push(phrase.join(' '));
      return tokens.slice(phrase.length);
    }
  }
  return tokens;
}

/** A name's words in one order, however it was typed: `García, José` and `jose garcia` give `garcia jose`. */
export function nameKey(name: string): string {
  return tokenize(name).sort().join(' ');
}

/**
 * Whether two names are one person's as people type them: case, accents, punctuation and word
 * order do not count (`García, José` is `Jose Garcia`), an initial stands for any word it begins
 * (`J. Garcia`), and a short form for its given name (`Bob Smith`, `Robert Smith`). The same
 * number of words is needed: `Jose Garcia Lopez` may be another man.
 */
export function samePersonName(a: string, b: string): boolean {
  const left = tokenize(a);
  const right = tokenize(b);
  if (left.length !== right.length || left.length === 0) return false;
  // Whole words first, so that an initial does not take a word another whole word needed.
  const rest = [...right];
  const byLength = [...left].sort((x, y) => y.length - x.length);
  const words = nameWords();
  for (const word of byLength) {
    let at = rest.indexOf(word);
    if (at < 0) at = rest.findIndex((other) => (word.length === 1 && other.startsWith(word)) || (other.length === 1 && word.startsWith(other)) || words.sameGivenName(word, other));
    if (at < 0) return false;
    rest.splice(at, 1);
  }
  return true;
}
