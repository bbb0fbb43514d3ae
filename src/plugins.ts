// Plugins: modules that export `{ name, checks }`. Each is validated on load with a precise
// message (`plugin ./x.js: checks[0].id: ...`), and its check ids are prefixed `name/`, so a
// plugin can never shadow a built-in check or another plugin's.

import path from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import type { Check } from './types.js';
import { SEVERITIES } from './types.js';
import { UserError } from './errors.js';
import { formatIssue } from './config/load.js';
import { sources } from './data/sources.js';

export interface PluginRef {
  /** As written: `./checks/payroll.js` or a package name. */
  spec: string;
  /** Folder a relative spec resolves against (the config file's, or the working directory). */
  baseDir: string;
}

const slug = /^[a-z0-9][a-z0-9-]*$/;
const nonEmpty = z.string().trim().min(1, { error: 'expected a non-empty string' });
const fn = z.custom<Check['run']>((v) => typeof v === 'function', { error: 'expected a function run(ctx) returning problems' });

const pluginCheck = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*\.[a-z0-9][a-z0-9-]*$/, { error: 'expected an id like "category.name" (lower case, digits, dashes)' }),
  title: nonEmpty,
  description: nonEmpty,
  sources: z.array(nonEmpty),
  recommendation: nonEmpty,
  severity: z.enum(SEVERITIES),
  confidence: z.enum(['low', 'medium', 'high']),
  needs: z.array(nonEmpty),
  run: fn,
});

const pluginShape = z.object({
  name: z.string().regex(slug, { error: 'expected a plugin name of lower-case letters, digits and dashes' }),
  checks: z.array(pluginCheck).min(1, { error: 'expected at least one check' }),
});

/** Loads every plugin, in order, and returns their checks with prefixed ids. */
export async function loadPlugins(refs: PluginRef[]): Promise<Check[]> {
  const out: Check[] = [];
  const names = new Map<string, string>();
  for (const ref of refs) {
    const plugin = validatePlugin(await importPlugin(ref), ref.spec);
    const earlier = names.get(plugin.name);
    if (earlier !== undefined) throw new UserError(`plugin ${ref.spec}: name "${plugin.name}" is already used by plugin ${earlier}`);
    names.set(plugin.name, ref.spec);
    out.push(...plugin.checks);
  }
  return out;
}

async function importPlugin(ref: PluginRef): Promise<unknown> {
  const file = resolvePlugin(ref);
  try {
    const mod = (await import(pathToFileURL(file).href)) as { default?: unknown };
    // `export default { name, checks }` or `export const name = ...; export const checks = [...]`.
    return mod.default !== undefined && typeof mod.default === 'object' ? mod.default : mod;
  } catch (err) {
    const e = err as Error;
    throw new UserError(`plugin ${ref.spec}: cannot load (${e instanceof SyntaxError ? 'syntax error: ' : ''}${e.message.split('\n')[0]})`);
  }
}

function resolvePlugin(ref: PluginRef): string {
  const isPath = ref.spec.startsWith('.') || path.isAbsolute(ref.spec);
  try {
    // A bare name is a package installed beside the config (or the working directory).
    return isPath ? createRequire(path.join(ref.baseDir, 'noop.js')).resolve(path.resolve(ref.baseDir, ref.spec)) : createRequire(path.join(ref.baseDir, 'noop.js')).resolve(ref.spec);
  } catch {
    throw new UserError(`plugin ${ref.spec}: ${isPath ? 'no such file' : 'package not found'} (looked in ${ref.baseDir})`);
  }
}

/** Checks the shape, then returns the plugin's checks with `name/` ids. */
export function validatePlugin(value: unknown, spec: string): { name: string; checks: Check[] } {
  const parsed = pluginShape.safeParse(value, { reportInput: true });
  if (!parsed.success) throw new UserError(`plugin ${spec}: ${formatIssue(parsed.error.issues[0]).replace(/^\$: /, 'module: ').replace(/^\$\./, '')}`);
  const { name, checks } = parsed.data;
  const known = sources();
  const seen = new Set<string>();
  checks.forEach((check, i) => {
    if (seen.has(check.id)) throw new UserError(`plugin ${spec}: checks[${i}].id: "${check.id}" appears twice`);
    seen.add(check.id);
    check.sources.forEach((source, j) => {
      if (!known.has(source) && !/^https:\/\/\S+$/.test(source)) {
        throw new UserError(`plugin ${spec}: checks[${i}].sources[${j}]: expected an https URL or a source id of rules/sources.json, got ${JSON.stringify(source)}`);
      }
    });
  });
  return { name, checks: checks.map((check) => ({ ...check, id: `${name}/${check.id}` })) };
}
