// Reads one JSON dossier file. Every failure is one line naming the file.

import { readFileSync, statSync } from 'node:fs';
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

export async function readJsonDossier(file: string, index: number, options: ReadOptions): Promise<LoadedDossier | Rejected> {
  const label = options.label ?? file;
  const origin = { label, file, baseDir: path.dirname(path.resolve(file)) };
  const reject = (message: string, separator = ' '): Rejected => ({ origin, index, message: `${label}:${separator}${message}` });

  const text = await readText(file, label);
  if (text.trim() === '') return reject('empty file (expected a JSON dossier)');
  const parsed = parseJson(text);
  if ('error' in parsed) return reject(parsed.error, ''); // `file:line:col: ...`, as compilers print it

  const validation = validateDossier(parsed.value);
  if (!validation.ok) return reject(validation.errors.join(`; `));
  const outside = pathsOutside(validation.dossier, origin.baseDir, options.allowOutside);
  if (outside.length > 0) return reject(outside.join('; '));
  return {
    dossier: validation.dossier,
    origin: { ...origin, lines: parsed.lines },
    index,
    warnings: validation.warnings.map((w) => `${label}: ${w}`),
  };
}

async function readText(file: string, label: string): Promise<string> {
  try {
    const info = statSync(file);
    if (info.isDirectory()) throw new UserError(`${label}: is a directory, expected a file`);
    if (info.size > MAX_DOSSIER_BYTES) throw new UserError(`${label}: ${info.size} bytes is too large for a dossier (limit ${MAX_DOSSIER_BYTES})`);
    return readFileSync(file, 'utf8');
  } catch (err) {
    if (err instanceof UserError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UserError(`${label}: no such file`);
    if (code === 'EACCES' || code === 'EPERM') throw new UserError(`${label}: permission denied`);
    throw new UserError(`${label}: cannot read (${code ?? (err as Error).message})`);
  }
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
