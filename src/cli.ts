// The command line: parses arguments, reads inputs, runs the engine, writes the report.
// Returns an exit code and never calls process.exit.

import { constants as fsConstants, promises as fs } from 'node:fs';
import path from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { builtinChecks } from './checks/index.js';
import { streamInputs, type InputItem } from './dossier/inputs.js';
import { formats, lazyReporters, pieceReporters, reporters, sheetFormats } from './reporters/index.js';
import { vet, type VetOptions } from './vet.js';
import { riskAtLeast } from './grade.js';
import { EXIT, UserError } from './errors.js';
import { RISKS, type Check, type LoadedDossier, type Rejected, type Risk } from './types.js';
import { VERSION } from './version.js';
import { clean } from './util/sanitize.js';
import { listChecks, explainCheck } from './commands/checks.js';
import { correlationChecks } from './checks/correlation/index.js';
import { hasSheet, startProgress } from './cli-progress.js';
import { listLabel } from './sanctions/cache.js';
import { countedBytes, defaultThreads } from './parallel/threads.js';
import type { StartedWorker } from './parallel/spawn.js';
import { onlineRun } from './online/config.js';
import { addHistoryOptions, openRunHistory, registerHistoryCommand, type HistoryFlags } from './commands/history.js';
import { byCodeUnits } from './util/order.js';

interface RunFlags extends HistoryFlags {
  /** Workbook tab to read. */
  sheet?: string;
  /** `Column=field,...` overrides of the header mapping. */
  map?: string;
  format: string;
  output?: string;
  /** Unset means the config file's `failOn`, else `high`. */
  failOn?: Risk | 'never';
  config?: string;
  plugin?: string[];
  allowOutside?: boolean;
  now?: string;
  color?: boolean;
  /** true, or a comma list of providers. */
  online?: boolean | string;
  /** Threads that check candidates; unset means DEFAULT_JOBS (fewer on a single core). */
  jobs?: number;
}

