// The entry that bin/vet.js requires (built to dist/cli.cjs): loads the CommonJS bundle of src/cli.ts
// (dist/vet.cjs) through a V8 code cache and re-exports its `main`. Kept tiny on purpose: it is
// compiled on every start, without a cache. CommonJS, like bin/vet.js: an ES module entry starts
// Node's ES module loader, which cost about 10 ms of every start; it now loads only when the
// program imports an ES-only package (ora, inquirer) or a plugin.

import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { loadWithCodeCache } from './code-cache.js';
import { prestartWorker } from './prestart.js';
import { preferSmallHeap } from '../util/heap.js';
import type { main as Main } from '../cli.js';

// V8 starts the young generation small and doubles it at each scavenge that finds most objects
// alive. A start-up keeps nearly all it allocates (the program, its rules, the sanctions index),
// so each of those scavenges copies everything: growing sixteenfold at once halves their number
// and their time (about 6 ms of a cold start; read by V8 at each scavenge, so it applies now).
setFlagsFromString('--semi-space-growth-factor=16');
// Set here for every run, though only long ones reach a full collection: V8 checks a code cache
// against the flags it was made with, and the cache is made at exit. Set later, by the runs that
// read a sheet, it made each such run refuse the last one's cache and compile the program again.
preferSmallHeap();

const bundle = path.join(__dirname, 'vet.cjs');

// Before the bundle loads: the worker loads it too, on the other core, meanwhile.
let prestarted = prestartWorker(process.argv.slice(2), path.join(__dirname, 'worker.cjs'));

// import() written here resolves from dist/, like the bundle's own would: package names from
// the package's node_modules, plugins by absolute file URL.
const { main: run } = loadWithCodeCache(bundle, (specifier) => import(specifier)) as { main: typeof Main };

export const main = (argv: string[]): Promise<number> => {
  // Handed to the first run only: it was started for this command line.
  const worker = prestarted;
  prestarted = undefined;
  return run(argv, worker);
};
