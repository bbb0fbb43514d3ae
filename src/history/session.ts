// One run's use of the history store: look up each candidate's values before the checks,
// record them after. Values are hashed here with the store's key; nothing plain goes in.

import { HASH_BYTES, keyCheck, keyedDigest, keyedHash, loadOrCreateKey } from './keys.js';
import { openStore, type HistoryStore, type Sighting, type StoreLocation } from './store.js';
import { UserError } from '../errors.js';
import type { HistoryMatch } from '../types.js';
import { byCodeUnits } from '../util/order.js';
import { pushTo } from '../util/collections.js';
import { inIndexOrder } from './record-order.js';

/** A value to remember: `key` is the normalised value (never stored), `display` its masked form. */
export interface Remembered {
  kind: string;
  key: string;
  display: string;
}

/** The candidate as the caller knows them: their own id when they gave one, and the name. */
export interface Who {
  id?: string;
  name: string;
}

/**
 * One candidate's values under the store's key, worked out once for the lookup and the record,
 * and held compactly until the end of the run (a sheet of 100,000 rows keeps one per row).
 */
export interface KeyedCandidate {
  candidateId: string;
  nameHash: string;
  /** The kind of each keyed value, in the order of the values given. */
  kinds: string[];
  /** Their keyed hashes, HASH_BYTES each, in the same order. */
  hashes: Buffer;
  /** Photos are kept as their perceptual hash (the issue allows it): near-duplicate search needs the bits. */
  photos: string[];
}

export interface HistorySession {
  readonly location: string;
  /** The store's secret, for worker threads to key values as `keyed` does (src/parallel/). Never written anywhere. */
  readonly secret: Buffer;
  /** The candidate's values keyed: what `find` asks and `recordAll` writes. */
  keyed(who: Who, values: Remembered[]): KeyedCandidate;
  /** Earlier sightings of these values (keyed from `values`, in their order) under another candidate and another name. */
  find(keyed: KeyedCandidate, values: Remembered[]): Promise<HistoryMatch[]>;
  /** Many candidates at once: one transaction per few thousand, not one per candidate. */
  recordAll(candidates: KeyedCandidate[], seenAt: string): Promise<void>;
  close(): Promise<void>;
}

export async function openHistory(location: StoreLocation, photoThreshold: number, resumeMinBands: number): Promise<HistorySession> {
  const key = loadOrCreateKey(location.keyFile);
  const store = await openStore(location);
  if (!(await store.claimKey(keyCheck(key)))) {
    await store.close();
    throw new UserError(`history ${store.location}: made with another key than ${location.keyFile}; give the store's key with --history-key`);
  }
  return new Session(store, key, photoThreshold, resumeMinBands);
}

/**
 * The store's own normal form of a name: a different name must hash differently, the same
 * name typed differently (case, accents, word order) the same. Kept here, not shared with
 * the fuzzy matchers, because changing it would split a store's history in two.
 */
export function normalName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .sort()
    .join(' ');
}

/** Values per write transaction: a commit per candidate made a sheet of 10,000 rows take 12 s longer. */
const RECORD_BATCH = 60_000;

/**
 * Keys a candidate's values under the store's secret. The session holds one; so does each worker
 * thread of a large run (src/parallel/), which keys its candidates before asking the session.
 */
export class Keyer {
  constructor(readonly secret: Buffer) {}

  keyed(who: Who, values: Remembered[]): KeyedCandidate {
    const others = values.filter((v) => v.kind !== 'photo');
    const hashes = Buffer.allocUnsafe(others.length * HASH_BYTES);
    others.forEach((v, i) => keyedDigest(this.secret, v.kind, v.key).copy(hashes, i * HASH_BYTES));
    const nameHash = keyedHash(this.secret, 'name', normalName(who.name));
    return {
      // The caller's id, or for a candidate without one a keyed stand-in that `forget` cannot guess but a re-run finds again.
      candidateId: who.id ?? `anon:${nameHash.slice(0, 16)}`,
      nameHash,
      kinds: others.map((v) => v.kind),
      hashes,
      photos: values.filter((v) => v.kind === 'photo').map((v) => v.key),
    };
  }
}

class Session implements HistorySession {
  private readonly keyer: Keyer;

  constructor(
    private readonly store: HistoryStore,
    key: Buffer,
    private readonly photoThreshold: number,
    private readonly resumeMinBands: number,
  ) {
    this.keyer = new Keyer(key);
  }

  get location(): string {
    return this.store.location;
  }

  get secret(): Buffer {
    return this.keyer.secret;
  }

  keyed(who: Who, values: Remembered[]): KeyedCandidate {
    return this.keyer.keyed(who, values);
  }

  /** The keyed values other than photos, in the order of the values given. */
  private exactSightings(keyed: KeyedCandidate, seenAt: string): Sighting[] {
    return keyed.kinds.map((_, i) => sightingAt(keyed, i, seenAt));
  }

