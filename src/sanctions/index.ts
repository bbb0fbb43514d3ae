// Screening against the OFAC list: loaded once, on first use, from the newest good index
// (bundled in rules/ or stored by `vet data update`).

import { closeSync, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { nameWords } from '../data/name-words.js';
import { compareTokens, isSameName, mayBeSimilar, normalizeName, tokenSimilarity, type NameComparison } from '../names/index.js';
import { currentListFile, listLabel } from './cache.js';
import { bucketKey, packIndex, walletKey, type EntryType, type SanctionsIndexFile, type SanctionsIndexFileV1, type SanctionsIndexFileV2 } from './convert.js';
import { utf8Text } from '../util/text.js';

export interface SanctionsEntry {
  ent: number;
  name: string;
  type: EntryType;
  programs: string[];
  details: string;
}

/** The packed content of an index file, whatever its format; the entries as read, or read from the file on first use. */
type LoadedIndex = Omit<SanctionsIndexFile, 'format' | 'entries'> & { entries: string | (() => string) };

interface Bucket {
  /** Sorted. */
  tokens: string[];
  /** Aligned with `tokens`: the names holding each token, base 36, comma separated (decoded on use). */
  postings: string[];
}

/**
 * The list as loaded: the packed strings of the index file, decoded piece by piece as screening
 * reaches them (the lines of entries and names, one bucket of tokens, one token's postings), each once.
 */
export class SanctionsList {
  readonly label: string;
  readonly snapshot: string;
  private readonly data: LoadedIndex;
  private readonly source: string;
  private entryLines?: string[];
  private readonly entryCache = new Map<number, SanctionsEntry>();
  private nameLines?: string[];
  private readonly nameCache = new Map<number, [number, string[]]>();
  private readonly buckets = new Map<string, Bucket | undefined>();
  private readonly postingCache = new Map<string, number[]>();
  private walletMap?: Map<string, { address: string; asset: string; entry: number }>;
  /** Query token -> the list tokens similar to it: a dossier repeats its names' tokens, a batch its common names. */
  readonly similar = new Map<string, string[]>();

  constructor(data: LoadedIndex, label: string, source: string) {
    this.data = data;
    this.label = label;
    this.snapshot = data.snapshot;
    this.source = source;
  }

  get entryCount(): number {
    return this.data.counts.entries;
  }

  get nameCount(): number {
    return this.data.counts.names;
  }

  entry(index: number): SanctionsEntry {
    let entry = this.entryCache.get(index);
    if (entry) return entry;
    this.entryLines ??= this.lines('entries', this.entriesText(), this.data.counts.entries);
    const line = this.entryLines[index];
    if (line === undefined) throw new Error(`${this.source}: no entry ${index} (corrupt sanctions index)`);
    const [ent, name, type, programs, details] = line.split('\t');
    entry = { ent: Number(ent), name, type: type as EntryType, programs: programs ? programs.split(' ') : [], details: details ?? '' };
    this.entryCache.set(index, entry);
    return entry;
  }

  /** [entry index, normalised tokens] of name `n`. */
  name(n: number): [number, string[]] {
    let name = this.nameCache.get(n);
    if (name) return name;
    this.nameLines ??= this.lines('names', this.data.names, this.data.counts.names);
    const tokens = this.nameLines[n].split(' ');
    name = [Number(tokens.shift()), tokens];
    this.nameCache.set(n, name);
    return name;
  }

  /** The names holding `token`, ascending. */
  postings(token: string): number[] {
    let found = this.postingCache.get(token);
    if (found) return found;
    found = [];
    const bucket = this.bucket(token[0], token.length);
    if (bucket) {
      const at = sortedIndexOf(bucket.tokens, token);
      if (at >= 0) found = bucket.postings[at].split(',').map((n) => parseInt(n, 36));
      if (found.some((n) => !(n >= 0 && n < this.data.counts.names))) throw new Error(`${this.source}: postings of "${token}": ${JSON.stringify(bucket.postings[at])} is not a list of name numbers (corrupt sanctions index)`);
    }
    this.postingCache.set(token, found);
    return found;
  }

  /** The distinct tokens of the list that start with `initial` and have `length` letters, sorted. */
  tokensOf(initial: string, length: number): readonly string[] {
    return this.bucket(initial, length)?.tokens ?? [];
  }

  wallet(key: string): { address: string; asset: string; entry: number } | undefined {
    this.walletMap ??= new Map(this.data.wallets.map(([address, asset, entry]) => [walletKey(address), { address, asset, entry }]));
    return this.walletMap.get(key);
  }

  private bucket(initial: string, length: number): Bucket | undefined {
    const key = bucketKey(initial, length);
    if (this.buckets.has(key)) return this.buckets.get(key);
    const tokens = Object.hasOwn(this.data.tokens, key) ? this.data.tokens[key] : undefined;
    let bucket: Bucket | undefined;
    if (tokens !== undefined) {
      const postings = this.data.postings[key];
      bucket = { tokens: tokens.split(' '), postings: typeof postings === 'string' ? postings.split(' ') : [] };
      if (bucket.postings.length !== bucket.tokens.length) throw new Error(`${this.source}: postings.${key}: ${bucket.postings.length} items for ${bucket.tokens.length} tokens (corrupt sanctions index)`);
    }
    this.buckets.set(key, bucket);
    return bucket;
  }

  private entriesText(): string {
    const { entries } = this.data;
    return typeof entries === 'string' ? entries : entries();
  }

  private lines(field: 'entries' | 'names', text: string, expected: number): string[] {
    const lines = text === '' ? [] : text.split('\n');
    if (lines.length !== expected) throw new Error(`${this.source}: ${field}: ${lines.length} lines, the header says ${expected} (corrupt sanctions index)`);
    return lines;
  }
}

function sortedIndexOf(sorted: readonly string[], value: string): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const at = sorted[mid];
    if (at === value) return mid;
    if (at < value) low = mid + 1;
    else high = mid - 1;
  }
  return -1;
}

