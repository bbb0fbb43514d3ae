// Sheets stream into the engine row by row: the reader yields rows in row order as it parses them,
// bad rows in their place, and the engine asks for the next row only once it has checked the last.

import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { streamInputs } from '../../src/dossier/inputs.js';
import { vet } from '../../src/vet.js';
import { builtinChecks } from '../../src/checks/index.js';
import type { LoadedDossier, Rejected } from '../../src/types.js';

const options = { allowOutside: false };
const folder = mkdtempSync(path.join(os.tmpdir(), 'vet-stream-'));

function sheetFile(name: string, text: string): string {
  const file = path.join(folder, name);
  writeFileSync(file, text);
  return file;
}

async function collect(args: string[]): Promise<(LoadedDossier | Rejected)[]> {
  const out: (LoadedDossier | Rejected)[] = [];
  for await (const item of streamInputs(args, options)) out.push(item);
  return out;
}

const describeItem = (item: LoadedDossier | Rejected) => ('dossier' in item ? `${item.origin.row} ${item.dossier.name}` : `${item.origin.row} rejected`);

describe('a CSV streams its rows in row order, bad rows in their place', () => {
  it('numbers rows after records the parser skipped, across its reading chunks', async () => {
    // Rows with a stray quote are skipped by csv-parse when it meets them, ahead of the good rows it
    // has queued; 6,000 rows span many 64 KB chunks.
    const bad = new Set([2, 700, 701, 3001, 5999]);
    const lines = ['Name,Email,Phone'];
    for (let row = 1; row <= 6000; row++) {
      if (bad.has(row)) lines.push(`Bad "Quote${row},bad${row}@example.com,+1 512 555 0100`);
      else if (row === 1500) lines.push(',,'); // a blank row: counted, not a candidate
      else lines.push(`Person ${row},person${row}@example.com,+1 512 555 ${String(row % 10000).padStart(4, '0')}`);
    }
    const items = await collect([sheetFile('spread.csv', `${lines.join('\n')}\n`)]);

    expect(items).toHaveLength(5999);
    expect(items.map((i) => i.index)).toEqual(items.map((_, i) => i));
    expect(items.map((i) => i.origin.row)).toEqual([...Array(6000).keys()].map((i) => i + 1).filter((row) => row !== 1500));
    for (const item of items) {
      if (bad.has(item.origin.row!)) expect(item).toMatchObject({ message: expect.stringMatching(new RegExp(`spread\\.csv:${item.origin.row}: Invalid Opening Quote`)) });
      else expect(describeItem(item)).toBe(`${item.origin.row} Person ${item.origin.row}`);
    }
  });

  it('a broken header fails the sheet, naming the header row', async () => {
    await expect(collect([sheetFile('header.csv', 'Name,"Email\nAnn Lee,ann@example.com\n')])).rejects.toThrow(/header\.csv: header row: Quote Not Closed/);
  });

  it('a sheet that is only a header is read as no rows', async () => {
    expect(await collect([sheetFile('only-header.csv', 'Name,Email\n')])).toEqual([]);
  });

  it('an empty file is refused', async () => {
    await expect(collect([sheetFile('empty.csv', '')])).rejects.toThrow(/empty\.csv: empty sheet/);
  });

  it('numbers items across several inputs in input order', async () => {
    const a = sheetFile('a.csv', 'Name\nAnn Lee\nBo Diaz\n');
    const b = sheetFile('b.csv', 'Name\nCy Ray\n');
    const items = await collect([a, b]);
    expect(items.map((i) => `${i.index} ${describeItem(i)}`)).toEqual(['0 1 Ann Lee', '1 2 Bo Diaz', '2 1 Cy Ray']);
  });
});

/** Each row as `row name` or `row message`, for the quote tables below. */
async function rowsOf(file: string): Promise<string[]> {
  return (await collect([file])).map((item) => ('dossier' in item ? `${item.origin.row} ${item.dossier.name}` : `${item.origin.row} ${item.message.replace(/^[^:]*:\d+: /, '')}`));
}

/** A UTF-16LE file with its BOM, as Excel saves "Unicode text": read whole, not streamed. */
function utf16File(name: string, text: string): string {
  const file = path.join(folder, name);
  writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
  return file;
}

const person = (row: number) => `Person ${row},p${row}@example.com,+1 512 555 ${String(row).padStart(4, '0')}`;

