import { describe, expect, it } from 'vitest';
import { check } from '../../../src/checks/identity/sanctions-match.js';
import { countOf, runCheck } from '../../helpers/factory.js';

describe('identity.sanctions-match (bundled OFAC SDN 2024-05-03)', () => {
  it.each([
    // Real SDN individuals (DPRK programs): name-only matches, at most high.
    { fields: { name: 'Kim Sang Man' }, fires: 1 },
    { fields: { name: 'Pak Hwa Song' }, fires: 1 },
    { fields: { name: 'PAK, Hwa-song' }, fires: 1 },
    { fields: { name: 'Jordan Ellis', aliases: ['Sang Man Kim'] }, fires: 1 },
    // Look-alikes: common names, a single common token, and a Korean-American candidate.
    { fields: { name: 'Kim' }, fires: 0 },
    { fields: { name: 'Lee' }, fires: 0 },
    { fields: { name: 'Li Wei' }, fires: 0 },
    { fields: { name: 'Kim Min-jun' }, fires: 0 },
    { fields: { name: 'Min-jun Kim', aliases: ['Minjun Kim'] }, fires: 0 },
    { fields: { name: 'Jennifer Kim' }, fires: 0 },
    { fields: { name: 'Wei Zhang' }, fires: 0 },
    { fields: { name: 'Mohammed Ali' }, fires: 0 },
    { fields: { name: 'Kim Min Chul' }, fires: 0 },
    { fields: { name: 'Jordan Ellis' }, fires: 0 },
  ])('$fields.name -> $fires', ({ fields, fires }) => {
    expect(countOf(runCheck(check, fields))).toBe(fires);
  });

  it("shows the entry's program and listed date of birth for a person to compare, at most high", () => {
    const outcome = runCheck(check, { name: 'Kim Sang Man' });
    const problem = 'skip' in outcome ? undefined : outcome[0];
    expect(problem?.severity).toBe('high');
    expect(problem?.evidence).toContain('DPRK4');
    expect(problem?.evidence).toContain('North Korea sanctions program');
    expect(problem?.evidence).toMatch(/DOB 25 Apr 1965/);
  });
});
