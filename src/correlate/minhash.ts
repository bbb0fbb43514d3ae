// Near-duplicate resumes without comparing every pair: MinHash signatures of word shingles,
// bucketed by LSH bands. Two resumes whose shingle sets have Jaccard similarity J agree on
// each signature value with probability J, so they share at least one band (r values) with
// probability 1 - (1 - J^r)^b: with b = 20, r = 4 that is 0.94 at J = 0.6 and 0.02 at J = 0.2.
// Candidates from a shared band are then confirmed by the fraction of agreeing values.

import { correlationRules } from '../data/correlation.js';

export interface ResumeSignature {
  values: Uint32Array;
  /** One key per band (band index * 2^32 + hash of its values): equal keys put two resumes in one bucket. Numbers, not strings: 100,000 resumes make two million of them. */
  bands: number[];
}

/** Fixed seeds, one per permutation: signatures are comparable across runs and machines. */
let seeds: Uint32Array | undefined;
function seedsFor(count: number): Uint32Array {
  if (seeds?.length === count) return seeds;
  seeds = new Uint32Array(count);
  let state = 0x9e3779b9;
  for (let i = 0; i < count; i++) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    seeds[i] = state;
  }
  return seeds;
}

/**
 * Signatures worked out elsewhere, by text: the main thread works out those of a chunk's inline
 * resumes, which it has time for while a worker checks, and the worker hands them in for the
 * chunk (src/parallel/). The same text gives the same signature wherever it is worked out.
 */
let handedIn: ReadonlyMap<string, ResumeSignature | undefined> | undefined;

export function handInSignatures(signatures: ReadonlyMap<string, ResumeSignature | undefined> | undefined): void {
  handedIn = signatures;
}

/** The signature of a text, or undefined when it is too short to say anything. */
export function resumeSignature(text: string): ResumeSignature | undefined {
  if (handedIn?.has(text)) return handedIn.get(text);
  const rules = correlationRules().resume;
  // Repeated shingles change no minimum: each distinct one is hashed once per permutation.
  const shingles = distinct(shingleHashes(text, rules.shingleWords));
  if (shingles.length < rules.minShingles) return undefined;
  const count = rules.bands * rules.rowsPerBand;
  const values = minimaOf(shingles, seedsFor(count));
  const bands: number[] = [];
  for (let b = 0; b < rules.bands; b++) {
    let h = FNV_OFFSET ^ b;
    for (let r = 0; r < rules.rowsPerBand; r++) h = mix(h ^ values[b * rules.rowsPerBand + r]);
    bands.push(b * 0x100000000 + h);
  }
  return { values, bands };
}

/**
 * For each seed, the least `mix(shingle ^ seed)` over the shingles: the signature. Four seeds
 * per pass over the shingles, their minima in locals: 1.6 times faster than one seed per pass,
 * which is most of a sheet's resume time. The values are the same either way.
 */
function minimaOf(shingles: Uint32Array, seeds: Uint32Array): Uint32Array {
  const values = new Uint32Array(seeds.length);
  let i = 0;
  for (; i + 4 <= seeds.length; i += 4) {
    const s0 = seeds[i], s1 = seeds[i + 1], s2 = seeds[i + 2], s3 = seeds[i + 3];
    let m0 = 0xffffffff, m1 = 0xffffffff, m2 = 0xffffffff, m3 = 0xffffffff;
    for (let j = 0; j < shingles.length; j++) {
      const x = shingles[j];
      const h0 = mix(x ^ s0), h1 = mix(x ^ s1), h2 = mix(x ^ s2), h3 = mix(x ^ s3);
      if (h0 < m0) m0 = h0;
      if (h1 < m1) m1 = h1;
      if (h2 < m2) m2 = h2;
      if (h3 < m3) m3 = h3;
    }
    values[i] = m0;
    values[i + 1] = m1;
    values[i + 2] = m2;
    values[i + 3] = m3;
  }
  for (; i < seeds.length; i++) {
    let min = 0xffffffff;
    for (let j = 0; j < shingles.length; j++) min = Math.min(min, mix(shingles[j] ^ seeds[i]));
    values[i] = min;
  }
  return values;
}

/** Estimated Jaccard similarity: the fraction of signature values two resumes agree on. */
export function similarity(a: Pick<ResumeSignature, 'values'>, b: Pick<ResumeSignature, 'values'>): number {
  let same = 0;
  for (let i = 0; i < a.values.length; i++) if (a.values[i] === b.values[i]) same++;
  return same / a.values.length;
}

/** Lower-case words, punctuation dropped; each run of `size` words hashed to 32 bits (from the words' own hashes). */
function shingleHashes(text: string, size: number): Uint32Array {
  const words = wordHashes(text.toLowerCase().normalize('NFKC'));
  const out = new Uint32Array(Math.max(0, words.length - size + 1));
  for (let i = 0; i < out.length; i++) {
    let h = 0x9747b28c;
    for (let k = 0; k < size; k++) h = mix(h ^ words[i + k]) + k;
    out[i] = h >>> 0;
  }
  return out;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * The FNV-1a hash of each run of letters and digits (what `/[\p{L}\p{N}]+/gu` matches), over
 * its UTF-16 code units, worked out as the text is scanned: a sheet of resumes made a string
 * of every word only to hash it. ASCII is decided by range; other code points by the regex.
 */
function wordHashes(text: string): number[] {
  const hashes: number[] = [];
  let h = FNV_OFFSET;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    let width = 1;
    let wordChar: boolean;
    if (unit < 0x80) {
      wordChar = (unit >= 0x30 && unit <= 0x39) || (unit >= 0x61 && unit <= 0x7a) || (unit >= 0x41 && unit <= 0x5a);
    } else {
      const point = text.codePointAt(i)!;
      width = point > 0xffff ? 2 : 1;
      wordChar = WORD_CHAR.test(String.fromCodePoint(point));
    }
    if (wordChar) {
      for (let k = 0; k < width; k++) h = Math.imul(h ^ text.charCodeAt(i + k), FNV_PRIME);
      inWord = true;
    } else if (inWord) {
      hashes.push(h >>> 0);
      h = FNV_OFFSET;
      inWord = false;
    }
    i += width - 1;
  }
  if (inWord) hashes.push(h >>> 0);
  return hashes;
}

/** Sorted, each value once (a typed-array sort and one pass: several times faster than a Set). */
function distinct(values: Uint32Array): Uint32Array {
  if (values.length === 0) return values;
  const sorted = values.slice().sort();
  let kept = 1;
  for (let i = 1; i < sorted.length; i++) if (sorted[i] !== sorted[kept - 1]) sorted[kept++] = sorted[i];
  return sorted.subarray(0, kept);
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** MurmurHash3's finaliser: every input bit moves every output bit. */
function mix(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}
