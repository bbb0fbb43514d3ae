// What crosses between a worker and the main thread: a candidate's skipped checks go as the number
// of a list sent once, and come back as the same list, whatever the number of lists.

import { describe, expect, it } from 'vitest';
import { SkippedLists, Unwire, type WireVetted } from '../../src/parallel/wire.js';
import type { LoadedDossier, Skipped } from '../../src/types.js';

const item: LoadedDossier = { dossier: { name: 'Ann Lee' }, origin: { label: 'a.csv:1', file: 'a.csv', baseDir: '.' }, index: 0, warnings: [] } as unknown as LoadedDossier;

function wired(skipped: number): WireVetted {
  return { index: 0, report: { schemaVersion: 1, candidate: { name: 'Ann Lee', source: 'a.csv:1' }, risk: 'low', score: 0, reason: '', findings: [], skipped, warnings: [] }, prints: [] };
}

const list = (n: number): Skipped[] => [{ check: 'phone.voip', reason: `reason ${n}` }];

describe('skipped lists on the wire', () => {
  it('sends a list once, by number after that', () => {
    const lists = new SkippedLists();
    const a = list(1);
    const b = list(2);
    expect([lists.numberOf(a), lists.numberOf(b), lists.numberOf(a)]).toEqual([0, 1, 0]);
    expect(lists.take()).toEqual([
      [0, a],
      [1, b],
    ]);
    expect(lists.numberOf(a)).toBe(0);
    expect(lists.take()).toEqual([]);
  });

  it('gives the main thread back each list, per worker, also past the lists it numbers for good', () => {
    const unwire = new Unwire([]);
    const workers = [new SkippedLists(), new SkippedLists()];
    const sent = Array.from({ length: 10_003 }, (_, n) => list(n));
    // Each worker sends its lists in messages of 100 candidates, the main thread reads each message.
    for (let start = 0; start < sent.length; start += 100) {
      workers.forEach((lists, worker) => {
        const chunk = sent.slice(start, start + 100);
        const numbers = chunk.map((l) => lists.numberOf(l));
        unwire.learn(worker, lists.take());
        chunk.forEach((l, i) => expect(unwire.result(worker, wired(numbers[i]), item).report.skipped).toEqual(l));
      });
    }
  });

  it('refuses a number no list came with', () => {
    const unwire = new Unwire([]);
    unwire.learn(0, [[0, list(1)]]);
    expect(() => unwire.result(1, wired(0), item)).toThrow(/never sent/);
    expect(() => unwire.result(0, wired(5), item)).toThrow(/never sent/);
  });
});
