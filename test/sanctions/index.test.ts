// The packed index (format 2): what the converter writes, the loader reads, and a format 1 file
// (a cache written by an earlier version) screening alike; a corrupt file fails with a precise message.
import { afterEach, describe, expect, it } from 'vitest';
import { convertOfac, serializeIndex, type CompactEntry, type SanctionsIndexFileV1 } from '../../src/sanctions/convert.js';
import { checkIndex, findWallet, screenName, useSanctionsIndex } from '../../src/sanctions/index.js';

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

function screenAll() {
  return {
    names: QUERIES.map((q) => screenName(q).map((h) => [h.entry.ent, h.entry.programs, h.entry.details, h.listedAs, h.level, h.score])),
    wallet: findWallet('0x1111111111111111111111111111111111111111'),
  };
}

afterEach(() => useSanctionsIndex(undefined));

describe('sanctions index', () => {
  it('packs entries, names and a token index, with the snapshot in the header', () => {
    expect(index.format).toBe(2);
    expect(index.counts).toEqual({ entries: 5002, names: 5004, tokens: expect.any(Number), wallets: 1 });
    expect(serializeIndex(index).slice(0, 4096)).toContain('"snapshot":"2030-01-02"');
    expect(JSON.parse(serializeIndex(index))).toEqual(index);
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
  });

  it('names what is wrong with a corrupt file', () => {
    const broken = (change: Record<string, unknown>) => () => checkIndex({ ...index, ...change }, 'ofac-sdn.json');
    expect(broken({ format: 3 })).toThrow('ofac-sdn.json: format 3, expected 2');
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
