// OFAC's published files (sdn.csv, alt.csv, per-asset digital currency address lists) turned into
// the compact index that vet ships under rules/ and stores in the cache after `vet data update`.
// Names are normalised and indexed here, once: loading is a JSON.parse of a few long strings, and
// screening decodes only the parts of the index that a query touches (src/sanctions/index.ts).

import { normalizeName } from '../names/normalize.js';
import { pushTo } from '../util/collections.js';

export type EntryType = 'individual' | 'entity' | 'vessel' | 'aircraft';

/** [ent_num, name as listed, type, programs (space separated), identifying details for a person to compare] */
export type CompactEntry = [number, string, EntryType, string, string];

interface IndexHeader {
  id: 'ofac-sdn';
  description: string;
  sources: string[];
  date: string;
  falsePositives: string[];
  list: string;
  /** Date of the list the index was built from (publication or download). */
  snapshot: string;
  origin: string[];
}

/** The list in a few long strings that JSON.parse reads at memory speed and that are split only when, and as far as, screening needs them. */
interface PackedList {
  counts: { entries: number; names: number; tokens: number; wallets: number };
  /** One line an entry (line number = entry index): the fields of a CompactEntry, tab separated. */
  entries: string;
  /** One line a name, the listed name and every a.k.a./f.k.a. (line number = name index): entry index, a space, the normalised tokens joined by spaces. */
  names: string;
  /** Every distinct token of `names`, by bucket (first letter then length, `k3`): sorted, joined by spaces. */
  tokens: Record<string, string>;
  /** By bucket, one item a token of `tokens` in the same order: the names holding it (base 36 name indexes, ascending, comma separated), items joined by spaces. */
  postings: Record<string, string>;
  /** [address, asset, entry index or -1 when the address list names no entry] */
  wallets: [string, string, number][];
}

/**
 * Format 3, what the converter writes: the rule envelope and the packed list, laid out by
 * `serializeIndex` with the entries last and their place in the file in the header.
 */
export interface SanctionsIndexFile extends IndexHeader, PackedList {
  format: 3;
}

/** Format 2, written by earlier versions (`vet data update` caches): the same content, read whole. */
export interface SanctionsIndexFileV2 extends IndexHeader, PackedList {
  format: 2;
}

/** Format 1, written by earlier versions (`vet data update` caches): entries and names as arrays, indexed at load. */
export interface SanctionsIndexFileV1 extends IndexHeader {
  format: 1;
  entries: CompactEntry[];
  /** [entry index, normalised name tokens joined by spaces] */
  names: [number, string][];
  wallets: [string, string, number][];
}

/** Bucket of a token in `tokens` and `postings`: its first letter and its length. */
export function bucketKey(initial: string, length: number): string {
  return `${initial}${length}`;
}

/** Parses OFAC's CSV: no header, every field quoted, `""` inside quotes, `-0-` for empty. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      if (row.some(hasContent)) rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (quoted) throw new Error('unterminated quoted field (truncated file?)');
  row.push(field);
  if (row.some(hasContent)) rows.push(row);
  return rows.map((r) => r.map(clean));
}

/** OFAC's files end with a DOS end-of-file byte (0x1A) on a line of its own. */
const hasContent = (field: string) => /[^\s\x1a]/.test(field);

const clean = (field: string) => (field.trim() === '-0-' ? '' : field.trim());

const IDENTIFYING = /^(alt\. )?(DOB|POB|nationality|citizen|Passport|National ID No|Identification Number|Gender|Cedula No|Tax ID No|Registration Number|Residency Number)/i;

export interface ConvertInput {
  sdnCsv: string;
  altCsv?: string;
  /** Per-asset address lists: asset -> file text (one address a line). */
  walletLists?: Record<string, string>;
  snapshot: string;
  origin: string[];
}

export const MINIMUM_ENTRIES = 5000;

