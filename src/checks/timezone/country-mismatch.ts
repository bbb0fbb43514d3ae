import type { Check } from '../../types.js';
import { claimedZone, zoneLabel, zonesOfCountry } from '../../data/timezones.js';
import { formatOffset, offsetAt, offsetsUsed } from '../../util/tz.js';

export const check: Check = {
  id: 'timezone.country-mismatch',
  title: 'Claimed time zone is not a zone of the claimed country',
  description:
    'Public advisories on DPRK IT workers describe people who claim to live in one country while working from another; their computers and calendars often keep the clock of where they really are. The IANA tz database lists which zones belong to which country, so a zone outside the claimed country is an inconsistency to explain. A neighbour\'s zone that keeps the same clock is weak; a different clock is stronger.',
  sources: ['iana-tzdb', 'fbi-psa-2023-10-18'],
  recommendation: 'Ask where the candidate lives and works from, and check it against the home address, the ID and where equipment is shipped.',
  severity: 'low',
  confidence: 'medium',
  needs: ['location.timezone', 'location.country'],
  run({ dossier, now }) {
    const claimed = dossier.location?.timezone ?? '';
    const country = dossier.location?.country ?? '';
    const zone = claimedZone(claimed, country);
    if (!zone) return { skip: 'location.timezone names no zone vet can read (see timezone.unknown-zone)' };
    const countryZones = zonesOfCountry(country);
    if (countryZones.length === 0) return { skip: `the tz database lists no zone for ${country}` };
    if (zone.countries.includes(country)) return [];

    const years = [now.getUTCFullYear() - 1, now.getUTCFullYear()];
    const countryOffsets = new Set(countryZones.flatMap((z) => [...offsetsUsed(z, years)]));
    const zoneOffsets = offsetsUsed(zone.name, years);
    if (zone.countries.length === 0) {
      // UTC, Etc/GMT-9, EST: a clock, not a place. UTC is a common default; judge the others by their clock.
      if ([...zoneOffsets].every((o) => o === 0)) return [];
      if ([...zoneOffsets].some((o) => countryOffsets.has(o))) return [];
      return [{ path: '$.location.timezone', evidence: `${zoneLabel(zone)} (${offsetList(zoneOffsets)}) is a clock that no zone of ${country} keeps (${offsetList(countryOffsets)})`, severity: 'medium' }];
    }

    const current = offsetAt(zone.name, now);
    const sameClockNow = current !== undefined && countryZones.some((z) => offsetAt(z, now) === current);
    const belongs = `${zoneLabel(zone)} is a zone of ${zone.countries.join(', ')}, not of ${country}`;
    if (sameClockNow) return [{ path: '$.location.timezone', evidence: `${belongs}; it keeps the same clock as a ${country} zone today (${formatOffset(current)})`, severity: 'low' }];
    return [{ path: '$.location.timezone', evidence: `${belongs}; its clock (${current === undefined ? 'unknown' : formatOffset(current)} today) is not one any ${country} zone keeps today`, severity: 'medium' }];
  },
};

function offsetList(offsets: Set<number>): string {
  return [...offsets].sort((a, b) => a - b).map((o) => `UTC${formatOffset(o)}`).join(', ');
}
