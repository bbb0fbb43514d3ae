import { describe, expect, it } from 'vitest';
import { check } from '../../../src/checks/timezone/unknown-zone.js';
import { countOf, runCheck } from '../../helpers/factory.js';

const cases = [
  // fires: nothing says which zone is meant
  { fields: { location: { timezone: 'PST' } }, fires: 1 }, // Pacific or Philippine: no country claimed
  { fields: { location: { timezone: 'PST', country: 'IN' } }, fires: 1 },
  { fields: { location: { timezone: 'UTC+05:30' } }, fires: 1 }, // no Etc zone keeps half hours
  { fields: { location: { timezone: 'Eastern Time' } }, fires: 1 }, // North American or Australian
  { fields: { availability: { timezone: 'Mars/Olympus_Mons' } }, fires: 1 },
  { fields: { location: { timezone: 'Asia/Pyongyang_' }, availability: { timezone: 'Asia/Pyongyang_' } }, fires: 1 },
  { fields: { location: { timezone: 'CST' }, availability: { timezone: 'UTC+5:45' } }, fires: 2 },
  // look-alikes: canonical names, aliases, legacy names, any case
  { fields: { location: { timezone: 'America/Chicago' } }, fires: 0 },
  { fields: { location: { timezone: 'US/Central' } }, fires: 0 },
  { fields: { location: { timezone: 'Asia/Calcutta' } }, fires: 0 },
  { fields: { location: { timezone: 'asia/tokyo' } }, fires: 0 },
  { fields: { location: { timezone: 'EST' } }, fires: 0 },
  { fields: { location: { timezone: 'UTC' }, availability: { timezone: 'Etc/GMT-9' } }, fires: 0 },
  // look-alikes: names people write, read as the claimed country's zone, a zone's city, a whole-hour offset
  { fields: { location: { timezone: 'PST', country: 'US' } }, fires: 0 },
  { fields: { location: { timezone: 'Eastern Time', country: 'US' } }, fires: 0 },
  { fields: { location: { timezone: '(UTC-06:00) Central Time (US & Canada)' } }, fires: 0 },
  { fields: { location: { timezone: 'KST' } }, fires: 0 },
  { fields: { location: { timezone: 'Seoul' } }, fires: 0 },
  { fields: { location: { timezone: 'UTC+9' }, availability: { timezone: 'GMT-5' } }, fires: 0 },
  // an offset of part of an hour that the claimed country keeps: its zone
  { fields: { location: { timezone: 'UTC+05:30', country: 'IN' } }, fires: 0 },
  { fields: { location: { timezone: 'GMT+5:45', country: 'NP' } }, fires: 0 },
  { fields: { location: { timezone: '(UTC+09:30)', country: 'AU' } }, fires: 0 },
  // ... and one it does not keep: still no zone
  { fields: { location: { timezone: 'UTC+05:30', country: 'US' } }, fires: 1 },
];

describe('timezone.unknown-zone', () => {
  it.each(cases)('$fields -> $fires', ({ fields, fires }) => {
    expect(countOf(runCheck(check, fields))).toBe(fires);
  });

  it('points at the field and says what the value looks like', () => {
    const outcome = runCheck(check, { availability: { timezone: 'UTC+05:30' } });
    expect(outcome).toEqual([{ path: '$.availability.timezone', evidence: expect.stringContaining('an offset of part of an hour') }]);
  });
});
