// `vet history stats|forget|export|import`, and opening the store for a run.

import { createReadStream, existsSync } from 'node:fs';
import type { Command } from 'commander';
import { openStore, resolveLocation, type Sighting, type StoreLocation } from '../history/store.js';
import { openHistory, type HistorySession } from '../history/session.js';
import { photoRules } from '../data/photo.js';
import { historyRules } from '../data/history.js';
import { UserError } from '../errors.js';

export interface HistoryFlags {
  /** A path or postgres:// URL; false for --no-history. */
  history?: string | false;
  historyKey?: string;
}

export type HistoryConfig = { store?: string; key?: string } | false | undefined;

/**
 * Where the run's history lives, most specific first: `--history`/`--no-history`, then the
 * environment (VET_HISTORY, 'off' for none), then the config file, then the default file.
 * Undefined means no history for this run.
 */
export function historyLocation(flags: HistoryFlags, config: HistoryConfig): StoreLocation | undefined {
  const fromEnv = process.env.VET_HISTORY || undefined;
  if (flags.history === false) return undefined;
  if (flags.history === undefined && (fromEnv === 'off' || (fromEnv === undefined && config === false))) return undefined;
  const fromConfig = config || undefined;
  const store = flags.history ?? fromEnv ?? fromConfig?.store;
  const key = flags.historyKey ?? (process.env.VET_HISTORY_KEY || undefined) ?? fromConfig?.key;
  return resolveLocation(store, key);
}

export async function openRunHistory(flags: HistoryFlags, config: HistoryConfig): Promise<HistorySession | undefined> {
  const location = historyLocation(flags, config);
  return location && openHistory(location, photoRules().hash.matchDistance, historyRules().resumeMinBands);
}

export function addHistoryOptions(command: Command): Command {
  return command
    .option('--history <store>', 'history store: a SQLite file or postgres://user@host/db (default: in the user data folder; env VET_HISTORY)')
    .option('--no-history', 'do not read or record the history store for this run')
    .option('--history-key <file>', 'the secret of the history store (a team shares one; env VET_HISTORY_KEY)');
}

type Write = (text: string) => void;

export function registerHistoryCommand(program: Command, write: Write): void {
  const history = program.command('history').description('the memory of earlier runs: stats, forget, export, import');
  const storeOf = async (command: Command) => {
    const flags = command.optsWithGlobals() as HistoryFlags & { config?: string };
    const { loadConfig } = await import('../config/load.js');
    const { config, dir } = await loadConfig(process.cwd(), flags.config);
    const { historySetting } = await import('../config/index.js');
    const location = historyLocation(flags, config.history === undefined ? undefined : historySetting(config.history, dir));
    if (!location) throw new UserError('vet history: the history is turned off (--no-history, VET_HISTORY=off or the config file)');
    return location;
  };

  addHistoryOptions(history.command('stats').description('how many values and candidates the store holds')).action(async (_o, command: Command) => {
    const store = await openStore(await storeOf(command));
    try {
      const s = await store.stats();
      const kinds = Object.entries(s.byKind).map(([k, n]) => `  ${k}: ${n}`);
      write([`store: ${store.location}`, `candidates: ${s.candidates}`, `values: ${s.sightings}`, ...(s.first ? [`from ${s.first} to ${s.last}`] : []), ...kinds, ''].join('\n'));
    } finally {
      await store.close();
    }
  });

  addHistoryOptions(history.command('forget <candidateId>').description('erase every value recorded for a candidate (erasure on request)')).action(async (candidateId: string, _o, command: Command) => {
    const store = await openStore(await storeOf(command));
    try {
      const removed = await store.forget(candidateId);
      write(`forgot ${removed} value${removed === 1 ? '' : 's'} of candidate ${candidateId}\n`);
    } finally {
      await store.close();
    }
  });

  addHistoryOptions(history.command('export').description('every stored value (keyed hashes only) as JSON lines, to move to a team store')).action(async (_o, command: Command) => {
    const store = await openStore(await storeOf(command));
    try {
      for await (const s of store.all()) write(`${JSON.stringify(s)}\n`);
    } finally {
      await store.close();
    }
  });

  addHistoryOptions(history.command('import <file>').description('add the values of an export (made with the same key) to this store')).action(async (file: string, _o, command: Command) => {
    const store = await openStore(await storeOf(command));
    try {
      const imported = await importLines(file, (batch) => store.record(batch));
      write(`imported ${imported} value${imported === 1 ? '' : 's'} into ${store.location}\n`);
    } finally {
      await store.close();
    }
  });
}

async function importLines(file: string, record: (batch: Sighting[]) => Promise<void>): Promise<number> {
  if (!existsSync(file)) throw new UserError(`${file}: no such file`);
  // Loaded here: only `vet history import` reads lines, and readline costs every other run its start-up.
  const { createInterface } = await import('node:readline');
  const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  let batch: Sighting[] = [];
  let count = 0;
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber++;
    if (line.trim() === '') continue;
    batch.push(parseSighting(line, `${file}:${lineNumber}`));
    if (batch.length >= 1000) {
      await record(batch);
      count += batch.length;
      batch = [];
    }
  }
  await record(batch);
  return count + batch.length;
}

function parseSighting(line: string, where: string): Sighting {
  let value: Partial<Sighting>;
  try {
    value = JSON.parse(line);
  } catch {
    throw new UserError(`${where}: not a JSON line of vet history export`);
  }
  const fields = ['kind', 'valueHash', 'candidateId', 'nameHash', 'seenAt'] as const;
  for (const f of fields) if (typeof value[f] !== 'string') throw new UserError(`${where}: missing ${f} (not a vet history export)`);
  return value as Sighting;
}
