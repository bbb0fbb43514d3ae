import type { Check, Problem } from '../../types.js';
import { knownZone } from '../../data/timezones.js';

const FIELDS = [
  ['location', 'timezone'],
  ['availability', 'timezone'],
] as const;

export const check: Check = {
  id: 'timezone.unknown-zone',
  title: 'Claimed time zone is not an IANA time zone',
  description:
    'The dossier format asks for an IANA zone name (America/Chicago). A value the IANA tz database does not know cannot be compared with the candidate\'s country, hours or activity, so the other timezone checks cannot run; a free-form offset such as "UTC+9" also hides which place is meant.',
  sources: ['iana-tzdb'],
  recommendation: 'Ask the candidate for the city they work from and record its IANA zone (for example America/New_York), then run vet again.',
  severity: 'low',
  confidence: 'high',
  needs: ['location.timezone|availability.timezone'],
  run({ dossier }) {
    const problems: Problem[] = [];
    const reported = new Set<string>();
    for (const [group, field] of FIELDS) {
      const value = dossier[group]?.[field]?.trim();
      if (!value || knownZone(value) || reported.has(value)) continue;
      reported.add(value);
      problems.push({ path: `$.${group}.${field}`, evidence: `${quote(value)} is not a time zone of the IANA tz database${hint(value)}` });
    }
    return problems;
  },
};

function quote(value: string): string {
  return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
}

/** Says what the value looks like, so the reader knows what to ask for. */
function hint(value: string): string {
  if (/^(utc|gmt)\s*[+-]\s*\d/i.test(value)) return ' (a bare UTC offset: it names no place and no daylight-saving rule)';
  if (/^[A-Z]{2,5}$/.test(value)) return ' (an abbreviation: several zones share most abbreviations)';
  return '';
}