let loaded: SanctionsList | undefined;

export function sanctionsList(): SanctionsList {
  if (loaded) return loaded;
  const file = currentListFile();
  loaded = loadSanctionsIndex(file.file, listLabel(file));
  return loaded;
}

/** For tests: screen against a given index (format 3, or 2 or 1 as earlier versions wrote) instead of the installed one. */
export function useSanctionsIndex(data: SanctionsIndexFile | SanctionsIndexFileV2 | SanctionsIndexFileV1 | undefined, label = 'test list'): void {
  loaded = data ? new SanctionsList(checkIndex(data, label), label, label) : undefined;
}

/** Where a format 3 file says its entries are, in its header (a few hundred bytes into the file). */
const ENTRIES_PLACE = /"entriesOffset":(\d+),\s*"entriesLength":(\d+)/;
const HEAD_BYTES = 4096;
const BEFORE_ENTRIES = '"entries":';
/** What follows the entries in a file the converter wrote: the object closed, a newline. */
const AFTER_ENTRIES = 2;

interface EntriesPlace {
  offset: number;
  length: number;
}

/**
 * The list in an index file. A format 3 file is read up to its entries, which are read the first
 * time a name nearly matches (most runs never need them); an earlier format is read whole.
 */
export function loadSanctionsIndex(file: string, label: string): SanctionsList {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (err) {
    throw new Error(`${file}: cannot read the sanctions index: ${(err as Error).message}`);
  }
  let entriesPending = false;
  try {
    const stats = fstatSync(fd);
    const place = entriesPlace(readBytes(fd, 0, Math.min(stats.size, HEAD_BYTES)));
    if (!place) return new SanctionsList(checkIndex(parseIndex(readBytes(fd, 0, stats.size), file), file), label, file);
    const index = readUpToEntries(fd, stats, place, file);
    entriesPending = true;
    return new SanctionsList({ ...index, entries: entriesOnFirstUse(fd, stats, place, file) }, label, file);
  } finally {
    if (!entriesPending) closeSync(fd);
  }
}