/** `prestarted`: a worker src/boot/prestart.ts started for this command line, for the run to adopt or stop. */
export async function main(argv: string[], prestarted?: StartedWorker): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = new Command()
    .name('vet')
    .description('Vet remote-hire candidate dossiers for the patterns of North Korean IT-worker schemes and laptop farms.')
    .version(VERSION)
    .argument('[inputs...]', 'dossier files (.json, one dossier or an array of them; .jsonl, one per line), folders of dossiers, sheets of candidates (.csv, .tsv, .xlsx)')
    .addOption(new Option('-f, --format <format>', 'report format').choices(formats).default('text'))
    .option('-o, --output <file>', 'write the report to a file instead of standard output')
    .addOption(new Option('--fail-on <grade>', 'exit 1 when a candidate is at or above this grade (default: the config\'s failOn, else high)').choices([...RISKS, 'never']))
    .option('-c, --config <file>', 'configuration file (default: vet.config.json, .vetrc.json, vet.config.js or a "vet" key in package.json, searched upward)')
    .option('--plugin <file>', 'load checks from a plugin module (repeatable)', (value: string, all: string[]) => [...all, value], [] as string[])
    .option('--allow-outside', 'allow photo and resume paths outside the dossier folder')
    .option('--sheet <name>', 'workbook tab to read (default: the first)')
    .option('--map <pairs>', 'map sheet columns to dossier fields: "Mobile=phone,Ship To=addresses.shipping"')
    .option('--now <date>', 'the date the run pretends it is (ISO 8601), for reproducible reports')
    .option('--no-color', 'no colour, even on a terminal')
    .option('-j, --jobs <n>', 'threads for a large input: one reads and links, the others check the candidates (default: 2 for inputs of 1 MB or more, else 1, which does both; each more takes about 45 MB; --online runs use 1)', parseJobs)
    .option('--online [providers]', 'look up phone line type, IP and GitHub data with the configured providers (twilio,numverify,ipinfo,github; default: every configured one); without it nothing leaves the machine')
    .showHelpAfterError('(vet --help for usage)')
    .exitOverride()
    .action(async (inputs: string[], flags: RunFlags) => {
      exitCode = await run(inputs, flags, prestarted);
    });

  addHistoryOptions(program);
  registerHistoryCommand(program, (text) => process.stdout.write(text));
  program
    .command('init [file]')
    .description('build a dossier by answering questions, write it as JSON, then offer to vet it')
    .action(async (file: string | undefined) => {
      const { init } = await import('./commands/init.js');
      const written = await init(file);
      if (written) exitCode = await run([written], { format: 'text', failOn: 'high' }, undefined);
    });
  program
    .command('schema')
    .description("print the dossier's JSON Schema (the same as schema/dossier.schema.json)")
    .action(async () => {
      process.stdout.write((await import('./commands/schema.js')).dossierJsonSchema());
    });
  program
    .command('checks')
    .description('list every check: id, severity, title, fields needed (with the plugins of the configuration and --plugin)')
    .option('-c, --config <file>', 'configuration file whose plugins to list too')
    .option('--plugin <file>', 'list the checks of this plugin too (repeatable)', (value: string, all: string[]) => [...all, value], [] as string[])
    .action(async (flags: CatalogueFlags) => {
      process.stdout.write(listChecks(withCorrelationChecks(await catalogue(program.opts(), flags))));
    });
  (await import('./commands/data.js')).registerDataCommand(program, (text) => process.stdout.write(text));
  program
    .command('explain <id>')
    .description("print a check's description, sources and recommendation (plugin checks too)")
    .option('-c, --config <file>', 'configuration file whose plugins to look in too')
    .option('--plugin <file>', 'look in this plugin too (repeatable)', (value: string, all: string[]) => [...all, value], [] as string[])
    .action(async (id: string, flags: CatalogueFlags) => {
      process.stdout.write(explainCheck(withCorrelationChecks(await catalogue(program.opts(), flags)), id));
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (err) {
    return handleError(err);
  }
}

function handleError(err: unknown): number {
  if (err instanceof CommanderError) {
    // Help and version exit 0; commander already printed the usage error itself.
    return err.exitCode === 0 ? EXIT.ok : EXIT.usage;
  }
  if (err instanceof UserError) {
    process.stderr.write(`vet: ${clean(err.message)}\n`);
    return EXIT.usage;
  }
  process.stderr.write(`vet: internal error, please report it with the command you ran:\n${(err as Error)?.stack ?? String(err)}\n`);
  return 70;
}

async function run(inputs: string[], flags: RunFlags, prestarted: StartedWorker | undefined): Promise<number> {
  const now = parseNow(flags.now);
  // Config and plugins first: a broken config fails before any dossier is read.
  const setup = await (await import('./config/index.js')).loadSetup({ cwd: process.cwd(), configFile: flags.config, plugins: flags.plugin, builtinChecks });
  const failOn = flags.failOn ?? setup.failOn ?? 'high';
  const online = onlineRun(flags.online, setup.config);
  if (online.warning) process.stderr.write(`vet: warning: ${online.warning}\n`);
  if (flags.format === 'xlsx' && !flags.output) throw new UserError('--format xlsx writes a workbook: give --output out.xlsx');
  if (flags.output) await checkWritable(flags.output);
  const map = flags.map === undefined ? undefined : (await import('./dossier/sheets/columns.js')).parseColumnMap(flags.map);
  const workers = await workerPool(flags, online.online, inputs, prestarted);
  const items = streamInputs(inputs, { allowOutside: Boolean(flags.allowOutside), sheet: flags.sheet, map, sheetRows: sheetFormats.includes(flags.format) });
  // Rows stream into the engine; only the rejected rows before the first dossier are held, so that
  // a run where nothing can be read ends here, before the history store is opened.
  const { before, first } = await untilFirstDossier(items);
  if (!first) {
    for (const r of before) process.stderr.write(`vet: ${clean(r.message)}\n`);
    // A sheet with a header and no row: an exit code alone would leave the user guessing.
    if (before.length === 0) process.stderr.write(`vet: ${clean(inputs.join(', '))}: no candidate to vet (a sheet with no row under its header?)\n`);
    return EXIT.usage;
  }

  const history = await openRunHistory(flags, setup.history);
  const progress = hasSheet(inputs) ? await startProgress(process.stderr, 'vetting') : undefined;
  let report;
  try {
    // Online-only checks are left out offline, so offline reports stay exactly as they were.
    const checks = online.online ? setup.checks : setup.checks.filter((c) => !c.online);
    // setup.config with the providers --online chose (config `online.providers`).
    const config = online.config;
    report = await vet(resume(before, first, items), { checks, severities: setup.severities, grading: setup.grading, allowOutside: Boolean(flags.allowOutside), now, history, online: online.online, config, data: [listLabel(undefined, now ?? new Date())], onProgress: progress?.update, facts: flags.format === 'html', workers });
  } finally {
    progress?.stop();
    await history?.close();
  }
  for (const c of report.candidates) for (const w of c.warnings) process.stderr.write(`vet: warning: ${clean(w)}\n`);

  const pieces = await pieceReporters[flags.format]?.();
  if (pieces) await writePieces(pieces(report), flags.output);
  else {
    const color = flags.output ? false : useColor(flags.color !== false);
    const reporter = reporters[flags.format] ?? (await lazyReporters[flags.format]());
    const out = reporter(report, { color, failOn });
    if (flags.output) await outputError(flags.output, () => fs.writeFile(flags.output!, out));
    else await stdoutReader().write(out);
  }

  if (report.rejected.length > 0) return EXIT.usage;
  const failing = failOn !== 'never' && report.candidates.some((c) => riskAtLeast(c.risk, failOn));
  return failing ? EXIT.failed : EXIT.ok;
}

/** Pieces are joined up to this size before a write: few system calls, and little held at once. */
const WRITE_BYTES = 1 << 20;

/** A report written as it is made: to the file, or to standard output at the pace it is read. */
async function writePieces(pieces: Iterable<string | Uint8Array>, output: string | undefined): Promise<void> {
  const file = output === undefined ? undefined : await outputError(output, () => fs.open(output, 'w'));
  const reader = file ? undefined : stdoutReader();
  // writeFile, not write: it writes from the current position and loops until all of it is written.
  const write = async (data: string | Uint8Array) => (file ? (await outputError(output!, () => file.writeFile(data)), true) : reader!.write(data));
  try {
    let batch: (string | Uint8Array)[] = [];
    let size = 0;
    for (const piece of pieces) {
      batch.push(piece);
      size += piece.length;
      if (size < WRITE_BYTES) continue;
      if (!(await write(joined(batch)))) return;
      batch = [];
      size = 0;
    }
    if (batch.length > 0) await write(joined(batch));
  } finally {
    await file?.close();
  }
}

/** Text pieces as one string, bytes as one buffer (a format gives one or the other). */
function joined(batch: (string | Uint8Array)[]): string | Uint8Array {
  return batch.every((p) => typeof p === 'string') ? batch.join('') : Buffer.concat(batch.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : p)));
}

