// A worker started before the program loads (src/boot/prestart.ts): on a guess from the command
// line, which the run then adopts or leaves. A wrong guess must cost nothing but some work: the
// run's report and exit are as without it, and a worker left behind never holds the run open.

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { prestartWorker } from '../../src/boot/prestart.js';
import { ONE_THREAD_BELOW_BYTES } from '../../src/parallel/threads.js';
import type { StartedWorker } from '../../src/parallel/spawn.js';
import { vetCli, FIXED_NOW_ISO } from '../helpers/cli.js';
import { generateSheet, toDelimited } from '../../scripts/fixtures/sheets.mjs';

const dir = mkdtempSync(path.join(os.tmpdir(), 'vet-prestart-'));
/** A worker that waits for a message that never comes, as a real one waits for its run's options. */
const idleWorker = path.join(dir, 'idle-worker.cjs');
writeFileSync(idleWorker, "require('node:worker_threads').parentPort.on('message', () => {});\n");
const small = path.join(dir, 'small.csv');
writeFileSync(small, 'Name\nAnn Lee\n');
const large = path.join(dir, 'large.csv');
writeFileSync(large, `Name,Notes\n${`Ann Lee,${'x'.repeat(1000)}\n`.repeat(Math.ceil(ONE_THREAD_BELOW_BYTES / 1000))}`);
const twoCores = os.availableParallelism() >= 2;

const started: StartedWorker[] = [];
afterAll(async () => {
  await Promise.all(started.map((s) => s.worker.terminate()));
});

describe('prestartWorker: a worker for the command lines that will use one', () => {
  it.each([
    [[large], twoCores],
    [['--format', 'json', '--output', 'out.json', large], twoCores],
    [[small], false], // a small sheet runs in one thread
    [['--jobs', '2', small], true], // asked for
    [['-j3', small], true],
    [['--jobs=2', small], true],
    [['--jobs', '1', large], false],
    [['-j', '1', large], false],
    [['--online', large], false], // online runs check in one thread
    [['--help', large], false],
    [['fixtures/dossiers/clean.json'], false], // no sheet
    [[path.join(dir, 'missing.csv')], false],
    [[dir], false], // a folder is no sheet here: the run starts its worker when it gets there
  ])('%j: %s', (argv, expected) => {
    const worker = prestartWorker(argv, idleWorker);
    if (worker) started.push(worker);
    expect(worker !== undefined).toBe(expected);
  });
});

/** The CLI with its report written to a file: a sheet's JSON report is more than a pipe holds. */
function reported(args: string[]) {
  const output = path.join(dir, `report-${reports++}.json`);
  const r = vetCli(['--output', output, ...args]);
  return { ...r, stdout: readFileSync(output, 'utf8') };
}
let reports = 0;

describe('the command line with a worker started early', () => {
  const sheet = path.join(dir, 'candidates.csv');
  writeFileSync(sheet, toDelimited(generateSheet({ rows: 300, seed: 5 }), ','));

  it('reports the same as one thread, the worker adopted', () => {
    const args = ['--now', FIXED_NOW_ISO, '--format', 'json', '--fail-on', 'never', '--plugin', path.resolve('fixtures/plugins/thread-witness.js'), sheet];
    const two = reported(['--jobs', '2', ...args]);
    const one = reported(['--jobs', '1', ...args]);
    const threadsOf = (stdout: string) => new Set(JSON.parse(stdout).candidates.flatMap((c: { skipped?: { check: string; reason: string }[] }) => c.skipped?.filter((s) => s.check === 'witness/test.thread').map((s) => s.reason) ?? []));
    expect(threadsOf(two.stdout)).toEqual(new Set(['thread 1']));
    expect(threadsOf(one.stdout)).toEqual(new Set(['thread 0']));
    const withoutThreads = (stdout: string) => stdout.replace(/"thread \d"/g, '"thread"').replace(/"elapsedMs": [\d.]+/g, '');
    expect(withoutThreads(two.stdout)).toBe(withoutThreads(one.stdout));
    expect(two.code).toBe(one.code);
  });

  // Were the waiting worker to hold the process open, the run would never end (vetCli gives up after 30 s).
  it('ends a run that stops before it needs the worker as it would without one', () => {
    const broken = path.join(dir, 'broken.json');
    writeFileSync(broken, '{ "checks": ');
    const r = vetCli(['--jobs', '2', '--config', broken, sheet]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/broken\.json/);
    expect(r.stderr).not.toMatch(/internal error/);
  });

  it('ends a large sheet of fewer candidates than a chunk in the main thread, the worker left', () => {
    // Over the size for two threads, in 40 rows of long notes: no chunk fills, no pool starts.
    const notes = path.join(dir, 'notes.csv');
    writeFileSync(notes, `Name,Notes\n${Array.from({ length: 40 }, (_, i) => `Candidate ${i},${'x'.repeat(30_000)}\n`).join('')}`);
    const r = reported(['--now', FIXED_NOW_ISO, '--format', 'json', '--fail-on', 'never', '--plugin', path.resolve('fixtures/plugins/thread-witness.js'), notes]);
    expect(r.code).toBe(0);
    const reasons = JSON.parse(r.stdout).candidates.map((c: { skipped: { check: string; reason: string }[] }) => c.skipped.find((s) => s.check === 'witness/test.thread')?.reason);
    expect(reasons).toEqual(Array(40).fill('thread 0'));
  });
});
