import { describe, expect, it } from 'vitest';
import { check as invalidUrl } from '../../../src/checks/profile/invalid-url.js';
import { check as nameMismatch } from '../../../src/checks/profile/name-mismatch.js';
import { check as thin } from '../../../src/checks/profile/thin.js';
import { check as youngAccount } from '../../../src/checks/profile/young-account.js';
import { countOf, runCheck } from '../../helpers/factory.js';

// FIXED_NOW is 2026-11-26. The factory's candidate is Jordan Ellis.
const senior = { workHistory: [{ employer: 'Acme', title: 'Senior Software Engineer', start: '2014-03', end: 'present' }] };
const newGraduate = { workHistory: [{ employer: 'Acme', title: 'Software Engineer', start: '2025-09', end: 'present' }], education: [{ institution: 'State U', end: '2025' }] };
const midLevel = { workHistory: [{ employer: 'Acme', title: 'Software Engineer', start: '2022-01', end: 'present' }] };
const profile = (url: string, fields: Record<string, unknown> = {}) => ({ url, ...fields });

const youngCases = [
  { name: 'senior with a GitHub made two months ago', fields: { resume: senior, profiles: [profile('https://github.com/jellis', { createdAt: '2026-09-20' })] }, fires: 1 },
  { name: 'senior with a new LinkedIn and a new GitHub', fields: { resume: senior, profiles: [profile('https://linkedin.com/in/jordan-ellis', { createdAt: '2026-06' }), profile('https://github.com/jellis', { createdAt: '2026-01-05' })] }, fires: 2 },
  { name: 'made 18 months ago, 10 years into the career', fields: { resume: senior, profiles: [profile('https://github.com/jellis', { createdAt: '2025-05-01' })] }, fires: 1 },
  { name: 'skill years count as experience', fields: { resume: { skills: [{ name: 'Go', years: 7 }] }, profiles: [profile('https://github.com/jellis', { createdAt: '2026-10' })] }, fires: 1 },
  // Look-alikes.
  { name: 'a new graduate with a new account', fields: { resume: newGraduate, profiles: [profile('https://github.com/jellis', { createdAt: '2026-08-01' })] }, fires: 0 },
  { name: 'a senior with an old account', fields: { resume: senior, profiles: [profile('https://github.com/jellis', { createdAt: '2012-04-01' })] }, fires: 0 },
  { name: 'a senior who joined GitHub years ago, after starting work', fields: { resume: senior, profiles: [profile('https://github.com/jellis', { createdAt: '2020-02' })] }, fires: 0 },
  { name: 'mid-level with an account from 18 months ago', fields: { resume: midLevel, profiles: [profile('https://github.com/jellis', { createdAt: '2025-05-01' })] }, fires: 0 },
  { name: 'no creation date', fields: { resume: senior, profiles: ['https://github.com/jellis'] }, fires: 0 },
  { name: 'a creation date in the future is a data error, not youth', fields: { resume: senior, profiles: [profile('https://github.com/jellis', { createdAt: '2027-01-01' })] }, fires: 0 },
];

const thinCases = [
  { name: 'senior with 12 LinkedIn connections', fields: { resume: senior, profiles: [profile('https://linkedin.com/in/jordan-ellis', { connections: 12 })] }, fires: 1 },
  { name: 'twelve years and no GitHub followers (info)', fields: { resume: senior, profiles: [profile('https://github.com/jellis', { followers: 0 })] }, fires: 1 },
  // Look-alikes.
  { name: 'a new graduate with few connections', fields: { resume: newGraduate, profiles: [profile('https://linkedin.com/in/jordan-ellis', { connections: 8 })] }, fires: 0 },
  { name: 'senior with a real network', fields: { resume: senior, profiles: [profile('https://linkedin.com/in/jordan-ellis', { connections: 480 })] }, fires: 0 },
  { name: 'senior with a private GitHub (a few followers)', fields: { resume: senior, profiles: [profile('https://github.com/jellis', { followers: 2, createdAt: '2013-05-01' })] }, fires: 0 },
  { name: 'mid-level with no followers', fields: { resume: midLevel, profiles: [profile('https://github.com/jellis', { followers: 0 })] }, fires: 0 },
];

