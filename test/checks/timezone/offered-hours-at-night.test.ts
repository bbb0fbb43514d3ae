import { describe, expect, it } from 'vitest';
import { check } from '../../../src/checks/timezone/offered-hours-at-night.js';
import { countOf, runCheck } from '../../helpers/factory.js';
import type { Problem } from '../../../src/types.js';

// FIXED_NOW is 2026-11-26: New York is UTC-05:00, Chicago UTC-06:00, London UTC+00:00.
const offers = (hours: string, timezone: string, where: 'availability' | 'location' = 'availability') =>
  where === 'availability' ? { availability: { hours, timezone } } : { location: { timezone }, availability: { hours } };

const cases = [
  // fires: night in the claimed zone, an office day at UTC+7..+10
  { name: 'New York 19:00-04:00 (09:00-18:00 at UTC+9)', fields: offers('19:00-04:00', 'America/New_York'), fires: 1, severity: 'medium' },
  { name: 'Chicago 20:00-05:00, zone from location', fields: offers('20:00 - 05:00', 'America/Chicago', 'location'), fires: 1, severity: 'medium' },
  { name: 'London 01:00-09:00 (09:00-17:00 at UTC+8)', fields: offers('01:00-09:00', 'Europe/London'), fires: 1, severity: 'medium' },
  { name: 'Chicago 18:00-03:00, two thirds at night', fields: offers('18:00-03:00', 'America/Chicago'), fires: 1, severity: 'low' },
  { name: 'a US candidate writing "Eastern", 19:00-04:00', fields: { location: { country: 'US', timezone: 'Eastern' }, availability: { hours: '19:00-04:00' } }, fires: 1, severity: 'medium' },
  // look-alikes
  { name: 'Chicago office day', fields: offers('09:00-17:00', 'America/Chicago'), fires: 0 },
  { name: 'Tokyo resident, Tokyo office day', fields: offers('09:00-18:00', 'Asia/Tokyo'), fires: 0 },
  { name: 'night owl, New York 14:00-23:00', fields: offers('14:00-23:00', 'America/New_York'), fires: 0 },
  { name: 'Los Angeles overnight 22:00-06:00 (not an office day at UTC+7..+10)', fields: offers('22:00-06:00', 'America/Los_Angeles'), fires: 0 },
  // The same hours, however written: Seoul's office day is 18:00-03:00 in Chicago, as if written so.
  { name: 'hours given in Seoul by a Chicago resident', fields: { location: { timezone: 'America/Chicago' }, availability: { hours: '09:00-18:00', timezone: 'Asia/Seoul' } }, fires: 1, severity: 'low' },
  { name: 'hours given in Shanghai by a New York resident', fields: { location: { timezone: 'America/New_York' }, availability: { hours: '09:00-18:00', timezone: 'Asia/Shanghai' } }, fires: 1, severity: 'medium' },
  { name: 'expat in Berlin, Berlin office day', fields: offers('08:00-16:30', 'Europe/Berlin'), fires: 0 },
  { name: 'a Filipino candidate writing "PST" (UTC+8), a Manila office day', fields: { location: { country: 'PH', timezone: 'PST' }, availability: { hours: '09:00-18:00' } }, fires: 0 },
  { name: 'a Manila resident offering US nights, written in New York time (a Manila office day)', fields: { location: { country: 'PH', timezone: 'Asia/Manila' }, availability: { hours: '21:00-05:00', timezone: 'America/New_York' } }, fires: 0 },
  { name: 'a Chicago resident offering a New York office day', fields: { location: { timezone: 'America/Chicago' }, availability: { hours: '09:00-17:00', timezone: 'America/New_York' } }, fires: 0 },
];

describe('timezone.offered-hours-at-night', () => {
  it.each(cases)('$name -> $fires', ({ fields, fires, severity }) => {
    const outcome = runCheck(check, fields);
    expect(countOf(outcome)).toBe(fires);
    if (severity) expect((outcome as Problem[])[0].severity).toBe(severity);
  });

  it('uses the offset of the run date: New York 20:00-05:00 is UTC+10 business hours in winter only', () => {
    // Winter: 20:00 EST = 01:00Z = 09:00 at UTC+8; summer: 20:00 EDT = 00:00Z = 08:00 at UTC+8.
    const winter = runCheck(check, offers('20:00-05:00', 'America/New_York'), { now: new Date('2026-01-15T12:00:00Z') });
    const summer = runCheck(check, offers('20:00-05:00', 'America/New_York'), { now: new Date('2026-07-15T12:00:00Z') });
    expect((winter as Problem[])[0].evidence).toContain('UTC-05:00');
    expect((summer as Problem[])[0].evidence).toContain('UTC-04:00');
  });

  it('shows the hours at the matching offset', () => {
    const [problem] = runCheck(check, offers('19:00-04:00', 'America/New_York')) as Problem[];
    expect(problem.evidence).toBe(
      'offers 19:00-04:00 in America/New_York (UTC-05:00 on 2026-11-26): 78% of it is night there (21:00-07:00), and it is 08:00-17:00 at UTC+08:00, 100% within business hours (08:00-18:00)',
    );
    expect(problem.path).toBe('$.availability.hours');
  });

  it('shows hours written in another zone as they fall where the candidate lives', () => {
    const [problem] = runCheck(check, { location: { timezone: 'America/New_York' }, availability: { hours: '09:00-18:00', timezone: 'Asia/Shanghai' } }) as Problem[];
    expect(problem.evidence).toBe(
      'offers 09:00-18:00 in Asia/Shanghai, which is 20:00-05:00 in America/New_York where the candidate lives (UTC-05:00 on 2026-11-26): 89% of it is night there (21:00-07:00), and it is 09:00-18:00 at UTC+08:00, 100% within business hours (08:00-18:00)',
    );
  });

  it('skips an unknown zone', () => {
    expect(countOf(runCheck(check, offers('19:00-04:00', 'Eastern')))).toBe('skip');
  });
});
