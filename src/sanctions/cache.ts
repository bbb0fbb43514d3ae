// Where `vet data update` keeps the lists it downloaded, and which list a run screens against.

import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { rulesDir } from '../data/load.js';

/** VET_CACHE_DIR, else $XDG_CACHE_HOME/vet, else ~/.cache/vet. */
export function cacheDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.VET_CACHE_DIR) return env.VET_CACHE_DIR;
  const base = env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  return path.join(base, 'vet');
}

export const INDEX_FILE = 'ofac-sdn.json';

export interface ListFile {
  file: string;
  snapshot: string;
  bundled: boolean;
}

/** The snapshot date, read from the head of an index file without parsing the whole of it. */
export function snapshotOf(file: string): string | undefined {
  if (!existsSync(file)) return undefined;
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(4096);
    const read = readSync(fd, head, 0, head.length, 0);
    return /"snapshot":"(\d{4}-\d{2}-\d{2})"/.exec(head.subarray(0, read).toString('utf8'))?.[1];
  } finally {
    closeSync(fd);
  }
}

/** The newest good list: the one `vet data update` stored, when it is newer than the one bundled. */
export function currentListFile(): ListFile {
  const bundledFile = path.join(rulesDir(), INDEX_FILE);
  const bundled: ListFile = { file: bundledFile, snapshot: snapshotOf(bundledFile) ?? 'unknown', bundled: true };
  const cachedFile = path.join(cacheDir(), INDEX_FILE);
  const cachedSnapshot = snapshotOf(cachedFile);
  if (cachedSnapshot && cachedSnapshot > bundled.snapshot) return { file: cachedFile, snapshot: cachedSnapshot, bundled: false };
  return bundled;
}

/** OFAC changes the list several times a month: a list older than this is said to be old. */
const OLD_AFTER_DAYS = 30;

/**
 * What a report says it screened against: `OFAC SDN 2024-05-03 (bundled)`. Given the run's clock,
 * an old list says how old, and how to get the current one: a name listed since is not found.
 */
export function listLabel(list: ListFile = currentListFile(), now?: Date): string {
  const source = list.bundled ? 'bundled' : 'from vet data update';
  const days = now && /^\d{4}-\d{2}-\d{2}$/.test(list.snapshot) ? Math.floor((now.getTime() - Date.parse(list.snapshot)) / 86_400_000) : 0;
  const age = days > OLD_AFTER_DAYS ? `, ${days} days before this run: \`vet data update\` fetches the current list` : '';
  return `OFAC SDN ${list.snapshot} (${source}${age})`;
}
