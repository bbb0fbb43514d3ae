// --format csv and xlsx: the input sheet back, results added, every cell safe to open in a spreadsheet.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { ROOT, vetCli } from '../helpers/cli.js';
import { neutralise } from '../../src/reporters/sheet-table.js';

const planted = JSON.parse(readFileSync('fixtures/sheets/planted.json', 'utf8')) as Record<string, number[]>;
const input = parse(readFileSync('fixtures/sheets/candidates.csv', 'utf8')) as string[][];
const DANGEROUS = /^[=+\-@\t\r]/;

describe('neutralise', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+1 512 555 0147', "'+1 512 555 0147"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['Ann Lee', 'Ann Lee'],
    ['', ''],
  ])('%j -> %j', (value, expected) => expect(neutralise(value)).toBe(expected));
});

describe('--format csv', () => {
  const r = vetCli(['--format', 'csv', '--now', '2026-11-26T12:00:00Z', 'fixtures/sheets/candidates.csv']);
  const rows = parse(r.stdout) as string[][];

  it('gives every input row back, in order, with risk, score, findings and links added', () => {
    expect(r.code).toBe(2);
    expect(rows[0]).toEqual([...input[0], 'risk', 'score', 'findings', 'links']);
    expect(rows).toHaveLength(input.length);
    rows.slice(1).forEach((row, i) => expect(row[0]).toBe(input[i + 1][0] === '' ? '' : neutralise(input[i + 1][0])));
  });

  it('says which rows a farm member is linked with, and why a bad row was not read', () => {
    const farm = rows[planted.farm[0]];
    const others = planted.farm.slice(1).join(', ');
    expect(farm.slice(-4, -2)).toEqual(['high', expect.stringMatching(/^\d+$/)]);
    expect(farm.at(-1)).toContain(`shared-address (high) with rows ${others}`);
    expect(rows[planted.badCountry[0]].slice(-4)).toEqual(['error', '', expect.stringMatching(/column "Country"/), '']);
  });

  it('neutralises every cell a spreadsheet would run as a formula', () => {
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(DANGEROUS);
    expect(rows[planted.formula[0]]).toContain(`'=HYPERLINK("http://example.invalid","click")`);
  });
});

describe('--format xlsx', () => {
  it('needs --output', () => {
    const r = vetCli(['--format', 'xlsx', 'fixtures/sheets/candidates.csv']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('vet: --format xlsx writes a workbook: give --output out.xlsx\n');
  });

  it('writes the sheet back as a workbook with the results, every text cell neutralised', () => {
    const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'vet-xlsx-')), 'out.xlsx');
    const r = vetCli(['--format', 'xlsx', '--output', out, 'fixtures/sheets/candidates.csv']);
    expect(r.code).toBe(2);
    const XLSX = createRequire(import.meta.url)('@e965/xlsx') as typeof import('@e965/xlsx');
    const book = XLSX.read(readFileSync(out));
    const rows = XLSX.utils.sheet_to_json<(string | number)[]>(book.Sheets[book.SheetNames[0]], { header: 1, defval: '' });
    expect(rows).toHaveLength(input.length);
    expect(rows[0].slice(-4)).toEqual(['risk', 'score', 'findings', 'links']);
    expect(typeof rows[planted.farm[0]].at(-3)).toBe('number');
    for (const row of rows) for (const cell of row) if (typeof cell === 'string') expect(cell).not.toMatch(DANGEROUS);
    const formulas = Object.values(book.Sheets[book.SheetNames[0]]).filter((cell) => typeof cell === 'object' && cell !== null && 'f' in cell);
    expect(formulas).toEqual([]);
  });
});

describe('progress', () => {
  it('prints nothing on stderr when it is not a terminal', () => {
    const r = vetCli(['--format', 'json', 'fixtures/sheets/candidates.tsv']);
    expect(r.stderr).not.toMatch(/vetting|reading|linking/);
  });

  /** The CLI on a pseudo-terminal of the given width (util-linux `script`), stdout to a file: what the terminal showed. */
  function onTerminal(columns: number): { shown: string; report: string } {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'vet-tty-'));
    const report = path.join(dir, 'report.txt');
    const command = `stty cols ${columns} rows 24; ${JSON.stringify(process.execPath)} bin/vet.js --no-history --fail-on never fixtures/sheets/candidates.csv > ${JSON.stringify(report)}`;
    // The bundled sheet holds bad rows on purpose: vet exits 2, which `script -e` passes on.
    // ora draws nothing but one static line under CI=... or TERM=dumb: a person's terminal has neither.
    const { CI: _ci, ...env } = process.env;
    const run = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: ROOT, encoding: 'utf8', env: { ...env, TERM: 'xterm-256color' } });
    expect(run.status).toBe(2);
    return { shown: run.stdout, report: readFileSync(report, 'utf8') };
  }

  it('shows a spinner with the count on a terminal, and takes it away before the report', () => {
    const { shown, report } = onTerminal(80);
    expect(shown).toMatch(/linking \d+ candidates/);
    expect(shown).toContain('\u001b[?25h'); // the cursor given back
    expect(report).toMatch(/^ROW +ID +NAME/);
    expect(report).not.toContain('\u001b[');
  });

  it('shows none on a terminal of no width, where the spinner could not be redrawn in place', () => {
    const { shown, report } = onTerminal(0);
    expect(shown).not.toMatch(/vetting|linking/);
    expect(report).toMatch(/^ROW +ID +NAME/);
  });
});
