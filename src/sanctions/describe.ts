// How a sanctions hit reads in a report, and how severe it is.

import type { Severity } from '../types.js';
import { isDprk, type NameHit, type SanctionsEntry } from './index.js';

export function describeEntry(entry: SanctionsEntry): string {
  const programs = entry.programs.join(', ') || 'no program listed';
  const dprk = isDprk(entry) ? ' (North Korea sanctions program)' : '';
  return `${entry.name} (OFAC SDN entry ${entry.ent}, ${entry.type}, ${programs}${dprk})`;
}

/** A person's listed identifiers, for a human to compare with the candidate's. */
export function listedIdentifiers(entry: SanctionsEntry): string {
  if (entry.type !== 'individual') return '';
  return entry.details ? `; listed: ${entry.details}` : '; the entry lists no date of birth or identifiers to compare';
}

/**
 * An organisation named exactly (or nearly) is a hit; a person's name alone is not an identity,
 * so it stays at most high, and a looser spelling lower still.
 */
export function severityOf(hit: NameHit): Severity {
  const close = hit.level !== 'fuzzy';
  if (hit.entry.type !== 'individual') return close ? 'critical' : 'high';
  return close ? 'high' : 'medium';
}

export function describeHit(what: string, hit: NameHit): string {
  const how = hit.level === 'exact' ? 'matches' : hit.level === 'near' ? 'nearly matches' : `resembles (similarity ${hit.score.toFixed(2)})`;
  return `${what} ${how} ${describeEntry(hit.entry)}, listed as "${hit.listedAs}"${listedIdentifiers(hit.entry)}`;
}
