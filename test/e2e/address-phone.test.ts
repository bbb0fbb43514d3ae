// The phone and address checks as a user meets them: the built CLI on fixture dossiers.
// Look-alikes modelled on ordinary people stay low or medium; the laptop-farm pattern grades high.

import { describe, expect, it } from 'vitest';
import { FIXED_NOW_ISO, vetCli, vetFixtureJson } from '../helpers/cli.js';

const NOW = FIXED_NOW_ISO;
const vetJson = (fixture: string) => vetFixtureJson(fixture, /^(phone|address)\./);

describe('phone and address look-alikes stay low', () => {
  it('a UK resident on a UK VoIP range: one low finding, nothing else from phone or address', () => {
    const r = vetJson('lookalike-uk-voip');
    expect(r.code).toBe(0);
    expect(['low', 'medium']).toContain(r.risk);
    expect(r.mine.map((f) => [f.check, f.severity])).toEqual([['phone.voip', 'low']]);
  });

  it('a candidate shipping to their own office in the same city: one low finding', () => {
    const r = vetJson('lookalike-own-office');
    expect(r.code).toBe(0);
    expect(['low', 'medium']).toContain(r.risk);
    expect(r.mine.map((f) => [f.check, f.severity])).toEqual([['address.shipping-differs', 'low']]);
  });

  it('a US number (Google Voice or not) is skipped with the reason, and spellings of the home do not fire', () => {
    const r = vetJson('clean');
    expect(r.risk).toBe('low');
    expect(r.mine).toEqual([]);
    expect(r.skipped).toContainEqual({ check: 'phone.voip', reason: 'US/Canada numbers cannot be typed offline (use --online)' });
  });
});

describe('the laptop-farm example', () => {
  it('grades high with each address signal, exit 1, streets masked', () => {
    const r = vetJson('laptop-farm');
    expect(r.code).toBe(1);
    expect(['high', 'critical']).toContain(r.risk);
    const checks = r.mine.map((f) => f.check);
    expect(checks).toEqual(expect.arrayContaining(['address.shipping-change', 'address.shipping-differs', 'address.shipping-far', 'address.mail-drop']));
    expect(r.mine.find((f) => f.check === 'address.shipping-change')?.severity).toBe('high');
    expect(r.stdout).not.toMatch(/Example (Ln|Blvd)|Marsh|2417|3107/);
  });

  it('the text report names the checks and the place, not the street', () => {
    const r = vetCli(['--now', NOW, 'fixtures/dossiers/laptop-farm.json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('address.shipping-far');
    expect(r.stdout).toContain('Goodyear, AZ');
    expect(r.stdout).not.toContain('2417');
  });
});
