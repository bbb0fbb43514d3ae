// The same behaviour from both backends: a SQLite file and a real PostgreSQL server.

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, resolveLocation, type HistoryStore, type Sighting } from '../../src/history/store.js';
import { withinRadius } from '../../src/history/photo-index.js';
import { keyedDigest, keyedHash } from '../../src/history/keys.js';
import { dropPostgresSchema, freshPostgresUrl } from '../helpers/postgres.js';

const sighting = (over: Partial<Sighting>): Sighting => ({ kind: 'phone', valueHash: 'aa'.repeat(32), candidateId: 'C-1', nameHash: 'n1', seenAt: '2026-10-01', ...over });

const backends: [string, () => Promise<string>][] = [
  ['sqlite', async () => path.join(mkdtempSync(path.join(tmpdir(), 'vet-hist-')), 'history.sqlite')],
  ['postgres', freshPostgresUrl],
];

describe.each(backends)('history store (%s)', (_name, makeTarget) => {
  let store: HistoryStore;
  let target: string;

  beforeAll(async () => {
    target = await makeTarget();
    store = await openStore(resolveLocation(target));
  });
  afterAll(async () => {
    await store?.close();
    await dropPostgresSchema(target);
  });

  it('finds exact values and keeps the first sighting of a value per candidate', async () => {
    await store.record([sighting({}), sighting({ seenAt: '2026-11-01' }), sighting({ candidateId: 'C-2', nameHash: 'n2' })]);
    const found = await store.findExact([{ kind: 'phone', valueHash: 'aa'.repeat(32) }]);
    expect(found.map((s) => [s.candidateId, s.seenAt]).sort()).toEqual([
      ['C-1', '2026-10-01'],
      ['C-2', '2026-10-01'],
    ]);
    expect(await store.findExact([{ kind: 'email', valueHash: 'aa'.repeat(32) }])).toEqual([]);
  });

  it('finds photos within the distance through the segment index, and not beyond', async () => {
    const base = '0123456789abcdef';
    const near = '0123456789abcde0'; // f -> 0: 4 bits
    const far = 'fedcba9876543210';
    await store.record([sighting({ kind: 'photo', valueHash: base, candidateId: 'P-1' }), sighting({ kind: 'photo', valueHash: far, candidateId: 'P-2' })]);
    const hits = await store.findPhotos(near, 10);
    expect(hits.map((h) => [h.candidateId, h.distance])).toEqual([['P-1', 4]]);
    // Spread over all four segments: 2 + 3 + 3 + 2 = 10 bits apart still matches.
    const spread = (BigInt(`0x${base}`) ^ 0x0003_0007_0007_0003n).toString(16).padStart(16, '0');
    expect((await store.findPhotos(spread, 10)).map((h) => h.candidateId)).toEqual(['P-1']);
    expect(await store.findPhotos(spread, 9)).toEqual([]);
  });

  it('forgets a candidate on request and counts what is left', async () => {
    await store.record([sighting({ kind: 'email', valueHash: 'bb'.repeat(32), candidateId: 'F-1' }), sighting({ kind: 'address', valueHash: 'cc'.repeat(32), candidateId: 'F-1' })]);
    const before = await store.stats();
    expect(await store.forget('F-1')).toBe(2);
    expect(await store.forget('F-1')).toBe(0);
    const after = await store.stats();
    expect(after.sightings).toBe(before.sightings - 2);
    expect(after.byKind.email ?? 0).toBe(0);
    expect(after.candidates).toBe(before.candidates - 1);
  });

  it('refuses a second key once a first one is claimed', async () => {
    expect(await store.claimKey('k1')).toBe(true);
    expect(await store.claimKey('k1')).toBe(true);
    expect(await store.claimKey('k2')).toBe(false);
  });

  it('migrates once: reopening keeps the rows', async () => {
    const count = (await store.stats()).sightings;
    const again = await openStore(resolveLocation(target));
    expect((await again.stats()).sightings).toBe(count);
    const exported: Sighting[] = [];
    for await (const s of again.all()) exported.push(s);
    expect(exported).toHaveLength(count);
    await again.close();
  });
});

describe('photo index', () => {
  it('enumerates every 16-bit value within a radius exactly once', () => {
    const values = withinRadius(0b1010, 2);
    expect(values).toHaveLength(1 + 16 + 120);
    expect(new Set(values).size).toBe(values.length);
  });
});

describe('keyed hashes', () => {
  // Stores keep these: the same key, kind and value must give the same hash in every version.
  it('are HMAC-SHA256 of kind, NUL and value, under the store key', () => {
    const key = Buffer.alloc(32, 7);
    expect(keyedHash(key, 'phone', '+15125550147')).toBe('198224af58f5a2eba105f8c9bfc3249a72f8e98d4c363712645307a2ec17c1b7');
    expect(keyedDigest(key, 'phone', '+15125550147').toString('hex')).toBe(keyedHash(key, 'phone', '+15125550147'));
    expect(keyedHash(key, 'email', '+15125550147')).not.toBe(keyedHash(key, 'phone', '+15125550147'));
    expect(keyedHash(Buffer.alloc(32, 8), 'phone', '+15125550147')).not.toBe(keyedHash(key, 'phone', '+15125550147'));
  });
});
