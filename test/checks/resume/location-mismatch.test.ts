import { describe, expect, it } from 'vitest';
import { check } from '../../../src/checks/resume/location-mismatch.js';
import { countOf, runCheck } from '../../helpers/factory.js';

const austin = { location: { city: 'Austin', region: 'TX', country: 'US' } };
const withResume = (text: string, claim: Record<string, unknown> = austin) => ({ ...claim, resume: { text } });

const cases = [
  { name: 'labelled location in another country', fields: withResume('Jordan Ellis\nSummary\nBackend engineer.\nLocation: Shenyang, China'), fires: 1 },
  { name: 'header city in another country', fields: withResume('Jordan Ellis | Kyiv, Ukraine | jordan@example.com'), fires: 1 },
  { name: 'header city in another US state', fields: withResume('Jordan Ellis\nPhoenix, AZ 85001\nExperience\nAcme'), fires: 1 },
  { name: 'two places, both elsewhere', fields: withResume('Jordan Ellis\nVladivostok, Russia\nLocation: Dandong, China'), fires: 2 },
  { name: 'claim from the home address', fields: withResume('Jordan Ellis\nLagos, Nigeria', { addresses: { home: { city: 'Leeds', country: 'GB' } } }), fires: 1 },
  // Look-alikes.
  { name: 'same city', fields: withResume('Jordan Ellis\nAustin, TX 78751\nExperience'), fires: 0 },
  { name: 'a suburb in the same state', fields: withResume('Jordan Ellis\nRound Rock, Texas, USA'), fires: 0 },
  { name: 'past jobs abroad are not where the candidate lives', fields: withResume('Jordan Ellis\nAustin, TX\n\nExperience\nAcme, London, United Kingdom, 2015-2019'), fires: 0 },
  { name: 'Atlanta, Georgia is not the country Georgia', fields: withResume('Jordan Ellis\nAtlanta, Georgia', { location: { country: 'US' } }), fires: 0 },
  { name: 'Chennai, IN for someone claiming India', fields: withResume('Jordan Ellis\nChennai, IN', { location: { country: 'IN' } }), fires: 0 },
  { name: 'Remote is no place', fields: withResume('Jordan Ellis\nRemote\nOpen to relocation'), fires: 0 },
  { name: 'a job title with a company', fields: withResume('Jordan Ellis\nSenior Engineer, Google'), fires: 0 },
  // Resumes without section headings: the header runs into the history, which is no place of residence.
  { name: 'a dated job abroad in the first lines', fields: withResume('Jordan Ellis\nAustin, TX\nSenior Engineer, Acme Corp, Bangalore, India (2015-2019)'), fires: 0 },
  { name: 'a school abroad in the first lines', fields: withResume('Jordan Ellis | Austin, TX\nB.S., Seoul National University, Seoul, South Korea'), fires: 0 },
  { name: 'a move the resume announces', fields: withResume('Jordan Ellis\nRelocating to Austin, TX from Toronto, Canada'), fires: 0 },
];

describe('resume.location-mismatch', () => {
  it.each(cases)('$name -> $fires', ({ fields, fires }) => {
    expect(countOf(runCheck(check, fields))).toBe(fires);
  });

  it('another country is medium, another state low', () => {
    const country = runCheck(check, withResume('Jordan Ellis\nKyiv, Ukraine'));
    const state = runCheck(check, withResume('Jordan Ellis\nPhoenix, AZ'));
    expect('skip' in country ? null : country[0].severity).toBe('medium');
    expect('skip' in state ? null : state[0].severity).toBe('low');
  });

  it('reads the extracted file text when the resume is a file', () => {
    const fields = { ...austin, resume: { file: 'cv.pdf' } };
    const gathered = { resume: { text: 'Jordan Ellis\nLocation: Kyiv, Ukraine', file: 'cv.pdf' } };
    expect(countOf(runCheck(check, fields, { gathered }))).toBe(1);
    expect(runCheck(check, fields, { gathered: { resume: { text: '', file: 'cv.pdf', error: 'encrypted PDF' } } })).toEqual({ skip: 'resume file cv.pdf could not be read: encrypted PDF' });
  });
});
