import { describe, expect, it } from 'vitest';
import { check } from '../../../src/checks/timezone/country-mismatch.js';
import { countOf, runCheck } from '../../helpers/factory.js';
import type { Problem } from '../../../src/types.js';

const at = (timezone: string, country: string) => ({ location: { timezone, country } });

const cases = [
  // fires
  { fields: at('Asia/Seoul', 'US'), fires: 1, severity: 'medium' },
  { fields: at('Asia/Shanghai', 'GB'), fires: 1, severity: 'medium' },
  { fields: at('Etc/GMT-9', 'US'), fires: 1, severity: 'medium' },
  { fields: at('America/Toronto', 'US'), fires: 1, severity: 'low' },
  { fields: at('America/Los_Angeles', 'CA'), fires: 1, severity: 'low' },
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
];

describe('timezone.country-mismatch', () => {
  it.each(cases)('$fields.location -> $fires', ({ fields, fires, severity }) => {
    const outcome = runCheck(check, fields);
    expect(countOf(outcome)).toBe(fires);
    if (severity) expect((outcome as Problem[])[0].severity).toBe(severity);
  });

  it('does not judge a zone it does not know', () => {
    expect(countOf(runCheck(check, at('UTC+9', 'US')))).toBe('skip');
  });

  it('names both countries in the evidence', () => {
    const [problem] = runCheck(check, at('Asia/Seoul', 'US')) as Problem[];
    expect(problem.evidence).toMatch(/Asia\/Seoul is a zone of KR, not of US/);
    expect(problem.path).toBe('$.location.timezone');
  });
});
