// The PostgreSQL backend (node-postgres): one store for a team. Same schema and semantics as
// the SQLite file; migrations run under an advisory lock so that two first runs don't race.

import type pg from 'pg';
import { migrations } from './migrations.js';
import { segmentsOf, withinRadius, SEGMENTS } from './photo-index.js';
import { distanceFrom } from '../photo/hash.js';
import { redactUrl, type HistoryStore, type Sighting, type StoreStats } from './store.js';
import { segmentColumns } from './sqlite.js';
import { UserError } from '../errors.js';

type Row = { kind: string; value_hash: string; candidate_id: string; name_hash: string; seen_at: string };

const toSighting = (r: Row): Sighting => ({ kind: r.kind, valueHash: r.value_hash, candidateId: r.candidate_id, nameHash: r.name_hash, seenAt: r.seen_at });

const MIGRATION_LOCK = 0x76657401; // 'vet' + 1: any constant unique to vet

/** `postgres://host/db?schema=name` selects (and creates) a schema; the rest goes to node-postgres. */
export async function openPostgresStore(url: string): Promise<HistoryStore> {
  const { default: pgModule } = await import('pg');
  const parsed = new URL(url);
  const schema = parsed.searchParams.get('schema');
  parsed.searchParams.delete('schema');
  if (schema !== null && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new UserError(`--history: schema must be a plain lower-case identifier, got ${JSON.stringify(schema)}`);
  const connectionString = parsed.toString();
  if (schema) await createSchema(pgModule, connectionString, schema, url);
  // Every connection of the pool starts in the schema: no per-query SET.
  const pool = new pgModule.Pool({ connectionString, max: 4, connectionTimeoutMillis: 5000, ...(schema && { options: `-c search_path=${schema}` }) });
  pool.on('error', () => {}); // idle-client errors surface on the next query instead of crashing
  try {
    await pool.query('SELECT 1');
  } catch (err) {
    await pool.end();
    throw new UserError(`history ${redactUrl(url)}: cannot connect (${(err as Error).message})`);
  }
  await migrate(pool);
  return new PostgresStore(pool, redactUrl(url));
}

async function createSchema(pgModule: typeof pg, connectionString: string, schema: string, url: string): Promise<void> {
  const client = new pgModule.Client({ connectionString, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
  } catch (err) {
    // IF NOT EXISTS still races when two first runs create it at once: the loser's error means it exists.
    if (['42P06', '23505'].includes((err as { code?: string }).code ?? '')) return;
    throw new UserError(`history ${redactUrl(url)}: cannot connect (${(err as Error).message})`);
  } finally {
    await client.end().catch(() => {});
  }
}

async function withClient<T>(pool: pg.Pool, fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    return await fn(client);
  } finally {
    client.release();
  }
}

async function migrate(pool: pg.Pool): Promise<void> {
  await withClient(pool, async (client) => {
    await client.query('BEGIN');
    try {
      await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
      const applied = new Set((await client.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map((r) => r.version));
      for (const m of migrations) {
        if (applied.has(m.version)) continue;
        await client.query(m.postgres);
        await client.query('INSERT INTO schema_migrations (version, applied_at) VALUES ($1, $2)', [m.version, new Date().toISOString()]);
      }
      await client.query('COMMIT');
    } catch (err) {
      await client.query('ROLLBACK');
      throw err;
    }
  });
}

class PostgresStore implements HistoryStore {
  constructor(
    private readonly pool: pg.Pool,
    readonly location: string,
  ) {}

  private query<R extends pg.QueryResultRow>(sql: string, params: unknown[] = []) {
    return this.pool.query<R>(sql, params);
  }

  async findExact(values: { kind: string; valueHash: string }[]): Promise<Sighting[]> {
    if (values.length === 0) return [];
    const result = await this.query<Row>(
      `SELECT s.kind, s.value_hash, s.candidate_id, s.name_hash, s.seen_at
       FROM sightings s JOIN unnest($1::text[], $2::text[]) AS q(kind, value_hash)
       ON s.kind = q.kind AND s.value_hash = q.value_hash`,
      [values.map((v) => v.kind), values.map((v) => v.valueHash)],
    );
    return result.rows.map(toSighting);
  }

  async findPhotos(hash: string, maxDistance: number): Promise<(Sighting & { distance: number })[]> {
    const radius = Math.floor(maxDistance / SEGMENTS);
    // First the hashes alone, from the covering segment indexes; then the sightings of the few that match.
    const candidates = await this.query<{ value_hash: string }>(
      `SELECT DISTINCT value_hash FROM sightings WHERE seg0 = ANY($1) OR seg1 = ANY($2) OR seg2 = ANY($3) OR seg3 = ANY($4)`,
      segmentsOf(hash).map((s) => withinRadius(s, radius)),
    );
    const distanceTo = distanceFrom(hash);
    const near = new Map(candidates.rows.map((r) => [r.value_hash, distanceTo(r.value_hash)] as const).filter(([, d]) => d <= maxDistance));
    if (near.size === 0) return [];
    const result = await this.query<Row>(
      `SELECT kind, value_hash, candidate_id, name_hash, seen_at FROM sightings WHERE kind = 'photo' AND value_hash = ANY($1)`,
      [[...near.keys()]],
    );
    return result.rows.map((r) => ({ ...toSighting(r), distance: near.get(r.value_hash)! }));
  }

  async record(sightings: Sighting[]): Promise<void> {
    if (sightings.length === 0) return;
    const columns = sightings.map((s) => ({ ...s, ...segmentColumns(s) }));
    await withClient(this.pool, async (client) => {
      await client.query('BEGIN');
      try {
        await client.query(
          `INSERT INTO sightings (kind, value_hash, candidate_id, name_hash, seen_at, seg0, seg1, seg2, seg3)
           SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::int[], $7::int[], $8::int[], $9::int[])
           ON CONFLICT (kind, value_hash, candidate_id) DO NOTHING`,
          [
            columns.map((c) => c.kind),
            columns.map((c) => c.valueHash),
            columns.map((c) => c.candidateId),
            columns.map((c) => c.nameHash),
            columns.map((c) => c.seenAt),
            columns.map((c) => c.seg0),
            columns.map((c) => c.seg1),
            columns.map((c) => c.seg2),
            columns.map((c) => c.seg3),
          ],
        );
        await client.query('COMMIT');
      } catch (err) {
        await client.query('ROLLBACK');
        throw err;
      }
    });
  }

  async forget(candidateId: string): Promise<number> {
    return (await this.query('DELETE FROM sightings WHERE candidate_id = $1', [candidateId])).rowCount ?? 0;
  }

  async stats(): Promise<StoreStats> {
    const totals = (await this.query<{ n: string; c: string; first: string | null; last: string | null }>(
      'SELECT COUNT(*) AS n, COUNT(DISTINCT candidate_id) AS c, MIN(seen_at) AS first, MAX(seen_at) AS last FROM sightings',
    )).rows[0];
    const kinds = (await this.query<{ kind: string; n: string }>('SELECT kind, COUNT(*) AS n FROM sightings GROUP BY kind ORDER BY kind')).rows;
    return {
      sightings: Number(totals.n),
      candidates: Number(totals.c),
      byKind: Object.fromEntries(kinds.map((k) => [k.kind, Number(k.n)])),
      ...(totals.first && { first: totals.first }),
      ...(totals.last && { last: totals.last }),
    };
  }

  async claimKey(check: string): Promise<boolean> {
    await this.query("INSERT INTO meta (key, value) VALUES ('key_check', $1) ON CONFLICT (key) DO NOTHING", [check]);
    return (await this.query<{ value: string }>("SELECT value FROM meta WHERE key = 'key_check'")).rows[0].value === check;
  }

  async *all(): AsyncIterable<Sighting> {
    // Pages by id so a large store is never held in memory at once.
    let after = 0;
    for (;;) {
      const rows = (await this.query<Row & { id: string }>('SELECT id, kind, value_hash, candidate_id, name_hash, seen_at FROM sightings WHERE id > $1 ORDER BY id LIMIT 5000', [after])).rows;
      if (rows.length === 0) return;
      for (const row of rows) yield toSighting(row);
      after = Number(rows[rows.length - 1].id);
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
