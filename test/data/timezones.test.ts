import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { knownZone, zonesOfCountry } from '../../src/data/timezones.js';
import { ROOT } from '../helpers/cli.js';

describe('rules/timezones.json', () => {
  it('knows every zone this Node can compute', () => {
    expect(Intl.supportedValuesOf('timeZone').filter((zone) => !knownZone(zone))).toEqual([]);
  });

  it.each([
    ['US/Central', 'America/Chicago', ['US']],
    ['Asia/Calcutta', 'Asia/Kolkata', ['IN']],
    ['America/Montreal', 'America/Toronto', ['BS', 'CA']], // zone1970.tab: Toronto also keeps the Bahamas' clock
    ['UTC', 'Etc/UTC', []],
  ])('resolves the alias %s to %s', (alias, canonical, countries) => {
    expect(knownZone(alias)).toEqual({ name: alias, canonical, countries });
  });

  it('lists zones by country, both tables merged', () => {
    expect(zonesOfCountry('us')).toContain('America/Chicago');
    expect(zonesOfCountry('NO')).toEqual(expect.arrayContaining(['Europe/Oslo', 'Europe/Berlin']));
    expect(zonesOfCountry('ZZ')).toEqual([]);
  });

  // The generator reads the system tz database: only comparable where that is the one the file came from.
  const zoneinfo = '/usr/share/zoneinfo';
  const committed = JSON.parse(readFileSync(path.join(ROOT, 'rules/timezones.json'), 'utf8'));
  const sameTzdb = existsSync(path.join(zoneinfo, 'tzdata.zi')) && readFileSync(path.join(zoneinfo, 'tzdata.zi'), 'utf8').startsWith(`# version ${committed.tzdbVersion}\n`);
  it.runIf(sameTzdb)('is what scripts/data/timezones.mjs generates from this tz database', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'vet-tz-'));
    try {
      const out = path.join(dir, 'timezones.json');
      execFileSync(process.execPath, ['scripts/data/timezones.mjs', zoneinfo, out], { cwd: ROOT });
      const generated = JSON.parse(readFileSync(out, 'utf8'));
      expect({ ...generated, date: committed.date }).toEqual(committed);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
