// Candidates checked in worker threads, a chunk at a time, while the main thread reads the sheet
// (each row made a dossier there, where it has time to spare), answers the workers' history
// lookups, links, and works out the MinHash of each inline resume for the fingerprints, which the
// worker would otherwise (a tenth of its work). The main thread checks none itself: it would warm
// up (interpret, then compile) every check a second time, which on two cores cost more than its
// share of the checking gave (10,000 rows: 3.9 s against 3.6 s, and 6.3 s of CPU against 5.0).
// The results come back in input order, whichever thread finishes first; a short input (fewer
// dossiers than one chunk) is vetted here as before, and a worker started for it on a guess from
// the command line (src/boot/prestart.ts) is left to end with the run.

import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import type { Worker } from 'node:worker_threads';
import type { KeyedCandidate } from '../history/session.js';
import type { LoadedDossier, Rejected } from '../types.js';
import type { InputItem } from '../dossier/inputs.js';
import { vetHere, type Vetted, type VetContext, type VetOptions } from '../vet.js';
import { resumeSignature } from '../correlate/minhash.js';
import { adopt, startWorker, type StartedWorker } from './spawn.js';
import { revived, toWorker, Unwire, type FromWorker, type ToWorker, type WireVetted, type WorkerInit } from './wire.js';

/** Dossiers per message: large enough that messaging costs little, small enough to keep every worker busy to the end. */
const CHUNK = 128;
/** Chunks sent and not yet handed on: how far reading runs ahead of the workers, and the dossiers it holds meanwhile. */
const MAX_PENDING = 16;
/** How long a worker may take to exit when asked (it writes its code cache), before it is stopped. */
const CLOSE_MS = 5_000;

export interface PoolSettings {
  /** Worker threads to start. */
  threads: number;
  /** How the run's configuration and plugins were found, for each worker to load the same checks. */
  setup: WorkerInit['setup'];
  /** A worker already started for this run (src/boot/prestart.ts): the first one. */
  prestarted?: StartedWorker;
}

declare const __VET_BUNDLED__: boolean | undefined;

/** Workers run the built program (dist/worker.cjs); from the sources (the unit tests) there is none to start. */
export function canStartWorkers(): boolean {
  return typeof __VET_BUNDLED__ !== 'undefined' && __VET_BUNDLED__;
}

/** The engine's `workers` option: vets the candidates in a pool of worker threads. */
export function inWorkers(settings: PoolSettings): NonNullable<VetOptions['workers']> {
  return (items, ctx) => vetInWorkers(items, ctx, settings);
}

async function* vetInWorkers(items: Iterable<InputItem> | AsyncIterable<InputItem>, ctx: VetContext, settings: PoolSettings): AsyncGenerator<Vetted | Rejected> {
  let pool: Pool | undefined;
  const pending: Promise<(Vetted | Rejected)[]>[] = [];
  const send = (promise: Promise<(Vetted | Rejected)[]>) => {
    // Awaited in order later; a failure meanwhile must not count as unhandled.
    promise.catch(() => undefined);
    pending.push(promise);
  };
  let chunk: InputItem[] = [];
  let dossiers = 0;
  try {
    for await (const item of items) {
      chunk.push(item);
      if (!isDossier(item) || ++dossiers < CHUNK) continue;
      pool ??= new Pool(ctx, settings);
      send(pool.vet(chunk));
      chunk = [];
      dossiers = 0;
      // Results are handed on in input order: past this many, wait for the oldest rather than read on.
      if (pending.length > MAX_PENDING) yield* await pending.shift()!;
    }
    if (chunk.length > 0) send(pool ? pool.vet(chunk) : collect(vetHere(chunk, ctx)));
    while (pending.length > 0) yield* await pending.shift()!;
  } finally {
    await pool?.close();
  }
}

/**
 * V8 collects each young generation with helper threads: a gain with a core to spare, a loss when
 * this thread and the workers fill every core, where the helpers wait for a core and each
 * scavenge waits for them (2 cores, 10,000 rows: 2.78 s without helpers against 2.87 s with; in
 * one thread, 3.35 s against 3.19 s). Read by V8 at each scavenge, in every thread of the process.
 * V8 also checks a code cache against the flags it was made with: the flag is set only while
 * every thread has loaded the program, and put back before any writes its cache at exit
 * (src/boot/code-cache.ts), or each run would refuse the last one's cache and compile again.
 */
class ScavengeHelpers {
  private off = false;
  private readonly checked = new Set<number>();

  constructor(private readonly wanted: boolean, private readonly workers: number) {}

  /** Worker `at` has checked a chunk: it has loaded the program. */
  loaded(at: number): void {
    this.checked.add(at);
    if (!this.wanted || this.off || this.checked.size < this.workers) return;
    setFlagsFromString('--no-parallel-scavenge');
    this.off = true;
  }

  restore(): void {
    if (this.off) setFlagsFromString('--parallel-scavenge');
    this.off = false;
  }
}

