// How a sanctions hit reads in a report, and how severe it is.

import type { Severity } from '../types.js';
import { isDprk, type NameHit, type SanctionsEntry } from './index.js';
import { compareBirthDates } from './birth-dates.js';

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

/** A hit as a report states it: what was seen, how severe, and how sure when the date of birth decided. */
export interface JudgedHit {
  evidence: string;
  severity: Severity;
  /** Set when the date of birth decided: the names alone say less. */
  confidence?: 'high';
}

/**
 * An organisation is judged by its name. A person, as OFAC's FAQ 5 asks, by the date of birth
 * when the candidate's is known (`dateOfBirth`, from the ID document): none of the listed ones is
 * another person (a note, not a signal), a listed one is critical. Without it, a person listed
 * under two words (`RYU, Jin`), a name many people bear, is one step lower than a longer name.
 */
export function judgeHit(what: string, hit: NameHit, dateOfBirth?: string): JudgedHit {
  const evidence = describeHit(what, hit);
  if (hit.entry.type !== 'individual') return { evidence, severity: severityOf(hit) };
  switch (compareBirthDates(dateOfBirth, hit.entry.details)) {
    case 'different':
      return { evidence: `${evidence}; the date of birth on the ID document is none of the listed ones: another person`, severity: 'info', confidence: 'high' };
    case 'same':
      return { evidence: `${evidence}; the date of birth on the ID document is a listed one`, severity: 'critical', confidence: 'high' };
    default:
      return { evidence, severity: isShortName(hit) ? lower(severityOf(hit)) : severityOf(hit) };
  }
}

/** A listed name of two words (`ryu jin`): many people bear it, so it alone says less. */
function isShortName(hit: NameHit): boolean {
  return hit.listedAs.split(' ').length <= 2;
}

const LOWER: Partial<Record<Severity, Severity>> = { critical: 'high', high: 'medium', medium: 'low' };

function lower(severity: Severity): Severity {
  return LOWER[severity] ?? severity;
}

export function describeHit(what: string, hit: NameHit): string {
  const how = hit.level === 'exact' ? 'matches' : hit.level === 'near' ? 'nearly matches' : `resembles (similarity ${hit.score.toFixed(2)})`;
  return `${what} ${how} ${describeEntry(hit.entry)}, listed as "${hit.listedAs}"${listedIdentifiers(hit.entry)}`;
}
