// Turns command-line inputs (files, folders) into dossiers, each with its place in the run.

import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { LoadedDossier, Rejected } from '../types.js';
import { UserError } from '../errors.js';
import { readJsonDossiers, readJsonLines } from './json.js';

export interface InputOptions {
  allowOutside: boolean;
  /** Sheet options (tab name, column map), used by the sheet readers. */
  sheet?: string;
  map?: Record<string, string>;
  /** Keep each sheet row's cells in its origin (`Origin.sheetRow`), for the outputs that write the sheet back. */
  sheetRows?: boolean;
}

/** What reading the inputs gives: a dossier, or the reason there is none. */
export type InputItem = LoadedDossier | Rejected;

/** A reader turns one file into dossiers (one for JSON, one per row for sheets), in order, numbered by the caller. */
export type InputReader = (file: string, label: string, options: InputOptions) => AsyncIterable<InputItem>;

const readJson: InputReader = (file, label, options) => readJsonDossiers(file, { allowOutside: options.allowOutside, label });

const readJsonLinesFile: InputReader = (file, label, options) => readJsonLines(file, { allowOutside: options.allowOutside, label });

// Sheet parsers (csv-parse, htmlparser2, SheetJS) load only when a sheet is given.
const readSheetRows: InputReader = async function* (file, label, options) {
  yield* (await import('./sheets/index.js')).streamSheet(file, label, options);
};

/** Readers by file extension. */
export const readers: Record<string, InputReader> = { '.json': readJson, '.jsonl': readJsonLinesFile, '.ndjson': readJsonLinesFile, '.csv': readSheetRows, '.tsv': readSheetRows, '.xlsx': readSheetRows };

/**
 * Every dossier of the inputs, in input order, numbered from 0, each yielded as soon as it is read:
 * a sheet of 100,000 rows is checked as it streams in, never held whole. Inputs that cannot be
 * read at all (missing file, unsupported type) fail before the first item.
 */
export async function* streamInputs(args: string[], options: InputOptions): AsyncGenerator<InputItem> {
  if (args.length === 0) throw new UserError('no input: give a dossier file, a folder of dossiers or a sheet (see vet --help)');
  const files = (await Promise.all(args.map(expand))).flat();
  const reading = files.map((file) => {
    const reader = readers[path.extname(file).toLowerCase()];
    if (!reader) throw new UserError(`${file}: unsupported file type (expected ${Object.keys(readers).join(', ')})`);
    return { file, reader };
  });
  let index = 0;
  for (const { file, reader } of reading) {
    for await (const item of reader(file, file, options)) yield Object.assign(item, { index: index++ });
  }
}

async function expand(arg: string): Promise<string[]> {
  let info;
  try {
    info = statSync(arg);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    // CI quotes its globs ('onboarding/**/*.json') so that every shell and OS passes them the same.
    if (code === 'ENOENT' && /[*?[\]{}]/.test(arg)) return expandGlob(arg);
    throw new UserError(code === 'ENOENT' ? `${arg}: no such file or folder` : `${arg}: cannot read (${code})`);
  }
  if (!info.isDirectory()) return [arg];
  const names = readdirSync(arg).filter((n) => n.toLowerCase().endsWith('.json') && !n.startsWith('.')).sort();
  if (names.length === 0) throw new UserError(`${arg}: folder has no *.json dossiers`);
  return names.map((n) => path.join(arg, n));
}

async function expandGlob(pattern: string): Promise<string[]> {
  const { glob } = await import('tinyglobby');
  const extensions = Object.keys(readers);
  const files = await glob(pattern, { onlyFiles: true, expandDirectories: false, absolute: path.isAbsolute(pattern) });
  const readable = files.filter((f) => extensions.includes(path.extname(f).toLowerCase())).sort();
  if (readable.length === 0) throw new UserError(`${pattern}: no file matches (looked for ${extensions.join(', ')})`);
  return readable;
}
