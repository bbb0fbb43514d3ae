import { beforeAll, describe, expect, it } from 'vitest';
import { hammingDistance, hashFromThumbnail, isHash, perceptualHash } from '../../src/photo/hash.js';
import { photoRules } from '../../src/data/photo.js';
import { encodeJpeg, makeImage, transforms, type Family } from './corpus.js';

const FAMILIES: { family: Family; count: number }[] = [
  { family: 'shapes', count: 80 },
  { family: 'texture', count: 50 },
  { family: 'portrait', count: 80 },
];

interface Measured {
  family: Family;
  hash: string;
  copies: Record<string, string>;
}

let set: Measured[] = [];
const threshold = () => photoRules().hash.matchDistance;

beforeAll(async () => {
  const jobs = FAMILIES.flatMap(({ family, count }) => Array.from({ length: count }, (_, seed) => ({ family, seed })));
  // sharp works on its own threads: hashing one image while the next is generated halves the time.
  set = await Promise.all(
    jobs.map(async ({ family, seed }) => {
      const raw = makeImage(family, seed);
      const jpeg = await encodeJpeg(raw);
      const copies: Record<string, string> = {};
      for (const { name, apply } of transforms) copies[name] = await perceptualHash(await apply(jpeg, raw.width, raw.height));
      return { family, hash: await perceptualHash(jpeg), copies };
    }),
  );
}, 60_000);

describe('perceptual hash', () => {
  it('is 16 hex digits, and the same bytes give the same hash', async () => {
    const jpeg = await encodeJpeg(makeImage('shapes', 1));
    const a = await perceptualHash(jpeg);
    expect(isHash(a)).toBe(true);
    expect(await perceptualHash(jpeg)).toBe(a);
  });

  it('counts differing bits', () => {
    expect(hammingDistance('0000000000000000', '0000000000000000')).toBe(0);
    expect(hammingDistance('0000000000000000', 'ffffffffffffffff')).toBe(64);
    expect(hammingDistance('8000000000000001', '0000000000000000')).toBe(2);
    expect(hammingDistance('00000000f0000000', '0000000000000000')).toBe(4);
    expect(() => hammingDistance('xyz', '0000000000000000')).toThrow(/not a 64-bit hash/);
  });

  it('ignores a uniform brightness shift (the DC term is left out)', () => {
    const flat = new Uint8Array(32 * 32).map((_, i) => (i * 37) % 200);
    const brighter = flat.map((v) => v + 40);
    expect(hashFromThumbnail(brighter)).toBe(hashFromThumbnail(flat));
  });

  it('throws on bytes that are not an image', async () => {
    await expect(perceptualHash(new TextEncoder().encode('not an image at all'))).rejects.toThrow();
  });

  it(`measured on ${FAMILIES.reduce((n, f) => n + f.count, 0)} distinct images: copies match, different pictures do not`, () => {
    const limit = threshold();
    const lines: string[] = [];
    let missed = 0;
    let copies = 0;
    for (const { name, claimed } of transforms) {
      const distances = set.map((m) => hammingDistance(m.hash, m.copies[name]));
      const misses = distances.filter((d) => d > limit).length;
      if (claimed) {
        missed += misses;
        copies += distances.length;
      }
      lines.push(`miss  ${name.padEnd(30)} ${misses}/${distances.length}  max distance ${Math.max(...distances)}${claimed ? '' : '  (not claimed)'}`);
    }
    let falseMatches = 0;
    let pairs = 0;
    const byFamily = new Map<string, { matches: number; pairs: number; min: number }>();
    for (let i = 0; i < set.length; i++) {
      for (let j = i + 1; j < set.length; j++) {
        const d = hammingDistance(set[i].hash, set[j].hash);
        const key = set[i].family === set[j].family ? set[i].family : 'across families';
        const entry = byFamily.get(key) ?? { matches: 0, pairs: 0, min: 64 };
        entry.pairs++;
        entry.min = Math.min(entry.min, d);
        if (d <= limit) {
          entry.matches++;
          falseMatches++;
        }
        pairs++;
        byFamily.set(key, entry);
      }
    }
    for (const [key, e] of byFamily) lines.push(`false ${key.padEnd(30)} ${e.matches}/${e.pairs}  min distance ${e.min}`);
    lines.push(`threshold ${limit}: miss rate (claimed copies) ${((100 * missed) / copies).toFixed(2)}% (${missed}/${copies}), false-match rate ${((100 * falseMatches) / pairs).toFixed(3)}% (${falseMatches}/${pairs})`);
    lines.push(...neighbourhood(limit));
    console.log(lines.join('\n'));

    expect(set.length).toBeGreaterThanOrEqual(200);
    // Floors a little under the measured rates (README): a change to the hash that loses them fails here.
    expect(missed / copies).toBeLessThanOrEqual(0.06);
    expect(falseMatches / pairs).toBeLessThanOrEqual(0.003);
    for (const name of ['resized to 50%', 'resized to 200%', 'recompressed at quality 30']) {
      expect(set.filter((m) => hammingDistance(m.hash, m.copies[name]) > limit).length, name).toBeLessThanOrEqual(2);
    }
    expect(byFamily.get('across families')?.matches).toBe(0);
    // A camera's own thumbnail must never look like a swapped picture to photo.thumbnail-mismatch.
    const thumbnails = set.map((m) => hammingDistance(m.hash, m.copies['camera thumbnail (160 px, q70)']));
    expect(Math.max(...thumbnails)).toBeLessThanOrEqual(photoRules().hash.thumbnailMismatchDistance);
  });
});

/** Rates at thresholds around the chosen one, so that the choice can be seen. */
function neighbourhood(limit: number): string[] {
  const claimed = transforms.filter((t) => t.claimed);
  const portraits = set.filter((m) => m.family === 'portrait');
  return [limit - 2, limit + 2, limit + 4].map((t) => {
    const copies = set.flatMap((m) => claimed.map((c) => hammingDistance(m.hash, m.copies[c.name])));
    let matches = 0;
    let portraitMatches = 0;
    let pairs = 0;
    for (let i = 0; i < set.length; i++) for (let j = i + 1; j < set.length; j++, pairs++) if (hammingDistance(set[i].hash, set[j].hash) <= t) matches++;
    for (let i = 0; i < portraits.length; i++) for (let j = i + 1; j < portraits.length; j++) if (hammingDistance(portraits[i].hash, portraits[j].hash) <= t) portraitMatches++;
    const misses = copies.filter((d) => d > t).length;
    return `at threshold ${t}: miss ${((100 * misses) / copies.length).toFixed(2)}%, false match ${((100 * matches) / pairs).toFixed(3)}% (portraits ${portraitMatches})`;
  });
}
