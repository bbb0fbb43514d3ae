// The timezone and network checks as a user meets them: the built CLI on fixture dossiers.
// Look-alikes modelled on ordinary people must stay low or medium; the scheme's pattern must not.

import { describe, expect, it } from 'vitest';
import { FIXED_NOW_ISO, vetCli, vetFixtureJson } from '../helpers/cli.js';

const NOW = FIXED_NOW_ISO;
const vetJson = (fixture: string) => vetFixtureJson(fixture, /^(timezone|network)\./);

describe('look-alikes stay low or medium', () => {
  it.each([
    ['lookalike-tokyo', 'a Tokyo resident whose commits are +0900 and who works late sometimes'],
    ['lookalike-night-owl', 'a US night owl with a few commits after midnight'],
    ['lookalike-chicago-dst', 'a Chicago resident whose commits mix -0500 and -0600'],
    ['lookalike-expat', 'an expat in Lisbon on a consumer VPN, zone matching where they live'],
  ])('%s: %s', (fixture) => {
    const r = vetJson(fixture);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(['low', 'medium']).toContain(r.risk);
    expect(r.mine.filter((f) => f.check.startsWith('timezone.'))).toEqual([]);
    expect(r.mine.map((f) => f.severity).filter((s) => s !== 'info' && s !== 'low')).toEqual([]);
  });
});

describe('the scheme pattern: a Texas claim, Asian office hours, Astrill', () => {
  it('reports each signal with its evidence and grades high, exit 1', () => {
    const r = vetJson('suspicious-timezone');
    expect(r.code).toBe(1);
    expect(['high', 'critical']).toContain(r.risk);
    expect(r.mine.map((f) => `${f.check} ${f.severity}`).sort()).toEqual([
      'network.many-ips low',
      'network.vpn medium',
      'timezone.activity-mismatch high',
      'timezone.activity-mismatch medium',
      'timezone.offered-hours-at-night medium',
    ]);
    expect(r.mine.find((f) => f.check === 'network.vpn')?.evidence).toContain('Astrill VPN');
  });

  it('masks the login addresses in the text report', () => {
    const r = vetCli(['--now', NOW, 'fixtures/dossiers/suspicious-timezone.json']);
    expect(r.stdout).toContain('12 distinct login addresses (198.51.100.x');
    expect(r.stdout).not.toMatch(/\b(198\.51\.100|203\.0\.113)\.\d+\b/);
  });
});

describe('vet explain', () => {
  it('prints the public sources of the timezone and network checks', () => {
    const r = vetCli(['explain', 'network.vpn']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Mandiant');
    expect(vetCli(['explain', 'timezone.country-mismatch']).stdout).toContain('https://www.iana.org/time-zones');
  });
});
