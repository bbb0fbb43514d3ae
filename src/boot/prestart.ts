// A worker thread started before the program loads, when the command line names sheets large
// enough for two threads (src/parallel/threads.ts): it loads the program and its rules while the
// main thread does, and checks from the first chunk on, about 0.3 s sooner than a worker started
// when the first chunk is read. A guess from the words of the command line only: the run decides
// (src/cli.ts), adopts it or leaves it, and a worker left is unreferenced and ends with the run.

import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { countedBytes, defaultThreads } from '../parallel/threads.js';
import { startWorker, type StartedWorker } from '../parallel/spawn.js';
import { isSheetFile } from '../dossier/sheet-files.js';

/** Words that make a run use one thread, or no run at all. */
const ONE_THREAD = /^(--online(=.*)?|-h|--help|-V|--version)$/;

export function prestartWorker(argv: string[], workerFile: string): StartedWorker | undefined {
  if (argv.some((word) => ONE_THREAD.test(word))) return undefined;
  const sheets = argv.filter(isSheetFile);
  if (sheets.length === 0) return undefined;
  const jobs = jobsOf(argv);
  const threads = jobs ?? defaultThreads(sheets.reduce((sum, word) => sum + sheetBytes(word), 0), availableParallelism());
  return threads >= 2 ? startWorker(workerFile) : undefined;
}

/** `--jobs 3`, `--jobs=3`, `-j 3`, `-j3`: the number, when the command line gives one. */
function jobsOf(argv: string[]): number | undefined {
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i];
    const value = word === '--jobs' || word === '-j' ? argv[i + 1] : /^(?:--jobs=|-j)(\d+)$/.exec(word)?.[1];
    if (value !== undefined) return Number(value);
  }
  return undefined;
}

/** As src/cli.ts counts them: a workbook unpacked; 0 when it is not a file. */
function sheetBytes(word: string): number {
  try {
    const info = statSync(word);
    return info.isFile() ? countedBytes(word, info.size) : 0;
  } catch {
    return 0;
  }
}
