import type { Check } from '../../types.js';
import type { Dossier } from '../../dossier/schema.js';
import { claimedZone, locationZone, zoneLabel, type KnownZone } from '../../data/timezones.js';
import { timeSignals, windowMinutes } from '../../data/time-signals.js';
import { formatClock, formatOffset, inWindow, offsetAt } from '../../util/tz.js';

/** Offered hours are sampled every quarter hour: fine enough for HH:MM windows, cheap enough to be instant. */
const STEP = 15;

export const check: Check = {
  id: 'timezone.offered-hours-at-night',
  title: 'Offered working hours are night in the claimed zone but business hours in UTC+7 to UTC+10',
  description:
    'DPRK IT workers who claim a US or European home mostly live in China, Russia or North Korea (UTC+7 to UTC+9) and keep that day\'s hours. Offering to work through the night of the claimed zone, in a window that is an ordinary office day somewhere between UTC+7 and UTC+10, fits the public descriptions of the scheme (FBI and US government advisories; Mandiant on UNC5267). Hours written in another zone than the claimed home\'s (availability.timezone) are judged where the candidate says they live, so the same hours give the same answer however they are written. Night-shift workers do this too, so it is an inconsistency to ask about, not a verdict.',
  sources: ['state-treasury-fbi-2022-05-16', 'fbi-psa-2023-10-18', 'mandiant-2024-09-unc5267'],
  recommendation: 'Ask why these hours, and schedule a live video call in the middle of the claimed zone\'s working day.',
  severity: 'low',
  confidence: 'low',
  needs: ['availability.hours', 'availability.timezone|location.timezone'],
  run({ dossier, now }) {
    const hours = dossier.availability?.hours ?? '';
    const written = hoursZone(dossier);
    if (!written) return { skip: `${dossier.availability?.timezone ? 'availability' : 'location'}.timezone names no zone vet can read (see timezone.unknown-zone)` };
    // Night is judged where the candidate says they live: hours written in another zone are moved there.
    const home = locationZone(dossier.location) ?? written;
    const writtenOffset = offsetAt(written.name, now);
    const offset = offsetAt(home.name, now);
    if (writtenOffset === undefined || offset === undefined) return { skip: `this Node cannot compute the clock of ${written.name}` };
    const [writtenFrom, writtenTo] = windowMinutes(hours.replace(/\s+/g, ''));
    const length = (writtenTo - writtenFrom + 1440) % 1440;
    if (length === 0) return { skip: `offered hours ${hours} cover no definite part of the day` };
    const from = (writtenFrom + offset - writtenOffset + 1440) % 1440;
    const to = (from + length) % 1440;

    const rules = timeSignals();
    const [nightFrom, nightTo] = windowMinutes(rules.night);
    const [businessFrom, businessTo] = windowMinutes(rules.businessHours);
    const samples = Array.from({ length: Math.ceil(length / STEP) }, (_, i) => (from + i * STEP) % 1440);
    const nightShare = share(samples, (m) => inWindow(m, nightFrom, nightTo));
    const best = bestTarget(samples, offset, rules.offeredHours.targetOffsets, (m) => inWindow(m, businessFrom, businessTo), writtenOffset);
    if (best.share < rules.offeredHours.minBusinessShare) return [];
    const tier = rules.offeredHours.tiers.find((t) => nightShare >= t.minNightShare);
    if (!tier) return [];

    const shift = best.offset - offset;
    const clock = `UTC${formatOffset(offset)} on ${now.toISOString().slice(0, 10)}`;
    const offered =
      home.name === written.name
        ? `${formatClock(from)}-${formatClock(to)} in ${zoneLabel(home)} (${clock})`
        : `${formatClock(writtenFrom)}-${formatClock(writtenTo)} in ${zoneLabel(written)}, which is ${formatClock(from)}-${formatClock(to)} in ${zoneLabel(home)} where the candidate lives (${clock})`;
    return [
      {
        path: '$.availability.hours',
        evidence:
          `offers ${offered}: ` +
          `${percent(nightShare)} of it is night there (${rules.night}), ` +
          `and it is ${formatClock(from + shift)}-${formatClock(to + shift)} at UTC${formatOffset(best.offset)}, ${percent(best.share)} within business hours (${rules.businessHours})`,
        severity: tier.severity,
      },
    ];
  },
};

/** The zone the hours are written in: the availability's own, else the home's. */
function hoursZone(dossier: Dossier): KnownZone | undefined {
  return claimedZone(dossier.availability?.timezone ?? dossier.location?.timezone ?? '', dossier.location?.country);
}

function share(samples: number[], test: (minute: number) => boolean): number {
  return samples.filter(test).length / samples.length;
}

/**
 * The offset in the target range where the offered window is most of an office day; on a tie,
 * the offset of the zone the hours were written in (Shanghai's hours are shown at UTC+8).
 */
function bestTarget(samples: number[], offset: number, range: { fromMinutes: number; toMinutes: number; stepMinutes: number }, isBusiness: (m: number) => boolean, written: number) {
  let best = { offset: range.fromMinutes, share: -1 };
  for (let target = range.fromMinutes; target <= range.toMinutes; target += range.stepMinutes) {
    const s = share(samples.map((m) => (m + target - offset + 2880) % 1440), isBusiness);
    if (s > best.share || (s === best.share && target === written)) best = { offset: target, share: s };
  }
  return best;
}

function percent(fraction: number): string {
  return `${Math.round(fraction * 100)}%`;
}
