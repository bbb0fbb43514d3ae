import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inIndexOrder } from '../../src/history/record-order.js';
import type { KeyedCandidate } from '../../src/history/session.js';

/** A candidate whose values are SHA-256 digests of made-up strings, of the kinds given. */
function candidate(id: string, kinds: string[]): KeyedCandidate {
  const hashes = Buffer.concat(kinds.map((kind, i) => createHash('sha256').update(`${id}/${kind}/${i}`).digest()));
  return { candidateId: id, nameHash: 'n', kinds, hashes, photos: [] };
}

const hexOf = (c: KeyedCandidate, value: number) => c.hashes.toString('hex', value * 32, (value + 1) * 32);

describe('values in the order of the store index', () => {
  it('gives every value once, by kind and then by hash', () => {
    const candidates = [
      candidate('A', ['resume', 'resume', 'phone', 'email']),
      candidate('B', []),
      candidate('C', ['phone', 'address', 'resume']),
      ...Array.from({ length: 300 }, (_, i) => candidate(`D${i}`, ['resume', 'email', 'resume', 'address', 'bank'])),
    ];
    const order = [...inIndexOrder(candidates)].map(({ candidate: c, value }) => ({ id: candidates[c].candidateId, kind: candidates[c].kinds[value], hex: hexOf(candidates[c], value) }));

    expect(order).toHaveLength(7 + 300 * 5);
    expect(new Set(order.map((o) => `${o.id}/${o.hex}`)).size).toBe(order.length);
    const keys = order.map((o) => `${o.kind} ${o.hex}`);
    expect(keys).toEqual([...keys].sort());
  });

  it('gives nothing for candidates without keyed values', () => {
    expect([...inIndexOrder([])]).toEqual([]);
    expect([...inIndexOrder([candidate('B', [])])]).toEqual([]);
  });
});
