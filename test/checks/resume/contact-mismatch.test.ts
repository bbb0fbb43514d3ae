import { describe, expect, it } from 'vitest';
import { check } from '../../../src/checks/resume/contact-mismatch.js';
import { countOf, runCheck } from '../../helpers/factory.js';

const candidate = { email: 'jordan.ellis@gmail.com', phone: '+1 512 555 0147', location: { country: 'US' } };
const withResume = (text: string, extra: Record<string, unknown> = {}) => ({ ...candidate, ...extra, resume: { text } });

const cases = [
  { name: 'another email instead of the own', fields: withResume('Jordan Ellis\nkevin.wu.dev@outlook.com'), fires: 1 },
  { name: 'another phone instead of the own', fields: withResume('Jordan Ellis\n(415) 555-0199'), fires: 1 },
  { name: 'a foreign phone and another email', fields: withResume('Jordan Ellis | jordan.dev@proton.me | +86 139 1099 8765'), fires: 2 },
  { name: 'a second email beside the own', fields: withResume('Jordan Ellis\njordan.ellis@gmail.com\njellis@initech.com'), fires: 1 },
  // Look-alikes.
  { name: 'the same contacts in other spellings', fields: withResume('Jordan Ellis\nJordanEllis@gmail.com | 512.555.0147'), fires: 0 },
  { name: 'contacts of references are not the candidate’s', fields: withResume('Jordan Ellis\njordan.ellis@gmail.com\n\nReferences\nPat Lee pat@initech.com +1 415 555 0100'), fires: 0 },
  { name: 'a resume with no contacts', fields: withResume('Jordan Ellis\nBackend engineer since 2015'), fires: 0 },
  { name: 'the application gives an extension, the resume the number', fields: withResume('Jordan Ellis\n+1 512 555 0147', { phone: '+1 512 555 0147 ext. 12' }), fires: 0 },
  { name: 'the application pasted its email with a display name', fields: withResume('Jordan Ellis\njordan.ellis@gmail.com', { email: 'Jordan Ellis <jordan.ellis@gmail.com>' }), fires: 0 },
  { name: 'year ranges are not phones', fields: withResume('Acme 2015 - 2019\nGlobex 2019-2024'), fires: 0 },
  { name: 'a template placeholder is left to resume.template-text', fields: withResume('Jordan Ellis\nyou@example.com'), fires: 0 },
];

describe('resume.contact-mismatch', () => {
  it.each(cases)('$name -> $fires', ({ fields, fires }) => {
    expect(countOf(runCheck(check, fields))).toBe(fires);
  });

  it('a second address beside the own is low; contacts that replace it are medium', () => {
    const beside = runCheck(check, withResume('jordan.ellis@gmail.com jellis@initech.com'));
    const instead = runCheck(check, withResume('kevin.wu.dev@outlook.com'));
    expect('skip' in beside ? null : beside[0].severity).toBe('low');
    expect('skip' in instead ? null : instead[0].severity).toBe('medium');
  });

  // An address whose mailbox carries both of the candidate's names is most likely their own older one.
  it.each([
    ['ellis.jordan.dev@outlook.com', 'low'],
    ['jordanellis1990@yahoo.com', 'low'],
    ['jordan.dev@proton.me', 'medium'],
    ['ellis.consulting@outlook.com', 'medium'],
    ['kevin.wu.dev@outlook.com', 'medium'],
  ])('instead of the own: %s is %s', (email, severity) => {
    const outcome = runCheck(check, { ...withResume(`Jordan Ellis\n${email}`), name: 'Jordan Ellis' });
    expect('skip' in outcome ? null : outcome.map((p) => p.severity)).toEqual([severity]);
  });

  it("says when the resume's address carries the candidate's name", () => {
    const outcome = runCheck(check, { ...withResume('Jordan Ellis\njordan.ellis.dev@outlook.com'), name: 'Jordan Ellis' });
    expect('skip' in outcome ? null : outcome[0].evidence).toBe("resume gives email j•••@outlook.com (its mailbox name is the candidate's); the application gives j•••@gmail.com");
  });

  it('names the foreign number’s country and masks both', () => {
    const outcome = runCheck(check, withResume('+1 512 555 0147 / +86 139 1099 8765'));
    expect('skip' in outcome ? null : outcome.map((p) => [p.severity, p.evidence])).toEqual([
      ['medium', "resume gives phone +86 •••65; the application gives +1 •••47 (a CN number; the application's is US)"],
    ]);
  });
});
