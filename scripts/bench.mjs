// `npm run bench`: every benchmark under scripts/bench/, in name order, or only those named:
// `npm run bench -- startup photo`. Each module exports `name`, `target` (what the issue asks)
// and `run()`, which returns lines to print and whether the target was met.

import { readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = path.join(import.meta.dirname, 'bench');
const only = process.argv.slice(2);
const files = readdirSync(dir).filter((f) => f.endsWith('.mjs') && f !== 'lib.mjs').sort();
let missed = 0;
for (const file of files) {
  const bench = await import(pathToFileURL(path.join(dir, file)).href);
  if (only.length > 0 && !only.includes(bench.name)) continue;
  process.stdout.write(`\n${bench.name}: ${bench.target}\n`);
  const { lines, met } = await bench.run();
  for (const line of lines) process.stdout.write(`  ${line}\n`);
  process.stdout.write(`  => ${met ? 'target met' : 'TARGET MISSED'}\n`);
  if (!met) missed++;
}
process.exitCode = missed > 0 ? 1 : 0;
