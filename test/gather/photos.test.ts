// The photo gatherer reads each picture once per thread: a sheet that gives one file in many rows
// (an applicant-tracking system's default avatar, a farm's one photo) decodes it once, and every
// row still gets the full reading, as its own copy.

import { copyFileSync, mkdtempSync, utimesSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LoadedDossier } from '../../src/types.js';
import type { GatherOptions } from '../../src/gather/index.js';
import { dossier } from '../helpers/factory.js';

const OPTIONS: GatherOptions = { allowOutside: false, online: false, config: {} };
const folder = mkdtempSync(path.join(os.tmpdir(), 'vet-photos-'));
copyFileSync('fixtures/photos/camera.jpg', path.join(folder, 'avatar.jpg'));
copyFileSync('fixtures/photos/edited.jpg', path.join(folder, 'other.jpg'));

const loaded = (n: number, photo: string): LoadedDossier => ({ dossier: dossier({ name: `Person ${n}`, photos: [{ path: photo }] }), origin: { label: `sheet.csv:${n}`, file: 'sheet.csv', baseDir: folder, row: n }, index: n, warnings: [] });

afterEach(() => {
  vi.resetModules();
  vi.doUnmock('../../src/photo/read.js');
});

/** The gatherer, fresh, with readPhoto counted. */
async function countedGatherer() {
  const real = await vi.importActual<typeof import('../../src/photo/read.js')>('../../src/photo/read.js');
  const readPhoto = vi.fn(real.readPhoto);
  vi.doMock('../../src/photo/read.js', () => ({ ...real, readPhoto }));
  const { photosGatherer } = await import('../../src/gather/photos.js');
  return { photosGatherer, readPhoto };
}

describe('one picture in many rows', () => {
  it('is decoded once; every row gets the same reading, as its own object', async () => {
    const { photosGatherer, readPhoto } = await countedGatherer();
    const results = [];
    for (let n = 1; n <= 20; n++) results.push(await photosGatherer.gather(loaded(n, 'avatar.jpg'), OPTIONS, {}));
    expect(readPhoto).toHaveBeenCalledTimes(1);
    const [first, ...rest] = results.map((r) => r.photos![0]);
    expect(first.hash).toMatch(/^[0-9a-f]{16}$/);
    for (const other of rest) expect(other).toEqual(first);
    expect(rest[0]).not.toBe(first);
    expect(rest[0].metadata).not.toBe(first.metadata);
  });

  it('another file, or the same path changed since, is read again', async () => {
    const { photosGatherer, readPhoto } = await countedGatherer();
    await photosGatherer.gather(loaded(1, 'avatar.jpg'), OPTIONS, {});
    await photosGatherer.gather(loaded(2, 'other.jpg'), OPTIONS, {});
    expect(readPhoto).toHaveBeenCalledTimes(2);
    utimesSync(path.join(folder, 'avatar.jpg'), new Date('2026-01-01'), new Date('2026-01-01'));
    await photosGatherer.gather(loaded(3, 'avatar.jpg'), OPTIONS, {});
    expect(readPhoto).toHaveBeenCalledTimes(3);
  });

  it('a missing file is reported for each row that names it', async () => {
    const { photosGatherer } = await countedGatherer();
    for (const n of [1, 2]) {
      const { photos } = await photosGatherer.gather(loaded(n, 'missing.jpg'), OPTIONS, {});
      expect(photos![0].error).toBeTruthy();
    }
  });
});
