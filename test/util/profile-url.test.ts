import { describe, expect, it } from 'vitest';
import { parseProfileUrl, profileKey } from '../../src/util/profile-url.js';

const sameProfile = [
  ['https://github.com/jellis', 'github.com/JEllis/', 'http://www.github.com/jellis?tab=repositories', 'https://github.com/jellis/vet', 'https://m.github.com/jellis#readme'],
  ['https://x.com/jellis', 'https://m.twitter.com/JEllis?s=20', 'twitter.com/@jellis', 'https://mobile.twitter.com/jellis/status/1'],
  ['https://www.linkedin.com/in/jordan-ellis-12ab/', 'https://uk.linkedin.com/in/Jordan-Ellis-12ab/?originalSubdomain=uk', 'linkedin.com/in/jordan-ellis-12ab?trk=public_profile', 'https://m.linkedin.com/in/jordan-ellis-12ab'],
  ['https://stackoverflow.com/users/12345/jordan-ellis', 'https://stackoverflow.com/users/12345/jordan-ellis?tab=profile', 'https://stackoverflow.com/u/12345'],
  ['https://gitlab.com/jellis', 'https://gitlab.com/JEllis/project'],
  ['https://jordanellis.dev', 'https://www.JordanEllis.dev/', 'jordanellis.dev/index.html?utm_source=x&fbclid=abc', 'http://jordanellis.dev/'],
];

const invalid = [
  ['htp:/github', 'not a web address'],
  ['javascript:alert(1)', 'not a web address'],
  ['mailto:jordan@example.com', 'not a web address'],
  ['not a url', 'contains spaces'],
  ['https://localhost/x', 'not a domain name'],
  ['github.com', 'names no account'],
  ['https://github.com/settings/profile', 'names no account'],
  ['https://github.com/-bad-', 'not a valid GitHub user name'],
  ['https://linkedin.com/company/acme', 'company page'],
  ['https://www.linkedin.com/feed/', 'names no profile'],
  ['https://stackoverflow.com/questions/1', 'names no user'],
  ['https://user:pw@github.com/jellis', 'user name or password'],
  ['https://x.com/this_handle_is_far_too_long', 'not a valid X user name'],
];

describe('parseProfileUrl', () => {
  it.each(sameProfile)('spellings of one profile share a key: %s', (...spellings) => {
    const keys = spellings.map(profileKey);
    expect(keys[0]).toBeDefined();
    expect(new Set(keys).size).toBe(1);
  });

  it('different profiles keep different keys', () => {
    const keys = sameProfile.map((spellings) => profileKey(spellings[0]));
    expect(new Set(keys).size).toBe(sameProfile.length);
    expect(profileKey('https://github.com/jellis')).not.toBe(profileKey('https://gitlab.com/jellis'));
    expect(profileKey('https://jordanellis.dev/blog')).not.toBe(profileKey('https://jordanellis.dev/'));
  });

  it.each(invalid)('%s does not parse: %s', (raw, reason) => {
    const parsed = parseProfileUrl(raw);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? '' : parsed.reason).toContain(reason);
  });

  it('recognises the site and the handle', () => {
    const cases: [string, string, string | undefined][] = [
      ['https://github.com/jellis', 'github', 'jellis'],
      ['https://gitlab.com/jellis', 'gitlab', 'jellis'],
      ['https://twitter.com/jellis', 'x', 'jellis'],
      ['https://linkedin.com/in/jordan-ellis', 'linkedin', 'jordan-ellis'],
      // A member id, as exports give a profile: a profile, but no handle anyone chose.
      ['https://www.linkedin.com/in/ACoAABcd1234EfGh', 'linkedin', undefined],
      ['https://gist.github.com/jellis', 'github', 'jellis'],
      ['https://stackoverflow.com/users/12345/jordan-ellis', 'stackoverflow', 'jordan-ellis'],
      ['https://jordanellis.dev', 'site', undefined],
    ];
    for (const [raw, site, handle] of cases) {
      const parsed = parseProfileUrl(raw);
      expect(parsed.ok && [parsed.profile.site, parsed.profile.handle]).toEqual([site, handle]);
    }
  });

  it('reads a gist page as its owner\'s GitHub account, and a gist as under it', () => {
    expect(profileKey('https://gist.github.com/jellis')).toBe(profileKey('https://github.com/jellis'));
    const gist = parseProfileUrl('https://gist.github.com/jellis/4f2a9c');
    expect(gist.ok && [gist.profile.key, gist.profile.underAccount]).toEqual(['github:jellis', true]);
  });

  it('normalises the URL it returns', () => {
    const parsed = parseProfileUrl('HTTP://WWW.GitHub.com/JEllis/?utm_source=cv');
    expect(parsed.ok && parsed.profile.url).toBe('https://github.com/jellis');
    const site = parseProfileUrl('https://www.JordanEllis.dev/Blog/?b=2&utm_medium=x&a=1');
    expect(site.ok && site.profile.url).toBe('https://jordanellis.dev/Blog?a=1&b=2');
  });

  it('decodes a non-ASCII LinkedIn vanity name, so encoded and plain spellings match', () => {
    expect(profileKey('https://www.linkedin.com/in/j%C3%B6rdan')).toBe(profileKey('https://linkedin.com/in/jördan'));
  });
});