function entriesPlace(head: Buffer): EntriesPlace | undefined {
  const found = ENTRIES_PLACE.exec(head.toString('latin1'));
  return found ? { offset: Number(found[1]), length: Number(found[2]) } : undefined;
}

function parseIndex(bytes: Buffer, file: string): unknown {
  try {
    return JSON.parse(utf8Text(bytes));
  } catch (err) {
    throw new Error(`${file}: cannot read the sanctions index: ${(err as Error).message}`);
  }
}

/** The index without its entries: the bytes before them, parsed with the entries value closed off as null. */
function readUpToEntries(fd: number, stats: Stats, place: EntriesPlace, file: string): Omit<SanctionsIndexFile, 'entries'> {
  if (place.offset + place.length + AFTER_ENTRIES !== stats.size) throw corrupt(file, `entries at byte ${place.offset}, ${place.length} bytes long, in a file of ${stats.size} bytes`);
  const before = utf8Text(readBytes(fd, 0, place.offset));
  if (!before.endsWith(BEFORE_ENTRIES)) throw corrupt(file, `byte ${place.offset} is not where the entries start`);
  let head: unknown;
  try {
    head = JSON.parse(`${before}null}`);
  } catch (err) {
    throw corrupt(file, `the header and sections before the entries: ${(err as Error).message}`);
  }
  return checkHead(head, place, file);
}

/**
 * The entries, read from the file as it was loaded. The file stays open until then: a list that `vet
 * data update` renames over it meanwhile is a new file, and this one still reads as it was; one
 * rewritten in place fails, never gives entries that are not the ones the names point to.
 */
function entriesOnFirstUse(fd: number, loadedAs: Stats, place: EntriesPlace, file: string): () => string {
  let read: { entries: string } | { error: unknown } | undefined;
  return () => {
    if (!read) {
      try {
        read = { entries: readEntries(fd, loadedAs, place, file) };
      } catch (error) {
        read = { error };
      } finally {
        closeSync(fd);
      }
    }
    if ('error' in read) throw read.error;
    return read.entries;
  };
}

function readEntries(fd: number, loadedAs: Stats, place: EntriesPlace, file: string): string {
  const now = fstatSync(fd);
  if (now.size !== loadedAs.size || now.mtimeMs !== loadedAs.mtimeMs) throw corrupt(file, 'changed since it was loaded');
  const bytes = readBytes(fd, place.offset, place.length);
  const quoted = bytes.length === place.length && bytes[0] === QUOTE && bytes[bytes.length - 1] === QUOTE;
  let entries: unknown;
  try {
    entries = quoted ? JSON.parse(utf8Text(bytes)) : undefined;
  } catch {
    // reported below, with where the entries were looked for
  }
  if (typeof entries !== 'string') throw corrupt(file, `the ${place.length} bytes at byte ${place.offset} are not the entries (a JSON string)`);
  return entries;
}

const QUOTE = 0x22;

/** `length` bytes from `position`, fewer where the file ends. */
function readBytes(fd: number, position: number, length: number): Buffer {
  const bytes = Buffer.allocUnsafe(length);
  let filled = 0;
  while (filled < length) {
    const read = readSync(fd, bytes, filled, length - filled, position + filled);
    if (read === 0) break;
    filled += read;
  }
  return bytes.subarray(0, filled);
}


function corrupt(file: string, what: string): Error {
  return new Error(`${file}: ${what} (corrupt sanctions index)`);
}

/**
 * The shape of an index file, checked in a few comparisons rather than entry by entry: the
 * converter wrote it, and a truncated file already fails in JSON.parse. Lines and buckets are
 * counted when they are decoded. A format 1 file (a cache written by an earlier version) is packed here.
 */
