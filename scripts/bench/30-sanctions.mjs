// Sanctions screening: loading the bundled OFAC index, then screening one dossier's names and wallet.
import { build } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { median, ROOT } from './lib.mjs';

export const name = 'sanctions';
export const target = 'load the OFAC index at most 50 ms; screen one dossier at most 20 ms after load (medians)';

const DOSSIER_NAMES = ['Jordan Ellis', 'J. Ellis', 'Jordan Michael Ellis', 'Ellis Consulting LLC', 'Bank of America'];

export async function run() {
  const bundle = await build({ entryPoints: [path.join(ROOT, 'src/sanctions/index.ts')], bundle: true, format: 'esm', platform: 'node', write: false, logLevel: 'warning' });
  const dir = mkdtempSync(path.join(os.tmpdir(), 'vet-bench-'));
  writeFileSync(path.join(dir, 'sanctions.mjs'), bundle.outputFiles[0].contents);
  process.env.VET_RULES_DIR = path.join(ROOT, 'rules');
  process.env.VET_CACHE_DIR = dir; // the bundled list, whatever the user's cache holds
  const sanctions = await import(pathToFileURL(path.join(dir, 'sanctions.mjs')).href);
  const loads = [];
  for (let i = 0; i < 7; i++) {
    sanctions.useSanctionsIndex(undefined);
    const start = process.hrtime.bigint();
    sanctions.sanctionsList();
    loads.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  const screens = [];
  for (let i = 0; i < 23; i++) {
    const start = process.hrtime.bigint();
    for (const n of DOSSIER_NAMES) sanctions.screenName(n);
    sanctions.findWallet('0x098B716B8Aaf21512996dC57EB0615e2383E2f96');
    if (i >= 3) screens.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  rmSync(dir, { recursive: true });
  const load = median(loads.slice(1)); // the first load also compiles the module
  const screen = median(screens);
  return {
    lines: [`load: ${load.toFixed(1)} ms (first ${loads[0].toFixed(1)} ms)`, `screen one dossier (${DOSSIER_NAMES.length} names + wallet): ${screen.toFixed(1)} ms`],
    met: load <= 50 && screen <= 20,
  };
}
