// Batch: sheets of 10,000 and 100,000 generated rows (no photos), through the built CLI, with
// the child's peak memory; the small sheet's time is a median of five runs, beside the same in
// one thread (--jobs 1). Growth must be linear: the linker hashes, it never compares all pairs.
// The 100,000 rows run again from an XLSX workbook, whose worksheet is streamed like a CSV.
// A second figure runs the same sheets with every per-dossier check off: reading, validating,
// linking and reporting alone, which is what this area owns.
import { spawnSync, execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, median } from './lib.mjs';
import { generateSheet, toDelimited, toWorkbook } from '../fixtures/sheets.mjs';

export const name = 'batch';
export const target = '10,000 rows in at most 3 s; 100,000 rows in at most 30 s with peak memory under 500 MB; 100k/10k time ratio near 10 (linear)';

// Prints the child's own peak RSS on exit (kilobytes): spawnSync cannot report a child's rusage.
const PEAK_RSS = `data:text/javascript,process.on('exit',()=>process.stderr.write('\\nvet-bench-maxrss-kb='+process.resourceUsage().maxRSS+'\\n'))`;

function sheetOf(rows) {
  const file = path.join(os.tmpdir(), `vet-bench-${rows}-seed7.csv`);
  if (!existsSync(file)) writeFileSync(file, toDelimited(generateSheet({ rows, seed: 7 }), ','));
  return file;
}

/** The same rows as an XLSX workbook, as SheetJS writes one: the reader streams its worksheet XML. */
function workbookOf(rows) {
  const file = path.join(os.tmpdir(), `vet-bench-${rows}-seed7.xlsx`);
  if (!existsSync(file)) writeFileSync(file, toWorkbook([{ name: 'Candidates', ...generateSheet({ rows, seed: 7 }) }]));
  return file;
}

/**
 * `rows` candidates of one column set, each shipping to the same address (an agency's office, as a
 * sheet gives it before allowAddresses says so) or each to their own: one link of every row must
 * cost about what no link does.
 */
function officeSheet(rows, shared) {
  const file = path.join(os.tmpdir(), `vet-bench-office-${rows}-${shared ? 'shared' : 'own'}.csv`);
  if (!existsSync(file)) {
    const lines = ['Name,Ship To,Country'];
    for (let i = 0; i < rows; i++) lines.push(`Person ${i + 1},"${shared ? 500 : 500 + i} Agency Plaza, Austin, TX 78701",US`);
    writeFileSync(file, `${lines.join('\n')}\n`);
  }
  return file;
}

function checksOffConfig() {
  const list = execFileSync(process.execPath, ['bin/vet.js', 'checks'], { cwd: ROOT, encoding: 'utf8' });
  const ids = list.split('\n').slice(1).map((l) => l.split(/\s+/)[0]).filter((id) => id && !id.startsWith('correlation.'));
  const file = path.join(os.tmpdir(), 'vet-bench-checks-off.json');
  writeFileSync(file, JSON.stringify({ checks: Object.fromEntries(ids.map((id) => [id, 'off'])) }));
  return file;
}

/** `status`: the exit code expected (2 for the generated sheets, which hold bad rows on purpose). */
function runSheet(file, extra = [], status = 2) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['--import', PEAK_RSS, 'bin/vet.js', '--no-history', '--fail-on', 'never', '--output', os.devNull, ...extra, file], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const kb = Number(/vet-bench-maxrss-kb=(\d+)/.exec(result.stderr)?.[1] ?? NaN);
  if (result.status !== status) throw new Error(`vet exited ${result.status}: ${result.stderr.slice(0, 500)}`);
  return { seconds, mb: kb / 1024 };
}

/**
 * The median of a few runs: one run of the small sheet moves by 10% or more with the machine's
 * load. The large sheet runs once (it takes long enough to even out), unless asked.
 */
function medianRun(file, runs, extra = []) {
  const results = Array.from({ length: runs }, () => runSheet(file, extra));
  const seconds = results.map((r) => r.seconds);
  return { seconds: median(seconds), mb: Math.max(...results.map((r) => r.mb)), range: runs > 1 ? ` (${runs} runs, ${Math.min(...seconds).toFixed(2)}-${Math.max(...seconds).toFixed(2)})` : '' };
}

/**
 * Several variants of one sheet, run in turn (a, b, a, b, ...), each summarised as medianRun does:
 * the machine's speed drifts within minutes, and interleaving gives each variant the same drift.
 */
function interleavedRuns(file, runs, variants) {
  const results = variants.map(() => []);
  for (let i = 0; i < runs; i++) variants.forEach((extra, v) => results[v].push(runSheet(file, extra)));
  return results.map((rs) => {
    const seconds = rs.map((r) => r.seconds);
    return { seconds: median(seconds), mb: Math.max(...rs.map((r) => r.mb)), range: ` (${runs} runs, ${Math.min(...seconds).toFixed(2)}-${Math.max(...seconds).toFixed(2)})` };
  });
}

export async function run() {
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT });
  const small = sheetOf(10_000);
  const large = sheetOf(100_000);
  // The default (two threads) against one thread, for the speed-up on this machine whatever its pace.
  const [full10, oneThread10] = interleavedRuns(small, 5, [[], ['--jobs', '1']]);
  const full100 = medianRun(large, 1);
  const workbook100 = medianRun(workbookOf(100_000), 1);
  const off = ['--config', checksOffConfig()];
  const own10 = medianRun(small, 5, off);
  const own100 = medianRun(large, 1, off);
  const office = { ...runSheet(officeSheet(20_000, true), [], 0), range: '' };
  const ownAddresses = { ...runSheet(officeSheet(20_000, false), [], 0), range: '' };
  const line = (label, r) => `${label}: ${r.seconds.toFixed(2)} s${r.range}, peak ${r.mb.toFixed(0)} MB`;
  return {
    lines: [
      line('10,000 rows, all checks', full10),
      line('10,000 rows, all checks, one thread (--jobs 1)', oneThread10),
      line('100,000 rows, all checks', full100),
      line('100,000 rows from an XLSX workbook, all checks', workbook100),
      `ratio 100k/10k, all checks: ${(full100.seconds / full10.seconds).toFixed(1)}x`,
      line('10,000 rows, per-dossier checks off (read, link, report)', own10),
      line('100,000 rows, per-dossier checks off (read, link, report)', own100),
      `ratio 100k/10k, checks off: ${(own100.seconds / own10.seconds).toFixed(1)}x`,
      line('20,000 rows in one link (one shipping address for all)', office),
      line('20,000 rows with a shipping address each', ownAddresses),
      `ratio one link/none: ${(office.seconds / ownAddresses.seconds).toFixed(1)}x (near 1: a link's cost grows with its members, never with their pairs)`,
    ],
    met: full10.seconds <= 3 && [full100, workbook100].every((r) => r.seconds <= 30 && r.mb < 500),
  };
}
