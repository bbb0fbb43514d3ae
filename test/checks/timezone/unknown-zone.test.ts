import { describe, expect, it } from 'vitest';
import { check } from '../../../src/checks/timezone/unknown-zone.js';
import { countOf, runCheck } from '../../helpers/factory.js';

const cases = [
  // fires: not names of the tz database
  { fields: { location: { timezone: 'PST' } }, fires: 1 },
  { fields: { location: { timezone: 'UTC+9' } }, fires: 1 },
  { fields: { location: { timezone: 'Eastern Time' } }, fires: 1 },
  { fields: { availability: { timezone: 'Mars/Olympus_Mons' } }, fires: 1 },
  { fields: { location: { timezone: 'Asia/Pyongyang_' }, availability: { timezone: 'Asia/Pyongyang_' } }, fires: 1 },
  { fields: { location: { timezone: 'CST' }, availability: { timezone: 'GMT+8' } }, fires: 2 },
  // look-alikes: canonical names, aliases, legacy names, any case
  { fields: { location: { timezone: 'America/Chicago' } }, fires: 0 },
  { fields: { location: { timezone: 'US/Central' } }, fires: 0 },
  { fields: { location: { timezone: 'Asia/Calcutta' } }, fires: 0 },
  { fields: { location: { timezone: 'asia/tokyo' } }, fires: 0 },
  { fields: { location: { timezone: 'EST' } }, fires: 0 },
  { fields: { location: { timezone: 'UTC' }, availability: { timezone: 'Etc/GMT-9' } }, fires: 0 },
];

describe('timezone.unknown-zone', () => {
  it.each(cases)('$fields -> $fires', ({ fields, fires }) => {
    expect(countOf(runCheck(check, fields))).toBe(fires);
  });

  it('points at the field and says what the value looks like', () => {
    const outcome = runCheck(check, { availability: { timezone: 'UTC+9' } });
    expect(outcome).toEqual([{ path: '$.availability.timezone', evidence: expect.stringContaining('bare UTC offset') }]);
  });
});