export function convertOfac(input: ConvertInput): SanctionsIndexFile {
  const rows = parseCsv(input.sdnCsv);
  const entries: CompactEntry[] = [];
  const names: [number, string][] = [];
  const wallets: [string, string, number][] = [];
  const indexByEnt = new Map<number, number>();
  for (const row of rows) {
    if (row.length < 12) throw new Error(`sdn.csv: row with ${row.length} fields, expected 12 (truncated file?)`);
    const ent = Number(row[0]);
    if (!Number.isInteger(ent)) throw new Error(`sdn.csv: ent_num ${JSON.stringify(row[0])} is not a number`);
    const remarks = row[11];
    const type = entryType(row[2]);
    const details = remarks.split(';').map((s) => s.trim()).filter((s) => IDENTIFYING.test(s)).join('; ');
    const index = entries.push([ent, row[1], type, programs(row[3]), details.slice(0, 400)]) - 1;
    indexByEnt.set(ent, index);
    addName(names, index, type, row[1]);
    for (const aka of remarks.matchAll(/\b[afn]\.k\.a\.,? '([^']+)'/g)) addName(names, index, type, aka[1]);
    for (const w of remarks.matchAll(/Digital Currency Address - ([A-Za-z0-9]+)[ :]+([A-Za-z0-9:]+)/g)) wallets.push([w[2], w[1], index]);
  }
  if (entries.length < MINIMUM_ENTRIES) throw new Error(`sdn.csv: ${entries.length} entries, fewer than the ${MINIMUM_ENTRIES} a complete list has`);
  for (const row of input.altCsv ? parseCsv(input.altCsv) : []) {
    const index = indexByEnt.get(Number(row[0]));
    if (index !== undefined && row[3]) addName(names, index, entries[index][2], row[3]);
  }
  addWalletLists(wallets, input.walletLists ?? {});
  return packIndex({
    id: 'ofac-sdn',
    description: 'OFAC Specially Designated Nationals list in the compact form vet screens against: entries, normalised names (listed names and a.k.a.s) with their token index, digital currency addresses.',
    sources: ['ofac-sdn'],
    date: input.snapshot,
    falsePositives: ['A name match is not an identity match: compare the listed date of birth, nationality and identifiers before concluding.'],
    list: 'OFAC SDN',
    snapshot: input.snapshot,
    origin: input.origin,
    entries,
    names: dedupe(names),
    wallets: dedupeWallets(wallets),
  });
}

/** The packed index of entries and normalised names: also how a format 1 file is read. */
export function packIndex(list: IndexHeader & { entries: CompactEntry[]; names: [number, string][]; wallets: [string, string, number][] }): SanctionsIndexFile {
  const { entries, names, wallets, ...header } = list;
  const postings = new Map<string, number[]>();
  names.forEach(([, joined], n) => {
    for (const token of joined.split(' ')) {
      const holders = postings.get(token);
      if (!holders) postings.set(token, [n]);
      else if (holders.at(-1) !== n) holders.push(n);
    }
  });
  const buckets = new Map<string, string[]>();
  for (const token of [...postings.keys()].sort()) pushTo(buckets, bucketKey(token[0], token.length), token);
  const keys = [...buckets.keys()].sort();
  return {
    id: header.id,
    description: header.description,
    sources: header.sources,
    date: header.date,
    falsePositives: header.falsePositives,
    format: 3,
    list: header.list,
    snapshot: header.snapshot,
    origin: header.origin,
    counts: { entries: entries.length, names: names.length, tokens: postings.size, wallets: wallets.length },
    entries: entries.map((entry) => entry.map((field) => String(field).replace(/[\t\r\n]+/g, ' ')).join('\t')).join('\n'),
    names: names.map(([entry, joined]) => `${entry} ${joined}`).join('\n'),
    tokens: Object.fromEntries(keys.map((key) => [key, buckets.get(key)!.join(' ')])),
    postings: Object.fromEntries(keys.map((key) => [key, buckets.get(key)!.map((token) => postings.get(token)!.map((n) => n.toString(36)).join(',')).join(' ')])),
    wallets,
  };
}

