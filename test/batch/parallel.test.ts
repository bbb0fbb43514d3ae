// Worker threads (--jobs): a sheet larger than a chunk is checked in several threads, and the
// report is the same, byte for byte, as when one thread checks it all: same findings, links,
// rejected rows, warnings (said once) and history sightings.

import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { vetCli, FIXED_NOW_ISO, type CliResult } from '../helpers/cli.js';
import { generateSheet, toDelimited, toWorkbook } from '../../scripts/fixtures/sheets.mjs';

/** More rows than a few chunks (src/parallel/pool.ts), with photos every few rows, and a second phone column (a warning for the sheet). */
function bigSheet(dir: string, seed = 3) {
  mkdirSync(path.join(dir, 'photos'), { recursive: true });
  const pictures = ['camera.jpg', 'edited.jpg', 'selfie-copy.jpg', 'selfie-other.jpg'];
  for (const p of pictures) copyFileSync(path.join('fixtures/photos', p), path.join(dir, 'photos', p));
  const sheet = generateSheet({ rows: 450, seed });
  const photo = sheet.header.indexOf('Photo');
  sheet.rows.forEach((row, i) => {
    if (i % 9 === 0 && row[photo] === '') row[photo] = `photos/${pictures[(i / 9) % pictures.length]}`;
  });
  // A second column for the email: a warning said once per sheet, whatever the threads. Every
  // seventh candidate was referred by the one before (the referrals are worked out in the main thread).
  const email = sheet.header.indexOf('E-mail');
  return { header: [...sheet.header, 'Email Address', 'Referred By'], rows: sheet.rows.map((r, i) => [...r, r[email], i % 7 === 0 && i > 0 ? sheet.rows[i - 1][0] : '']) };
}

function writeCsv(dir: string, name: string, sheet: { header: string[]; rows: string[][] }): string {
  const file = path.join(dir, name);
  writeFileSync(file, toDelimited(sheet, ','));
  return file;
}

let outputs = 0;

/** The CLI with the report written to a file (a sheet's JSON report is larger than a pipe buffer), read back as stdout. */
function run(jobs: number, args: string[], env: Record<string, string> = {}): CliResult {
  const output = path.join(mkdtempSync(path.join(os.tmpdir(), 'vet-parallel-out-')), `report-${outputs++}`);
  const r = vetCli(['--jobs', String(jobs), '--output', output, ...args], { env });
  return { ...r, stdout: readFileSync(output, 'utf8') };
}

