import { describe, expect, it } from 'vitest';
import { check } from '../../../src/checks/timezone/country-mismatch.js';
import { countOf, runCheck } from '../../helpers/factory.js';
import type { Problem } from '../../../src/types.js';
import { offsetAt } from '../../../src/util/tz.js';

const at = (timezone: string, country: string) => ({ location: { timezone, country } });

const cases = [
  // fires
  { fields: at('Asia/Seoul', 'US'), fires: 1, severity: 'medium' },
  { fields: at('Asia/Shanghai', 'GB'), fires: 1, severity: 'medium' },
  { fields: at('Etc/GMT-9', 'US'), fires: 1, severity: 'medium' },
  { fields: at('America/Toronto', 'US'), fires: 1, severity: 'low' },
  { fields: at('America/Los_Angeles', 'CA'), fires: 1, severity: 'low' },
  // names people write instead of IANA ones (rules/timezone-names.json), read for the claimed country
  { fields: at('KST', 'US'), fires: 1, severity: 'medium' },
  { fields: at('UTC+9', 'US'), fires: 1, severity: 'medium' },
  { fields: at('(UTC+08:00) Beijing, Chongqing, Hong Kong, Urumqi', 'US'), fires: 1, severity: 'medium' },
  // look-alikes: the zone is one of the country's, spelled any way the tz database allows
  { fields: at('America/Chicago', 'US'), fires: 0 },
  { fields: at('US/Central', 'US'), fires: 0 },
  { fields: at('america/new_york', 'us'), fires: 0 },
  { fields: at('Asia/Calcutta', 'IN'), fires: 0 },
  { fields: at('Asia/Tokyo', 'JP'), fires: 0 },
  { fields: at('Europe/Oslo', 'NO'), fires: 0 },
  { fields: at('Europe/Berlin', 'SE'), fires: 0 },
  { fields: at('America/Montreal', 'CA'), fires: 0 },
  { fields: at('Europe/Lisbon', 'PT'), fires: 0 },
  // generic clocks: UTC is a common default; EST is a clock the US keeps
  { fields: at('UTC', 'US'), fires: 0 },
  { fields: at('Etc/UTC', 'JP'), fires: 0 },
  { fields: at('EST', 'US'), fires: 0 },
  { fields: at('CST6CDT', 'US'), fires: 0 },
  // look-alikes among written names: an abbreviation is read as the claimed country's own
  { fields: at('PST', 'US'), fires: 0 },
  { fields: at('PST', 'PH'), fires: 0 }, // Philippine Standard Time
  { fields: at('CST', 'CN'), fires: 0 }, // China Standard Time
  { fields: at('CST', 'US'), fires: 0 },
  { fields: at('IST', 'IN'), fires: 0 },
  { fields: at('UTC+05:30', 'IN'), fires: 0 }, // read as Asia/Kolkata
  { fields: at('IST', 'IE'), fires: 0 },
  { fields: at('Eastern', 'US'), fires: 0 },
  { fields: at('Eastern Standard Time', 'AU'), fires: 0 },
  { fields: at('(UTC-06:00) Central Time (US & Canada)', 'US'), fires: 0 },
  { fields: at('GMT-5', 'US'), fires: 0 },
  { fields: at('Seoul', 'KR'), fires: 0 },
];

/**
 * "Today" for the table: a year back, whose rules no later tzdata changes. The check reads the
 * machine's tz database, and its rules for the present move: in 2026 British Columbia kept -07
 * all year, so America/Los_Angeles stopped sharing a clock with any Canadian zone in November.
 */
const NOW = new Date('2025-11-26T12:00:00Z');

describe('timezone.country-mismatch', () => {
  it.each(cases)('$fields.location -> $fires', ({ fields, fires, severity }) => {
    const outcome = runCheck(check, fields, { now: NOW });
    expect(countOf(outcome)).toBe(fires);
    if (severity) expect((outcome as Problem[])[0].severity).toBe(severity);
  });

  it('does not judge a zone it cannot read: an abbreviation no zone of the claimed country has, an offset of half an hour it does not keep', () => {
    expect(countOf(runCheck(check, at('CST', 'IN')))).toBe('skip');
    expect(countOf(runCheck(check, at('UTC+05:30', 'US')))).toBe('skip');
  });

  it('says what the candidate wrote beside the zone it read', () => {
    const [problem] = runCheck(check, at('KST', 'US'), { now: NOW }) as Problem[];
    expect(problem.evidence).toMatch(/^Asia\/Seoul \(written "KST"\) is a zone of KR, not of US/);
  });

  it("judges by the clocks of the present, as the machine's tz database gives them", () => {
    // British Columbia moved to permanent -07 on 2026-03-09 (tzdata of April 2026): by November, Los Angeles at -08 kept no Canadian clock.
    const after = runCheck(check, at('America/Los_Angeles', 'CA'), { now: new Date('2026-11-26T12:00:00Z') }) as Problem[];
    expect(after[0].severity).toBe(offsetAt('America/Vancouver', new Date('2026-11-26T12:00:00Z')) === -420 ? 'medium' : 'low');
  });

  it('names both countries in the evidence', () => {
    const [problem] = runCheck(check, at('Asia/Seoul', 'US')) as Problem[];
    expect(problem.evidence).toMatch(/Asia\/Seoul is a zone of KR, not of US/);
    expect(problem.path).toBe('$.location.timezone');
  });
});
