// The entry of a worker thread (built to dist/worker.cjs, started by src/parallel/pool.ts): loads
// the same bundle as the command line, through the same code cache, and serves the pool.

import path from 'node:path';
import { loadWithCodeCache } from './code-cache.js';
import type { serveWorker as Serve } from '../cli.js';

const { serveWorker } = loadWithCodeCache(path.join(__dirname, 'vet.cjs'), (specifier) => import(specifier)) as { serveWorker: typeof Serve };

void serveWorker();
