// Screening against the OFAC list: loaded once, on first use, from the newest good index
// (bundled in rules/ or stored by `vet data update`).

import { readFileSync } from 'node:fs';
import { nameWords } from '../data/name-words.js';
import { compareTokens, isSameName, normalizeName, tokenSimilarity, type NameComparison } from '../names/index.js';
import { currentListFile, listLabel } from './cache.js';
import { walletKey, type CompactEntry, type EntryType, type SanctionsIndexFile } from './convert.js';

export interface SanctionsEntry {
  ent: number;
  name: string;
  type: EntryType;
  programs: string[];
  details: string;
}

export interface SanctionsList {
  label: string;
  snapshot: string;
  entries: CompactEntry[];
  names: [number, string[]][];
  postings: Map<string, number[]>;
  /** Vocabulary by the first letter of its spelling skeleton, for fuzzy token lookup. */
  vocabulary: Map<string, string[]>;
  wallets: Map<string, { address: string; asset: string; entry: number }>;
}

let loaded: SanctionsList | undefined;

export function sanctionsList(): SanctionsList {
  if (loaded) return loaded;
  const file = currentListFile();
  const data = JSON.parse(readFileSync(file.file, 'utf8')) as SanctionsIndexFile;
  if (data.format !== 1 || !Array.isArray(data.entries) || !Array.isArray(data.names)) throw new Error(`${file.file}: not a vet sanctions index (format 1)`);
  loaded = buildList(data, listLabel(file));
  return loaded;
}

/** For tests: screen against a given index instead of the installed one. */
export function useSanctionsIndex(data: SanctionsIndexFile | undefined, label = 'test list'): void {
  loaded = data ? buildList(data, label) : undefined;
}

function buildList(data: SanctionsIndexFile, label: string): SanctionsList {
  const names = data.names.map(([i, n]) => [i, n.split(' ')] as [number, string[]]);
  const postings = new Map<string, number[]>();
  names.forEach(([, tokens], n) => {
    for (const t of tokens) {
      const list = postings.get(t);
      if (list) list.push(n);
      else postings.set(t, [n]);
    }
  });
  const vocabulary = new Map<string, string[]>();
  for (const t of postings.keys()) {
    if (t.length < 4) continue;
    const key = vocabularyKey(t[0], t.length);
    const bucket = vocabulary.get(key);
    if (bucket) bucket.push(t);
    else vocabulary.set(key, [t]);
  }
  const wallets = new Map(data.wallets.map(([address, asset, entry]) => [walletKey(address), { address, asset, entry }]));
  return { label, snapshot: data.snapshot, entries: data.entries, names, postings, vocabulary, wallets };
}

export function entryAt(list: SanctionsList, index: number): SanctionsEntry {
  const [ent, name, type, programs, details] = list.entries[index];
  return { ent, name, type, programs: programs.split(' ').filter(Boolean), details };
}

export const DPRK_PROGRAMS = /^DPRK/;

export function isDprk(entry: SanctionsEntry): boolean {
  return entry.programs.some((p) => DPRK_PROGRAMS.test(p));
}

export interface WalletHit {
  address: string;
  asset: string;
  entry?: SanctionsEntry;
}

export function findWallet(address: string, list: SanctionsList = sanctionsList()): WalletHit | undefined {
  const hit = list.wallets.get(walletKey(address));
  if (!hit) return undefined;
  return { address: hit.address, asset: hit.asset, ...(hit.entry >= 0 && { entry: entryAt(list, hit.entry) }) };
}

export type MatchLevel = 'exact' | 'near' | 'fuzzy';

export interface NameHit {
  entry: SanctionsEntry;
  /** The listed name or a.k.a. that matched, normalised. */
  listedAs: string;
  level: MatchLevel;
  score: number;
}

/**
 * Entries whose listed name or a.k.a. is the same name as `name`: every word of the shorter name
 * paired, nothing contradicting, at least two words paired, and not only the most common names
 * (a name made only of `Kim`, `Lee`, `Li`, `Wei`... never matches on two words).
 */
export function screenName(name: string, list: SanctionsList = sanctionsList()): NameHit[] {
  const query = normalizeName(name).tokens;
  if (query.length === 0) return [];
  const best = new Map<number, NameHit>();
  for (const n of candidateNames(query, list)) {
    const [entryIndex, tokens] = list.names[n];
    const entry = entryAt(list, entryIndex);
    const comparison = compareTokens(query, tokens, 'fuzzy');
    if (!isListMatch(comparison, query, tokens, entry)) continue;
    const hit: NameHit = { entry, listedAs: tokens.join(' '), level: levelOf(comparison), score: comparison.score };
    const previous = best.get(entryIndex);
    if (!previous || previous.score < hit.score) best.set(entryIndex, hit);
  }
  return [...best.values()].sort((a, b) => b.score - a.score || a.entry.ent - b.entry.ent);
}

function isListMatch(c: NameComparison, query: string[], listed: string[], entry: SanctionsEntry): boolean {
  if (query.length === 1 || listed.length === 1) {
    // A one-word name matches only a one-word listed name, exactly, and only if it is not a common name.
    return query.length === 1 && listed.length === 1 && c.exact && query[0].length >= 4 && !nameWords().commonTokens.has(query[0]);
  }
  if (!isSameName(c, query, listed, { organisation: entry.type !== 'individual' })) return false;
  if (c.wordPairs < 2) return false;
  return c.distinctivePairs >= 1 || c.wordPairs >= 3;
}

function levelOf(c: NameComparison): MatchLevel {
  if (c.exact) return 'exact';
  return c.score >= 0.97 ? 'near' : 'fuzzy';
}

/** Names sharing at least two tokens (equal or similar) with the query, or one when either name has one. */
function candidateNames(query: string[], list: SanctionsList): number[] {
  const hits = new Map<number, number>();
  for (const token of new Set(query)) {
    const seen = new Set<number>();
    for (const similar of similarTokens(token, list)) {
      for (const n of list.postings.get(similar) ?? []) {
        if (seen.has(n)) continue;
        seen.add(n);
        hits.set(n, (hits.get(n) ?? 0) + 1);
      }
    }
  }
  const needed = Math.min(2, query.length);
  return [...hits].filter(([n, count]) => count >= Math.min(needed, list.names[n][1].length)).map(([n]) => n);
}

function similarTokens(token: string, list: SanctionsList): string[] {
  const found = list.postings.has(token) ? [token] : [];
  if (token.length < 4) return found;
  // Tokens more than two letters longer or shorter never reach the similarity threshold.
  for (const initial of [token[0], ...(SAME_SOUND[token[0]] ?? '')]) {
    for (let length = token.length - 2; length <= token.length + 2; length++) {
      for (const candidate of list.vocabulary.get(vocabularyKey(initial, length)) ?? []) {
        if (candidate !== token && tokenSimilarity(token, candidate, 'fuzzy') > 0) found.push(candidate);
      }
    }
  }
  return [...new Set(found)];
}

/** First letters that transliterations of one name swap (`Qasr`/`Kasr`, `Zhelvinsky`/`Jelvinskiy`, `Yusuf`/`Iusuf`). */
const SAME_SOUND: Record<string, string> = { q: 'k', k: 'qc', c: 'k', w: 'v', v: 'w', z: 'j', j: 'zy', y: 'ij', i: 'y', h: 'k', f: 'p', p: 'f', x: 'sz', s: 'xz' };

/** Vocabulary buckets: first letter and length. */
function vocabularyKey(initial: string, length: number): string {
  return `${initial}${length}`;
}
