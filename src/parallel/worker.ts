// A worker thread's side of the pool (./pool.ts): builds the run's checks once, then vets each
// chunk of dossiers the main thread reads and sends, and sends back the reports and fingerprints. The history
// store stays in the main thread: a lookup is a question sent there and an answer awaited.

import { parentPort, type MessagePort } from 'node:worker_threads';
import type { Check, CheckConfig, HistoryMatch, LoadedDossier } from '../types.js';
import type { HistoryLookup } from '../gather/index.js';
import { rememberedValues } from '../history/remember.js';
import { Keyer } from '../history/session.js';
import { vetContext, vetOne, type VetContext } from '../vet.js';
import { handInSignatures } from '../correlate/minhash.js';
import { SkippedLists, toWire, type FromWorker, type ToWorker, type WorkerInit, type WireVetted } from './wire.js';

export async function serve(): Promise<void> {
  const port = parentPort!;
  const answers = new Map<number, Answer>();
  // The checks' modules load while the run's options are on their way: this worker may have been
  // started before the main thread had loaded the program (src/boot/prestart.ts).
  const modules = checkModules();
  let context: Promise<VetContext> | undefined;
  let queue = Promise.resolve();
  const lists = new SkippedLists();
  port.on('message', (message: ToWorker) => {
    switch (message.kind) {
      case 'init': {
        const { init } = message;
        const keyer = init.historySecret && new Keyer(Buffer.from(init.historySecret));
        context = contextOf(init, modules, keyer && lookupVia(port, keyer, answers, init.config));
        return;
      }
      case 'found': {
        const answer = answers.get(message.lookup);
        answers.delete(message.lookup);
        if ('error' in message) answer?.reject(new Error(message.error));
        else answer?.resolve(message.matches);
        return;
      }
      case 'close':
        // Exiting, not terminated: the exit handlers run (src/boot/code-cache.ts keeps this thread's compiled code).
        queue = queue.then(() => process.exit(0));
        return;
      case 'vet':
        // One chunk after the other: interleaved, the first would come back only when all were done.
        queue = queue.then(async () => {
          const ctx = await context!;
          const texts = message.items.map((item) => item.dossier.resume?.text);
          handInSignatures(new Map(texts.flatMap((text, i) => (text ? [[text, message.signatures[i]] as const] : []))));
          const results = await vetChunk(message.items, ctx, lists);
          handInSignatures(undefined);
          send(port, { kind: 'vetted', chunk: message.chunk, results, skippedLists: lists.take() });
        });
    }
  });
}

function checkModules() {
  return Promise.all([import('../config/index.js'), import('../checks/index.js')]);
}

async function contextOf(init: WorkerInit, modules: ReturnType<typeof checkModules>, lookup: HistoryLookup | undefined): Promise<VetContext> {
  const [{ loadSetup }, { builtinChecks }] = await modules;
  const setup = await loadSetup({ ...init.setup, builtinChecks });
  const byId = new Map(setup.checks.map((c) => [c.id, c]));
  const checks = init.checks.map((id): Check => {
    const check = byId.get(id);
    if (!check) throw new Error(`worker: the configuration gave no check ${id}, which the main thread runs`);
    return check;
  });
  const { severities, config, allowOutside, online, facts, now } = init;
  return vetContext({ checks, severities, config, allowOutside, online, facts }, now, lookup);
}

/**
 * With a history store, up to this many candidates at a time: while some wait for the main
 * thread's answers to their lookups, the next are gathered and checked. Without one, one at a time.
 */
const AT_ONCE_WITH_HISTORY = 32;

async function vetChunk(items: LoadedDossier[], ctx: VetContext, lists: SkippedLists): Promise<WireVetted[]> {
  const results: WireVetted[] = new Array(items.length);
  let next = 0;
  const lane = async () => {
    for (let at = next++; at < items.length; at = next++) results[at] = toWire(await vetOne(items[at], ctx), lists);
  };
  const lanes = ctx.gather.history ? AT_ONCE_WITH_HISTORY : 1;
  await Promise.all(Array.from({ length: Math.min(lanes, items.length) }, lane));
  return results;
}

/** The history lookup: the values keyed here, then a question to the main thread, which asks its store. */
interface Answer {
  resolve: (matches: HistoryMatch[]) => void;
  reject: (err: Error) => void;
}

function lookupVia(port: MessagePort, keyer: Keyer, answers: Map<number, Answer>, config: CheckConfig): HistoryLookup {
  let asked = 0;
  return (loaded, sofar) =>
    new Promise((resolve, reject) => {
      const lookup = asked++;
      answers.set(lookup, { resolve, reject });
      const { id, name } = loaded.dossier;
      const values = rememberedValues(loaded, sofar, config);
      send(port, { kind: 'lookup', lookup, index: loaded.index, keyed: keyer.keyed({ id, name }, values), values });
    });
}

function send(port: MessagePort, message: FromWorker): void {
  port.postMessage(message);
}
