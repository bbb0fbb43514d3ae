// Reads JSON dossier files (one dossier, an array of them, or JSON Lines). Every failure is one line naming the file.

import { createReadStream, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { LoadedDossier, Rejected } from '../types.js';
import { validateDossier } from './validate.js';
import { pathsOutside } from './paths.js';
import { UserError } from '../errors.js';
import { clean } from '../util/sanitize.js';

export interface ReadOptions {
  allowOutside: boolean;
  /** Name used in messages (relative to the working directory). */
  label?: string;
}

const MAX_DOSSIER_BYTES = 10 * 1024 * 1024;

/**
 * The dossiers of a `.json` file: one, or each element of an array of them (an export of an
 * onboarding system), labelled `file.json[2]`. Every element is read on its own: a bad one is
 * reported and the others go on.
 */
export async function* readJsonDossiers(file: string, options: ReadOptions): AsyncGenerator<LoadedDossier | Rejected> {
  const label = options.label ?? file;
  const origin = { label, file, baseDir: path.dirname(path.resolve(file)) };
  const text = await readText(file, label);
  if (text.trim() === '') {
    yield rejected(origin, 'empty file (expected a JSON dossier)');
    return;
  }
  const parsed = parseJson(text);
  if ('error' in parsed) {
    yield rejected(origin, parsed.error, ''); // `file:line:col: ...`, as compilers print it
    return;
  }
  if (!Array.isArray(parsed.value)) {
    yield dossierOf(parsed.value, { ...origin, lines: parsed.lines }, options);
    return;
  }
  if (parsed.value.length === 0) {
    yield rejected(origin, 'empty array (expected dossiers)');
    return;
  }
  for (const [i, value] of parsed.value.entries()) {
    yield dossierOf(value, { ...origin, label: `${label}[${i}]`, lines: linesUnder(parsed.lines, `$[${i}]`) }, options);
  }
}

/**
 * JSON Lines (`.jsonl`, `.ndjson`): a dossier per line, as pipelines stream them, labelled
 * `file.jsonl:7`; read a line at a time, so that a long export is never held whole.
 */
export async function* readJsonLines(file: string, options: ReadOptions): AsyncGenerator<LoadedDossier | Rejected> {
  const label = options.label ?? file;
  const baseDir = path.dirname(path.resolve(file));
  const { createInterface } = await import('node:readline');
  const stream = createReadStream(file, { encoding: 'utf8' });
  const opened = new Promise<void>((resolve, reject) => stream.once('open', () => resolve()).once('error', reject));
  await opened.catch((err: NodeJS.ErrnoException) => {
    throw unreadable(err, label);
  });
  let line = 0;
  let dossiers = 0;
  for await (const text of createInterface({ input: stream, crlfDelay: Infinity })) {
    line++;
    if (text.trim() === '') continue;
    dossiers++;
    const origin = { label: `${label}:${line}`, file, baseDir };
    if (text.length > MAX_DOSSIER_BYTES) {
      yield rejected(origin, `${text.length} characters is too long for a dossier (limit ${MAX_DOSSIER_BYTES})`);
      continue;
    }
    const parsed = parseJson(text);
    if ('error' in parsed) yield rejected(origin, parsed.error.replace(/^\d+:/, ''), ''); // `file.jsonl:7:12: ...`
    else yield dossierOf(parsed.value, { ...origin, lines: Object.fromEntries(Object.keys(parsed.lines).map((at) => [at, line])) }, options);
  }
  if (dossiers === 0) yield rejected({ label, file, baseDir }, 'empty file (expected a JSON dossier on each line)');
}

/** Items are numbered by the caller (`streamInputs`), in input order: -1 until then. */
function rejected(origin: LoadedDossier['origin'], message: string, separator = ' '): Rejected {
  return { origin, index: -1, message: `${origin.label}:${separator}${message}` };
}

/** One parsed value, validated as a dossier; `origin` says where it was read. */
function dossierOf(value: unknown, origin: LoadedDossier['origin'], options: ReadOptions): LoadedDossier | Rejected {
  const validation = validateDossier(value);
  if (!validation.ok) return rejected(origin, validation.errors.join(`; `));
  const outside = pathsOutside(validation.dossier, origin.baseDir, options.allowOutside);
  if (outside.length > 0) return rejected(origin, outside.join('; '));
  return { dossier: validation.dossier, origin, index: -1, warnings: validation.warnings.map((w) => `${origin.label}: ${w}`) };
}

/** The lines of an array element's paths, as paths of the element itself (`$[2].phone` -> `$.phone`). */
function linesUnder(lines: Record<string, number>, at: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [key, line] of Object.entries(lines)) {
    if (key === at) out.$ = line;
    else if (key.startsWith(at) && (key[at.length] === '.' || key[at.length] === '[')) out[`$${key.slice(at.length)}`] = line;
  }
  return out;
}

