// History store at scale: 1,000,000 stored photo hashes (and as many exact values) in a SQLite
// store; a near-duplicate photo lookup must take at most 10 ms, an exact lookup at most 1 ms.
// The store code is bundled from src/ on the fly, so the bench measures what ships.

import { build } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, median } from './lib.mjs';

export const name = 'history';
export const target = 'with 1,000,000 stored photo hashes: photo lookup <= 10 ms, exact lookup <= 1 ms (median)';

const STORED = 1_000_000;
/** The match distance vet uses (rules/photo.json). */
const DISTANCE = JSON.parse(readFileSync(path.join(ROOT, 'rules/photo.json'), 'utf8')).hash.matchDistance;
const QUERIES = 200;

export async function run() {
  const dir = mkdtempSync(path.join(tmpdir(), 'vet-bench-history-'));
  try {
    // Beside node_modules, so that the bundle's external packages resolve.
    const bundle = path.join(ROOT, 'node_modules', '.cache', 'vet-bench', 'history-store.mjs');
    await build({ entryPoints: [path.join(ROOT, 'src/history/store.ts')], bundle: true, platform: 'node', format: 'esm', outfile: bundle, packages: 'external', logLevel: 'warning' });
    process.env.VET_RULES_DIR = path.join(ROOT, 'rules');
    const { openStore, resolveLocation } = await import(pathToFileURL(bundle).href);
    const store = await openStore(resolveLocation(path.join(dir, 'h.sqlite')));

    const random = seeded(42);
    const hash = () => Array.from({ length: 16 }, () => Math.floor(random() * 16).toString(16)).join('');
    const photos = [];
    const fill = Date.now();
    for (let start = 0; start < STORED; start += 50_000) {
      const batch = [];
      for (let i = start; i < start + 50_000; i++) {
        const h = hash();
        if (photos.length < QUERIES) photos.push(h);
        batch.push({ kind: 'photo', valueHash: h, candidateId: `C-${i}`, nameHash: 'n', seenAt: '2026-01-01' });
        batch.push({ kind: 'phone', valueHash: `${h}${h}${h}${h}`, candidateId: `C-${i}`, nameHash: 'n', seenAt: '2026-01-01' });
      }
      await store.record(batch);
    }
    const fillSeconds = (Date.now() - fill) / 1000;

    // Queries: stored hashes with 0 to DISTANCE bits flipped, all of which must be found.
    const photoTimes = [];
    let found = 0;
    for (const stored of photos) {
      const query = flipBits(stored, Math.floor(random() * (DISTANCE + 1)), random);
      const t = process.hrtime.bigint();
      const hits = await store.findPhotos(query, DISTANCE);
      photoTimes.push(Number(process.hrtime.bigint() - t) / 1e6);
      if (hits.length > 0) found++;
    }
    const exactTimes = [];
    for (const stored of photos) {
      const t = process.hrtime.bigint();
      await store.findExact([{ kind: 'phone', valueHash: `${stored}${stored}${stored}${stored}` }]);
      exactTimes.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
    await store.close();
    const photoMs = median(photoTimes);
    const exactMs = median(exactTimes);
    return {
      lines: [
        `filled ${STORED.toLocaleString('en')} photo hashes + ${STORED.toLocaleString('en')} exact values in ${fillSeconds.toFixed(1)} s`,
        `photo lookup (distance <= ${DISTANCE}): median ${photoMs.toFixed(2)} ms, found ${found}/${photos.length} planted near-duplicates`,
        `exact lookup: median ${exactMs.toFixed(3)} ms`,
      ],
      met: photoMs <= 10 && exactMs <= 1 && found === photos.length,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function seeded(seed) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function flipBits(hex, count, random) {
  let value = BigInt(`0x${hex}`);
  const flipped = new Set();
  while (flipped.size < count) flipped.add(Math.floor(random() * 64));
  for (const bit of flipped) value ^= 1n << BigInt(bit);
  return value.toString(16).padStart(16, '0');
}
