// Sanctions screening: loading the bundled OFAC index, then screening one dossier's names and wallet.
// Load is timed in fresh processes (what a `vet` run pays once); screening both as the first screen
// of such a process (cold code) and as the median of repeated screens after load.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { median, ROOT } from './lib.mjs';

export const name = 'sanctions';
export const target = 'load the OFAC index at most 50 ms (fresh process); screen one dossier at most 20 ms after load (medians)';

const DOSSIER_NAMES = ['Jordan Ellis', 'J. Ellis', 'Jordan Michael Ellis', 'Ellis Consulting LLC', 'Bank of America'];
const WALLET = '0x098B716B8Aaf21512996dC57EB0615e2383E2f96';
const PROCESSES = 11;

export async function run() {
  const bundle = await build({ entryPoints: [path.join(ROOT, 'src/sanctions/index.ts')], bundle: true, format: 'esm', platform: 'node', write: false, logLevel: 'warning' });
  const dir = mkdtempSync(path.join(os.tmpdir(), 'vet-bench-'));
  try {
    writeFileSync(path.join(dir, 'sanctions.mjs'), bundle.outputFiles[0].contents);
    process.env.VET_RULES_DIR = path.join(ROOT, 'rules');
    process.env.VET_CACHE_DIR = dir; // the bundled list, whatever the user's cache holds
    const url = pathToFileURL(path.join(dir, 'sanctions.mjs')).href;

    // Fresh processes: the module is imported first, so that only the load is timed.
    writeFileSync(
      path.join(dir, 'cold.mjs'),
      `const sanctions = await import(${JSON.stringify(url)});
const ms = (start) => Number(process.hrtime.bigint() - start) / 1e6;
let start = process.hrtime.bigint();
sanctions.sanctionsList();
const load = ms(start);
start = process.hrtime.bigint();
for (const n of ${JSON.stringify(DOSSIER_NAMES)}) sanctions.screenName(n);
sanctions.findWallet(${JSON.stringify(WALLET)});
process.stdout.write(JSON.stringify({ load, screen: ms(start) }));
`,
    );
    const cold = [];
    for (let i = 0; i < PROCESSES; i++) {
      const child = spawnSync(process.execPath, [path.join(dir, 'cold.mjs')], { encoding: 'utf8', env: process.env });
      if (child.status !== 0) throw new Error(`sanctions bench: ${child.stderr}`);
      cold.push(JSON.parse(child.stdout));
    }

    const sanctions = await import(url);
    const list = sanctions.sanctionsList();
    const screens = [];
    for (let i = 0; i < 23; i++) {
      list.similar.clear(); // each time the whole work of a new dossier, not its remembered tokens
      const start = process.hrtime.bigint();
      for (const n of DOSSIER_NAMES) sanctions.screenName(n);
      sanctions.findWallet(WALLET);
      if (i >= 3) screens.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    const load = median(cold.map((c) => c.load));
    const firstScreen = median(cold.map((c) => c.screen));
    const screen = median(screens);
    return {
      lines: [
        `load: ${load.toFixed(1)} ms (median of ${PROCESSES} fresh processes, ${Math.min(...cold.map((c) => c.load)).toFixed(1)}-${Math.max(...cold.map((c) => c.load)).toFixed(1)})`,
        `screen one dossier (${DOSSIER_NAMES.length} names + wallet) after load: ${screen.toFixed(1)} ms; first screen of a fresh process: ${firstScreen.toFixed(1)} ms`,
      ],
      met: load <= 50 && screen <= 20,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
