// `--online` end to end: the built CLI against real HTTP servers on 127.0.0.1 answering in
// each provider's documented format, including errors, timeouts, rate limits and garbage.

import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fakeProvider, vetAsync, type FakeProvider, type Route } from './server.js';

const DOSSIER = 'fixtures/online/candidate.json';
const SECRET = 'sk-test-DO-NOT-PRINT-4242';
const NOW = '2026-11-26T12:00:00Z';

const TWILIO = 'GET /v2/PhoneNumbers/%2B15125550147';
const GOOD: Record<string, Route> = {
  [TWILIO]: { fixture: 'twilio/nonfixed-voip.json' },
  'GET /203.0.113.7': { fixture: 'ipinfo/vpn.json' },
  'GET /198.51.100.23': { fixture: 'ipinfo/residential-cn.json' },
  'GET /users/jellis-dev': { fixture: 'github/user.json' },
  'GET /users/jellis-dev/events/public': { fixture: 'github/events.json' },
  'GET /repos/jellis-dev/react-dashboard/commits/a1b2c3d4e5f60718293a4b5c6d7e8f9012345678': { fixture: 'github/commit-a1b2c3d.patch' },
  'GET /repos/jellis-dev/react-dashboard/commits/b2c3d4e5f60718293a4b5c6d7e8f9012345678a1': { fixture: 'github/commit-b2c3d4e.patch' },
  'GET /repos/jellis-dev/go-api/commits/c3d4e5f60718293a4b5c6d7e8f9012345678a1b2': { fixture: 'github/commit-c3d4e5f.patch' },
};

const ONLINE_CHECKS = ['network.location-mismatch', 'profile.github-account-age', 'profile.github-commit-offsets', 'profile.github-created-after-commits'];

let servers: FakeProvider[] = [];
let dirs: string[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  servers = [];
  dirs = [];
});

async function provider(routes: Record<string, Route>): Promise<FakeProvider> {
  const server = await fakeProvider(routes);
  servers.push(server);
  return server;
}

function cacheDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'vet-online-cache-'));
  dirs.push(dir);
  return dir;
}

/** Every provider pointed at the fake server, with credentials, a fresh cache and short waits. */
function envFor(server: FakeProvider, extra: Record<string, string> = {}): Record<string, string> {
  return {
    VET_TWILIO_BASE_URL: server.url,
    VET_NUMVERIFY_BASE_URL: server.url,
    VET_IPINFO_BASE_URL: server.url,
    VET_GITHUB_BASE_URL: server.url,
    VET_TWILIO_ACCOUNT_SID: 'AC00000000000000000000000000000000',
    VET_TWILIO_AUTH_TOKEN: SECRET,
    VET_IPINFO_TOKEN: SECRET,
    VET_GITHUB_TOKEN: SECRET,
    VET_CACHE_DIR: cacheDir(),
    VET_ONLINE_BACKOFF_MS: '20',
    ...extra,
  };
}

interface Candidate {
  findings: { check: string; severity: string; evidence: string }[];
  skipped: { check: string; reason: string }[];
}

async function report(args: string[], env: Record<string, string>) {
  const run = await vetAsync([DOSSIER, '--format', 'json', '--now', NOW, '--fail-on', 'never', ...args], env);
  expect(run.stderr).not.toMatch(/internal error/);
  // One dossier prints its candidate report alone.
  return { ...run, candidate: JSON.parse(run.stdout) as Candidate };
}

const checksOf = (c: Candidate) => c.findings.map((f) => f.check);
const skipOf = (c: Candidate, id: string) => c.skipped.find((s) => s.check === id)?.reason;

