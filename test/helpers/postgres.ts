// The real PostgreSQL server of the development and CI machines, one fresh schema per test file.

import { randomBytes } from 'node:crypto';
import pg from 'pg';

export const PG_URL = process.env.VET_TEST_POSTGRES ?? 'postgres://postgres@127.0.0.1:5432/test';

/** A fresh schema per test file run, so parallel runs never see each other's rows. */
export async function freshPostgresUrl(): Promise<string> {
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
  } catch (err) {
    throw new Error(`PostgreSQL at ${PG_URL} did not answer (${(err as Error).message}). The history store tests need it: start it (pg_ctlcluster ... main start) or set VET_TEST_POSTGRES.`);
  } finally {
    await client.end().catch(() => {});
  }
  return `${PG_URL}?schema=vet_test_${randomBytes(6).toString('hex')}`;
}

/** Drops the schema a test made (a SQLite target is a temp file: nothing to do). */
export async function dropPostgresSchema(url: string): Promise<void> {
  if (!url.startsWith('postgres')) return;
  const schema = new URL(url).searchParams.get('schema');
  if (!schema) return;
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await client.end();
}
