// Finds and reads the configuration file: upward from the working directory, or the one
// named by --config. lilconfig is imported only here, so a run that needs no config stays fast.

import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { z } from 'zod';
import { UserError } from '../errors.js';
import { describe } from '../dossier/validate.js';
import { jsonPath } from '../util/json-path.js';
import { configSchema, type VetConfig } from './schema.js';

export const CONFIG_FILES = ['package.json', 'vet.config.json', '.vetrc.json', 'vet.config.js'];

export interface LoadedConfig {
  config: VetConfig;
  /** The file as a person would name it (relative to the working directory); absent when none. */
  label?: string;
  /** Folder that paths inside the config (plugins) resolve against. */
  dir: string;
}

export async function loadConfig(cwd: string, explicit?: string): Promise<LoadedConfig> {
  // Most runs have no config file anywhere above them: a few stat calls, and lilconfig stays unloaded.
  if (explicit === undefined && !anyCandidateAbove(cwd)) return { config: {}, dir: cwd };
  const { lilconfig } = await import('lilconfig');
  const loaders = { '.json': parseJson, noExt: parseJson, '.js': importJs, '.mjs': importJs, '.cjs': importJs };
  const explorer = lilconfig('vet', { searchPlaces: CONFIG_FILES, cache: false, loaders });
  let found: { config: unknown; filepath: string; isEmpty?: boolean } | null;
  const target = explicit === undefined ? undefined : path.resolve(cwd, explicit);
  try {
    found = target ? await explorer.load(target) : await explorer.search(cwd);
  } catch (err) {
    const file = target ?? (err as { filepath?: string }).filepath;
    throw new UserError(`${file ? relative(cwd, file) : 'configuration'}: ${loadError(err)}`);
  }
  if (!found) return { config: {}, dir: cwd };
  const label = relative(cwd, found.filepath);
  if (found.isEmpty || found.config === undefined) {
    if (target) throw new UserError(`${label}: empty file (expected a vet configuration)`);
    return { config: {}, dir: path.dirname(found.filepath) };
  }
  return { config: validateConfig(found.config, label), label, dir: path.dirname(found.filepath) };
}

export function validateConfig(input: unknown, label: string): VetConfig {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    throw new UserError(`${label}: $: expected a configuration object, got ${describe(input)}`);
  }
  const parsed = configSchema().safeParse(input, { reportInput: true });
  if (!parsed.success) throw new UserError(`${label}: ${formatIssue(parsed.error.issues[0])}`);
  return parsed.data;
}

/** `$.checks["phone.voip"]: expected one of "info" | ... | "off", got "loud"`. */
export function formatIssue(issue: z.core.$ZodIssue): string {
  const where = jsonPath(issue.path);
  const got = 'input' in issue && issue.input !== undefined ? `, got ${describe(issue.input)}` : '';
  switch (issue.code) {
    case 'invalid_value':
      return `${where}: expected one of ${issue.values.map((v) => JSON.stringify(v)).join(' | ')}${got}`;
    case 'unrecognized_keys':
      return `${where}: unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}`;
    case 'invalid_type':
      return issue.input === undefined ? `${where}: required (expected ${issue.expected})` : `${where}: expected ${issue.expected}${got}`;
    default:
      return `${where}: ${issue.message.charAt(0).toLowerCase()}${issue.message.slice(1)}${got}`;
  }
}

/** JSON.parse whose error knows the file, since lilconfig's own loader does not say. */
function parseJson(file: string, content: string): unknown {
  try {
    return JSON.parse(content.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw Object.assign(err as Error, { filepath: file });
  }
}

async function importJs(file: string): Promise<unknown> {
  try {
    const mod = (await import(pathToFileURL(file).href)) as { default?: unknown };
    return mod.default;
  } catch (err) {
    throw Object.assign(err as Error, { filepath: file });
  }
}

function loadError(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  if (e.code === 'ENOENT') return 'no such file';
  if (e.code === 'EACCES' || e.code === 'EPERM') return 'permission denied';
  if (e instanceof SyntaxError) return `invalid ${e.message.includes('JSON') ? 'JSON' : 'JavaScript'}: ${e.message}`;
  if (/Missing loader|No loader/i.test(e.message ?? '')) return 'unsupported file type (expected .json or .js)';
  return `cannot load (${e.message ?? String(err)})`;
}

/**
 * Whether lilconfig could find a configuration from `cwd` up to the home folder (its stop) or the
 * root: one of the files exists, and a package.json has a "vet" key. Most
 * projects have a package.json without one: for them lilconfig (which reads files through
 * fs.promises, loaded for it alone) is not needed at all.
 */
function anyCandidateAbove(cwd: string): boolean {
  const stop = homedir();
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    if (CONFIG_FILES.some((name) => existsSync(path.join(dir, name)) && (name !== 'package.json' || mayHoldConfig(path.join(dir, name))))) return true;
    if (dir === stop || dir === path.dirname(dir)) return false;
  }
}

/** A package.json with a top-level "vet" key; one that cannot be read or parsed is left to lilconfig to report. */
function mayHoldConfig(packageJson: string): boolean {
  try {
    const parsed: unknown = JSON.parse(readFileSync(packageJson, 'utf8'));
    return typeof parsed !== 'object' || parsed === null || Object.hasOwn(parsed, 'vet');
  } catch {
    return true;
  }
}

function relative(cwd: string, file: string): string {
  const rel = path.relative(cwd, file);
  return rel === '' || rel.startsWith('..') ? file : rel;
}
