// A minimal dossier factory and a runner, so each check's table shows only the field under test.

import type { Check, CheckConfig, Dossier, Gathered, Problem, Skip } from '../../src/types.js';
import { validateDossier } from '../../src/dossier/validate.js';

/** A valid dossier with only a name, plus the given fields (validated like a real file). */
export function dossier(fields: Record<string, unknown> = {}): Dossier {
  const result = validateDossier({ name: 'Jordan Ellis', ...fields });
  if (!result.ok) throw new Error(`test dossier is invalid: ${result.errors.join('; ')}`);
  return result.dossier;
}

export interface RunOptions {
  gathered?: Gathered;
  config?: CheckConfig;
  now?: Date;
}

export const FIXED_NOW = new Date('2026-11-26T12:00:00Z');

/** Runs one check on a dossier built from `fields`, as the engine would. */
export function runCheck(check: Check, fields: Record<string, unknown>, options: RunOptions = {}): Problem[] | Skip {
  return check.run({
    dossier: dossier(fields),
    origin: { label: 'test.json', file: 'test.json', baseDir: process.cwd() },
    gathered: options.gathered ?? {},
    config: options.config ?? {},
    now: options.now ?? FIXED_NOW,
  });
}

/** The number of problems, or 'skip' when the check declined to judge. */
export function countOf(outcome: Problem[] | Skip): number | 'skip' {
  return 'skip' in outcome ? 'skip' : outcome.length;
}