/**
 * Standard output, which its reader may close before the end (`vet sheet.csv | head`): the rest
 * of the report is then dropped, and the run still ends with its own exit code. `write` resolves
 * once the text is taken (or the reader has gone: false).
 */
function stdoutReader(): { write(text: string | Uint8Array): Promise<boolean> } {
  let gone = false;
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
    gone = true;
    process.stdout.emit('drain');
  });
  return {
    async write(text) {
      if (gone) return false;
      if (!process.stdout.write(text)) await new Promise((resolve) => process.stdout.once('drain', resolve));
      return !gone;
    },
  };
}

/** The output file's folder must exist and be writable, and the output not be a folder: said before a long run, not after it. */
async function checkWritable(output: string): Promise<void> {
  await outputError(output, async () => {
    await fs.access(path.dirname(path.resolve(output)), fsConstants.W_OK);
    const existing = await fs.stat(output).catch(() => undefined);
    if (existing?.isDirectory()) throw Object.assign(new Error('is a folder'), { code: 'EISDIR' });
  });
}

async function outputError<T>(output: string, act: () => Promise<T>): Promise<T> {
  try {
    return await act();
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such folder' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'is a folder' : (code ?? (err as Error).message);
    throw new UserError(`--output ${output}: cannot write (${why})`);
  }
}