describe('--jobs: candidates checked in worker threads', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'vet-parallel-'));
  const sheet = bigSheet(dir);
  const csv = writeCsv(dir, 'big.csv', sheet);

  it('checks in worker threads, plugins included, and the report says the same as one thread', () => {
    const plugin = ['--now', FIXED_NOW_ISO, '--plugin', path.resolve('fixtures/plugins/thread-witness.js'), '--format', 'json', csv];
    const one = run(1, plugin);
    const three = run(3, plugin);
    expect(one.code).toBe(2); // the generated sheet holds bad rows on purpose
    expect(three.code).toBe(2);
    type Entry = { skipped?: { check: string; reason: string }[] };
    const threadsOf = (stdout: string) => new Set(JSON.parse(stdout).candidates.flatMap((c: Entry) => c.skipped?.filter((s) => s.check === 'witness/test.thread').map((s) => s.reason) ?? []));
    expect(threadsOf(one.stdout)).toEqual(new Set(['thread 0']));
    expect([...threadsOf(three.stdout)].filter((t) => t !== 'thread 0').length).toBeGreaterThanOrEqual(1);
    expect(JSON.parse(one.stdout).correlations.filter((c: { kind: string }) => c.kind === 'referred-by-flagged').length).toBeGreaterThan(0);
    const withoutThreads = (stdout: string) => stdout.replace(/"thread \d+"/g, '"thread"');
    expect(withoutThreads(three.stdout)).toBe(withoutThreads(one.stdout));
    expect(three.stderr).toBe(one.stderr);
  });

  it.each(['text', 'csv', 'html'])('gives the same %s report', (format) => {
    const one = run(1, ['--now', FIXED_NOW_ISO, '--format', format, csv]);
    const two = run(2, ['--now', FIXED_NOW_ISO, '--format', format, csv]);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toBe(one.stderr);
    expect(two.code).toBe(one.code);
  });

  it("says the sheet's warnings once, though each thread reads rows of it", () => {
    const { stderr } = run(2, ['--now', FIXED_NOW_ISO, csv]);
    expect(stderr.match(/"Email Address"/g)).toHaveLength(1);
  });

  it('reads a workbook the same way', () => {
    const xlsx = path.join(dir, 'big.xlsx');
    writeFileSync(xlsx, toWorkbook([{ name: 'Candidates', ...sheet }]));
    const one = run(1, ['--now', FIXED_NOW_ISO, '--format', 'json', xlsx]);
    const two = run(2, ['--now', FIXED_NOW_ISO, '--format', 'json', xlsx]);
    expect(JSON.parse(one.stdout).candidates.length).toBeGreaterThan(400);
    expect(two.stdout).toBe(one.stdout);
  });

  it('looks up and records the history store in the main thread: the same sightings', () => {
    // A second sheet: the same contact details under other names and ids, a month later.
    const again = { header: sheet.header, rows: sheet.rows.map((r) => ['X' + r[0], r[1] === '' ? '' : `${r[1]} Renamed`, ...r.slice(2)]) };
    const later = writeCsv(dir, 'later.csv', again);
    const key = path.join(dir, 'history.key');
    const reports = [1, 3].map((jobs) => {
      const store = path.join(dir, `history-${jobs}.sqlite`);
      const history = ['--history', store, '--history-key', key, '--format', 'json'];
      run(jobs, ['--now', '2026-10-01T12:00:00Z', ...history, csv], { VET_HISTORY: '' });
      return run(jobs, ['--now', FIXED_NOW_ISO, ...history, later], { VET_HISTORY: '' });
    });
    const seen = JSON.parse(reports[0].stdout).candidates.filter((c: { findings?: { check: string }[] }) => c.findings?.some((f) => f.check === 'correlation.seen-before'));
    expect(seen.length).toBeGreaterThan(400);
    expect(reports[1].stdout).toBe(reports[0].stdout);
  }, 60_000);

  it('checks a folder of dossier files the same way, warnings and SARIF lines included', () => {
    // 12 fixtures x 15 under other ids: more than a chunk; the copies link to each other.
    const folder = path.join(dir, 'dossiers');
    mkdirSync(folder);
    const fixtures = readdirSync('fixtures/dossiers').filter((f) => f.endsWith('.json'));
    for (let copy = 0; copy < 15; copy++) {
      for (const f of fixtures) {
        const text = readFileSync(path.join('fixtures/dossiers', f), 'utf8').replace(/"id": "([^"]*)"/, `"id": "$1-${copy}"`);
        writeFileSync(path.join(folder, `${copy}-${f}`), text);
      }
    }
    for (const format of ['json', 'sarif']) {
      const one = run(1, ['--now', FIXED_NOW_ISO, '--format', format, folder]);
      const two = run(2, ['--now', FIXED_NOW_ISO, '--format', format, folder]);
      expect(two.stdout).toBe(one.stdout);
      expect(two.stderr).toBe(one.stderr);
    }
  });

  it("keeps the workers' compiled code in a cache of their own, which the next run's workers take", () => {
    // V8 refuses the main thread's code cache in a worker: without their own, every run's workers compile the program anew.
    const cache = mkdtempSync(path.join(os.tmpdir(), 'vet-parallel-cache-'));
    const code = path.join(cache, 'code');
    run(2, ['--now', FIXED_NOW_ISO, csv], { VET_CACHE_DIR: cache });
    const files = readdirSync(code).filter((f) => f.endsWith('.v8cache'));
    expect(files.filter((f) => f.endsWith('-worker.v8cache'))).toHaveLength(1);
    expect(files).toHaveLength(2);
    const written = () => files.map((f) => statSync(path.join(code, f)).mtimeMs);
    const first = written();
    // A refused cache is written again at exit. V8 refuses one made under other flags than it is
    // read with: a flag the program sets while a sheet runs must not change them (src/util/heap.ts,
    // src/parallel/pool.ts). A run of one dossier in between reads the same main-thread cache.
    run(2, ['--now', FIXED_NOW_ISO, csv], { VET_CACHE_DIR: cache });
    vetCli(['--now', FIXED_NOW_ISO, 'fixtures/dossiers/clean.json'], { env: { VET_CACHE_DIR: cache } });
    run(2, ['--now', FIXED_NOW_ISO, csv], { VET_CACHE_DIR: cache });
    expect(written()).toEqual(first);
    expect(readdirSync(code).filter((f) => f.endsWith('.v8cache'))).toHaveLength(2);
  });

  it('checks an --online run in the main thread only: a provider\'s rate limit is per account', () => {
    // Only the keyless GitHub provider is on, and the sheet names no profile: nothing is asked (and
    // it would go to a closed local port), but the run is an online one.
    const r = run(3, ['--now', FIXED_NOW_ISO, '--online', '--plugin', path.resolve('fixtures/plugins/thread-witness.js'), '--format', 'json', csv], { VET_GITHUB_BASE_URL: 'http://127.0.0.1:9' });
    const reasons = JSON.parse(r.stdout).candidates.flatMap((c: { skipped?: { check: string; reason: string }[] }) => c.skipped?.filter((s) => s.check === 'witness/test.thread').map((s) => s.reason) ?? []);
    expect(reasons.length).toBeGreaterThan(400);
    expect(new Set(reasons)).toEqual(new Set(['thread 0']));
  });

  it('fails loudly when a worker thread is lost, never exits 0 as if every candidate passed', () => {
    const r = vetCli(['--jobs', '2', '--no-history', '--plugin', path.resolve('fixtures/plugins/worker-exit.js'), '--output', path.join(dir, 'lost.txt'), csv]);
    expect(r.code).toBe(70);
    expect(r.stderr).toMatch(/internal error[\s\S]*a worker thread stopped \(exit code 3\)/);
    // The same plugin in one thread never runs in a worker: the run ends as usual.
    expect(vetCli(['--jobs', '1', '--no-history', '--plugin', path.resolve('fixtures/plugins/worker-exit.js'), '--output', path.join(dir, 'kept.txt'), csv]).code).toBe(2);
  });

  it('refuses a --jobs that is not a whole number from 1 to 64', () => {
    for (const bad of ['0', '-2', 'many', '1.5', '65']) {
      const r = vetCli(['--jobs', bad, 'fixtures/sheets/candidates.csv']);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/--jobs/);
    }
  });
});
