// The SQLite backend (better-sqlite3): one file per recruiter. WAL mode and a busy timeout let
// several vet processes write at once; every write is one transaction, so a killed run leaves
// the store as it was before that transaction.

import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { LATEST_VERSION, migrations } from './migrations.js';
import { segmentsOf, withinRadius, SEGMENTS } from './photo-index.js';
import { distanceFrom } from '../photo/hash.js';
import type { HistoryStore, Sighting, StoreStats } from './store.js';
import { UserError } from '../errors.js';
import { pushTo } from '../util/collections.js';

const requireHere = createRequire(import.meta.url);

type Row = { kind: string; value_hash: string; candidate_id: string; name_hash: string; seen_at: string };

const toSighting = (r: Row): Sighting => ({ kind: r.kind, valueHash: r.value_hash, candidateId: r.candidate_id, nameHash: r.name_hash, seenAt: r.seen_at });

export async function openSqliteStore(file: string): Promise<HistoryStore> {
  // Bundled (scripts/build.mjs), so that its JavaScript comes from the code cache: only the addon is loaded from node_modules.
  const { default: Database } = await import('better-sqlite3');
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  let db: BetterSqlite3.Database;
  try {
    db = new Database(file, { nativeBinding: nativeBinding() });
  } catch (err) {
    throw new UserError(`history ${file}: cannot open (${(err as Error).message})`);
  }
  // Hashes only, but still nobody else's business: owner-only, like the key.
  chmodSync(file, 0o600);
  db.pragma('busy_timeout = 10000');
  useWal(db, file);
  db.pragma('synchronous = NORMAL');
  // A sheet adds hundreds of thousands of keyed hashes at random places in the indexes: give them room.
  db.pragma('cache_size = -65536');
  migrate(db);
  return new SqliteStore(db, file);
}

/**
 * The addon where npm builds it (or prebuild-install puts it), given by path: better-sqlite3's
 * default, the \`bindings\` package, searches folders relative to the module that asks, which in
 * the bundle is dist/. The folders are tried in \`bindings\`' own order.
 */
function nativeBinding(): string {
  const root = path.dirname(requireHere.resolve('better-sqlite3/package.json'));
  const candidates = ['build', 'build/Debug', 'build/Release'].map((dir) => path.join(root, dir, ADDON));
  const found = candidates.find((file) => existsSync(file));
  if (!found) throw new UserError(`history: better-sqlite3's native addon is not built (looked in ${path.join(root, 'build')}); run npm rebuild better-sqlite3, or use --no-history`);
  return found;
}

const ADDON = 'better_sqlite3.node';

/**
 * WAL is a property of the file: set once, when the store is new. Setting it needs the file to
 * itself, and SQLite answers "database is locked" at once instead of waiting as busy_timeout
 * does: several vet processes opening a new store together wait here for each other instead.
 */
