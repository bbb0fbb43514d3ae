// Cold start: `vet` on a bundled dossier against `node -e 0`, interleaved in the same run
// so that machine load affects both alike.
import { median, timeProcess } from './lib.mjs';
import { execFileSync } from 'node:child_process';
import { ROOT } from './lib.mjs';

export const name = 'startup';
export const target = 'median cold `vet fixtures/dossiers/clean.json` at most 2.5x `node -e 0`';

export async function run() {
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT });
  const node = [];
  const vet = [];
  // 25 pairs: on a shared machine `node -e 0` alone swings by a fifth within minutes.
  for (let i = 0; i < 25; i++) {
    node.push(timeProcess(['-e', '0']).ms);
    vet.push(timeProcess(['bin/vet.js', '--no-color', 'fixtures/dossiers/clean.json']).ms);
  }
  const ratio = median(vet) / median(node);
  return {
    lines: [`node -e 0: ${median(node).toFixed(0)} ms`, `vet (one dossier): ${median(vet).toFixed(0)} ms`, `ratio: ${ratio.toFixed(2)}x`],
    met: ratio <= 2.5,
  };
}
