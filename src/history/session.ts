// One run's use of the history store: look up each candidate's values before the checks,
// record them after. Values are hashed here with the store's key; nothing plain goes in.

import { keyCheck, keyedHash, loadOrCreateKey } from './keys.js';
import { openStore, type HistoryStore, type Sighting, type StoreLocation } from './store.js';
import { UserError } from '../errors.js';
import type { HistoryMatch } from '../types.js';
import { byCodeUnits } from '../util/order.js';

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

export interface HistorySession {
  readonly location: string;
  /** Earlier sightings of these values under another candidate and another name. */
  find(who: Who, values: Remembered[]): Promise<HistoryMatch[]>;
  record(who: Who, values: Remembered[], seenAt: string): Promise<void>;
  /** Many candidates at once: one transaction per few thousand, not one per candidate. */
  recordAll(candidates: { who: Who; values: Remembered[] }[], seenAt: string): Promise<void>;
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

/** Candidates per write transaction: a commit per candidate made a sheet of 10,000 rows take 12 s longer. */
const RECORD_BATCH = 2000;

class Session implements HistorySession {
  constructor(
    private readonly store: HistoryStore,
    private readonly key: Buffer,
    private readonly photoThreshold: number,
    private readonly resumeMinBands: number,
  ) {}

  get location(): string {
    return this.store.location;
  }

  private nameHash(who: Who): string {
    return keyedHash(this.key, 'name', normalName(who.name));
  }

  /** The caller's id, or for a candidate without one a keyed stand-in that `forget` cannot guess but a re-run finds again. */
  private candidateId(who: Who): string {
    return who.id ?? `anon:${this.nameHash(who).slice(0, 16)}`;
  }

  private sightings(who: Who, values: Remembered[], seenAt: string): Sighting[] {
    const nameHash = this.nameHash(who);
    const candidateId = this.candidateId(who);
    // Photos are kept as their perceptual hash (the issue allows it): near-duplicate search needs the bits.
    return values.map((v) => ({ kind: v.kind, valueHash: v.kind === 'photo' ? v.key : keyedHash(this.key, v.kind, v.key), candidateId, nameHash, seenAt }));
  }

  async find(who: Who, values: Remembered[]): Promise<HistoryMatch[]> {
    const mine = this.sightings(who, values, '');
    const nameHash = this.nameHash(who);
    const candidateId = this.candidateId(who);
    const isOther = (s: Sighting) => s.candidateId !== candidateId && s.nameHash !== nameHash;
    const displayOf = new Map(mine.map((s, i) => [`${s.kind}/${s.valueHash}`, values[i].display]));

    const exact = (await this.store.findExact(mine.filter((s) => s.kind !== 'photo'))).filter(isOther);
    const matches: HistoryMatch[] = [...exact.filter((s) => s.kind !== 'resume'), ...this.nearDuplicateResumes(exact)].map((s) => ({
      kind: s.kind,
      value: displayOf.get(`${s.kind}/${s.valueHash}`) ?? s.kind,
      candidateId: s.candidateId,
      seenAt: s.seenAt,
    }));
    for (const photo of values.filter((v) => v.kind === 'photo')) {
      for (const s of (await this.store.findPhotos(photo.key, this.photoThreshold)).filter(isOther)) {
        matches.push({ kind: 'photo', value: photo.display, candidateId: s.candidateId, seenAt: s.seenAt, distance: s.distance });
      }
    }
    return matches.sort((a, b) => byCodeUnits(a.seenAt, b.seenAt) || byCodeUnits(a.candidateId, b.candidateId));
  }

  /** One sighting per earlier candidate whose resume shares enough LSH bands with this one. */
  private nearDuplicateResumes(sightings: Sighting[]): Sighting[] {
    const byCandidate = new Map<string, Sighting[]>();
    for (const s of sightings.filter((s) => s.kind === 'resume')) byCandidate.set(s.candidateId, [...(byCandidate.get(s.candidateId) ?? []), s]);
    return [...byCandidate.values()].filter((bands) => bands.length >= this.resumeMinBands).map((bands) => bands[0]);
  }

  async record(who: Who, values: Remembered[], seenAt: string): Promise<void> {
    await this.store.record(this.sightings(who, values, seenAt));
  }

  async recordAll(candidates: { who: Who; values: Remembered[] }[], seenAt: string): Promise<void> {
    for (let start = 0; start < candidates.length; start += RECORD_BATCH) {
      await this.store.record(candidates.slice(start, start + RECORD_BATCH).flatMap(({ who, values }) => this.sightings(who, values, seenAt)));
    }
  }

  async close(): Promise<void> {
    await this.store.close();
  }
}