function useWal(db: BetterSqlite3.Database, file: string): void {
  const deadline = Date.now() + WAL_WAIT_MS;
  for (;;) {
    try {
      if (db.pragma('journal_mode', { simple: true }) !== 'wal') db.pragma('journal_mode = WAL');
      return;
    } catch (err) {
      const busy = (err as { code?: string }).code === 'SQLITE_BUSY';
      if (!busy || Date.now() > deadline) throw new UserError(`history ${file}: cannot open (${(err as Error).message})`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
    }
  }
}

const WAL_WAIT_MS = 10_000;

/** Values per IN list: a statement is prepared (and kept) for each length up to this. */
const MAX_IN = 64;

const placeholders = (count: number) => Array(count).fill('?').join(',');

function migrate(db: BetterSqlite3.Database): void {
  // The common case, a store already at the latest version, reads one row and writes nothing.
  if (versionOf(db) >= LATEST_VERSION) return;
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
  // IMMEDIATE takes the write lock first, so two processes opening a new store don't both migrate.
  db.transaction(() => {
    const applied = new Set((db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((r) => r.version));
    for (const m of migrations) {
      if (applied.has(m.version)) continue;
      db.exec(m.sqlite);
      db.prepare('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)').run(m.version, new Date().toISOString());
    }
  }).immediate();
}

function versionOf(db: BetterSqlite3.Database): number {
  const table = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").get();
  return table ? ((db.prepare('SELECT MAX(version) AS v FROM schema_migrations').get() as { v: number | null }).v ?? 0) : 0;
}

class SqliteStore implements HistoryStore {
  private readonly insert: BetterSqlite3.Statement;
  private readonly photoSightings: BetterSqlite3.Statement;

  constructor(
    private readonly db: BetterSqlite3.Database,
    readonly location: string,
  ) {
    this.insert = db.prepare(
      `INSERT INTO sightings (kind, value_hash, candidate_id, name_hash, seen_at, seg0, seg1, seg2, seg3)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (kind, value_hash, candidate_id) DO NOTHING`,
    );
    this.photoSightings = db.prepare("SELECT kind, value_hash, candidate_id, name_hash, seen_at FROM sightings WHERE kind = 'photo' AND value_hash = ?");
  }

  /**
   * One query per kind, not per value: a candidate brings some thirty values, twenty of them its
   * resume's LSH bands, and a sheet asks for every candidate.
   */
  async findExact(values: { kind: string; valueHash: string }[]): Promise<Sighting[]> {
    const byKind = new Map<string, string[]>();
    for (const v of values) pushTo(byKind, v.kind, v.valueHash);
    const found: Sighting[] = [];
    for (const [kind, hashes] of byKind) {
      for (let start = 0; start < hashes.length; start += MAX_IN) {
        const chunk = hashes.slice(start, start + MAX_IN);
        const lookup = this.prepared(`SELECT kind, value_hash, candidate_id, name_hash, seen_at FROM sightings WHERE kind = ? AND value_hash IN (${placeholders(chunk.length)})`);
        for (const row of lookup.all(kind, ...chunk) as Row[]) found.push(toSighting(row));
      }
    }
    return found;
  }

  private readonly statements = new Map<string, BetterSqlite3.Statement>();

  /** Statements whose IN lists vary in length: each text prepared once per store, not once per lookup. */
  private prepared(sql: string): BetterSqlite3.Statement {
    let statement = this.statements.get(sql);
    if (!statement) this.statements.set(sql, (statement = this.db.prepare(sql)));
    return statement;
  }

  async findPhotos(hash: string, maxDistance: number): Promise<(Sighting & { distance: number })[]> {
    const radius = Math.floor(maxDistance / SEGMENTS);
    // First the hashes alone, from the covering segment indexes; then the sightings of the few that match.
    const near = new Map<string, number>();
    const distanceTo = distanceFrom(hash);
    segmentsOf(hash).forEach((segment, i) => {
      const values = withinRadius(segment, radius);
      for (const [valueHash] of this.segmentLookup(i, values.length).all(...values) as [string][]) {
        if (near.has(valueHash)) continue;
        const distance = distanceTo(valueHash);
        if (distance <= maxDistance) near.set(valueHash, distance);
      }
    });
    return [...near].flatMap(([valueHash, distance]) => (this.photoSightings.all(valueHash) as Row[]).map((row) => ({ ...toSighting(row), distance })));
  }

  /**
   * INDEXED BY: with an IN list SQLite's planner prefers the (kind, ...) index and reads every
   * photo; only photos have segments, so the segment index alone is both right and fast.
   * No DISTINCT: the caller skips a hash it has seen, and SQLite's DISTINCT builds a temporary
   * tree over thousands of rows (a third of a lookup among 1,000,000 photos).
   */
  private segmentLookup(segment: number, count: number): BetterSqlite3.Statement {
    return this.prepared(`SELECT value_hash FROM sightings INDEXED BY sightings_seg${segment} WHERE seg${segment} IN (${placeholders(count)})`).raw();
  }

  async record(sightings: Sighting[]): Promise<void> {
    const run = this.db.transaction((all: Sighting[]) => {
      for (const s of all) {
        // Positional parameters: no object to build and bind by name for each of a sheet's half-million sightings.
        const seg = segmentColumns(s);
        this.insert.run(s.kind, s.valueHash, s.candidateId, s.nameHash, s.seenAt, seg.seg0, seg.seg1, seg.seg2, seg.seg3);
      }
    });
    run.immediate(sightings);
  }

  async forget(candidateId: string): Promise<number> {
    return this.db.prepare('DELETE FROM sightings WHERE candidate_id = ?').run(candidateId).changes;
  }

  async stats(): Promise<StoreStats> {
    const totals = this.db.prepare('SELECT COUNT(*) AS n, COUNT(DISTINCT candidate_id) AS c, MIN(seen_at) AS first, MAX(seen_at) AS last FROM sightings').get() as {
      n: number;
      c: number;
      first: string | null;
      last: string | null;
    };
    const kinds = this.db.prepare('SELECT kind, COUNT(*) AS n FROM sightings GROUP BY kind ORDER BY kind').all() as { kind: string; n: number }[];
    return {
      sightings: totals.n,
      candidates: totals.c,
      byKind: Object.fromEntries(kinds.map((k) => [k.kind, k.n])),
      ...(totals.first && { first: totals.first }),
      ...(totals.last && { last: totals.last }),
    };
  }

  async claimKey(check: string): Promise<boolean> {
    const read = () => this.db.prepare("SELECT value FROM meta WHERE key = 'key_check'").get() as { value: string } | undefined;
    // Read first: only a new store is written to here.
    const known = read() ?? (this.db.prepare("INSERT INTO meta (key, value) VALUES ('key_check', ?) ON CONFLICT (key) DO NOTHING").run(check), read());
    return known?.value === check;
  }

  async *all(): AsyncIterable<Sighting> {
    for (const row of this.db.prepare('SELECT kind, value_hash, candidate_id, name_hash, seen_at FROM sightings ORDER BY id').iterate() as Iterable<Row>) {
      yield toSighting(row);
    }
  }

  async close(): Promise<void> {
    this.db.close();
  }
}

/** Photo hashes are indexed by segment; other kinds leave the segment columns empty. */
const NO_SEGMENTS = Object.freeze({ seg0: null, seg1: null, seg2: null, seg3: null });

export function segmentColumns(s: Sighting): { seg0: number | null; seg1: number | null; seg2: number | null; seg3: number | null } {
  if (s.kind !== 'photo') return NO_SEGMENTS;
  const [seg0, seg1, seg2, seg3] = segmentsOf(s.valueHash);
  return { seg0, seg1, seg2, seg3 };
}