describe('a quote that never closes costs its own row, not the rows after it', () => {
  // csv-parse reads every line after an unclosed quote into that one cell, up to the end of the
  // file or the next quote it cannot place; the reader then reads again from the broken row's next line.
  const cases: [string, string[], string[]][] = [
    ['opens and never closes', [person(1), '"Bo Diaz,bo@example.com,+1 512 555 0002', person(3), person(4)], ['1 Person 1', expect.stringMatching(/^2 Quote Not Closed: the parsing is finished with an opening quote at line \d+; the quoted cell opens on line 3, and the lines after it are read as rows of their own$/), '3 Person 3', '4 Person 4']],
    ['closes on a later line, before a letter', [person(1), 'Cy Ray,"cy@example.com,+1 512 555 0002', 'Dee "Dee" Fox,dee@example.com,+1 512 555 0003', person(4)], ['1 Person 1', expect.stringMatching(/^2 Invalid Closing Quote: got "D" at line 4 .*; the quoted cell opens on line 3, and the lines after it are read as rows of their own$/), expect.stringMatching(/^3 Invalid Opening Quote: a quote is found on field 0 at line 4/), '4 Person 4']],
    ['a stray quote on one line, then an unclosed one', [person(1), 'Bad "Quote,b@example.com,+1', '"Eve Stone,eve@example.com,+1 512 555 0003', person(4), person(5)], ['1 Person 1', expect.stringMatching(/^2 Invalid Opening Quote: .* at line 3/), expect.stringMatching(/^3 Quote Not Closed: .*; the quoted cell opens on line 4,/), '4 Person 4', '5 Person 5']],
    ['two unclosed quotes, each read past', [person(1), '"Ann,a@example.com,+1', person(3), '"Bo,b@example.com,+1', person(5)], ['1 Person 1', expect.stringMatching(/^2 .*opens on line 3,/), '3 Person 3', expect.stringMatching(/^4 .*opens on line 5,/), '5 Person 5']],
    ['after a cell that rightly spans two lines', ['Ann Lee,"ann@example.com\n(home)",+1 512 555 0001', '"Bo,b@example.com,+1', person(3)], ['1 Ann Lee', expect.stringMatching(/^2 .*opens on line 4,/), '3 Person 3']],
    ['on the last line, with nothing after it to read again', [person(1), '"Bo Diaz,bo@example.com,+1 512 555 0002'], ['1 Person 1', '2 Quote Not Closed: the parsing is finished with an opening quote at line 3']],
  ];

  it.each(cases)('%s (streamed, LF)', async (name, lines, rows) => {
    expect(await rowsOf(sheetFile(`quote-${name.replace(/\W+/g, '-')}.csv`, `Name,Email,Phone\n${lines.join('\n')}\n`))).toEqual(rows);
  });

  it.each(cases)('%s (UTF-16, CRLF, read whole): the same rows', async (name, lines) => {
    // csv-parse counts a CRLF inside a quoted cell as two lines, so only the rows are compared here.
    const rowsOnly = (rows: string[]) => rows.map((r) => (/^\d+ Person|^\d+ Ann Lee$/.test(r) ? r : `${r.split(' ')[0]} unreadable`));
    const lf = await rowsOf(sheetFile(`quote-${name.replace(/\W+/g, '-')}.csv`, `Name,Email,Phone\n${lines.join('\n')}\n`));
    const text = `Name,Email,Phone\r\n${lines.map((l) => l.replace(/\n/g, '\r\n')).join('\r\n')}\r\n`;
    expect(rowsOnly(await rowsOf(utf16File(`quote-${name.replace(/\W+/g, '-')}-16.csv`, text)))).toEqual(rowsOnly(lf));
  });

  it('reads on past a broken row longer than a read, whose CRLF straddles two reads', async () => {
    // The line after the broken row is found by reading 64 KB at a time from the row's start: this
    // row's CR is the last byte of the first read, its LF the first of the next.
    const head = '"Bo Diaz,bo@example.com,';
    const broken = `${head}${'x'.repeat(65_535 - head.length)}`;
    const rows = [person(1), broken, person(3), ...Array.from({ length: 2000 }, (_, i) => person(i + 4))];
    const read = await rowsOf(sheetFile('long-quote.csv', `Name,Email,Phone\r\n${rows.join('\r\n')}\r\n`));
    expect(read).toHaveLength(2003);
    expect(read[1]).toMatch(/^2 .*; the quoted cell opens on line 3,/);
    expect(read.filter((r, i) => i !== 1)).toEqual([1, ...Array.from({ length: 2001 }, (_, i) => i + 3)].map((row) => `${row} Person ${row}`));
  });
});

