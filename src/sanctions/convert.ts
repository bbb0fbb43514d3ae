// OFAC's published files (sdn.csv, alt.csv, per-asset digital currency address lists) turned into
// the compact index that vet ships under rules/ and stores in the cache after `vet data update`.
// Names are normalised here, once, so that loading is a JSON.parse and screening a few lookups.

import { normalizeName } from '../names/normalize.js';

export type EntryType = 'individual' | 'entity' | 'vessel' | 'aircraft';

/** [ent_num, name as listed, type, programs (space separated), identifying details for a person to compare] */
export type CompactEntry = [number, string, EntryType, string, string];

export interface SanctionsIndexFile {
  id: 'ofac-sdn';
  description: string;
  sources: string[];
  date: string;
  falsePositives: string[];
  format: 1;
  list: string;
  /** Date of the list the index was built from (publication or download). */
  snapshot: string;
  origin: string[];
  entries: CompactEntry[];
  /** [entry index, normalised name tokens joined by spaces]: the listed name and every a.k.a./f.k.a. */
  names: [number, string][];
  /** [address, asset, entry index or -1 when the address list names no entry] */
  wallets: [string, string, number][];
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
  return {
    id: 'ofac-sdn',
    description: 'OFAC Specially Designated Nationals list in the compact form vet screens against: entries, normalised names (listed names and a.k.a.s), digital currency addresses.',
    sources: ['ofac-sdn'],
    date: input.snapshot,
    falsePositives: ['A name match is not an identity match: compare the listed date of birth, nationality and identifiers before concluding.'],
    format: 1,
    list: 'OFAC SDN',
    snapshot: input.snapshot,
    origin: input.origin,
    entries,
    names: dedupe(names),
    wallets: dedupeWallets(wallets),
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
