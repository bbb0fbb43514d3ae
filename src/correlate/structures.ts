// Hash structures the linker builds as candidates arrive: key -> indexes without an array per
// lone key, int32 keys in typed arrays, and sets merged by union-find.

import { pushTo } from '../util/collections.js';

/**
 * Keys to the indexes that gave them. In a large sheet almost every key (an address, a resume
 * band) is given once: a lone index is kept as a number, and only a shared key gets an array
 * (one array per key was most of the memory of a 100,000-row run).
 */
export class Buckets<K> {
  private readonly lone = new Map<K, number>();
  private readonly many = new Map<K, number[]>();

  add(key: K, index: number): void {
    const list = this.many.get(key);
    if (list) list.push(index);
    else if (this.lone.has(key)) {
      this.many.set(key, [this.lone.get(key)!, index]);
      this.lone.delete(key);
    } else this.lone.set(key, index);
  }

  get(key: K): number[] {
    const first = this.lone.get(key);
    return first !== undefined ? [first] : (this.many.get(key) ?? []);
  }

  /** The keys given more than once, in the order their first index was added. */
  shared(): number[][] {
    return [...this.many.values()].sort((a, b) => a[0] - b[0]);
  }
}

/**
 * Int32 keys to the indexes that gave them, in typed arrays (open addressing, linear probing):
 * the LSH bands of a 100,000-row sheet are two million keys, which as Map entries were the
 * largest part of the linker's memory. A key given more than once keeps its further indexes in `more`.
 */
export class IntBuckets {
  private keys = new Int32Array(1024);
  private firsts = new Int32Array(1024).fill(-1);
  private size = 0;
  private readonly more = new Map<number, number[]>();

  forEach(key: number, fn: (index: number) => void): void {
    const first = this.firsts[this.slotOf(key)];
    if (first < 0) return;
    fn(first);
    for (const index of this.more.get(key) ?? []) fn(index);
  }

  /** How many indexes gave `key`. */
  count(key: number): number {
    return this.firsts[this.slotOf(key)] < 0 ? 0 : 1 + (this.more.get(key)?.length ?? 0);
  }

  add(key: number, index: number): void {
    const slot = this.slotOf(key);
    if (this.firsts[slot] >= 0) {
      pushTo(this.more, key, index);
      return;
    }
    this.keys[slot] = key;
    this.firsts[slot] = index;
    if (++this.size * 2 > this.firsts.length) this.grow();
  }

  /** The slot that holds `key`, or the empty slot where it would go. */
  private slotOf(key: number): number {
    const mask = this.firsts.length - 1;
    let slot = Math.imul(key, 0x9e3779b1) >>> 0 & mask;
    while (this.firsts[slot] >= 0 && this.keys[slot] !== key) slot = (slot + 1) & mask;
    return slot;
  }

  private grow(): void {
    const { keys, firsts } = this;
    this.keys = new Int32Array(keys.length * 2);
    this.firsts = new Int32Array(firsts.length * 2).fill(-1);
    for (let slot = 0; slot < firsts.length; slot++) {
      if (firsts[slot] < 0) continue;
      const to = this.slotOf(keys[slot]);
      this.keys[to] = keys[slot];
      this.firsts[to] = firsts[slot];
    }
  }
}

/** Sets of indexes; `grow` adds one more singleton, for sets built as items arrive. */
export class UnionFind {
  private parent: number[];
  constructor(size = 0) {
    this.parent = Array.from({ length: size }, (_, i) => i);
  }
  grow(): void {
    this.parent.push(this.parent.length);
  }
  find(i: number): number {
    while (this.parent[i] !== i) i = this.parent[i] = this.parent[this.parent[i]];
    return i;
  }
  union(a: number, b: number): void {
    this.parent[this.find(a)] = this.find(b);
  }
  /** Every set, singletons included: a singleton may stand for several candidates with one identical value. */
  groups(): number[][] {
    const byRoot = new Map<number, number[]>();
    for (let i = 0; i < this.parent.length; i++) pushTo(byRoot, this.find(i), i);
    return [...byRoot.values()];
  }
}
