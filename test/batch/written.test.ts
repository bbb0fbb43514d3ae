// Reports written a piece at a time (--format json and csv): the same text as one string would be,
// to a file or to a pipe whose reader may stop early, and an output path that cannot be written
// refused before the run.

import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, vetCli } from '../helpers/cli.js';
import { generateSheet, toDelimited } from '../../scripts/fixtures/sheets.mjs';

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

describe('an --output that cannot be written', () => {
  it('is refused before the run, exit 2, one line', () => {
    const missing = path.join(dir, 'no-such-folder', 'out.json');
    const r = vetCli(['--format', 'json', '--output', missing, SHEET]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`vet: --output ${missing}: cannot write (no such folder)\n`);
  });

  it('a folder given as the file is refused, exit 2, without a stack trace', () => {
    const r = vetCli(['--format', 'json', '--output', dir, SHEET]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`vet: --output ${dir}: cannot write (is a folder)\n`);
  });
});
