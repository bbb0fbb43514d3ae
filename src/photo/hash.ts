// A 64-bit perceptual hash (pHash): the signs of the lowest DCT frequencies of a 32x32
// grayscale thumbnail, against their median. Low frequencies survive resizing, JPEG
// recompression, small crops and brightness changes (brightness only moves the DC term,
// which is left out), while two different pictures disagree on about half the bits.
// Used to find the same photo under two roles in one dossier, across a batch and across runs.

import type { Sharp, SharpOptions } from 'sharp';
import { photoRules } from '../data/photo.js';

/** Side of the grayscale thumbnail the DCT runs on. */
export const HASH_INPUT_SIZE = 32;

/**
 * The 64 frequencies (u, v) that make the bits: the 8 x 8 lowest block without the DC term
 * (brightness only), plus (0, 8) to fill the 64th bit. Measured against u, v in 1..8 (the
 * pHash.org choice) and a zigzag order: the lowest row and column flip less under crops.
 */
const FREQUENCIES: [number, number][] = [];
for (let v = 0; v < 8; v++) for (let u = 0; u < 8; u++) if (u + v > 0) FREQUENCIES.push([u, v]);
FREQUENCIES.push([0, 8]);
const MAX_FREQUENCY = 9;

/** cos((2x + 1) * u * pi / 2N) for u = 0..8. */
const COSINES: Float64Array[] = Array.from({ length: MAX_FREQUENCY }, (_, u) => {
  const row = new Float64Array(HASH_INPUT_SIZE);
  for (let x = 0; x < HASH_INPUT_SIZE; x++) row[x] = Math.cos(((2 * x + 1) * u * Math.PI) / (2 * HASH_INPUT_SIZE));
  return row;
});

/** The hash of a 32x32 8-bit grayscale thumbnail (row-major), as 16 hex digits. */
export function hashFromThumbnail(pixels: Uint8Array): string {
  if (pixels.length !== HASH_INPUT_SIZE * HASH_INPUT_SIZE) throw new Error(`expected ${HASH_INPUT_SIZE}x${HASH_INPUT_SIZE} pixels, got ${pixels.length}`);
  const coefficients = lowFrequencies(pixels);
  const middle = median(coefficients);
  let hex = '';
  for (let nibble = 0; nibble < 16; nibble++) {
    let value = 0;
    for (let bit = 0; bit < 4; bit++) value = (value << 1) | (coefficients[nibble * 4 + bit] > middle ? 1 : 0);
    hex += value.toString(16);
  }
  return hex;
}

/** The 2-D DCT at FREQUENCIES only, computed separably (rows, then columns). */
function lowFrequencies(pixels: Uint8Array): Float64Array {
  const n = HASH_INPUT_SIZE;
  const k = MAX_FREQUENCY;
  const rows = new Float64Array(n * k);
  for (let y = 0; y < n; y++) {
    for (let u = 0; u < k; u++) {
      let sum = 0;
      for (let x = 0; x < n; x++) sum += pixels[y * n + x] * COSINES[u][x];
      rows[y * k + u] = sum;
    }
  }
  return Float64Array.from(FREQUENCIES, ([u, v]) => {
    let sum = 0;
    for (let y = 0; y < n; y++) sum += rows[y * k + u] * COSINES[v][y];
    return sum;
  });
}

function median(values: Float64Array): number {
  const sorted = Float64Array.from(values).sort();
  return (sorted[31] + sorted[32]) / 2;
}

/** Side of the intermediate the decoder shrinks to before the final reduction. */
const INTERMEDIATE_SIZE = 256;

/**
 * Reduces an image to the 32x32 hash input, in two steps. The decoder may shrink a JPEG in the
 * DCT domain (fast, but aliased): allowed down to 256 px, where its artefacts are far above the
 * frequencies the hash keeps; straight to 32 px the same picture at two sizes differed by 10 bits.
 * Auto-orients first so that a copy re-saved upright hashes like the original carrying an EXIF rotation.
 */
export async function hashInput(image: Sharp, timeoutSeconds = 10): Promise<Uint8Array> {
  const { default: sharp } = await import('sharp');
  const { data, info } = await image
    .autoOrient()
    .grayscale()
    .resize(INTERMEDIATE_SIZE, INTERMEDIATE_SIZE, { fit: 'inside', withoutEnlargement: true })
    .raw()
    .timeout({ seconds: timeoutSeconds })
    .toBuffer({ resolveWithObject: true });
  return sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } })
    .resize(HASH_INPUT_SIZE, HASH_INPUT_SIZE, { fit: 'fill' })
    .extractChannel(0)
    .raw()
    .toBuffer();
}

/** Perceptual hash of encoded image bytes (JPEG, PNG, WebP, ...). Throws when they cannot be decoded. */
export async function perceptualHash(bytes: Uint8Array, options: SharpOptions = {}): Promise<string> {
  const { default: sharp } = await import('sharp');
  const { limits } = photoRules();
  return hashFromThumbnail(await hashInput(sharp(bytes, { limitInputPixels: limits.maxPixels, ...options }), limits.decodeTimeoutSeconds));
}

/** Number of differing bits between two 16-hex-digit hashes. */
export function hammingDistance(a: string, b: string): number {
  if (!isHash(a) || !isHash(b)) throw new Error(`not a 64-bit hash: ${!isHash(a) ? a : b}`);
  return distanceFrom(a)(b);
}

/**
 * The distance from one hash to many others, for searches over thousands of stored hashes: the
 * query is parsed once, and the stored hashes (validated when they were stored) are not checked again.
 */
export function distanceFrom(query: string): (other: string) => number {
  const high = parseInt(query.slice(0, 8), 16);
  const low = parseInt(query.slice(8, 16), 16);
  return (other) => popcount32(high ^ parseInt(other.slice(0, 8), 16)) + popcount32(low ^ parseInt(other.slice(8, 16), 16));
}

function popcount32(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

export function isHash(value: unknown): value is string {
  return typeof value === 'string' && /^[0-9a-f]{16}$/.test(value);
}

/** Whether two hashes are the same picture (distance within the threshold in rules/photo.json). */
export function samePicture(a: string, b: string): boolean {
  return hammingDistance(a, b) <= photoRules().hash.matchDistance;
}
