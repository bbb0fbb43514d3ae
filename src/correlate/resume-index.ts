// Near-duplicate resumes of one run, found as they arrive: LSH band buckets propose pairs, the
// MinHash values confirm them. Built for sheets of 100,000 rows, where a resume's signature was
// the largest thing the linker kept: the values are kept as 16-bit b-bit minwise hashes
// (Li and König, "b-Bit Minwise Hashing", WWW 2010) in one shared array, and a resume is
// remembered by its member number and path alone.

import type { ResumeSignature } from './minhash.js';
import { IntBuckets, UnionFind } from './structures.js';
import { pushTo } from '../util/collections.js';

/** Resumes kept per band bucket: past this many, a bucket holds boilerplate, not a few copies. */
const MAX_PER_BUCKET = 64;

/** Low bits kept of each MinHash value: two different values agree by chance once in 65,536. */
const CHANCE = 1 / 0x10000;

export interface ResumeMember {
  member: number;
  path: string;
}

export class ResumeIndex {
  /** Each distinct signature's values, low 16 bits, one after another. */
  private values: Uint16Array<ArrayBuffer> = new Uint16Array(0);
  private width = 0;
  private count = 0;
  /** Distinct signatures by a hash of their values: one resume sent by a thousand rows is compared once. */
  private readonly bySignature = new IntBuckets();
  /** Every band of every signature in one table: (band, hash) folded into one int32 key. */
  private readonly bands = new IntBuckets();
  private readonly sets = new UnionFind();
  /** Parallel lists, one entry per resume added: its signature and who gave it. */
  private readonly signatureOf: number[] = [];
  private readonly members: ResumeMember[] = [];

  constructor(private readonly minSimilarity: number) {}

  add(member: ResumeMember, signature: ResumeSignature): void {
    const low = lowBits(signature.values);
    const known = this.find(low);
    const i = known ?? this.store(low, signature);
    this.signatureOf.push(i);
    this.members.push(member);
  }

  /** Who gave resumes linked to each other, one list per set of near-duplicates (singletons included). */
  groups(): ResumeMember[][] {
    const byGroup = this.sets.groups();
    const resumesOf = new Map<number, ResumeMember[]>();
    this.signatureOf.forEach((i, r) => pushTo(resumesOf, i, this.members[r]));
    return byGroup.map((group) => group.flatMap((i) => resumesOf.get(i) ?? []));
  }

  /** Estimated Jaccard similarity of two stored signatures, corrected for chance agreement of the low bits. */
  similarity(a: number, b: number): number {
    const { width, values } = this;
    let same = 0;
    for (let k = 0; k < width; k++) if (values[a * width + k] === values[b * width + k]) same++;
    return (same / width - CHANCE) / (1 - CHANCE);
  }

  private find(low: Uint16Array): number | undefined {
    let found: number | undefined;
    this.bySignature.forEach(hashOf(low), (i) => {
      if (found === undefined && this.equals(i, low)) found = i;
    });
    return found;
  }

  private store(low: Uint16Array, signature: ResumeSignature): number {
    const i = this.count++;
    this.width ||= low.length;
    if (low.length !== this.width) throw new Error(`resume signature of ${low.length} values, expected ${this.width}`);
    if (this.values.length < this.count * this.width) this.values = grown(this.values, this.count * this.width);
    this.values.set(low, i * this.width);
    this.bySignature.add(hashOf(low), i);
    this.sets.grow();
    this.link(i, signature.bands);
    return i;
  }

  /**
   * LSH: resumes sharing a band bucket are candidates; the values' agreement confirms them. One
   * already in this resume's set needs no comparing. A bucket keeps its first MAX_PER_BUCKET
   * resumes only: a boilerplate every row of a sheet starts from puts them all in the same
   * buckets, where comparing each with all before it made the run quadratic (20,000 such rows:
   * 90 s); a later one still meets the first ones there, and its other bands.
   */
  private link(i: number, bands: number[]): void {
    const checked = new Set<number>();
    bands.forEach((band, b) => {
      // A band key is b * 2^32 + the band's hash. Folded to 32 bits, two bands may share a key:
      // that only proposes a pair more, which the values then confirm or not.
      const key = (band % 0x100000000) ^ Math.imul(b + 1, 0x9e3779b1);
      this.bands.forEach(key, (j) => {
        if (checked.has(j)) return;
        checked.add(j);
        if (this.sets.find(i) !== this.sets.find(j) && this.similarity(i, j) >= this.minSimilarity) this.sets.union(i, j);
      });
      if (this.bands.count(key) < MAX_PER_BUCKET) this.bands.add(key, i);
    });
  }

  private equals(i: number, low: Uint16Array): boolean {
    const at = i * this.width;
    for (let k = 0; k < low.length; k++) if (this.values[at + k] !== low[k]) return false;
    return low.length === this.width;
  }
}

function lowBits(values: Uint32Array): Uint16Array {
  const low = new Uint16Array(values.length);
  for (let k = 0; k < values.length; k++) low[k] = values[k] & 0xffff;
  return low;
}

/** FNV-1a over the values, as an int32 key. */
function hashOf(low: Uint16Array): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < low.length; k++) h = Math.imul(h ^ low[k], 0x01000193);
  return h | 0;
}

/** Doubling, so that a run of n resumes copies O(n) values in all. */
function grown(values: Uint16Array, needed: number): Uint16Array<ArrayBuffer> {
  const next = new Uint16Array(Math.max(needed, values.length * 2, 1024));
  next.set(values);
  return next;
}
