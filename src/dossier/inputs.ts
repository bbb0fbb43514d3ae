// Turns command-line inputs (files, folders) into dossiers, each with its place in the run.

import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { LoadedDossier, Rejected } from '../types.js';
import { UserError } from '../errors.js';
import { readJsonDossier } from './json.js';

export interface InputOptions {
  allowOutside: boolean;
  /** Sheet options (tab name, column map), used by the sheet readers. */
  sheet?: string;
  map?: Record<string, string>;
  /** Keep each sheet row's cells in its origin (`Origin.sheetRow`), for the outputs that write the sheet back. */
  sheetRows?: boolean;
}

/** A reader turns one file into dossiers (one for JSON, one per row for sheets). */
export type InputReader = (file: string, label: string, firstIndex: number, options: InputOptions) => Promise<(LoadedDossier | Rejected)[]>;

const readJson: InputReader = async (file, label, index, options) => [await readJsonDossier(file, index, { allowOutside: options.allowOutside, label })];

// Sheet parsers (csv-parse, SheetJS) load only when a sheet is given.
const readSheetRows: InputReader = async (file, label, index, options) => (await import('./sheets/index.js')).readSheet(file, label, index, options);

/** Readers by file extension. */
export const readers: Record<string, InputReader> = { '.json': readJson, '.csv': readSheetRows, '.tsv': readSheetRows, '.xlsx': readSheetRows };

export async function readInputs(args: string[], options: InputOptions): Promise<(LoadedDossier | Rejected)[]> {
  if (args.length === 0) throw new UserError('no input: give a dossier file, a folder of dossiers or a sheet (see vet --help)');
  const files = (await Promise.all(args.map(expand))).flat();
  const out: (LoadedDossier | Rejected)[] = [];
  for (const file of files) {
    const reader = readers[path.extname(file).toLowerCase()];
    if (!reader) throw new UserError(`${file}: unsupported file type (expected ${Object.keys(readers).join(', ')})`);
    // A loop, not push(...rows): a sheet of 200,000 rows is too many arguments for one call.
    for (const item of await reader(file, file, out.length, options)) out.push(item);
  }
  return out;
}

async function expand(arg: string): Promise<string[]> {
  let info;
  try {
    info = await stat(arg);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    // CI quotes its globs ('onboarding/**/*.json') so that every shell and OS passes them the same.
    if (code === 'ENOENT' && /[*?[\]{}]/.test(arg)) return expandGlob(arg);
    throw new UserError(code === 'ENOENT' ? `${arg}: no such file or folder` : `${arg}: cannot read (${code})`);
  }
  if (!info.isDirectory()) return [arg];
  const names = (await readdir(arg)).filter((n) => n.toLowerCase().endsWith('.json') && !n.startsWith('.')).sort();
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
