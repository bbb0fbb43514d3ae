import { describe, expect, it } from 'vitest';
import { resumeFacts } from '../../src/resume/extract.js';

const resume = `Jordan Ellis
Senior Software Engineer
Austin, TX 78751 | jordan.ellis@example.com | (512) 555-0147 | github.com/jellis
https://www.linkedin.com/in/jordan-ellis-12ab/

Experience
Acme Corp, London, United Kingdom    2015-2019 - 2021
Globex, Remote (2019 - 2024), reached at +44 20 7946 0958

References
Pat Lee, pat.lee@initech.com, +1 415 555 0100
`;

describe('resumeFacts', () => {
  const facts = resumeFacts(resume, 'US');

  it('finds the candidate’s own emails and phones, not the referees’', () => {
    expect(facts.emails).toEqual(['jordan.ellis@example.com']);
    expect(facts.phones.map((p) => p.e164)).toEqual(['+15125550147', '+442079460958']);
  });

  it('reads year ranges as years, not phone numbers', () => {
    const onlyYears = resumeFacts('Acme 2015 - 2019\nGlobex 2019-2024\nInitech 20152019', 'US');
    expect(onlyYears.phones).toEqual([]);
  });

  it('finds links with and without a scheme, once each', () => {
    expect(facts.urls).toEqual(['https://www.linkedin.com/in/jordan-ellis-12ab/', 'github.com/jellis']);
  });

  it('reads the header location, not the places of past jobs', () => {
    expect(facts.locations).toEqual([{ raw: 'Austin, TX 78751', readings: [{ city: 'Austin', region: 'TX', country: 'US' }] }]);
  });

  it('reads a labelled location and keeps every reading of an ambiguous one', () => {
    const labelled = resumeFacts('Jordan Ellis\n\nSummary\nEngineer.\nLocation: Kyiv, Ukraine', 'US');
    expect(labelled.locations).toEqual([{ raw: 'Kyiv, Ukraine', readings: [{ city: 'Kyiv', country: 'UA' }] }]);
    const ambiguous = resumeFacts('Jordan Ellis\nAtlanta, Georgia\nChennai, IN', 'US');
    expect(ambiguous.locations.map((l) => l.readings.map((r) => r.country))).toEqual([['GE', 'US'], ['US', 'IN']]);
  });

  it('does not take a job title or a name for a place', () => {
    expect(resumeFacts('Jordan Ellis\nSenior Engineer, Google\nRemote', 'US').locations).toEqual([]);
  });
});
