// Starting a worker thread (dist/worker.cjs): by the pool, or before the program has loaded by
// src/boot/prestart.ts, which guesses from the command line that the run will want one.
// A worker starts without its run's options and waits for them (`{ kind: 'init' }`, ./wire.ts),
// so that it can load the program while the main thread does the same.

import { Worker } from 'node:worker_threads';

/**
 * A worker keeps little alive (its rules and the chunk at hand): a young generation this size
 * holds a chunk's garbage, and keeps each worker's share of a 100,000-row run's peak small.
 */
const YOUNG_GENERATION_MB = 16;

export interface StartedWorker {
  worker: Worker;
  /** Its exit code, whenever it exits: listened for from the start, so an early exit is not missed. */
  exited: Promise<number>;
  /** Its first uncaught error, if any. */
  failure?: Error;
}

/**
 * Starts `file` unreferenced: until a pool adopts it (`adopt`), it keeps no run from ending, so a
 * worker started on a wrong guess costs some work on another core and nothing else.
 */
export function startWorker(file: string | URL): StartedWorker {
  // No execArgv: the main thread's flags (a profiler, a preloaded module) are not the workers'.
  const worker = new Worker(file, { execArgv: [], resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
  worker.unref();
  const started: StartedWorker = { worker, exited: new Promise((resolve) => worker.once('exit', resolve)) };
  worker.on('error', (err) => {
    started.failure ??= err;
  });
  return started;
}

/** The worker now keeps the run going until it exits. */
export function adopt(started: StartedWorker): Worker {
  started.worker.ref();
  return started.worker;
}