describe('--online', () => {
  it('without --online nothing is asked and the report is byte-for-byte the offline one', async () => {
    const server = await provider(GOOD);
    const plain = await vetAsync([DOSSIER, '--format', 'json', '--now', NOW], {});
    const configured = await vetAsync([DOSSIER, '--format', 'json', '--now', NOW], envFor(server));
    expect(configured.stdout).toBe(plain.stdout);
    expect(server.requests).toHaveLength(0);
    for (const id of ONLINE_CHECKS) expect(plain.stdout).not.toContain(id);
  });

  it('feeds the online checks and network.vpn from every provider', async () => {
    const server = await provider(GOOD);
    const { candidate, code } = await report(['--online'], envFor(server));
    expect(code).toBe(0);
    const found = checksOf(candidate);
    for (const id of ONLINE_CHECKS) expect(found).toContain(id);
    const mismatch = candidate.findings.filter((f) => f.check === 'network.location-mismatch');
    // The VPN exit says nothing about where the candidate is; only the residential address counts.
    expect(mismatch).toHaveLength(1);
    expect(mismatch[0].evidence).toContain('198.51.100.x');
    expect(mismatch[0].evidence).toContain('CN');
    const vpn = candidate.findings.filter((f) => f.check === 'network.vpn');
    expect(vpn).toHaveLength(1);
    expect(vpn[0]).toMatchObject({ severity: 'medium' });
    expect(vpn[0].evidence).toMatch(/203\.0\.113\.x .*vpn.*Astrill/);
    const offsets = candidate.findings.find((f) => f.check === 'profile.github-commit-offsets');
    expect(offsets).toMatchObject({ severity: 'medium' });
    expect(offsets?.evidence).toContain('3 of 3');
    expect(offsets?.evidence).toContain('+09:00');
  });

  it('a US number typed VoIP by Twilio becomes a phone.voip finding; a mobile one does not', async () => {
    const voip = await report(['--online', 'twilio'], envFor(await provider(GOOD)));
    const found = voip.candidate.findings.filter((f) => f.check === 'phone.voip');
    expect(found).toHaveLength(1);
    expect(found[0].evidence).toBe('+1 •••47 is a nonFixedVoip line (Google (Grand Central) BWI - Bandwidth.com - SVR) according to twilio');
    const mobile = await report(['--online', 'twilio'], envFor(await provider({ ...GOOD, [TWILIO]: { fixture: 'twilio/mobile.json' } })));
    expect(checksOf(mobile.candidate)).not.toContain('phone.voip');
    expect(skipOf(mobile.candidate, 'phone.voip')).toBeUndefined();
  });

  it('sends only what each provider needs: E.164 to Twilio, public IPs to ipinfo, the username to GitHub', async () => {
    const server = await provider(GOOD);
    await report(['--online'], envFor(server));
    const paths = server.requests.map((r) => r.url.split('?')[0]);
    expect(paths).toContain('/v2/PhoneNumbers/%2B15125550147');
    expect(paths).not.toContain('/10.0.0.5');
    expect(paths.filter((p) => p.startsWith('/users/'))).toEqual(['/users/jellis-dev', '/users/jellis-dev/events/public']);
    const twilio = server.requests.find((r) => r.url.startsWith('/v2/'));
    expect(twilio?.url).toContain('Fields=line_type_intelligence');
    expect(twilio?.headers.authorization).toBe(`Basic ${Buffer.from(`AC00000000000000000000000000000000:${SECRET}`).toString('base64')}`);
    expect(server.requests.find((r) => r.url === '/203.0.113.7')?.headers.authorization).toBe(`Bearer ${SECRET}`);
    expect(server.requests.find((r) => r.url.includes('/commits/'))?.headers.accept).toBe('application/vnd.github.patch');
  });

  it('never prints or caches a key', async () => {
    const server = await provider({ ...GOOD, [TWILIO]: { status: 401, fixture: 'twilio/401.json' } });
    const env = envFor(server);
    const run = await report(['--online'], env);
    expect(run.stdout + run.stderr).not.toContain(SECRET);
    const files = readdirSync(path.join(env.VET_CACHE_DIR, 'online'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) expect(readFileSync(path.join(env.VET_CACHE_DIR, 'online', file), 'utf8')).not.toContain(SECRET);
  });

  it('a re-run is answered from the cache, without the network', async () => {
    const server = await provider(GOOD);
    const env = envFor(server);
    const first = await report(['--online'], env);
    const asked = server.requests.length;
    await server.close();
    const second = await report(['--online'], env);
    expect(second.stdout).toBe(first.stdout);
    expect(server.requests.length).toBe(asked);
  });

  it('providers that fail, time out or answer garbage become skipped entries; the rest is the offline report', async () => {
    const server = await provider({
      ...GOOD,
      [TWILIO]: { status: 401, fixture: 'twilio/401.json' },
      'GET /203.0.113.7': { hang: true },
      'GET /users/jellis-dev': { body: '{"login": "jellis-dev", "created_at": ' },
    });
    const offline = await report([], {});
    // The timeout is every provider's: short enough to wait out the hang, long enough that the local
    // server's other answers arrive in time while the rest of the suite loads the machine.
    const { candidate } = await report(['--online'], envFor(server, { VET_ONLINE_TIMEOUT_MS: '2000' }));
    expect(skipOf(candidate, 'network.location-mismatch')).toBe('ipinfo: no answer within 2 s');
    expect(skipOf(candidate, 'phone.voip')).toBe('twilio: HTTP 401, the credentials were refused (check the twilio settings)');
    for (const id of ONLINE_CHECKS.filter((c) => c.startsWith('profile.'))) expect(skipOf(candidate, id)).toBe('github: answered with malformed JSON');
    expect(candidate.findings).toEqual(offline.candidate.findings);
  });

  it('an answer in the wrong shape is garbage too', async () => {
    const server = await provider({ ...GOOD, 'GET /users/jellis-dev': { body: '{"login": 42}' } });
    const { candidate } = await report(['--online', 'github'], envFor(server));
    expect(skipOf(candidate, 'profile.github-account-age')).toBe('github: answered in an unexpected format');
  });

  it('waits as long as Retry-After asks on 429, and backs off on 5xx', async () => {
    const server = await provider({
      ...GOOD,
      'GET /203.0.113.7': [{ status: 429, headers: { 'Retry-After': '1' }, fixture: 'ipinfo/429.json' }, { fixture: 'ipinfo/vpn.json' }],
      'GET /users/jellis-dev': [{ status: 502, body: '' }, { status: 503, body: '' }, { fixture: 'github/user.json' }],
    });
    const { candidate } = await report(['--online'], envFor(server));
    expect(checksOf(candidate)).toContain('network.vpn');
    expect(checksOf(candidate)).toContain('profile.github-account-age');
    expect(server.requests.filter((r) => r.url === '/203.0.113.7')).toHaveLength(2);
    expect(server.requests.filter((r) => r.url === '/users/jellis-dev')).toHaveLength(3);
  });

  it('gives up when Retry-After asks for longer than it may wait, or when retries run out', async () => {
    const server = await provider({
      ...GOOD,
      'GET /203.0.113.7': { status: 429, headers: { 'Retry-After': '3600' }, fixture: 'ipinfo/429.json' },
      'GET /users/jellis-dev': { status: 500, body: '' },
    });
    const { candidate } = await report(['--online'], envFor(server));
    expect(skipOf(candidate, 'network.location-mismatch')).toBe('ipinfo: rate limited, asked to retry after 3600 s');
    expect(skipOf(candidate, 'profile.github-account-age')).toBe('github: HTTP 500');
    expect(server.requests.filter((r) => r.url === '/users/jellis-dev')).toHaveLength(3);
  });

  it('a provider that is down leaves the others working', async () => {
    const down = await provider({});
    await down.close();
    const server = await provider(GOOD);
    const { candidate } = await report(['--online'], { ...envFor(server), VET_IPINFO_BASE_URL: down.url });
    expect(skipOf(candidate, 'network.location-mismatch')).toBe('ipinfo: connection refused');
    expect(checksOf(candidate)).toContain('profile.github-account-age');
  });

  it('--online with a list asks only those providers', async () => {
    const server = await provider(GOOD);
    await report(['--online', 'github'], envFor(server));
    expect(server.requests.every((r) => r.url.startsWith('/users/') || r.url.startsWith('/repos/'))).toBe(true);
  });

  it('NumVerify answers phone lookups when Twilio is not configured, and its errors are skipped entries', async () => {
    const server = await provider({ ...GOOD, 'GET /validate': [{ fixture: 'numverify/valid.json' }] });
    const env = envFor(server, { VET_NUMVERIFY_KEY: SECRET });
    delete (env as Record<string, string | undefined>).VET_TWILIO_AUTH_TOKEN;
    const run = await report(['--online', 'numverify'], env);
    const asked = server.requests.find((r) => r.url.startsWith('/validate'));
    expect(asked?.url).toContain('number=15125550147');
    expect(run.stdout + run.stderr).not.toContain(SECRET);
  });

  it('an unknown provider name is a one-line usage error', async () => {
    const run = await vetAsync([DOSSIER, '--online', 'twillio'], {});
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe('vet: --online: unknown provider "twillio"; known providers: twilio, numverify, ipinfo, github');
  });
});
