import type { Check, Problem } from '../../types.js';
import { claimedZone } from '../../data/timezones.js';

const FIELDS = [
  ['location', 'timezone'],
  ['availability', 'timezone'],
] as const;

export const check: Check = {
  id: 'timezone.unknown-zone',
  title: 'Claimed time zone cannot be read',
  description:
    'The dossier format asks for an IANA zone name (America/Chicago); vet also reads the names people and HR systems write (Eastern, PST for a US candidate, "(UTC-06:00) Central Time (US & Canada)", rules/timezone-names.json), a zone\'s city and a whole-hour offset. A value it still cannot read cannot be compared with the candidate\'s country, hours or activity, so the other timezone checks cannot run.',
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
      if (!value || claimedZone(value, dossier.location?.country) || reported.has(value)) continue;
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
  if (/^(utc|gmt)\s*[+-]\s*\d/i.test(value)) return ' (an offset of part of an hour, which no Etc zone and no zone of the claimed country keeps: it names no place)';
  if (/^[A-Z]{2,5}$/.test(value)) return ' (an abbreviation that several zones share, none of them in the claimed country)';
  return '';
}