function isDossier(item: InputItem): item is LoadedDossier {
  return 'dossier' in item;
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

interface Waiting {
  chunk: InputItem[];
  resolve: (results: (Vetted | Rejected)[]) => void;
  reject: (err: Error) => void;
}

class Pool {
  private readonly workers: Worker[];
  /** Each worker's exit, whenever it comes. */
  private readonly exits: Promise<void>[] = [];
  /** Chunks sent to each worker and not yet back. */
  private readonly load: number[];
  private readonly waiting = new Map<number, Waiting>();
  /** Each candidate's values keyed for the history, made here when its worker asked the store, until its report comes back. */
  private readonly keyed = new Map<number, KeyedCandidate>();
  private readonly unwire: Unwire;
  private chunks = 0;
  private failure?: Error;
  private closing = false;
  private readonly scavengeHelpers: ScavengeHelpers;

  constructor(private readonly ctx: VetContext, settings: PoolSettings) {
    const { options, now } = ctx;
    const init: WorkerInit = {
      setup: settings.setup,
      checks: options.checks.map((c) => c.id),
      severities: options.severities ?? {},
      config: options.config ?? {},
      allowOutside: options.allowOutside ?? false,
      online: options.online ?? false,
      facts: options.facts ?? false,
      now,
      ...(options.history && { historySecret: options.history.secret }),
    };
    this.unwire = new Unwire(options.checks);
    this.scavengeHelpers = new ScavengeHelpers(settings.threads + 1 >= availableParallelism(), settings.threads);
    this.workers = Array.from({ length: settings.threads }, (_, i) => this.start(i, init, i === 0 ? settings.prestarted : undefined));
    this.load = this.workers.map(() => 0);
  }

  private start(at: number, init: WorkerInit, prestarted: StartedWorker | undefined): Worker {
    const started = prestarted ?? startWorker(new URL('./worker.cjs', import.meta.url));
    const worker = adopt(started);
    if (started.failure) this.fail(started.failure);
    worker.on('message', (message: FromWorker) => this.receive(at, message));
    worker.on('error', (err) => this.fail(err));
    this.exits[at] = started.exited.then((code) => {
      if (!this.closing) this.fail(new Error(`a worker thread stopped (exit code ${code})`));
    });
    // The first message: the worker may have started before the run knew its options.
    worker.postMessage({ kind: 'init', init } satisfies ToWorker);
    return worker;
  }

  /** The chunk's items back in their order: rejected ones as they were, the others vetted by the least busy worker. */
  vet(chunk: InputItem[]): Promise<(Vetted | Rejected)[]> {
    const dossiers = chunk.filter(isDossier);
    if (dossiers.length === 0) return Promise.resolve(chunk as Rejected[]);
    if (this.failure) return Promise.reject(this.failure);
    const worker = this.load.indexOf(Math.min(...this.load));
    const id = this.chunks++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { chunk, resolve, reject });
      this.load[worker]++;
      // The resume MinHash is this thread's work: it has time to spare while the workers check.
      const signatures = dossiers.map(({ dossier }) => (dossier.resume?.text ? resumeSignature(dossier.resume.text) : undefined));
      this.post(worker, { kind: 'vet', chunk: id, items: dossiers.map(toWorker), signatures });
    });
  }

  private receive(worker: number, message: FromWorker): void {
    if (message.kind === 'lookup') {
      void this.lookup(worker, message);
      return;
    }
    const waiting = this.waiting.get(message.chunk);
    if (!waiting) return;
    this.waiting.delete(message.chunk);
    this.load[worker]--;
    this.scavengeHelpers.loaded(worker);
    try {
      this.unwire.learn(worker, message.skippedLists);
      waiting.resolve(this.merge(worker, waiting.chunk, message.results));
    } catch (err) {
      waiting.reject(err as Error);
    }
  }

  private merge(worker: number, chunk: InputItem[], results: WireVetted[]): (Vetted | Rejected)[] {
    let next = 0;
    return chunk.map((item) => {
      if (!isDossier(item)) return item;
      const result = this.unwire.result(worker, results[next++], item);
      const keyed = this.keyed.get(item.index);
      if (keyed) result.keyed = keyed;
      this.keyed.delete(item.index);
      return result;
    });
  }

  /** A worker's history lookup, asked here where the store is open; a failing store is the gatherer's to report. */
  private async lookup(worker: number, { lookup, index, keyed: wired, values }: Extract<FromWorker, { kind: 'lookup' }>): Promise<void> {
    const history = this.ctx.options.history!;
    try {
      const keyed = revived(wired);
      this.keyed.set(index, keyed);
      this.post(worker, { kind: 'found', lookup, matches: await history.find(keyed, values) });
    } catch (err) {
      this.post(worker, { kind: 'found', lookup, error: (err as Error).message });
    }
  }

  private post(worker: number, message: ToWorker): void {
    this.workers[worker].postMessage(message);
  }

  private fail(err: Error): void {
    this.failure ??= err;
    for (const waiting of this.waiting.values()) waiting.reject(this.failure);
    this.waiting.clear();
  }

  /** Each worker is asked to exit, and stopped if it has not within CLOSE_MS (a check that never returns). */
  async close(): Promise<void> {
    this.closing = true;
    this.scavengeHelpers.restore();
    await Promise.all(this.workers.map((worker, at) => this.closeOne(worker, at)));
  }

  /** Done when the worker has exited, now or before (one that crashed has nothing more to say). */
  private async closeOne(worker: Worker, at: number): Promise<void> {
    if (this.failure) void worker.terminate();
    else this.post(at, { kind: 'close' });
    const timer = setTimeout(() => void worker.terminate(), CLOSE_MS);
    await this.exits[at];
    clearTimeout(timer);
  }
}