function entryType(type: string): EntryType {
  const t = type.toLowerCase();
  return t === 'individual' || t === 'vessel' || t === 'aircraft' ? t : 'entity';
}

/** `NPWMD] [DPRK2` -> `NPWMD DPRK2` */
function programs(field: string): string {
  return field.split(/\]\s*\[/).map((p) => p.replace(/[[\]]/g, '').trim()).filter(Boolean).join(' ');
}

function addName(names: [number, string][], index: number, type: EntryType, name: string): void {
  // Vessels and aircraft are not people or payees a candidate could be confused with.
  if (type === 'vessel' || type === 'aircraft') return;
  const tokens = normalizeName(name).tokens;
  if (tokens.length > 0) names.push([index, tokens.join(' ')]);
}

function addWalletLists(wallets: [string, string, number][], lists: Record<string, string>): void {
  const known = new Set(wallets.map((w) => walletKey(w[0])));
  for (const [asset, text] of Object.entries(lists)) {
    for (const line of text.split(/\r?\n/)) {
      const address = line.trim();
      if (!address || known.has(walletKey(address))) continue;
      known.add(walletKey(address));
      wallets.push([address, asset, -1]);
    }
  }
}

/** Hex addresses (Ethereum and its kin) are case-insensitive; base58 and bech32 ones are compared as written. */
export function walletKey(address: string): string {
  const a = address.trim();
  return /^0x[0-9a-fA-F]{40}$/.test(a) ? a.toLowerCase() : a;
}

function dedupe(names: [number, string][]): [number, string][] {
  const seen = new Set<string>();
  return names.filter(([i, n]) => !seen.has(`${i}|${n}`) && Boolean(seen.add(`${i}|${n}`)));
}

function dedupeWallets(wallets: [string, string, number][]): [string, string, number][] {
  const seen = new Set<string>();
  return wallets.filter(([a, asset]) => !seen.has(`${walletKey(a)}|${asset}`) && Boolean(seen.add(`${walletKey(a)}|${asset}`)));
}

/**
 * The index file as written by `node scripts/data/ofac.mjs` and `vet data update`: JSON, with the header
 * fields, each section, each bucket and each wallet on a line of their own (the snapshot date stays in
 * the first few hundred bytes, where cache.ts reads it without parsing the file). The entries, two
 * thirds of the file and needed only when a name nearly matches, come last, and the header says at
 * which byte they start and how many bytes they take: a run reads the rest, and the entries only if
 * it needs them (src/sanctions/index.ts). ASCII throughout, so that a character is a byte.
 */
export function serializeIndex(index: SanctionsIndexFile): string {
  const { entries, names, tokens, postings, wallets, ...header } = index;
  const headerText = asciiJson(Object.entries(header).map(([key, value]) => jsonField(key, value)).join(',\n'));
  const sectionsText = asciiJson([jsonField('names', names), `"tokens":${bucketLines(tokens)}`, `"postings":${bucketLines(postings)}`, `"wallets":[\n${wallets.map((w) => JSON.stringify(w)).join(',\n')}]`].join(',\n'));
  const entriesText = asciiJson(JSON.stringify(entries));
  const textBefore = (offset: number) => `{${headerText},\n"entriesOffset":${offset},\n"entriesLength":${entriesText.length},\n${sectionsText},\n"entries":`;
  // The offset is written before the entries it locates: each digit it gains moves them one byte.
  let offset = 0;
  let before = textBefore(offset);
  while (before.length !== offset) before = textBefore((offset = before.length));
  return `${before}${entriesText}}\n`;
}

function jsonField(key: string, value: unknown): string {
  return `${JSON.stringify(key)}:${JSON.stringify(value)}`;
}

function bucketLines(buckets: Record<string, string>): string {
  return `{\n${Object.entries(buckets).map(([key, value]) => jsonField(key, value)).join(',\n')}}`;
}

/** JSON text with every non-ASCII character escaped: the same value, one byte a character. */
function asciiJson(json: string): string {
  return json.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