export function checkIndex(data: unknown, source: string): SanctionsIndexFile | SanctionsIndexFileV2 {
  const d = checkEnvelope(data, source);
  if (d.format === 1) {
    if (!Array.isArray(d.entries) || !Array.isArray(d.names)) notAnIndex(source, 'format 1: "entries" or "names" is not an array');
    return packIndex(d as unknown as SanctionsIndexFileV1);
  }
  if (d.format !== 2 && d.format !== 3) notAnIndex(source, `format ${JSON.stringify(d.format)}, expected 3, 2 or 1`);
  if (typeof d.entries !== 'string') notAnIndex(source, '"entries" is not a string');
  checkSections(d, source);
  return d as unknown as SanctionsIndexFile | SanctionsIndexFileV2;
}

/** The shape of a format 3 file read up to its entries, which must be where its header says. */
function checkHead(data: unknown, place: EntriesPlace, source: string): Omit<SanctionsIndexFile, 'entries'> {
  const d = checkEnvelope(data, source);
  if (d.format !== 3) notAnIndex(source, `format ${JSON.stringify(d.format)} with the entries last, expected 3`);
  if (d.entriesOffset !== place.offset || d.entriesLength !== place.length || d.entries !== null) throw corrupt(source, 'the header and the entries disagree on where the entries are');
  checkSections(d, source);
  return d as unknown as Omit<SanctionsIndexFile, 'entries'>;
}

function checkEnvelope(data: unknown, source: string): Record<string, unknown> {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return notAnIndex(source, 'not a JSON object');
  const d = data as Record<string, unknown>;
  if (typeof d.snapshot !== 'string') notAnIndex(source, '"snapshot" is not a string');
  if (!Array.isArray(d.wallets)) notAnIndex(source, '"wallets" is not an array');
  return d;
}

function checkSections(d: Record<string, unknown>, source: string): void {
  if (typeof d.names !== 'string') notAnIndex(source, '"names" is not a string');
  for (const field of ['tokens', 'postings'] as const) {
    if (typeof d[field] !== 'object' || d[field] === null || Array.isArray(d[field])) notAnIndex(source, `"${field}" is not an object`);
  }
  const counts = d.counts as Record<string, unknown> | undefined;
  for (const count of ['entries', 'names', 'tokens', 'wallets']) {
    if (!Number.isInteger(counts?.[count])) notAnIndex(source, `"counts.${count}" is not a whole number`);
  }
  if ((d.wallets as unknown[]).length !== counts!.wallets) notAnIndex(source, `${(d.wallets as unknown[]).length} wallets, the header says ${counts!.wallets}`);
}

function notAnIndex(source: string, what: string): never {
  throw new Error(`${source}: ${what} (not a vet sanctions index)`);
}

export function entryAt(list: SanctionsList, index: number): SanctionsEntry {
  return list.entry(index);
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
  const hit = list.wallet(walletKey(address));
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
    const [entryIndex, tokens] = list.name(n);
    const comparison = compareTokens(query, tokens, 'fuzzy');
    if (!isListMatch(comparison, query, tokens, () => entryAt(list, entryIndex).type)) continue;
    const entry = entryAt(list, entryIndex);
    if (!pairsListedSurname(comparison, tokens, entry)) continue;
    const hit: NameHit = { entry, listedAs: tokens.join(' '), level: levelOf(comparison), score: comparison.score };
    const previous = best.get(entryIndex);
    if (!previous || previous.score < hit.score) best.set(entryIndex, hit);
  }
  return [...best.values()].sort((a, b) => b.score - a.score || a.entry.ent - b.entry.ent);
}

/** `typeOf` is asked last: it decodes the list's 1.7 MB of entries, which a name without a near match never needs. */
function isListMatch(c: NameComparison, query: string[], listed: string[], typeOf: () => EntryType): boolean {
  if (query.length === 1 || listed.length === 1) {
    // A one-word name matches only a one-word listed name, exactly, and only if it is not a common name.
    return query.length === 1 && listed.length === 1 && c.exact && query[0].length >= 4 && !nameWords().commonTokens.has(query[0]);
  }
  if (c.wordPairs < 2) return false;
  if (c.distinctivePairs < 1 && c.wordPairs < 3) return false;
  return isSameName(c, query, listed, { organisation: typeOf() !== 'individual' });
}

