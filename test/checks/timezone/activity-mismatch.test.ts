import { describe, expect, it } from 'vitest';
import { check } from '../../../src/checks/timezone/activity-mismatch.js';
import { countOf, runCheck } from '../../helpers/factory.js';
import type { Problem } from '../../../src/types.js';

const repeat = <T>(value: T, n: number): T[] => Array.from({ length: n }, () => value);
const chicago = (activity: Record<string, unknown>) => ({ location: { timezone: 'America/Chicago', country: 'US' }, activity });
/** n timestamps on consecutive November 2026 days at the given local clock and offset. */
const stamps = (n: number, clock: string, offset: string) =>
  Array.from({ length: n }, (_, i) => `2026-11-${String(i + 1).padStart(2, '0')}T${clock}:00${offset}`);
/** Chicago, with logins the onboarding system recorded at the given moments (and no activity). */
const chicagoLogins = (at: string[]) => ({ location: { timezone: 'America/Chicago', country: 'US' }, network: { logins: at.map((moment) => ({ at: moment, ip: '203.0.113.7' })) } });

const cases = [
  // fires: offsets the claimed zone never uses
  { name: '5 commits at +0900 from Chicago', fields: chicago({ commitOffsets: repeat('+0900', 5) }), fires: 1, severity: 'low' },
  { name: '10 commits at +0900 from Chicago', fields: chicago({ commitOffsets: repeat('+0900', 10) }), fires: 1, severity: 'medium' },
  { name: '10 commits at +0900 from a US candidate who wrote "Central Time"', fields: { location: { timezone: 'Central Time', country: 'US' }, activity: { commitOffsets: repeat('+0900', 10) } }, fires: 1, severity: 'medium' },
  { name: '10 commits at -0600 from a US candidate who wrote "CST"', fields: { location: { timezone: 'CST', country: 'US' }, activity: { commitOffsets: repeat('-0600', 10) } }, fires: 0 },
  { name: '10 commits at +0800 from a Chinese candidate who wrote "CST"', fields: { location: { timezone: 'CST', country: 'CN' }, activity: { commitOffsets: repeat('+0800', 10) } }, fires: 0 },
  { name: '25 commits at +0900/+0800 from Chicago', fields: chicago({ commitOffsets: [...repeat('+0900', 20), ...repeat('+0800', 5)] }), fires: 1, severity: 'high' },
  { name: '25 commits at +0100 from Chicago: foreign, not UTC+8/+9', fields: chicago({ commitOffsets: repeat('+0100', 25) }), fires: 1, severity: 'medium' },
  // fires: a laptop farm, US offsets but worked at night there and by day at UTC+9
  { name: '20 Chicago-stamped times at 22:30 local', fields: chicago({ timestamps: stamps(20, '22:30', '-06:00') }), fires: 1, severity: 'medium' },
  { name: '12 Chicago-stamped times at 01:00 local', fields: chicago({ timestamps: stamps(12, '01:00', '-06:00') }), fires: 1, severity: 'low' },
  // fires: the distinct offsets a pipeline saw (the format's own example), every one UTC+8/+9
  { name: 'offsets listed once each, +0900 and +0800, from Chicago', fields: chicago({ commitOffsets: ['+0900', '+0800'] }), fires: 1, severity: 'low' },
  { name: '3 commits at +0900 from Chicago', fields: chicago({ commitOffsets: repeat('+0900', 3) }), fires: 1, severity: 'low' },
  { name: 'the format\'s example: one +09:00 time and offsets +0900, +0800', fields: chicago({ timestamps: ['2026-01-05T02:14:00+09:00'], commitOffsets: ['+0900', '+0800'] }), fires: 1, severity: 'low' },
  // fires twice: offsets and hours both
  { name: '20 times at 14:00+09:00 from Chicago', fields: chicago({ timestamps: stamps(20, '14:00', '+09:00') }), fires: 2 },
  // fires: logins by night in Chicago, by day at UTC+9 (a US laptop driven from Asia)
  { name: '12 logins at 04:00Z (22:00 in Chicago, 13:00 at UTC+9)', fields: chicagoLogins(stamps(12, '04:00', 'Z')), fires: 1, severity: 'low' },
  { name: '6 activity times and 6 other logins at night', fields: { ...chicagoLogins(stamps(6, '04:00', 'Z')), activity: { timestamps: stamps(6, '22:30', '-06:00').map((t) => t.replace('2026-11-', '2026-10-')) } }, fires: 1, severity: 'low' },
  // look-alikes
  { name: '20 logins at 16:00Z, the Chicago morning', fields: chicagoLogins(stamps(20, '16:00', 'Z')), fires: 0 },
  { name: '10 logins at night logged with a +09:00 clock: the log\'s offset is not counted', fields: chicagoLogins(stamps(10, '13:00', '+09:00')), fires: 1, severity: 'low' },
  { name: 'the same 6 night moments as activity and as logins: 6 times, too few', fields: { ...chicagoLogins(stamps(6, '22:00', '-06:00').map((t) => new Date(t).toISOString())), activity: { timestamps: stamps(6, '22:00', '-06:00') } }, fires: 0 },
  { name: 'Chicago resident, -0500 and -0600 mixed (DST)', fields: chicago({ commitOffsets: ['-0600', '-0500', '-0600', '-0500', '-0600', '-05:00'] }), fires: 0 },
  { name: 'Chicago times in July (-05:00) and November (-06:00)', fields: chicago({ timestamps: [...stamps(3, '10:00', '-06:00'), '2026-07-01T10:00:00-05:00', '2026-07-02T11:00:00-05:00'] }), fires: 0 },
  { name: 'Tokyo resident, commits at +0900', fields: { location: { timezone: 'Asia/Tokyo', country: 'JP' }, activity: { commitOffsets: repeat('+0900', 40) } }, fires: 0 },
  { name: 'Tokyo resident, working day in Tokyo', fields: { location: { timezone: 'Asia/Tokyo', country: 'JP' }, activity: { timestamps: stamps(25, '14:00', '+09:00') } }, fires: 0 },
  { name: 'expat in Berlin, commits at +0100/+0200', fields: { location: { timezone: 'Europe/Berlin', country: 'DE' }, activity: { commitOffsets: [...repeat('+0100', 6), ...repeat('+0200', 6)] } }, fires: 0 },
  { name: 'commits stamped in UTC by CI', fields: chicago({ commitOffsets: repeat('+0000', 30) }), fires: 0 },
  { name: 'times exported in UTC (Z) during the Chicago day', fields: chicago({ timestamps: stamps(20, '16:00', 'Z') }), fires: 0 },
  { name: 'a traveller: offsets -0600 and +0900 listed once each', fields: chicago({ commitOffsets: ['-0600', '+0900'] }), fires: 0 },
  { name: 'a move from Berlin: 3 commits at +0100', fields: chicago({ commitOffsets: repeat('+0100', 3) }), fires: 0 },
  { name: 'offsets +0900 and +0000 (a CI stamp is neutral): one informative offset', fields: chicago({ commitOffsets: ['+0900', '+0000'] }), fires: 0 },
  { name: 'a traveller: 2 of 10 commits at +0900', fields: chicago({ commitOffsets: [...repeat('-0600', 8), ...repeat('+0900', 2)] }), fires: 0 },
  { name: 'night owl: 3 late of 12 times', fields: chicago({ timestamps: [...stamps(3, '23:30', '-06:00'), ...stamps(9, '14:00', '-06:00')] }), fires: 0 },
  { name: 'night owl: 8 late times, a handful', fields: chicago({ timestamps: stamps(8, '23:00', '-06:00') }), fires: 0 },
];

