// The online checks on gathered answers: cases that fire, look-alikes that must not.

import { describe, expect, it } from 'vitest';
import { check as locationMismatch } from '../../src/checks/network/location-mismatch.js';
import { check as commitOffsets } from '../../src/checks/profile/github-commit-offsets.js';
import { check as createdAfter } from '../../src/checks/profile/github-created-after-commits.js';
import { check as accountAge } from '../../src/checks/profile/github-account-age.js';
import type { GithubLookup, OnlineEvidence } from '../../src/types.js';
import { countOf, dossier, runCheck } from '../helpers/factory.js';
import { githubUsername } from '../../src/online/github-username.js';
import { githubProfile } from '../../src/online/index.js';
import { patchDate } from '../../src/online/providers/github.js';

const home = { location: { country: 'US', timezone: 'America/Chicago' }, network: { ipAddresses: ['198.51.100.23'] } };
const ip = (answer: Record<string, unknown>): OnlineEvidence => ({ ip: { '198.51.100.23': { provider: 'ipinfo', ...answer } } });
const github = (fields: Partial<GithubLookup>): OnlineEvidence => ({
  github: { provider: 'github', username: 'jellis', path: '$.profiles[0]', createdAt: '2026-06-02T08:11:40.000Z', commits: [], ...fields },
});
const profile = { profiles: ['https://github.com/jellis'], resume: { workHistory: [{ start: '2015-01' }] } };
const at = (iso: string, offset: string) => ({ at: iso, offset });

const cases = [
  { check: locationMismatch, fields: home, online: ip({ country: 'CN', city: 'Shenyang' }), fires: 1 },
  { check: locationMismatch, fields: home, online: ip({ country: 'US', timezone: 'America/Los_Angeles' }), fires: 1 },
  // Look-alikes: same place, a VPN exit abroad (network.vpn's business), a neighbouring zone.
  { check: locationMismatch, fields: home, online: ip({ country: 'US', timezone: 'America/Chicago' }), fires: 0 },
  { check: locationMismatch, fields: home, online: ip({ country: 'NL', vpn: true }), fires: 0 },
  { check: locationMismatch, fields: home, online: ip({ country: 'US', timezone: 'America/Denver' }), fires: 0 },
  { check: locationMismatch, fields: home, online: { failed: { ip: 'ipinfo: HTTP 500' } }, fires: 'skip' },
  { check: locationMismatch, fields: { ...home, location: { country: 'US', timezone: 'Central Time' } }, online: ip({ country: 'US', timezone: 'America/Los_Angeles' }), fires: 1 },
  { check: locationMismatch, fields: { ...home, location: { country: 'US', timezone: 'Central Time' } }, online: ip({ country: 'US', timezone: 'America/Chicago' }), fires: 0 },
  { check: commitOffsets, fields: { ...profile, location: { timezone: 'America/Chicago' } }, online: github({ commits: [at('2026-11-20T03:10:02.000Z', '+0900')] }), fires: 1 },
  { check: commitOffsets, fields: { ...profile, location: { timezone: 'America/Chicago' } }, online: github({ commits: [at('2026-07-20T15:00:00.000Z', '-0500'), at('2026-11-20T15:00:00.000Z', '-0600')] }), fires: 0 },
  { check: commitOffsets, fields: { ...profile, location: { country: 'US' } }, online: github({ commits: [at('2026-11-20T15:00:00.000Z', '-0800')] }), fires: 0 },
  // The zone as people write it: "Central" for a US candidate is Chicago; a name vet cannot read falls back to the country's zones.
  { check: commitOffsets, fields: { ...profile, location: { timezone: 'Central', country: 'US' } }, online: github({ commits: [at('2026-11-20T15:00:00.000Z', '-0600')] }), fires: 0 },
  { check: commitOffsets, fields: { ...profile, location: { timezone: 'Central', country: 'US' } }, online: github({ commits: [at('2026-11-20T03:10:02.000Z', '+0900')] }), fires: 1 },
  { check: commitOffsets, fields: { ...profile, location: { timezone: 'Central Pacific Mountain', country: 'US' } }, online: github({ commits: [at('2026-11-20T15:00:00.000Z', '-0800')] }), fires: 0 },
  { check: commitOffsets, fields: { ...profile, location: { country: 'US' } }, online: github({ commits: [at('2026-11-20T15:00:00.000Z', '+0000')] }), fires: 'skip' },
  { check: createdAfter, fields: profile, online: github({ commits: [at('2019-06-04T01:00:00.000Z', '+0900')] }), fires: 1 },
  { check: createdAfter, fields: profile, online: github({ commits: [at('2026-05-20T01:00:00.000Z', '+0900')] }), fires: 0 },
  { check: accountAge, fields: profile, online: github({}), fires: 1 },
  { check: accountAge, fields: profile, online: github({ createdAt: '2012-01-01T00:00:00.000Z' }), fires: 0 },
  { check: accountAge, fields: { ...profile, resume: { workHistory: [{ start: '2025-01' }] } }, online: github({}), fires: 0 },
  { check: accountAge, fields: profile, online: undefined, fires: 'skip' },
];

describe('online checks', () => {
  it.each(cases)('$check.id -> $fires', ({ check, fields, online, fires }) => {
    expect(countOf(runCheck(check, fields, { gathered: online ? { online } : {} }))).toBe(fires);
  });
});

describe('GitHub usernames and commit dates', () => {
  it.each([
    ['https://github.com/jellis-dev', 'jellis-dev'],
    ['github.com/jellis/repo', 'jellis'],
    ['https://www.github.com/jellis?tab=repositories', 'jellis'],
    ['https://github.com/orgs/acme', undefined],
    ['https://gitlab.com/jellis', undefined],
    ['https://github.com.evil.example/jellis', undefined],
    ['https://github.com/-bad-', undefined],
  ])('%s -> %s', (url, expected) => {
    expect(githubUsername(url)).toBe(expected);
  });

  it.each([
    [['https://github.com/facebook/react', 'https://github.com/jellis'], { username: 'jellis', path: '$.profiles[1]' }],
    [['https://github.com/jellis/vet', 'https://linkedin.com/in/jellis'], { username: 'jellis', path: '$.profiles[0]' }],
    [['https://linkedin.com/in/jellis'], undefined],
  ])('looks up the account a link names alone before a repository\'s owner: %j', (profiles, expected) => {
    expect(githubProfile(dossier({ profiles }))).toEqual(expected);
  });

  it("reads the author's offset from a patch's Date header", () => {
    expect(patchDate('From abc Mon Sep 17 00:00:00 2001\nFrom: A <a@example.com>\nDate: Fri, 20 Nov 2026 12:10:02 +0900\nSubject: x\n')).toEqual({ at: '2026-11-20T03:10:02.000Z', offset: '+0900' });
    expect(patchDate('no header here')).toBeUndefined();
  });
});
