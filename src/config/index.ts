// Configuration file + plugins -> what the engine runs with. The one entry point cli.ts calls.

import path from 'node:path';
import type { Check, CheckConfig, Risk, Severity } from '../types.js';
import { UserError } from '../errors.js';
import { gradingPolicy, type GradingPolicy } from '../data/grading.js';
import { loadPlugins, type PluginRef } from '../plugins.js';
import { loadConfig } from './load.js';
import type { GradingOverride, VetConfig } from './schema.js';

export interface SetupOptions {
  cwd: string;
  /** `--config FILE`; otherwise the configuration is searched upward from `cwd`. */
  configFile?: string;
  /** `--plugin FILE`, relative to `cwd`. */
  plugins?: string[];
  builtinChecks: Check[];
}

export interface Setup {
  checks: Check[];
  severities: Record<string, Severity | 'off'>;
  config: CheckConfig;
  grading?: GradingPolicy;
  failOn?: Risk | 'never';
  /** The configuration file used, as named to a person; absent when there is none. */
  configLabel?: string;
  /** The config's history store (paths resolved against the config's folder), or false for none. */
  history?: { store?: string; key?: string } | false;
}

export async function loadSetup(options: SetupOptions): Promise<Setup> {
  const { config, label, dir } = await loadConfig(options.cwd, options.configFile);
  const where = label ?? 'configuration';
  const refs: PluginRef[] = [
    ...(config.plugins ?? []).map((spec) => ({ spec, baseDir: dir })),
    ...(options.plugins ?? []).map((spec) => ({ spec, baseDir: options.cwd })),
  ];
  const pluginChecks = refs.length > 0 ? await loadPlugins(refs) : [];
  const checks = [...options.builtinChecks, ...pluginChecks];
  return {
    checks,
    severities: checkSeverities(config, checks, where),
    config: checkConfig(config),
    ...(config.grading && { grading: mergeGrading(gradingPolicy(), config.grading, where) }),
    ...(config.failOn && { failOn: config.failOn }),
    ...(label !== undefined && { configLabel: label }),
    ...(config.history !== undefined && { history: historySetting(config.history, dir) }),
  };
}

/** A store path or key file written in the config means a path beside the config, not beside the shell. */
export function historySetting(history: NonNullable<VetConfig['history']>, dir: string): Setup['history'] {
  if (history === false) return false;
  const local = (p: string | undefined) => (p === undefined || /^[a-z][a-z0-9+.-]*:\/\//i.test(p) ? p : path.resolve(dir, p));
  return { store: local(history.store), key: local(history.key) };
}

/** An unknown id is most often a typo: fail with the list of known ones (commitlint does the same). */
function checkSeverities(config: VetConfig, checks: Check[], where: string): Record<string, Severity | 'off'> {
  const known = new Set(checks.map((c) => c.id));
  for (const id of Object.keys(config.checks ?? {})) {
    if (!known.has(id)) {
      throw new UserError(`${where}: $.checks[${JSON.stringify(id)}]: unknown check "${id}"; known checks: ${[...known].sort().join(', ')}`);
    }
  }
  return config.checks ?? {};
}

function checkConfig(config: VetConfig): CheckConfig {
  return {
    ...(config.allowAddresses && { allowAddresses: config.allowAddresses }),
    ...(config.allowContacts && { allowContacts: config.allowContacts }),
    ...(config.knownBad && { knownBad: config.knownBad }),
    ...(config.online && { online: config.online }),
  };
}

/** The bundled policy with the configured parts replaced; the thresholds must still rise. */
export function mergeGrading(base: GradingPolicy, override: GradingOverride, where: string): GradingPolicy {
  const merged: GradingPolicy = {
    ...base,
    ...(override.sameCategoryFactor !== undefined && { sameCategoryFactor: override.sameCategoryFactor }),
    ...(override.criticalFindingIsCritical !== undefined && { criticalFindingIsCritical: override.criticalFindingIsCritical }),
    thresholds: { ...base.thresholds, ...definedOnly(override.thresholds) },
    points: { ...base.points, ...definedOnly(override.points) },
  };
  const { medium, high, critical } = merged.thresholds;
  if (!(medium < high && high < critical)) {
    throw new UserError(`${where}: $.grading.thresholds: expected medium < high < critical, got medium ${medium}, high ${high}, critical ${critical} (after merging over the bundled policy)`);
  }
  return merged;
}

function definedOnly<T extends object>(value: T | undefined): Partial<T> {
  return Object.fromEntries(Object.entries(value ?? {}).filter(([, v]) => v !== undefined)) as Partial<T>;
}