const nameCases = [
  { name: 'a handle unrelated to the name', fields: { profiles: ['https://github.com/cooldev1337'] }, fires: 1 },
  { name: 'another person’s LinkedIn vanity name', fields: { profiles: ['https://linkedin.com/in/kevin-wu-8812'] }, fires: 1 },
  { name: 'handle and display name both unrelated', fields: { profiles: [profile('https://x.com/nightcoder', { name: 'Kevin Wu' })] }, fires: 1 },
  { name: 'a personal domain of someone else', fields: { profiles: ['https://kevinwu.dev'] }, fires: 1 },
  { name: 'a gist of someone else', fields: { profiles: ['https://gist.github.com/cooldev1337'] }, fires: 1 },
  // Look-alikes.
  { name: 'initial and surname', fields: { profiles: ['https://github.com/jellis'] }, fires: 0 },
  { name: 'a LinkedIn member id, which no one chose', fields: { profiles: ['https://www.linkedin.com/in/ACoAABcd1234EfGh'] }, fires: 0 },
  { name: 'the candidate\'s own gist page', fields: { profiles: ['https://gist.github.com/jellis'] }, fires: 0 },
  { name: 'first name and a suffix', fields: { profiles: ['https://github.com/JordanCodes'] }, fires: 0 },
  { name: 'LinkedIn vanity with a number', fields: { profiles: ['https://linkedin.com/in/jordan-ellis-12ab'] }, fires: 0 },
  { name: 'initials only', fields: { profiles: ['https://x.com/je'] }, fires: 0 },
  { name: 'a personal domain and a github.io page', fields: { profiles: ['https://jordanellis.co.uk', 'https://jellis.github.io/'] }, fires: 0 },
  { name: 'a nickname handle but the display name matches', fields: { profiles: [profile('https://github.com/nightcoder', { name: 'Jordan Ellis' })] }, fires: 0 },
  { name: 'a handle matching an alias', fields: { aliases: ['J. Morgan'], profiles: ['https://github.com/jmorgan'] }, fires: 0 },
  { name: 'a diacritic in the name', fields: { name: 'José Álvarez', profiles: ['https://github.com/jalvarez'] }, fires: 0 },
  { name: 'a name in a non-Latin script cannot be compared', fields: { name: 'Олена Коваленко', profiles: ['https://github.com/okoval'] }, fires: 0 },
  { name: 'a link that does not parse is profile.invalid-url’s', fields: { profiles: ['not a url'] }, fires: 0 },
];

const invalidCases = [
  { name: 'not a URL', fields: { profiles: ['not a url', 'javascript:alert(1)'] }, fires: 2 },
  { name: 'a site with no account', fields: { profiles: ['https://github.com/', 'https://linkedin.com/company/acme'] }, fires: 2 },
  // Look-alikes.
  { name: 'bare host and path', fields: { profiles: ['github.com/jellis', 'www.linkedin.com/in/jordan-ellis/'] }, fires: 0 },
  { name: 'a personal site', fields: { profiles: ['https://jordanellis.dev'] }, fires: 0 },
];

describe('profile.*', () => {
  it.each(youngCases)('profile.young-account: $name -> $fires', ({ fields, fires }) => {
    expect(countOf(runCheck(youngAccount, fields))).toBe(fires);
  });
  it.each(thinCases)('profile.thin: $name -> $fires', ({ fields, fires }) => {
    expect(countOf(runCheck(thin, fields))).toBe(fires);
  });
  it.each(nameCases)('profile.name-mismatch: $name -> $fires', ({ fields, fires }) => {
    expect(countOf(runCheck(nameMismatch, fields))).toBe(fires);
  });
  it.each(invalidCases)('profile.invalid-url: $name -> $fires', ({ fields, fires }) => {
    expect(countOf(runCheck(invalidUrl, fields))).toBe(fires);
  });

  it('young-account leaves a GitHub profile to the online check when the API answered for it', () => {
    const fields = { resume: senior, profiles: [profile('https://github.com/jellis', { createdAt: '2026-09-20' })] };
    const gathered = { online: { github: { provider: 'github', username: 'jellis', path: '$.profiles[0]', createdAt: '2026-09-20T00:00:00Z', commits: [] } } };
    expect(countOf(runCheck(youngAccount, fields, { gathered }))).toBe(0);
  });

  it('profile.thin is at most low: no followers is only informational', () => {
    const outcome = runCheck(thin, { resume: senior, profiles: [profile('https://linkedin.com/in/jordan-ellis', { connections: 3 }), profile('https://github.com/jellis', { followers: 0 })] });
    expect('skip' in outcome ? null : outcome.map((p) => p.severity ?? thin.severity)).toEqual(['low', 'info']);
  });
});
