// A link that holds most of a run: more often the sender's own value than a farm.

import type { Correlation } from '../types.js';
import { correlationRules } from '../data/correlation.js';

/**
 * An address, phone or email that most of a sheet gives is more often the sender's own (an
 * agency's office, its recruiter's phone) than a farm: say how to tell vet so. A photo or resume
 * that many give is more often a placeholder: say to look at it first. The grade stands: a farm
 * may be that large (rules/correlation.json `ownValue`).
 */
export function ownValueHint(link: Correlation, candidates: number): string | undefined {
  const { minMembers, minShare, settings, placeholders } = correlationRules().ownValue;
  const members = link.candidates.length;
  if (members < minMembers || members < minShare * candidates) return undefined;
  const setting = settings[link.kind];
  if (setting) return `one value for ${members} of ${candidates} candidates: if it is your own (an office, a recruiter's contact), list it under ${setting} in the configuration and it links nobody`;
  const placeholder = placeholders[link.kind];
  if (placeholder) return `one value for ${members} of ${candidates} candidates: more often ${placeholder} than one person's; look at it before anything else`;
  return undefined;
}
