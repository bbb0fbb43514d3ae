import { describe, expect, it } from 'vitest';
import { check } from '../../../src/checks/photo/location-mismatch.js';
import { countOf, runCheck } from '../../helpers/factory.js';
import { ID, PROFILE, SELFIE, photo, withPhoto } from './helpers.js';

const SHENYANG = { latitude: 41.8057, longitude: 123.4315 };
const US = { ...withPhoto, location: { country: 'US' } };
const cases = [
  { name: 'selfie taken in China, candidate in the US', fields: US, photos: [{ ...photo(SELFIE, SHENYANG), gpsCountry: 'CN' }], expected: ['high'] },
  { name: 'ID photo taken in Russia', fields: US, photos: [{ ...photo(ID, { latitude: 43.1, longitude: 131.9 }), gpsCountry: 'RU' }], expected: ['medium'] },
  { name: 'profile picture abroad is weak', fields: US, photos: [{ ...photo(PROFILE, { latitude: 48.85, longitude: 2.35 }), gpsCountry: 'FR' }], expected: ['low'] },
  { name: 'two photos abroad', fields: US, photos: [{ ...photo(SELFIE, SHENYANG), gpsCountry: 'CN' }, { ...photo(ID, SHENYANG), gpsCountry: 'CN' }], expected: ['high', 'medium'] },
  // look-alikes
  { name: 'taken in the claimed country', fields: US, photos: [{ ...photo(SELFIE, { latitude: 30.27, longitude: -97.74 }), gpsCountry: 'US' }], expected: [] },
  { name: 'claimed country in lower case', fields: { ...withPhoto, location: { country: 'CN' } }, photos: [{ ...photo(SELFIE, SHENYANG), gpsCountry: 'CN' }], expected: [] },
  { name: 'no GPS', fields: US, photos: [photo(SELFIE, { Make: 'Apple' })], expected: [] },
  { name: 'GPS at sea (no country)', fields: US, photos: [photo(SELFIE, { latitude: 30, longitude: -40 })], expected: [] },
];

describe('photo.location-mismatch', () => {
  it.each(cases)('$name -> $expected', ({ fields, photos, expected }) => {
    const out = runCheck(check, fields, { gathered: { photos } });
    expect('skip' in out ? 'skip' : out.map((p) => p.severity)).toEqual(expected);
  });

  it('rounds the coordinates in the evidence', () => {
    const out = runCheck(check, US, { gathered: { photos: [{ ...photo(SELFIE, SHENYANG), gpsCountry: 'CN' }] } });
    expect('skip' in out ? '' : out[0].evidence).toBe('selfie "selfie.jpg": GPS 41.8, 123.4 is in CN, but the candidate claims to live in US');
  });

  it('needs the claimed country', () => {
    expect(check.needs).toContain('location.country');
    expect(countOf(runCheck(check, US, { gathered: {} }))).toBe(0);
  });
});