describe('timezone.activity-mismatch', () => {
  it.each(cases)('$name -> $fires', ({ fields, fires, severity }) => {
    const outcome = runCheck(check, fields);
    expect(countOf(outcome)).toBe(fires);
    if (severity) expect((outcome as Problem[])[0].severity).toBe(severity);
  });

  it('does not judge one offset with fewer than five times', () => {
    expect(countOf(runCheck(check, { ...chicagoLogins(stamps(4, '04:00', 'Z')), activity: { commitOffsets: ['+0900'] } }))).toBe('skip');
  });

  it('is never high on fewer than 20 samples, whatever they show', () => {
    for (let n = 5; n < 20; n++) {
      const commits = runCheck(check, chicago({ commitOffsets: repeat('+0900', n) })) as Problem[];
      const times = runCheck(check, chicago({ timestamps: stamps(n, '14:00', '+09:00') })) as Problem[];
      expect(commits.length).toBe(1);
      expect([...commits, ...times].map((p) => p.severity)).not.toContain('high');
    }
  });

  it('counts 10 distinct night moments when 5 more logins join 5 activity times', () => {
    const night = stamps(10, '22:00', '-06:00');
    const logins = night.slice(5).map((t) => new Date(t).toISOString());
    const outcome = runCheck(check, { ...chicagoLogins(logins), activity: { timestamps: night.slice(0, 5) } }) as Problem[];
    expect(outcome.map((p) => p.evidence)).toEqual(['10 of 10 activity and login times fall at night in America/Chicago (21:00-07:00) and in business hours at UTC+08:00/UTC+09:00 (08:00-18:00)']);
  });

  it('says which offsets fit and which were seen', () => {
    const [problem] = runCheck(check, chicago({ commitOffsets: [...repeat('+0900', 8), ...repeat('+0800', 2)] })) as Problem[];
    expect(problem.evidence).toBe('10 of 10 offsets in commits and activity times do not fit America/Chicago, which uses -06:00, -05:00: +09:00 x8, +08:00 x2');
  });
});