async function readText(file: string, label: string): Promise<string> {
  try {
    const info = statSync(file);
    if (info.isDirectory()) throw new UserError(`${label}: is a directory, expected a file`);
    if (info.size > MAX_DOSSIER_BYTES) throw new UserError(`${label}: ${info.size} bytes is too large for a dossier (limit ${MAX_DOSSIER_BYTES})`);
    return readFileSync(file, 'utf8');
  } catch (err) {
    if (err instanceof UserError) throw err;
    throw unreadable(err as NodeJS.ErrnoException, label);
  }
}

/** A file that cannot be opened, in one line. */
function unreadable(err: NodeJS.ErrnoException, label: string): UserError {
  if (err.code === 'ENOENT') return new UserError(`${label}: no such file`);
  if (err.code === 'EACCES' || err.code === 'EPERM') return new UserError(`${label}: permission denied`);
  return new UserError(`${label}: cannot read (${err.code ?? err.message})`);
}

type Parsed = { value: unknown; lines: Record<string, number> } | { error: string };

/** JSON with the line and column of the first syntax error, and the line of every field. */
export function parseJson(text: string): Parsed {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const errors: ParseError[] = [];
  const tree = parseTree(source, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (errors.length > 0 || !tree) {
    const first = errors[0] ?? { offset: 0, length: 0, error: 0 };
    const { line, column } = lineAndColumn(source, first.offset);
    return { error: `${line}:${column}: ${syntaxMessage(source, first)}` };
  }
  const lines: Record<string, number> = {};
  const starts = lineStarts(source);
  collectLines(tree, '$', starts, lines);
  return { value: JSON.parse(source), lines };
}

function syntaxMessage(source: string, error: ParseError): string {
  if (error.offset >= source.length) return 'unexpected end of file';
  const token = source.slice(error.offset, error.offset + Math.max(1, Math.min(error.length, 20)));
  const what = printParseErrorCode(error.error).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return `unexpected ${JSON.stringify(clean(token))} (${what})`;
}

function lineAndColumn(source: string, offset: number): { line: number; column: number } {
  const before = source.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

function lineStarts(source: string): number[] {
  const starts = [0];
  for (let i = 0; i < source.length; i++) if (source.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

function lineOf(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

function collectLines(node: Node, at: string, starts: number[], out: Record<string, number>): void {
  out[at] = lineOf(starts, node.offset);
  if (node.type === 'object') {
    for (const property of node.children ?? []) {
      const [key, value] = property.children ?? [];
      if (!key || !value) continue;
      const name = String(key.value);
      const child = /^[A-Za-z_$][\w$]*$/.test(name) ? `${at}.${name}` : `${at}[${JSON.stringify(name)}]`;
      out[child] = lineOf(starts, property.offset);
      if (value.type === 'object' || value.type === 'array') collectLines(value, child, starts, out);
    }
  } else if (node.type === 'array') {
    node.children?.forEach((child, i) => collectLines(child, `${at}[${i}]`, starts, out));
  }
}
