// The order in which a run's keyed values are written to the store: the order of its unique
// index (kind, value hash). Keyed hashes are random, so a sheet's values written row by row
// land all over that index, and once it outgrows SQLite's page cache nearly every insert reads
// a page back. Three million synthetic values took 50 s to write in row order and 28 s sorted;
// a 100,000-row sheet with the history on went from 81-89 s to 78 s.

import { HASH_BYTES } from './keys.js';
import type { KeyedCandidate } from './session.js';
import { byCodeUnits } from '../util/order.js';

/** One keyed value of one candidate: `candidates[candidate].hashes`, value `value`. */
export interface ValueAt {
  candidate: number;
  value: number;
}

/**
 * Every keyed value of the candidates, by kind and then by the first bits of its hash (hex
 * digits sort as the bytes do): close enough to the index order that each index page is
 * visited about once. Sorted as packed numbers in one typed array, not as objects.
 */
export function* inIndexOrder(candidates: readonly KeyedCandidate[]): Generator<ValueAt> {
  const { owners, first } = numbered(candidates);
  const total = owners.length;
  if (total === 0) return;
  const kinds = [...new Set(candidates.flatMap((c) => c.kinds))].sort(byCodeUnits);
  const rank = new Map(kinds.map((kind, i) => [kind, i]));
  // kind rank | hash prefix | value number, in the 53 bits a double holds exactly.
  const valueBits = bitsFor(total);
  const kindBits = bitsFor(kinds.length);
  const prefixBits = Math.min(32, 53 - valueBits - kindBits);
  const keys = new Float64Array(total);
  for (let n = 0; n < total; n++) {
    const c = candidates[owners[n]];
    const value = n - first[owners[n]];
    const prefix = c.hashes.readUInt32BE(value * HASH_BYTES) >>> (32 - prefixBits);
    keys[n] = (rank.get(c.kinds[value])! * 2 ** prefixBits + prefix) * 2 ** valueBits + n;
  }
  keys.sort();
  for (const key of keys) {
    const n = key % 2 ** valueBits;
    yield { candidate: owners[n], value: n - first[owners[n]] };
  }
}

/** The values numbered through, candidate by candidate: each one's candidate (`owners`), and each candidate's first number (`first`). */
function numbered(candidates: readonly KeyedCandidate[]): { owners: Int32Array; first: Int32Array } {
  const owners = new Int32Array(candidates.reduce((sum, c) => sum + c.kinds.length, 0));
  const first = new Int32Array(candidates.length);
  let n = 0;
  candidates.forEach((c, i) => {
    first[i] = n;
    owners.fill(i, n, n + c.kinds.length);
    n += c.kinds.length;
  });
  return { owners, first };
}

/** Bits needed to number `count` things (at least one). */
function bitsFor(count: number): number {
  return Math.max(1, Math.ceil(Math.log2(count)));
}
