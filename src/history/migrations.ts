// Versioned schema changes, one list per backend, applied in order inside a transaction.
// Add a new version at the end; never edit one that has shipped.

export interface Migration {
  version: number;
  description: string;
  sqlite: string;
  postgres: string;
}

/** The two dialects differ only in how a table numbers its rows. */
const sightingsV1 = (id: string) => `
  CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
  CREATE TABLE sightings (
    id ${id},
    kind TEXT NOT NULL,
    value_hash TEXT NOT NULL,
    candidate_id TEXT NOT NULL,
    name_hash TEXT NOT NULL,
    seen_at TEXT NOT NULL,
    seg0 INTEGER, seg1 INTEGER, seg2 INTEGER, seg3 INTEGER,
    UNIQUE (kind, value_hash, candidate_id)
  );
  CREATE INDEX sightings_candidate ON sightings (candidate_id);
  CREATE INDEX sightings_seg0 ON sightings (seg0) WHERE seg0 IS NOT NULL;
  CREATE INDEX sightings_seg1 ON sightings (seg1) WHERE seg1 IS NOT NULL;
  CREATE INDEX sightings_seg2 ON sightings (seg2) WHERE seg2 IS NOT NULL;
  CREATE INDEX sightings_seg3 ON sightings (seg3) WHERE seg3 IS NOT NULL;`;

const coveringSegments = [0, 1, 2, 3]
  .map((i) => `DROP INDEX sightings_seg${i}; CREATE INDEX sightings_seg${i} ON sightings (seg${i}, value_hash) WHERE seg${i} IS NOT NULL;`)
  .join('\n');

export const migrations: Migration[] = [
  {
    version: 1,
    description: 'sightings of keyed-hash values, with 16-bit photo hash segments for near-duplicate search',
    sqlite: sightingsV1('INTEGER PRIMARY KEY'),
    postgres: sightingsV1('BIGSERIAL PRIMARY KEY'),
  },
  {
    version: 2,
    description: 'photo segment indexes cover the hash, so a near-duplicate search reads only the index',
    sqlite: coveringSegments,
    postgres: coveringSegments,
  },
];

export const LATEST_VERSION = migrations[migrations.length - 1].version;