describe('the encoding: UTF-8 when every byte says so, else Windows-1252, said once', () => {
  // The check reads the file a megabyte at a time: a character cut by a piece's end is whole in
  // the next, and a single byte that is not UTF-8 anywhere decides for the whole file.
  const PIECE = 1 << 20;
  const namesAndWarnings = async (file: string) => {
    const items = await collect([file]);
    return { names: items.map((i) => ('dossier' in i ? i.dossier.name : 'rejected')), warnings: items.flatMap((i) => ('dossier' in i ? i.warnings : [])) };
  };
  /** A header, filler rows (short cells) that end `at` bytes into the file, then the row given (as bytes). */
  const sheetWith = (name: string, at: number, row: Buffer) => {
    const parts = [Buffer.from('Name,Notes\n')];
    for (let left = at - parts[0].length; left > 0; ) {
      const length = left > 2000 ? 1000 : left;
      parts.push(Buffer.from(`Filler,${'a'.repeat(length - 8)}\n`));
      left -= length;
    }
    const file = path.join(folder, name);
    writeFileSync(file, Buffer.concat([...parts, row, Buffer.from(',x\n')]));
    return file;
  };

  const cases: [string, number, Buffer, string, boolean][] = [
    ['a 3-byte letter cut by the first piece\'s end', PIECE - 1, Buffer.from('\u20acuro Ann', 'utf8'), '\u20acuro Ann', false],
    ['a 4-byte letter cut by the first piece\'s end', PIECE - 2, Buffer.from('\u{1F600} Bo', 'utf8'), '\u{1F600} Bo', false],
    ['a 2-byte letter right at the end of the first piece', PIECE - 2, Buffer.from('\u00e9 Cy', 'utf8'), '\u00e9 Cy', false],
    ['one Windows-1252 letter past the first piece', PIECE + 10, Buffer.from([0x52, 0x65, 0x6e, 0xe9, 0x65, 0x20, 0x4f, 0x92, 0x42]), 'Ren\u00e9e O\u2019B', true],
    ['a lead byte that ends the first piece, with no continuation in the next', PIECE - 4, Buffer.from([0x44, 0x65, 0x65, 0xc3]), 'Dee\u00c3', true],
  ];

  it.each(cases)('%s', async (name, at, row, readAs, warned) => {
    const { names, warnings } = await namesAndWarnings(sheetWith(`enc-${name.replace(/\W+/g, '-')}.csv`, at, row));
    expect(names.at(-1)).toBe(readAs);
    expect(new Set(names.slice(0, -1))).toEqual(new Set(['Filler']));
    expect(warnings.filter((w) => /not UTF-8, read as Windows-1252/.test(w))).toHaveLength(warned ? 1 : 0);
  });
});

describe('the row limit', () => {
  const saved = process.env.VET_RULES_DIR;
  afterEach(() => {
    if (saved === undefined) delete process.env.VET_RULES_DIR;
    else process.env.VET_RULES_DIR = saved;
  });

  it('converts no row past the limit, then fails saying how many rows the sheet has', async () => {
    const rules = path.join(folder, 'rules');
    cpSync('rules', rules, { recursive: true });
    const columns = JSON.parse(readFileSync(path.join(rules, 'sheet-columns.json'), 'utf8'));
    columns.limits.maxRows = 3;
    writeFileSync(path.join(rules, 'sheet-columns.json'), JSON.stringify(columns));
    process.env.VET_RULES_DIR = rules;
    // A fresh module graph: the rules already loaded by the tests above are cached per module.
    vi.resetModules();
    const fresh = await import('../../src/dossier/inputs.js');
    const seen: string[] = [];
    const reading = (async () => {
      for await (const item of fresh.streamInputs([sheetFile('long.csv', 'Name\nA One\nB Two\nC Three\nD Four\nE Five\n')], options)) seen.push(describeItem(item));
    })();
    await expect(reading).rejects.toThrow(/long\.csv: 5 rows is more than the limit of 3 \(split the sheet\)/);
    expect(seen).toEqual(['1 A One', '2 B Two', '3 C Three']);
  });
});

describe('the engine pulls one dossier at a time', () => {
  it('asks for the next row only after it has checked the one before', async () => {
    const file = sheetFile('pull.csv', 'Name,Email\nAnn Lee,ann@example.com\nBo Diaz,bo@example.com\nCy Ray,cy@example.com\n');
    const events: string[] = [];
    async function* watched() {
      for await (const item of streamInputs([file], options)) {
        events.push(`read ${item.origin.row}`);
        yield item;
      }
    }
    const report = await vet(watched(), { checks: builtinChecks, now: new Date('2026-11-26T12:00:00Z'), onProgress: (done, stage) => events.push(`${stage} ${done}`) });
    expect(events).toEqual(['read 1', 'vetting 1', 'read 2', 'vetting 2', 'read 3', 'vetting 3', 'linking 3']);
    expect(report.candidates.map((c) => c.candidate.name)).toEqual(['Ann Lee', 'Bo Diaz', 'Cy Ray']);
  });
});