/**
 * OFAC lists a person as `SURNAME, Given Names`: a match must pair a word of that surname. The
 * other words are a given name and a patronymic or middle name that thousands share: `Nikola
 * Petrović` is `TOKAREV, Nikolay Petrovich` less the one word that says who he is. A name read
 * elsewhere (an a.k.a. in the remarks) gives no surname, and matches as before.
 */
function pairsListedSurname(c: NameComparison, listed: string[], entry: SanctionsEntry): boolean {
  const surname = surnameIndexes(entry, listed);
  if (surname.length === 0) return true;
  const paired = new Set(c.pairs.flatMap((p) => p.b));
  return surname.some((i) => paired.has(i));
}

/** Where the listed surname's words are in `listed`, when `listed` is the entry's own `SURNAME, Given` name; else none. */
function surnameIndexes(entry: SanctionsEntry, listed: string[]): number[] {
  const comma = entry.name.indexOf(',');
  if (entry.type !== 'individual' || comma < 0) return [];
  const surname = normalizeName(entry.name.slice(0, comma)).tokens;
  const whole = normalizeName(entry.name).tokens;
  if (whole.join(' ') !== listed.join(' ') || surname.some((t, i) => whole[i] !== t)) return [];
  const particles = nameWords().particles;
  return surname.flatMap((t, i) => (t.length > 1 && !particles.has(t) ? [i] : []));
}

function levelOf(c: NameComparison): MatchLevel {
  if (c.exact) return 'exact';
  return c.score >= 0.97 ? 'near' : 'fuzzy';
}

/** Names sharing at least two tokens (equal or similar) with the query, or one when either name has one; in list order. */
function candidateNames(query: string[], list: SanctionsList): number[] {
  const hits = new Map<number, number>();
  for (const token of new Set(query)) {
    const seen = new Set<number>();
    for (const similar of similarTokens(token, list)) {
      for (const n of list.postings(similar)) {
        if (seen.has(n)) continue;
        seen.add(n);
        hits.set(n, (hits.get(n) ?? 0) + 1);
      }
    }
  }
  const needed = Math.min(2, query.length);
  const found: number[] = [];
  for (const [n, count] of hits) if (count >= needed || count >= list.name(n)[1].length) found.push(n);
  return found.sort((a, b) => a - b);
}

function similarTokens(token: string, list: SanctionsList): string[] {
  let similar = list.similar.get(token);
  if (!similar) {
    similar = findSimilarTokens(token, list);
    if (list.similar.size >= 10_000) list.similar.clear();
    list.similar.set(token, similar);
  }
  return similar;
}

function findSimilarTokens(token: string, list: SanctionsList): string[] {
  const found = list.postings(token).length > 0 ? [token] : [];
  if (token.length < 4) return found;
  // Tokens more than two letters longer or shorter never reach the similarity threshold; tokens of
  // fewer than four letters pair only when equal.
  const mayPair = mayBeSimilar(token);
  for (const initial of [token[0], ...(SAME_SOUND[token[0]] ?? '')]) {
    for (let length = Math.max(4, token.length - 2); length <= token.length + 2; length++) {
      for (const candidate of list.tokensOf(initial, length)) {
        if (candidate !== token && mayPair(candidate) && tokenSimilarity(token, candidate, 'fuzzy') > 0) found.push(candidate);
      }
    }
  }
  return [...new Set(found)];
}

/** First letters that transliterations of one name swap (`Qasr`/`Kasr`, `Zhelvinsky`/`Jelvinskiy`, `Yusuf`/`Iusuf`). */
const SAME_SOUND: Record<string, string> = { q: 'k', k: 'qc', c: 'k', w: 'v', v: 'w', z: 'j', j: 'zy', y: 'ij', i: 'y', h: 'k', f: 'p', p: 'f', x: 'sz', s: 'xz' };
