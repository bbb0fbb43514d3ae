// The packed index (format 3): what the converter writes, the loader reads (the entries only when a
// name nearly matches), and format 2 and 1 files (caches written by earlier versions) screening alike;
// a corrupt file fails with a precise message.
import { isAscii } from 'node:buffer';
import { mkdtempSync, readFileSync, renameSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { convertOfac, serializeIndex, type CompactEntry, type SanctionsIndexFile, type SanctionsIndexFileV1 } from '../../src/sanctions/convert.js';
import { checkIndex, findWallet, loadSanctionsIndex, screenName, useSanctionsIndex, type SanctionsList } from '../../src/sanctions/index.js';

function sdnCsv(): string {
  const rows = [];
  for (let i = 1; i <= 5000; i++) rows.push(`${100000 + i},"TESTCO ${i} HOLDINGS",-0- ,"SDGT",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- `);
  rows.push(`99999,"QUIXOTIC ZEPHYR SOFTWARE DEVELOPMENT COMPANY",-0- ,"DPRK3",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"Digital Currency Address - ETH 0x1111111111111111111111111111111111111111; a.k.a. 'QZ SOFT'."`);
  rows.push(`99998,"BARTHOLOMEW, Ignatius Xavier",individual,"DPRK2] [SDGT",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"DOB 01 Jan 1970; nationality Korea, North; a.k.a. 'BARTOLOMEO, Ignazio'."`);
  return `${rows.join('\r\n')}\r\n\x1a`;
}

const index = convertOfac({ sdnCsv: sdnCsv(), snapshot: '2030-01-02', origin: ['test'] });

/** The same list as an earlier version wrote it. */
function formatOne(): SanctionsIndexFileV1 {
  const { counts, entries, names, tokens, postings, format, ...header } = index;
  void counts, tokens, postings, format;
  return {
    ...header,
    format: 1,
    entries: entries.split('\n').map((line) => {
      const [ent, name, type, programs, details] = line.split('\t');
      return [Number(ent), name, type, programs, details] as CompactEntry;
    }),
    names: names.split('\n').map((line) => [Number(line.slice(0, line.indexOf(' '))), line.slice(line.indexOf(' ') + 1)] as [number, string]),
  };
}

const QUERIES = ['Quixotic Zephyr Software Development Co.', 'QZ Soft', 'Ignatius Bartholomew', 'Ignacius Bartolomew', 'Ignazio Bartolomeo', 'Testco 17 Holdings', 'Jordan Ellis'];

function screenAll(list?: SanctionsList) {
  return {
    names: QUERIES.map((q) => screenName(q, list).map((h) => [h.entry.ent, h.entry.programs, h.entry.details, h.listedAs, h.level, h.score])),
    wallet: findWallet('0x1111111111111111111111111111111111111111', list),
  };
}

/** The same list as the previous version wrote it: format 2, the entries before the other sections. */
function formatTwoText(packed: Omit<SanctionsIndexFile, 'format'>): string {
  const { entriesOffset, entriesLength, ...content } = packed as typeof packed & { entriesOffset?: number; entriesLength?: number };
  void entriesOffset, entriesLength;
  return JSON.stringify({ ...content, format: 2 });
}

const folder = mkdtempSync(path.join(os.tmpdir(), 'vet-sanctions-'));
let files = 0;

function writeIndex(text: string | Buffer): string {
  const file = path.join(folder, `ofac-sdn-${++files}.json`);
  writeFileSync(file, text);
  return file;
}

afterAll(() => rmSync(folder, { recursive: true, force: true }));

afterEach(() => useSanctionsIndex(undefined));

describe('sanctions index', () => {
  it('packs entries, names and a token index, with the snapshot in the header and the entries last, where the header says', () => {
    expect(index.format).toBe(3);
    expect(index.counts).toEqual({ entries: 5002, names: 5004, tokens: expect.any(Number), wallets: 1 });
    const text = serializeIndex(index);
    expect(text.slice(0, 4096)).toContain('"snapshot":"2030-01-02"');
    const parsed = JSON.parse(text);
    expect(parsed).toEqual({ ...index, entriesOffset: expect.any(Number), entriesLength: JSON.stringify(index.entries).length });
    expect(Object.keys(parsed).at(-1)).toBe('entries');
    expect(text.slice(parsed.entriesOffset, parsed.entriesOffset + parsed.entriesLength)).toBe(JSON.stringify(index.entries));
    expect(text.slice(parsed.entriesOffset + parsed.entriesLength)).toBe('}\n');
  });

  it('writes a list with non-ASCII names in ASCII, so that the recorded offsets are byte offsets', () => {
    const accented = { ...index, names: index.names.replace('quixotic', 'quïxotic'), entries: index.entries.replace('QUIXOTIC', 'QUÏXOTIC ☃ 𝔛') };
    const file = writeIndex(serializeIndex(accented));
    expect(isAscii(readFileSync(file))).toBe(true);
    const list = loadSanctionsIndex(file, 'test list');
    expect(list.entry(5000).name).toBe('QUÏXOTIC ☃ 𝔛 ZEPHYR SOFTWARE DEVELOPMENT COMPANY');
    expect(list.name(5000)[1]).toEqual(['quïxotic', 'zephyr', 'software', 'development']);
  });

  it('writes the offset of the entries right when its number gains a digit', () => {
    // Names padded so that the entries start just below, at, and just above byte 1,000,000.
    const unpadded = JSON.parse(serializeIndex(index)).entriesOffset as number;
    for (let padding = 1_000_000 - unpadded - 12; padding <= 1_000_000 - unpadded + 4; padding++) {
      const text = serializeIndex({ ...index, names: `${index.names}${' '.repeat(padding)}` });
      const { entriesOffset, entriesLength } = JSON.parse(text);
      expect(text.slice(entriesOffset - '"entries":'.length, entriesOffset + entriesLength + 2)).toBe(`"entries":${JSON.stringify(index.entries)}}\n`);
    }
  });

  it('screens alike from the packed file and from a format 1 file', () => {
    useSanctionsIndex(JSON.parse(serializeIndex(index)));
    const packed = screenAll();
    expect(packed.names[0][0]).toEqual([99999, ['DPRK3'], '', 'quixotic zephyr software development', 'exact', 1]);
    expect(packed.names[2][0].slice(0, 3)).toEqual([99998, ['DPRK2', 'SDGT'], 'DOB 01 Jan 1970; nationality Korea, North']);
    expect(packed.names[6]).toEqual([]);
    expect(packed.wallet?.entry?.ent).toBe(99999);
    useSanctionsIndex(formatOne());
    expect(screenAll()).toEqual(packed);
    useSanctionsIndex(JSON.parse(formatTwoText(index)));
    expect(screenAll()).toEqual(packed);
  });

  it("needs a word of a person's listed surname (`SURNAME, Given`), except in a name read from the remarks", () => {
    useSanctionsIndex(JSON.parse(serializeIndex(index)));
    const listedAs = (query: string) => screenName(query).map((h) => h.listedAs);
    expect(listedAs('Ignatius Xavier')).toEqual([]);
    expect(listedAs('Xavier Bartholomew')).toEqual(['bartholomew ignatius xavier']);
    // The a.k.a. `BARTOLOMEO, Ignazio` is in the remarks: no surname is known for it, and both its words pair.
    expect(listedAs('Bartolomeo Ignazio')).toEqual(['bartolomeo ignazio']);
  });

  it('loads a format 3 file, and format 2 and format 1 files as earlier versions wrote them, screening alike', () => {
    useSanctionsIndex(index);
    const expected = screenAll();
    for (const text of [serializeIndex(index), formatTwoText(index), JSON.stringify(formatOne())]) {
      const list = loadSanctionsIndex(writeIndex(text), 'test list');
      expect(list.snapshot).toBe('2030-01-02');
      expect(screenAll(list)).toEqual(expected);
    }
  });

  it('reads the entries of a format 3 file only when a name nearly matches', () => {
    // Entries of the same length but not JSON: a screening without a near match never sees them.
    const text = serializeIndex(index);
    const { entriesOffset } = JSON.parse(text);
    const file = writeIndex(`${text.slice(0, entriesOffset + 1)}\\q${text.slice(entriesOffset + 3)}`);
    const list = loadSanctionsIndex(file, 'test list');
    expect(screenName('Jordan Ellis', list)).toEqual([]);
    expect(() => screenName('Ignatius Bartholomew', list)).toThrow(`${file}: the ${text.length - entriesOffset - 2} bytes at byte ${entriesOffset} are not the entries (a JSON string) (corrupt sanctions index)`);
    expect(() => list.entry(0)).toThrow('are not the entries'); // the same error again, not a read of a closed file
  });

  it('names what is wrong with a corrupt file', () => {
    const broken = (change: Record<string, unknown>) => () => checkIndex({ ...index, ...change }, 'ofac-sdn.json');
    expect(broken({ format: 4 })).toThrow('ofac-sdn.json: format 4, expected 3, 2 or 1');
    expect(broken({ names: ['a'] })).toThrow('ofac-sdn.json: "names" is not a string');
    expect(broken({ counts: { ...index.counts, wallets: 2 } })).toThrow('1 wallets, the header says 2');
    expect(() => checkIndex([], 'ofac-sdn.json')).toThrow('not a JSON object');
    useSanctionsIndex({ ...index, names: index.names.split('\n').slice(1).join('\n') });
    expect(() => screenName('Ignatius Bartholomew')).toThrow('names: 5003 lines, the header says 5004');
    useSanctionsIndex({ ...index, postings: { ...index.postings, 14: '' } });
    expect(() => screenName('Testco 1234 Holdings')).toThrow('postings.14: 1 items for 1000 tokens');
    useSanctionsIndex({ ...index, postings: { ...index.postings, q8: index.postings.q8.replace(/^[^ ]*/, '') } });
    expect(() => screenName('Quixotic Zephyr')).toThrow('postings of "quixotic": "" is not a list of name numbers');
  });
});

describe('a format 3 file that is not as its header says', () => {
  const text = serializeIndex(index);
  const { entriesOffset, entriesLength } = JSON.parse(text) as { entriesOffset: number; entriesLength: number };
  const withHeader = (offset: number, length: number) => text.replace(`"entriesOffset":${entriesOffset},\n"entriesLength":${entriesLength}`, `"entriesOffset":${offset},\n"entriesLength":${length}`);

  /** Loading the file and decoding an entry: the error must come at the latest then. */
  function firstEntry(file: string) {
    return () => loadSanctionsIndex(file, 'test list').entry(0);
  }
  const corrupt = (file: string) => new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: .*\\(corrupt sanctions index\\)$`);

  const wrongSize = 'bytes long, in a file of';
  it.each([
    ['an offset too far', withHeader(entriesOffset + 1, entriesLength), wrongSize],
    ['an offset too near', withHeader(entriesOffset - 1, entriesLength), wrongSize],
    ['a length too long', withHeader(entriesOffset, entriesLength + 1), wrongSize],
    ['a length too short', withHeader(entriesOffset, entriesLength - 1), wrongSize],
    ['an offset and a length both moved to the last bytes of the entries', withHeader(entriesOffset + 10, entriesLength - 10), `byte ${entriesOffset + 10} is not where the entries start`],
    ['entries truncated', text.slice(0, entriesOffset + entriesLength / 2), wrongSize],
    ['the end of the file missing', text.slice(0, -2), wrongSize],
    ['bytes added at the end', `${text}\n`, wrongSize],
  ])('fails with %s, naming the file', (_, broken, what) => {
    const file = writeIndex(broken);
    expect(firstEntry(file)).toThrow(corrupt(file));
    expect(firstEntry(file)).toThrow(what);
  });

  it('fails when the entries are rewritten in place after the file is loaded', () => {
    const file = writeIndex(text);
    const list = loadSanctionsIndex(file, 'test list');
    truncateSync(file, entriesOffset + 10);
    expect(() => list.entry(0)).toThrow(`${file}: changed since it was loaded (corrupt sanctions index)`);
  });

  it('reads the entries of the file it loaded when another list is renamed over it meanwhile', () => {
    const file = writeIndex(text);
    const list = loadSanctionsIndex(file, 'test list');
    const other = { ...index, entries: index.entries.replaceAll('TESTCO', 'OTHERCO') };
    renameSync(writeIndex(serializeIndex(other)), file);
    expect(list.entry(0).name).toBe('TESTCO 1 HOLDINGS');
    expect(loadSanctionsIndex(file, 'test list').entry(0).name).toBe('OTHERCO 1 HOLDINGS');
  });
});

describe('the bundled list', () => {
  const bundled = path.resolve(import.meta.dirname, '../../rules/ofac-sdn.json');
  const content = JSON.parse(readFileSync(bundled, 'latin1')) as SanctionsIndexFile;
  const formatThree = loadSanctionsIndex(bundled, 'bundled');
  const formatTwo = loadSanctionsIndex(writeIndex(formatTwoText(content)), 'format 2');

  it('is format 3, and decodes every entry as the same list in format 2 does', () => {
    expect(content.format).toBe(3);
    expect(formatThree.entryCount).toBe(content.counts.entries);
    for (let i = 0; i < formatTwo.entryCount; i++) expect(formatThree.entry(i)).toEqual(formatTwo.entry(i));
  });

  it('screens names, listed and look-alike, and wallets as the same list in format 2 does', () => {
    const listed = Array.from({ length: 30 }, (_, i) => formatTwo.entry(i * 499).name);
    const lookAlike = listed.flatMap((name) => [name.split(/[ ,]+/).reverse().join(' '), name.replace(/([aeiou])/i, '$1$1'), name.replace(/^(\S+?)\S(\s)/, '$1$2')]);
    const table = [...listed, ...lookAlike, 'John Smith', 'Jordan Ellis', 'Kim Jong Un', 'Korea Kwangson Banking Corporation', 'Chinpo Shipping Company'];
    const screen = (list: SanctionsList) => table.map((name) => screenName(name, list).map((h) => [h.entry, h.listedAs, h.level, h.score]));
    const results = screen(formatThree);
    expect(results.filter((hits) => hits.length > 0).length).toBeGreaterThan(listed.length);
    expect(results).toEqual(screen(formatTwo));
    const wallets = content.wallets.filter((_, i) => i % 50 === 0).map(([address]) => address);
    expect(wallets.map((w) => findWallet(w, formatThree))).toEqual(wallets.map((w) => findWallet(w, formatTwo)));
  });
});
