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
    { fields: { name: 'Nikolay Tokarev' }, fires: 1 },
    // x for Cyrillic кс, as English spells it (listed: YAKUBETS, Maksim Viktorovich).
    { fields: { name: 'Maxim Yakubets' }, fires: 1 },
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
    // A given name and a patronymic or middle name, without the listed surname: thousands bear them
    // (listed: TOKAREV, Nikolay Petrovich; RAMIREZ ABADIA, Juan Carlos; NAQDI, Mohammad Reza; PAK, Hwa Song).
    { fields: { name: 'Nikola Petrović' }, fires: 0 },
    { fields: { name: 'Nikolay Petrovich' }, fires: 0 },
    { fields: { name: 'Sergey Viktorovich' }, fires: 0 },
    { fields: { name: 'Juan Carlos' }, fires: 0 },
    { fields: { name: 'Mohammad Reza' }, fires: 0 },
    { fields: { name: 'Hwa Song' }, fires: 0 },
    // A woman's form of a listed man's names (IVANOV, Aleksandr Aleksandrovich; Gender Male).
    { fields: { name: 'Aleksandra Ivanova' }, fires: 0 },
    { fields: { name: 'Aleksandr Ivanov' }, fires: 1 },
  ])('$fields.name -> $fires', ({ fields, fires }) => {
    expect(countOf(runCheck(check, fields))).toBe(fires);
  });

  // OFAC: compare the other identifiers once a name matches, the date of birth first.
  it.each([
    { name: 'a listed date of birth: critical', fields: { name: 'Kim Sang Man', idDocument: { dateOfBirth: '1965-04-25' } }, severity: 'critical' },
    { name: 'another date of birth: cleared, shown as a note', fields: { name: 'Kim Sang Man', idDocument: { dateOfBirth: '1991-04-25' } }, severity: 'info' },
    { name: 'a listed year only: the year is listed', fields: { name: 'Kim Sang Man', idDocument: { dateOfBirth: '1965' } }, severity: 'critical' },
    { name: 'no date of birth: a three-word name stays high', fields: { name: 'Kim Sang Man' }, severity: 'high' },
    { name: 'no date of birth: a two-word name many people bear is medium', fields: { name: 'Jin Ryu' }, severity: 'medium' },
    { name: 'a two-word name with another date of birth: cleared', fields: { name: 'Jin Ryu', idDocument: { dateOfBirth: '1994-02-11' } }, severity: 'info' },
    { name: 'a two-word name with the listed date of birth: critical', fields: { name: 'Jin Ryu', idDocument: { dateOfBirth: '1965-08-07' } }, severity: 'critical' },
  ])('$name', ({ fields, severity }) => {
    const outcome = runCheck(check, fields);
    expect('skip' in outcome ? [] : outcome.map((p) => p.severity)).toEqual([severity]);
  });

  it('clears every entry of a name when none lists the date of birth, and says why', () => {
    const outcome = runCheck(check, { name: 'Kim Yong Chol', idDocument: { dateOfBirth: '1990-01-01' } });
    const problems = 'skip' in outcome ? [] : outcome;
    expect(problems.length).toBeGreaterThan(1);
    for (const problem of problems) {
      expect(problem.severity).toBe('info');
      expect(problem.evidence).toMatch(/the date of birth on the ID document is none of the listed ones: another person$/);
    }
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
