// A value that an earlier sheet gave in many rows (an agency's office as every shipping address):
// each later candidate who gives it is told how many others did and who the oldest were, and the
// store is read for it once a run, not once per candidate.

import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { openHistory, type Remembered } from '../../src/history/session.js';
import { resolveLocation } from '../../src/history/store.js';
import { check as seenBefore } from '../../src/checks/correlation/seen-before.js';

const office: Remembered = { kind: 'address', key: 'us|78701|500 agency plz|', display: '••• Austin, TX 78701, US' };
const own = (n: number): Remembered => ({ kind: 'phone', key: `+1512555${String(n).padStart(4, '0')}`, display: `+1 •••${n}` });

async function storeWithSheet(rows: number) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'vet-crowded-'));
  const location = resolveLocation(path.join(dir, 'history.sqlite'), path.join(dir, 'history.key'));
  const earlier = await openHistory(location, 10, 4);
  const keyed = Array.from({ length: rows }, (_, i) => earlier.keyed({ id: `E-${String(i).padStart(3, '0')}`, name: `Earlier ${i}` }, [office, own(i)]));
  await earlier.recordAll(keyed, '2026-10-01');
  await earlier.close();
  return location;
}

describe('a value many earlier candidates gave', () => {
  it('is counted in full, its oldest fifty listed, and read from the store once a run', async () => {
    const session = await openHistory(await storeWithSheet(120), 10, 4);
    const store = (session as unknown as { store: { findExact: (...args: unknown[]) => unknown } }).store;
    const findExact = vi.spyOn(store, 'findExact');
    const lookups = [];
    for (let n = 0; n < 5; n++) {
      const values = [office, own(1000 + n)];
      lookups.push(await session.find(session.keyed({ id: `N-${n}`, name: `New ${n}` }, values), values));
    }
    // The office's sightings were asked for by the first lookup only.
    const askedForOffice = findExact.mock.calls.filter(([asked]) => (asked as { kind: string }[]).some((s) => s.kind === 'address'));
    expect(askedForOffice).toHaveLength(1);
    for (const matches of lookups) {
      expect(matches).toHaveLength(50);
      expect(new Set(matches.map((m) => m.others))).toEqual(new Set([120]));
      expect(matches.map((m) => m.candidateId)).toEqual(Array.from({ length: 50 }, (_, i) => `E-${String(i).padStart(3, '0')}`));
    }
    const problems = seenBefore.run({ gathered: { history: lookups[0] } } as never);
    expect(problems).toEqual([expect.objectContaining({ evidence: expect.stringMatching(/^address ••• Austin, TX 78701, US was seen under 120 other candidates with another name \(E-000, E-001, E-002, E-003, E-004 and 115 more\), first on 2026-10-01$/) })]);
    await session.close();
  });

  it('one of the earlier candidates, asking again, is not counted among the others', async () => {
    const session = await openHistory(await storeWithSheet(60), 10, 4);
    const values = [office, own(7)];
    const matches = await session.find(session.keyed({ id: 'E-007', name: 'Earlier 7' }, values), values);
    expect(new Set(matches.map((m) => m.others))).toEqual(new Set([59]));
    expect(matches.map((m) => m.candidateId)).not.toContain('E-007');
    await session.close();
  });

  it('a photo many gave (a default avatar) is looked up once a run, counted, its oldest fifty listed', async () => {
    const avatar: Remembered = { kind: 'photo', key: '0123456789abcdef', display: 'photo (perceptual hash 012345…)' };
    const dir = mkdtempSync(path.join(os.tmpdir(), 'vet-crowded-'));
    const location = resolveLocation(path.join(dir, 'history.sqlite'), path.join(dir, 'history.key'));
    const earlier = await openHistory(location, 10, 4);
    await earlier.recordAll(Array.from({ length: 70 }, (_, i) => earlier.keyed({ id: `E-${String(i).padStart(3, '0')}`, name: `Earlier ${i}` }, [avatar])), '2026-10-01');
    await earlier.close();
    const session = await openHistory(location, 10, 4);
    const findPhotos = vi.spyOn((session as unknown as { store: { findPhotos: (...args: unknown[]) => unknown } }).store, 'findPhotos');
    for (let n = 0; n < 3; n++) {
      const matches = await session.find(session.keyed({ id: `N-${n}`, name: `New ${n}` }, [avatar]), [avatar]);
      expect(matches).toHaveLength(50);
      expect(new Set(matches.map((m) => m.others))).toEqual(new Set([70]));
    }
    expect(findPhotos).toHaveBeenCalledTimes(1);
    await session.close();
  });

  it('a value few gave comes whole, uncounted', async () => {
    const session = await openHistory(await storeWithSheet(3), 10, 4);
    const values = [office];
    const matches = await session.find(session.keyed({ id: 'N-1', name: 'New 1' }, values), values);
    expect(matches.map((m) => [m.candidateId, m.others])).toEqual([['E-000', undefined], ['E-001', undefined], ['E-002', undefined]]);
    await session.close();
  });
});