  async find(keyed: KeyedCandidate, values: Remembered[]): Promise<HistoryMatch[]> {
    const mine = this.exactSightings(keyed, '');
    const { candidateId, nameHash } = keyed;
    const isOther = (s: Sighting) => s.candidateId !== candidateId && s.nameHash !== nameHash;
    const shown = values.filter((v) => v.kind !== 'photo');
    const displayOf = new Map(mine.map((s, i) => [`${s.kind}/${s.valueHash}`, shown[i].display]));

    const exact = await this.exactOthers(mine, isOther);
    const matches: HistoryMatch[] = [
      ...exact.filter((s) => s.kind !== 'resume').map((s) => ({ ...matchOf(s, displayOf), ...(s.others !== undefined && { others: s.others }) })),
      ...this.nearDuplicateResumes(exact).map((s) => matchOf(s, displayOf)),
    ];
    for (const photo of values.filter((v) => v.kind === 'photo')) {
      const others = (await this.photoSightings(photo.key)).filter(isOther);
      const count = new Set(others.map((s) => s.candidateId)).size;
      for (const s of others.length > SIGHTINGS_PER_VALUE ? others.slice(0, SIGHTINGS_PER_VALUE) : others) {
        matches.push({ kind: 'photo', value: photo.display, candidateId: s.candidateId, seenAt: s.seenAt, distance: s.distance, ...(others.length > SIGHTINGS_PER_VALUE && { others: count }) });
      }
    }
    return matches.sort((a, b) => byCodeUnits(a.seenAt, b.seenAt) || byCodeUnits(a.candidateId, b.candidateId));
  }

  /**
   * Other candidates' sightings of these values. A value that more than SIGHTINGS_PER_VALUE gave
   * (an agency's office an earlier sheet gave in every row) is read from the store once a run and
   * kept, oldest first: read again for each candidate, it made the run quadratic (5,000 rows
   * giving one address, second run: 85 s). Its oldest few others are matches, with their count.
   */
  private async exactOthers(mine: Sighting[], isOther: (s: Sighting) => boolean): Promise<(Sighting & { others?: number })[]> {
    const fetched = await this.store.findExact(mine.filter((s) => !this.crowded.has(valueKey(s))));
    const byValue = new Map<string, Sighting[]>();
    for (const s of fetched) pushTo(byValue, valueKey(s), s);
    for (const [key, sightings] of byValue) if (sightings.length > SIGHTINGS_PER_VALUE) this.crowded.set(key, sightings.sort(byAge));
    const found: (Sighting & { others?: number })[] = fetched.filter((s) => !this.crowded.has(valueKey(s)) && isOther(s));
    for (const key of new Set(mine.map(valueKey))) {
      const crowd = this.crowded.get(key)?.filter(isOther);
      if (crowd) found.push(...crowd.slice(0, SIGHTINGS_PER_VALUE).map((c) => ({ ...c, others: crowd.length })));
    }
    return found;
  }

  /** Values more than SIGHTINGS_PER_VALUE earlier candidates gave, with their sightings oldest first, read once a run. */
  private readonly crowded = new Map<string, Sighting[]>();

  /** Photos near this hash, oldest first; kept for the run when many gave one (a default avatar), as exact values are. */
  private async photoSightings(hash: string): Promise<(Sighting & { distance: number })[]> {
    const kept = this.crowdedPhotos.get(hash);
    if (kept) return kept;
    const found = (await this.store.findPhotos(hash, this.photoThreshold)).sort(byAge);
    if (found.length > SIGHTINGS_PER_VALUE) this.crowdedPhotos.set(hash, found);
    return found;
  }

  private readonly crowdedPhotos = new Map<string, (Sighting & { distance: number })[]>();

  /** One sighting per earlier candidate whose resume shares enough LSH bands with this one. */
  private nearDuplicateResumes(sightings: Sighting[]): Sighting[] {
    const byCandidate = new Map<string, Sighting[]>();
    for (const s of sightings) if (s.kind === 'resume') pushTo(byCandidate, s.candidateId, s);
    return [...byCandidate.values()].filter((bands) => bands.length >= this.resumeMinBands).map((bands) => bands[0]);
  }

  /** Photos first (a few), then the keyed values in the order of the store's index (record-order.ts). */
  async recordAll(candidates: KeyedCandidate[], seenAt: string): Promise<void> {
    const photos = candidates.flatMap(({ candidateId, nameHash, photos }) => photos.map((valueHash) => ({ kind: 'photo', valueHash, candidateId, nameHash, seenAt })));
    if (photos.length > 0) await this.store.record(photos);
    let batch: Sighting[] = [];
    for (const { candidate, value } of inIndexOrder(candidates)) {
      batch.push(sightingAt(candidates[candidate], value, seenAt));
      if (batch.length === RECORD_BATCH) {
        await this.store.record(batch);
        batch = [];
      }
    }
    if (batch.length > 0) await this.store.record(batch);
  }

  async close(): Promise<void> {
    await this.store.close();
  }
}

/** Matches listed per value at most: the evidence names five, and counts the rest. */
const SIGHTINGS_PER_VALUE = 50;

const valueKey = (s: Sighting) => `${s.kind}/${s.valueHash}`;

const byAge = (a: Sighting, b: Sighting) => byCodeUnits(a.seenAt, b.seenAt) || byCodeUnits(a.candidateId, b.candidateId);

function matchOf(s: Sighting, displayOf: Map<string, string>): HistoryMatch {
  return { kind: s.kind, value: displayOf.get(`${s.kind}/${s.valueHash}`) ?? s.kind, candidateId: s.candidateId, seenAt: s.seenAt };
}

/** A candidate's `i`th keyed value as the store keeps it, its hash in hex. */
function sightingAt(keyed: KeyedCandidate, i: number, seenAt: string): Sighting {
  const { candidateId, nameHash } = keyed;
  return { kind: keyed.kinds[i], valueHash: keyed.hashes.toString('hex', i * HASH_BYTES, (i + 1) * HASH_BYTES), candidateId, nameHash, seenAt };
}
