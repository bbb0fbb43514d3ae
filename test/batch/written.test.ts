// Reports written a piece at a time (--format json and csv): the same text as one string would be,
// to a file or to a pipe whose reader may stop early, and an output path that cannot be written
// refused before the run.

import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { ROOT, vetCli } from '../helpers/cli.js';
import { generateSheet, toDelimited } from '../../scripts/fixtures/sheets.mjs';
import { readWorkbook } from '../../src/dossier/sheets/xlsx.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'vet-written-'));
const SHEET = 'fixtures/sheets/candidates.csv';

describe('a report written in pieces', () => {
  it('--format json is laid out exactly as JSON.stringify lays out the whole run', () => {
    const r = vetCli(['--format', 'json', SHEET]);
    expect(r.code).toBe(2); // the sheet holds bad rows on purpose
    const run = JSON.parse(r.stdout);
    expect(run.candidates.length).toBeGreaterThan(20);
    expect(run.correlations.length).toBeGreaterThan(0);
    expect(run.candidates.some((c: { error?: string }) => c.error)).toBe(true);
    expect(r.stdout).toBe(`${JSON.stringify(run, null, 2)}\n`);
  });

  it.each(['json', 'csv'])('--format %s to --output is the same text as to standard output', (format) => {
    const file = path.join(dir, `out.${format}`);
    const toFile = vetCli(['--format', format, '--output', file, SHEET]);
    const toStdout = vetCli(['--format', format, SHEET]);
    expect(toFile.code).toBe(2);
    expect(toFile.stdout).toBe('');
    expect(readFileSync(file, 'utf8')).toBe(toStdout.stdout);
  });

  it('a reader that stops early (| head) ends the output, not the run: no crash, the run keeps its exit code', async () => {
    const sheet = path.join(dir, 'long.csv');
    writeFileSync(sheet, toDelimited(generateSheet({ rows: 400, seed: 3 }), ','));
    const child = spawn(process.execPath, [path.join(ROOT, 'bin/vet.js'), '--format', 'json', sheet], { cwd: ROOT, env: { ...process.env, VET_HISTORY: 'off' } });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toMatch(/internal error|EPIPE|at /);
    expect(code).toBe(2); // the generated sheet holds bad rows: exit 2, as with the whole report read
  });
});

describe('--format xlsx, written as it is made', () => {
  /** The workbook's rows as the xlsx reader reads them, header included. */
  async function rowsOf(file: string): Promise<string[][]> {
    const book = await readWorkbook(readFileSync(file), 'out.xlsx', undefined);
    const rows: string[][] = [];
    for await (const e of book.events) if (e.kind !== 'unreadable') rows.push(e.kind === 'header' ? e.header : e.cells);
    return rows;
  }

  const trimmed = (row: string[]) => row.slice(0, row.findLastIndex((c) => c !== '') + 1);

  it('holds every cell the CSV output holds, text that XML cannot carry as is included', async () => {
    const sheet = path.join(dir, 'tricky.csv');
    const tricky = ['Ann & Bo <Lee>', 'has _x0041_ in it', 'a "quoted" word', 'line one\r\nline two', 'bell\u0007 and 😀 and 東京', '=SUM(A1)'];
    writeFileSync(sheet, `Name,Notes\n${tricky.map((t, i) => `Person ${i},"${t.replace(/"/g, '""')}"`).join('\n')}\n`);
    const out = path.join(dir, 'tricky.xlsx');
    expect(vetCli(['--format', 'xlsx', '--output', out, sheet]).code).toBe(0);
    const rows = await rowsOf(out);
    const notes = rows.slice(1).map((r) => r[1]);
    expect(notes).toEqual(['Ann & Bo <Lee>', 'has _x0041_ in it', 'a "quoted" word', 'line one\nline two', 'bell\u0007 and 😀 and 東京', "'=SUM(A1)"]);
    // Besides that line break (CRLF is one line break in a spreadsheet), every cell is the CSV output's.
    const csvRows = parse(vetCli(['--format', 'csv', sheet]).stdout) as string[][];
    expect(rows.map(trimmed)).toEqual(csvRows.map((r) => trimmed(r.map((c) => c.replace(/\r\n/g, '\n')))));
  });

  it('a sheet of several megabytes is deflated in pieces that read back as one, every row in order', async () => {
    const sheet = path.join(dir, 'big.csv');
    writeFileSync(sheet, toDelimited(generateSheet({ rows: 3000, seed: 5 }), ','));
    const out = path.join(dir, 'big.xlsx');
    expect(vetCli(['--format', 'xlsx', '--output', out, sheet]).code).toBe(2);
    expect(readFileSync(out).length).toBeGreaterThan(300_000);
    const csvOut = path.join(dir, 'big-out.csv');
    vetCli(['--format', 'csv', '--output', csvOut, sheet]);
    const csvRows = parse(readFileSync(csvOut, 'utf8'), { relax_column_count: true }) as string[][];
    const rows = await rowsOf(out);
    expect(rows).toHaveLength(3001);
    expect(rows.map(trimmed)).toEqual(csvRows.map(trimmed));
  });
});

describe('an --output that cannot be written', () => {
  it('is refused before the run, exit 2, one line', () => {
    const missing = path.join(dir, 'no-such-folder', 'out.json');
    const r = vetCli(['--format', 'json', '--output', missing, SHEET]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`vet: --output ${missing}: cannot write (no such folder)\n`);
  });

  it('a folder given as the file is refused before the run, exit 2, without a stack trace', () => {
    const r = vetCli(['--format', 'json', '--output', dir, SHEET]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`vet: --output ${dir}: cannot write (is a folder)\n`);
  });
});