/**
 * Two threads work on a large input unless --jobs says otherwise (one on a single core or for a
 * small input, src/parallel/threads.ts): the main one reads and links, a worker checks. Each more
 * worker checks too and holds its own copy of the program and rules, about 45 MB; two keep a
 * 100,000-row sheet under 500 MB. Online lookups stay in the main thread: the providers' rate
 * limits are per account.
 */
async function workerPool(flags: RunFlags, online: boolean, inputs: string[], prestarted: StartedWorker | undefined): Promise<VetOptions['workers']> {
  const { availableParallelism } = await import('node:os');
  const threads = online ? 1 : (flags.jobs ?? defaultThreads(await inputBytes(inputs), availableParallelism()));
  const { canStartWorkers, inWorkers } = await import('./parallel/pool.js');
  if (threads < 2 || !canStartWorkers()) {
    // Started on a guess that the run did not bear out: its core is the main thread's again.
    void prestarted?.worker.terminate();
    return undefined;
  }
  // The main thread reads and links, the workers check: one fewer worker than jobs.
  return inWorkers({ threads: threads - 1, setup: { cwd: process.cwd(), configFile: flags.config, plugins: flags.plugin }, prestarted });
}

/** What the inputs hold, a workbook counted as unpacked; Infinity for a folder or what cannot be read (the reader says why). */
async function inputBytes(inputs: string[]): Promise<number> {
  const sizes = await Promise.all(
    inputs.map(async (input) => {
      const info = await fs.stat(input).catch(() => undefined);
      if (!info?.isFile()) return Infinity;
      return countedBytes(input, info.size);
    }),
  );
  return sizes.reduce((a, b) => a + b, 0);
}

function parseJobs(value: string): number {
  const jobs = Number(value);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 64) throw new InvalidArgumentError('expected a whole number from 1 to 64');
  return jobs;
}

/** Reads up to the first dossier: the rejected items before it, and it (undefined when there is none). */
async function untilFirstDossier(items: AsyncIterator<InputItem>): Promise<{ before: Rejected[]; first?: LoadedDossier }> {
  const before: Rejected[] = [];
  for (;;) {
    const next = await items.next();
    if (next.done) return { before };
    const item = next.value;
    if ('dossier' in item) return { before, first: item };
    before.push(item);
  }
}

/** The items again from the start: those already read, then the rest of the stream. */
async function* resume(before: Rejected[], first: LoadedDossier, rest: AsyncIterator<InputItem>): AsyncGenerator<InputItem> {
  yield* before.splice(0);
  yield first;
  for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
}

function parseNow(value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw new UserError(`--now: expected an ISO 8601 date, got ${JSON.stringify(value)}`);
  return date;
}

/** Colour only on a terminal; NO_COLOR turns it off and FORCE_COLOR on (https://no-color.org). */
function useColor(allowed: boolean): boolean {
  if (!allowed) return false;
  const force = process.env.FORCE_COLOR;
  if (force !== undefined && force !== '' ) return force !== '0' && force !== 'false';
  if (process.env.NO_COLOR) return false;
  return Boolean(process.stdout.isTTY);
}

interface CatalogueFlags {
  config?: string;
  plugin?: string[];
}

/**
 * The checks a run here would use: the built-in ones and those of the plugins named by the
 * configuration (found as a run finds it) and by --plugin, given before or after the command.
 */
async function catalogue(global: CatalogueFlags, own: CatalogueFlags): Promise<Check[]> {
  const plugins = [...(global.plugin ?? []), ...(own.plugin ?? [])];
  const configFile = own.config ?? global.config;
  const { loadSetup } = await import('./config/index.js');
  return (await loadSetup({ cwd: process.cwd(), configFile, plugins, builtinChecks })).checks;
}

/** Correlation kinds are listed and explained like checks, though src/correlate finds them across candidates. */
function withCorrelationChecks(checks: Check[]): Check[] {
  return [...checks, ...correlationChecks].sort((a, b) => byCodeUnits(a.id, b.id));
}

/** A worker thread's work (src/boot/worker.ts): vets the chunks of candidates that src/parallel/pool.ts sends it. */
export async function serveWorker(): Promise<void> {
  await (await import('./parallel/worker.js')).serve();
}
