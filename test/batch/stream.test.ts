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
