import type { Check, Problem, Severity } from '../../types.js';
import type { Dossier } from '../../dossier/schema.js';
import { claimedZone, zoneLabel, type KnownZone } from '../../data/timezones.js';
import { timeSignals, windowMinutes, type TimeSignals } from '../../data/time-signals.js';
import { formatOffset, inWindow, minuteOfDay, offsetAt, offsetOfTimestamp, offsetsUsed, parseOffset } from '../../util/tz.js';

export const check: Check = {
  id: 'timezone.activity-mismatch',
  title: 'Activity times and commit offsets do not fit the claimed time zone',
  description:
    'A git commit records the UTC offset of the machine that made it, and activity timestamps record when someone worked. Public reporting on DPRK IT workers (US advisories, Mandiant on UNC5267) describes people claiming a US or European home while working from UTC+8/+9, and laptop farms whose US machines are driven remotely during Asian business hours: offsets the claimed zone never uses, or work that falls at night there and in daytime at UTC+8/+9. Login times the onboarding systems recorded count as times seen working (their offsets are the log\'s, not the person\'s, so only the hour is read). Daylight saving is understood (-0500 and -0600 both fit America/Chicago), UTC offsets are neutral, and a few offsets (a pipeline may list each distinct one once) count only when every one is UTC+8/+9, and then as a low signal.',
  sources: ['state-treasury-fbi-2022-05-16', 'fbi-psa-2023-10-18', 'mandiant-2024-09-unc5267'],
  recommendation: 'Ask about the offsets and hours; compare with the home address, the shipping address and the login IPs, and hold a live call in the claimed zone\'s working day.',
  severity: 'low',
  confidence: 'medium',
  needs: ['activity.timestamps|activity.commitOffsets|network.logins', 'location.timezone|availability.timezone'],
  run({ dossier, now }) {
    const claimed = dossier.location?.timezone ?? dossier.availability?.timezone ?? '';
    const zone = claimedZone(claimed, dossier.location?.country);
    if (!zone || offsetAt(zone.name, now) === undefined) return { skip: `${dossier.location?.timezone ? 'location' : 'availability'}.timezone names no zone vet can read (see timezone.unknown-zone)` };
    const rules = timeSignals();
    const samples = samplesOf(dossier);
    // Offsets may be a pipeline's distinct offsets (`["+0900", "+0800"]`): a couple can be judged,
    // by the rules' strictest tier; times want a sample before any pattern shows.
    if (samples.offsets.length < rules.activity.minOffsets && samples.instants.length < rules.activity.minSample) {
      return { skip: `${countOf(samples.offsets.length, 'offset')} and ${countOf(samples.instants.length, 'activity time')}; at least ${rules.activity.minOffsets} offsets or ${rules.activity.minSample} times are needed to judge a pattern` };
    }
    const problems: Problem[] = [];
    const offsets = offsetProblem(zone, samples, rules, now);
    if (offsets) problems.push(offsets);
    const times = timeProblem(zone, samples.instants, rules);
    if (times) problems.push(times);
    return problems;
  },
};

interface Samples {
  /** Offsets in minutes: one per commit, one per activity timestamp. */
  offsets: number[];
  /** Moments seen working: activity timestamps and logins, each moment once. */
  instants: Date[];
}

function samplesOf(dossier: Dossier): Samples {
  const timestamps = dossier.activity?.timestamps ?? [];
  const commitOffsets = (dossier.activity?.commitOffsets ?? []).map(parseOffset);
  const stampOffsets = timestamps.map(offsetOfTimestamp);
  // A login's offset is the log's clock (most write UTC), not the person's: only its moment counts.
  const loginTimes = (dossier.network?.logins ?? []).flatMap((login) => (login.at ? [login.at] : []));
  return {
    offsets: [...commitOffsets, ...stampOffsets].filter((o): o is number => o !== undefined),
    instants: distinctMoments([...timestamps, ...loginTimes]),
  };
}

/** The readable moments, each once: a system that logs a login as activity too must not count it twice. */
function distinctMoments(stamps: string[]): Date[] {
  const seen = new Set<number>();
  const moments: Date[] = [];
  for (const stamp of stamps) {
    const at = new Date(stamp);
    if (Number.isNaN(at.getTime()) || seen.has(at.getTime())) continue;
    seen.add(at.getTime());
    moments.push(at);
  }
  return moments;
}

function offsetProblem(zone: KnownZone, samples: Samples, rules: TimeSignals, now: Date): Problem | undefined {
  const fits = offsetsUsed(zone.name, yearsOf(samples.instants, now));
  // A UTC stamp usually comes from a server, CI or a tool that normalises times: it says nothing about the person.
  const informative = samples.offsets.filter((o) => fits.has(o) || !rules.activity.neutralOffsets.includes(o));
  const mismatched = informative.filter((o) => !fits.has(o));
  if (mismatched.length === 0) return undefined;
  const shareOff = mismatched.length / informative.length;
  const onlyTargets = mismatched.every((o) => rules.activity.targetOffsets.includes(o));
  const tier = rules.activity.offsetTiers.find(
    (t) => mismatched.length >= t.minMismatched && shareOff >= t.minShare && (!t.targetOffsetsOnly || onlyTargets),
  );
  if (!tier) return undefined;
  return {
    path: '$.activity',
    evidence:
      `${mismatched.length} of ${informative.length} offsets in commits and activity times do not fit ${zoneLabel(zone)}, ` +
      `which uses ${sortedOffsets(fits)}: ${tally(mismatched)}`,
    severity: tier.severity as Severity,
  };
}

function timeProblem(zone: KnownZone, instants: Date[], rules: TimeSignals): Problem | undefined {
  const [nightFrom, nightTo] = windowMinutes(rules.night);
  const [dayFrom, dayTo] = windowMinutes(rules.businessHours);
  const hits = instants.filter((at) => {
    const local = offsetAt(zone.name, at);
    if (local === undefined || !inWindow(minuteOfDay(at, local), nightFrom, nightTo)) return false;
    return rules.activity.targetOffsets.some((target) => inWindow(minuteOfDay(at, target), dayFrom, dayTo));
  });
  const fraction = instants.length ? hits.length / instants.length : 0;
  const tier = rules.activity.timeTiers.find((t) => instants.length >= t.minSample && fraction >= t.minShare);
  if (!tier) return undefined;
  const targets = rules.activity.targetOffsets.map((o) => `UTC${formatOffset(o)}`).join('/');
  return {
    path: '$.activity.timestamps',
    evidence: `${hits.length} of ${instants.length} activity and login times fall at night in ${zoneLabel(zone)} (${rules.night}) and in business hours at ${targets} (${rules.businessHours})`,
    severity: tier.severity as Severity,
  };
}

/** The year of the run and the one before (the brief's daylight-saving window), plus the years the timestamps fall in. */
function yearsOf(instants: Date[], now: Date): number[] {
  const years = new Set([now.getUTCFullYear() - 1, now.getUTCFullYear()]);
  for (const at of instants) if (years.size < 8) years.add(at.getUTCFullYear());
  return [...years];
}

/** `1 offset`, `0 activity times`. */
function countOf(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function sortedOffsets(offsets: Set<number>): string {
  return [...offsets].sort((a, b) => a - b).map(formatOffset).join(', ');
}

/** `+09:00 x10, +08:00 x2`, most frequent first. */
function tally(offsets: number[]): string {
  const counts = new Map<number, number>();
  for (const o of offsets) counts.set(o, (counts.get(o) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([o, n]) => `${formatOffset(o)} x${n}`).join(', ');
}
