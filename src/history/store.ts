// The history store: what earlier runs saw, as keyed hashes, behind one interface with two
// backends (a SQLite file for one recruiter, PostgreSQL for a team).

import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { UserError } from '../errors.js';

/** One value of one candidate, as stored: never the value itself. */
export interface Sighting {
  kind: string;
  /** HMAC of the normalised value; for photos, the 64-bit perceptual hash (16 hex digits). */
  valueHash: string;
  candidateId: string;
  /** HMAC of the normalised name: tells "another name" apart without keeping the name. */
  nameHash: string;
  /** Date of the run (YYYY-MM-DD). */
  seenAt: string;
}

export interface StoreStats {
  sightings: number;
  candidates: number;
  byKind: Record<string, number>;
  first?: string;
  last?: string;
}

export interface HistoryStore {
  readonly location: string;
  /** Sightings of any of these exact values (kind + hash). */
  findExact(values: { kind: string; valueHash: string }[]): Promise<Sighting[]>;
  /** Photo sightings within `maxDistance` bits of the given perceptual hash. */
  findPhotos(hash: string, maxDistance: number): Promise<(Sighting & { distance: number })[]>;
  /** Records sightings in one transaction; a value already recorded for a candidate is kept as first seen. */
  record(sightings: Sighting[]): Promise<void>;
  /** Erasure on request: removes every sighting of a candidate; returns how many. */
  forget(candidateId: string): Promise<number>;
  stats(): Promise<StoreStats>;
  /** Stores the key check on first use; false when the store was made with another key. */
  claimKey(check: string): Promise<boolean>;
  /** Every sighting, for moving to another store. */
  all(): AsyncIterable<Sighting>;
  close(): Promise<void>;
}

export interface StoreLocation {
  kind: 'sqlite' | 'postgres';
  /** File path or connection URL (password never printed: see `describeLocation`). */
  target: string;
  /** The secret for keyed hashes. */
  keyFile: string;
}

/** Where history lives unless told: the user's data directory. */
export function defaultHistoryPath(): string {
  const base = process.env.XDG_DATA_HOME || path.join(os.homedir(), '.local', 'share');
  return path.join(base, 'vet', 'history.sqlite');
}

export function resolveLocation(spec: string | undefined, keyFile?: string): StoreLocation {
  const target = spec ?? defaultHistoryPath();
  if (/^postgres(ql)?:\/\//i.test(target)) {
    // A team shares one key; by default it is looked for per server and database.
    const id = createHash('sha256').update(redactUrl(target)).digest('hex').slice(0, 12);
    const configHome = process.env.XDG_CONFIG_HOME || path.join(os.homedir(), '.config');
    return { kind: 'postgres', target, keyFile: keyFile ?? path.join(configHome, 'vet', `history-${id}.key`) };
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(target)) throw new UserError(`--history: unsupported store ${redactUrl(target)} (a file path or postgres://...)`);
  return { kind: 'sqlite', target: path.resolve(target), keyFile: keyFile ?? `${path.resolve(target)}.key` };
}

/** A connection URL without its password, for messages. */
export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}

export async function openStore(location: StoreLocation): Promise<HistoryStore> {
  if (location.kind === 'postgres') {
    const { openPostgresStore } = await import('./postgres.js');
    return openPostgresStore(location.target);
  }
  const { openSqliteStore } = await import('./sqlite.js');
  return openSqliteStore(location.target);
}
