// `vet data update`: fetch the current OFAC files, check them, and store the index in the user's
// cache. A failed, partial or malformed download never replaces the list already there.

import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { UserError } from '../errors.js';
import { cacheDir, INDEX_FILE, snapshotOf } from '../sanctions/cache.js';
import { convertOfac, serializeIndex } from '../sanctions/convert.js';

export const DEFAULT_URLS = {
  sdn: 'https://www.treasury.gov/ofac/downloads/sdn.csv',
  alt: 'https://www.treasury.gov/ofac/downloads/alt.csv',
};

interface UpdateFlags {
  sdnUrl?: string;
  altUrl?: string;
  timeout: string;
}

export function registerDataCommand(program: Command, write: (text: string) => void): void {
  program
    .command('data')
    .description('reference data screened against (OFAC SDN list)')
    .command('update')
    .description('download the current OFAC SDN list into the cache (the only command that uses the network)')
    .option('--sdn-url <url>', 'sdn.csv location (env VET_OFAC_SDN_URL)')
    .option('--alt-url <url>', "alt.csv location, 'none' to skip (env VET_OFAC_ALT_URL)")
    .option('--timeout <ms>', 'give up on a download after this many milliseconds', '60000')
    .action(async (flags: UpdateFlags) => {
      write(await updateData(flags));
    });
}

export async function updateData(flags: UpdateFlags, env: NodeJS.ProcessEnv = process.env, now = new Date()): Promise<string> {
  const sdnUrl = flags.sdnUrl ?? env.VET_OFAC_SDN_URL ?? DEFAULT_URLS.sdn;
  const altUrl = flags.altUrl ?? env.VET_OFAC_ALT_URL ?? DEFAULT_URLS.alt;
  const timeout = Number(flags.timeout);
  if (!Number.isFinite(timeout) || timeout <= 0) throw new UserError(`--timeout: expected a number of milliseconds, got ${JSON.stringify(flags.timeout)}`);
  const dir = cacheDir(env);
  const target = path.join(dir, INDEX_FILE);
  const kept = snapshotOf(target);
  const keeping = kept ? `; kept the list of ${kept}` : '; no list was replaced';

  let index;
  try {
    const sdn = await download(sdnUrl, timeout);
    const alt = altUrl === 'none' ? undefined : await download(altUrl, timeout);
    const snapshot = dateOf(sdn.lastModified) ?? now.toISOString().slice(0, 10);
    index = convertOfac({ sdnCsv: sdn.text, altCsv: alt?.text, snapshot, origin: [sdnUrl, ...(alt ? [altUrl] : [])] });
  } catch (err) {
    throw new UserError(`data update failed: ${(err as Error).message}${keeping}`);
  }
  mkdirSync(dir, { recursive: true });
  const temporary = `${target}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, serializeIndex(index));
    renameSync(temporary, target);
  } catch (err) {
    rmSync(temporary, { force: true });
    throw new UserError(`data update: cannot write ${target}: ${(err as Error).message}${keeping}`);
  }
  return `OFAC SDN ${index.snapshot}: ${index.counts.entries} entries, ${index.counts.names} names, ${index.counts.wallets} digital currency addresses -> ${target}\n`;
}

async function download(url: string, timeout: number): Promise<{ text: string; lastModified?: string }> {
  const { default: axios } = await import('axios');
  try {
    const response = await axios.get<string>(url, {
      timeout,
      signal: AbortSignal.timeout(timeout),
      responseType: 'text',
      transformResponse: (data: string) => data,
      maxContentLength: 200 * 1024 * 1024,
      maxRedirects: 5,
      validateStatus: (status) => status === 200,
    });
    const length = Number(response.headers['content-length']);
    if (Number.isFinite(length) && length > 0 && Buffer.byteLength(response.data, 'latin1') < length) throw new Error(`${url}: received fewer bytes than announced`);
    return { text: response.data, lastModified: response.headers['last-modified'] as string | undefined };
  } catch (err) {
    const e = err as { response?: { status: number }; code?: string; message: string };
    if (e.response) throw new Error(`${url}: HTTP ${e.response.status}`);
    if (e.code === 'ECONNABORTED' || e.code === 'ERR_CANCELED' || /timeout|aborted/i.test(e.message)) throw new Error(`${url}: no answer within ${timeout} ms`);
    throw new Error(`${url}: ${e.message}`);
  }
}

function dateOf(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const date = new Date(header);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString().slice(0, 10);
}
