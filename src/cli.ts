// The command line: parses arguments, reads inputs, runs the engine, writes the report.
// Returns an exit code and never calls process.exit.

import { writeFile } from 'node:fs/promises';
import { Command, CommanderError, Option } from 'commander';
import { builtinChecks } from './checks/index.js';
import { readInputs } from './dossier/inputs.js';
import { reporters } from './reporters/index.js';
import { vet } from './vet.js';
import { riskAtLeast } from './grade.js';
import { EXIT, UserError } from './errors.js';
import { RISKS, type Rejected, type Risk } from './types.js';
import { VERSION } from './version.js';
import { clean } from './util/sanitize.js';
import { listChecks, explainCheck } from './commands/checks.js';

interface RunFlags {
  format: string;
  output?: string;
  failOn: Risk | 'never';
  allowOutside?: boolean;
  now?: string;
  color?: boolean;
}

export async function main(argv: string[]): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = new Command()
    .name('vet')
    .description('Vet remote-hire candidate dossiers for the patterns of North Korean IT-worker schemes and laptop farms.')
    .version(VERSION)
    .argument('[inputs...]', 'dossier files (.json), folders of dossiers')
    .addOption(new Option('-f, --format <format>', 'report format').choices(Object.keys(reporters)).default('text'))
    .option('-o, --output <file>', 'write the report to a file instead of standard output')
    .addOption(new Option('--fail-on <grade>', 'exit 1 when a candidate is at or above this grade').choices([...RISKS, 'never']).default('high'))
    .option('--allow-outside', 'allow photo and resume paths outside the dossier folder')
    .option('--now <date>', 'the date the run pretends it is (ISO 8601), for reproducible reports')
    .option('--no-color', 'no colour, even on a terminal')
    .showHelpAfterError('(vet --help for usage)')
    .exitOverride()
    .action(async (inputs: string[], flags: RunFlags) => {
      exitCode = await run(inputs, flags);
    });

  program
    .command('checks')
    .description('list every check: id, severity, title, fields needed')
    .action(() => {
      process.stdout.write(listChecks(builtinChecks));
    });
  program
    .command('explain <id>')
    .description("print a check's description, sources and recommendation")
    .action((id: string) => {
      process.stdout.write(explainCheck(builtinChecks, id));
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

async function run(inputs: string[], flags: RunFlags): Promise<number> {
  const now = parseNow(flags.now);
  const loaded = await readInputs(inputs, { allowOutside: Boolean(flags.allowOutside) });
  const rejected = loaded.filter((i): i is Rejected => !('dossier' in i));
  if (rejected.length === loaded.length) {
    for (const r of rejected) process.stderr.write(`vet: ${clean(r.message)}\n`);
    return EXIT.usage;
  }
  for (const item of loaded) if ('dossier' in item) for (const w of item.warnings) process.stderr.write(`vet: warning: ${clean(w)}\n`);

  const report = await vet(loaded, { checks: builtinChecks, allowOutside: Boolean(flags.allowOutside), now });
  for (const c of report.candidates) for (const w of c.warnings.filter((w) => !w.includes('unknown field'))) process.stderr.write(`vet: warning: ${clean(w)}\n`);

  const color = flags.output ? false : useColor(flags.color !== false);
  const out = reporters[flags.format](report, { color, failOn: flags.failOn });
  if (flags.output) await writeFile(flags.output, out);
  else process.stdout.write(out);

  if (rejected.length > 0) return EXIT.usage;
  const failing = flags.failOn !== 'never' && report.candidates.some((c) => riskAtLeast(c.risk, flags.failOn as Risk));
  return failing ? EXIT.failed : EXIT.ok;
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
