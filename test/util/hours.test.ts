import { describe, expect, it } from 'vitest';
import { validateDossier } from '../../src/dossier/validate.js';

// The sheet reader's cases live in test/batch/cells.test.ts; here, a JSON dossier reads the same.
describe('working hours in a JSON dossier', () => {
  const hoursOfDossier = (hours: string) => validateDossier({ name: 'Ann Lee', availability: { hours } });

  it.each([
    ['9am-5pm', '09:00-17:00'],
    ['9:30 AM – 6 PM', '09:30-18:00'],
    ['10pm-6', '22:00-06:00'],
    [' 09:00-17:00 ', '09:00-17:00'],
  ])('%j is kept as %s', (written, hours) => {
    const result = hoursOfDossier(written);
    expect(result.ok && result.dossier.availability?.hours).toBe(hours);
  });

  it.each(['9-5', 'flexible', '25:00-26:00'])('%j is refused with the path, what was expected and what was found', (written) => {
    expect(hoursOfDossier(written)).toEqual({ ok: false, errors: [`$.availability.hours: expected working hours as HH:MM-HH:MM, got ${JSON.stringify(written)}`] });
  });
});
