import { describe, expect, it } from 'vitest';
import { isNanp, parsePhone } from '../../src/util/phone.js';

describe('parsePhone', () => {
  it.each([
    ['+1 512 555 0147', undefined, { e164: '+15125550147', country: 'US' }],
    ['(512) 555-0147', 'US', { e164: '+15125550147', country: 'US' }],
    ['+44 20 7946 0018', undefined, { e164: '+442079460018', country: 'GB', type: 'FIXED_LINE', valid: true }],
    ['056 1234 5678', 'GB', { e164: '+445612345678', country: 'GB', type: 'VOIP', valid: true }],
    ['+44 56 1234 5678', undefined, { type: 'VOIP', valid: true }],
    ['+44 7400 123456', undefined, { country: 'GB', type: 'MOBILE', valid: true }],
    ['0044 7700 900123', undefined, { e164: '+447700900123' }],
    ['+81 3-1234-5678', undefined, { country: 'JP', type: 'FIXED_LINE', valid: true }],
    // `+1 512 555 0147` kept by a spreadsheet as the number 15125550147: bare digits, no country.
    ['15125550147', undefined, { e164: '+15125550147', country: 'US', valid: true }],
    ['447400123456', undefined, { e164: '+447400123456', country: 'GB', type: 'MOBILE' }],
    // With a country, bare digits are national (a US trunk 1 before ten digits).
    ['15125550147', 'US', { e164: '+15125550147', country: 'US' }],
  ])('%s (default %s)', (raw, country, want) => {
    expect(parsePhone(raw, country)).toMatchObject(want);
  });

  it('a US number is valid but cannot be typed as mobile or VoIP offline', () => {
    const us = parsePhone('+1 415 555 2671');
    expect(us).toMatchObject({ valid: true, country: 'US' });
    expect(us?.type).toBeUndefined();
    expect(us && isNanp(us)).toBe(true);
  });

  it.each(['+1 123', '+44 12', '+999 1234 5678'])('%s is not a valid number', (raw) => {
    expect(parsePhone(raw)?.valid ?? false).toBe(false);
  });

  // Ten digits are a national number (US or elsewhere), never read as E.164 without a country.
  it.each(['5125550147', '07700900123'])('%s without a country is not read as international', (raw) => {
    expect(parsePhone(raw)?.e164.startsWith(`+${raw.slice(0, 2)}`) ?? false).toBe(false);
  });

  it.each(['', 'n/a', 'call me'])('%j is not a phone number', (raw) => {
    expect(parsePhone(raw)).toBeUndefined();
  });
});
