import { describe, expect, it } from 'vitest';
import { check as countryMismatch } from '../../../src/checks/phone/country-mismatch.js';
import { check as invalid } from '../../../src/checks/phone/invalid.js';
import { check as voip } from '../../../src/checks/phone/voip.js';
import { countOf, runCheck } from '../../helpers/factory.js';

const uk = { country: 'GB' };
const us = { country: 'US' };

const cases = [
  // phone.invalid
  { check: invalid, fields: { phone: '+1 512 555 0147', location: us }, fires: 0 },
  { check: invalid, fields: { phone: '(512) 555-0147', location: us }, fires: 0 },
  { check: invalid, fields: { phone: '020 7946 0018', location: uk }, fires: 0 },
  { check: invalid, fields: { phone: '+44 20 7946 001' }, fires: 1 },
  { check: invalid, fields: { phone: '+1 123 456 7890' }, fires: 1 },
  { check: invalid, fields: { phone: 'ask recruiter', location: us }, fires: 1 },
  { check: invalid, fields: { phone: '555 0147' }, fires: 'skip' },
  { check: invalid, fields: { phone: 'ask the recruiter' }, fires: 1 }, // no digit: no country needed to tell ('not given' is no value: absent)
  // 15122000000 saved by a spreadsheet from a General cell: six digits left, whatever the country.
  { check: invalid, fields: { phone: '1.51222E+10', location: us }, fires: 1 },
  { check: invalid, fields: { phone: '1.51222E+10' }, fires: 1 },
  // Two numbers in one cell: each judged on its own.
  { check: invalid, fields: { phone: '+1 512 555 0147 / +44 20 7946 0018' }, fires: 0 },
  { check: invalid, fields: { phone: '+1 512 555 0147; +1 123 456 7890' }, fires: 1 },
  { check: invalid, fields: { phone: '030/1234567', location: { country: 'DE' } }, fires: 0 }, // one Berlin number, written with a slash
  // phone.country-mismatch
  { check: countryMismatch, fields: { phone: '+44 20 7946 0018', location: us }, fires: 1 },
  { check: countryMismatch, fields: { phone: '+81 3-1234-5678', location: us }, fires: 1 },
  { check: countryMismatch, fields: { phone: '+44 20 7946 0018', location: uk }, fires: 0 },
  { check: countryMismatch, fields: { phone: '020 7946 0018', location: uk }, fires: 0 },
  // UK is how people write GB (ISO reserves it for the United Kingdom): a British number there is no mismatch.
  { check: countryMismatch, fields: { phone: '+44 20 7946 0018', location: { country: 'UK' } }, fires: 0 },
  { check: countryMismatch, fields: { phone: '+44 20 7946 0018', location: { country: 'uk' } }, fires: 0 },
  { check: countryMismatch, fields: { phone: '+1 512 555 0147', location: us }, fires: 0 },
  // A range libphonenumber gives to a territory of the same plan: Guernsey's 07911 for a UK resident, Puerto Rico's 787 for a US one.
  { check: countryMismatch, fields: { phone: '+44 7911 123456', location: uk }, fires: 0 },
  { check: countryMismatch, fields: { phone: '07911 123456', location: uk }, fires: 0 },
  { check: countryMismatch, fields: { phone: '+1 787 555 0147', location: us }, fires: 0 },
  { check: countryMismatch, fields: { phone: '+44 7911 123456', location: us }, fires: 1 },
  { check: countryMismatch, fields: { phone: '+1 787 555 0147', location: { country: 'CA' } }, fires: 1 },
  { check: countryMismatch, fields: { phone: '+1 512 555 0147', location: { country: 'CA' } }, fires: 1 },
  { check: countryMismatch, fields: { phone: '+1 123', location: us }, fires: 0 },
  { check: countryMismatch, fields: { phone: '4.47946E+11', location: us }, fires: 0 },
  { check: countryMismatch, fields: { phone: '+1 512 555 0147 or +44 20 7946 0018', location: us }, fires: 1 },
  // phone.voip
  { check: voip, fields: { phone: '+44 56 1234 5678', location: uk }, fires: 1 },
  { check: voip, fields: { phone: '056 1234 5678', location: uk }, fires: 1 },
  { check: voip, fields: { phone: '+44 70 1234 5678' }, fires: 1 },
  { check: voip, fields: { phone: '+44 20 7946 0018', location: uk }, fires: 0 },
  { check: voip, fields: { phone: '+44 7400 123456', location: uk }, fires: 0 },
  { check: voip, fields: { phone: '+81 3-1234-5678' }, fires: 0 },
  { check: voip, fields: { phone: '4.45612E+11', location: uk }, fires: 0 },
  // A Google Voice number looks like any other US number offline: skipped, never guessed.
  { check: voip, fields: { phone: '+1 415 555 0132', location: us }, fires: 'skip' },
  { check: voip, fields: { phone: '+1 416 555 0199' }, fires: 'skip' },
];

describe('phone.*', () => {
  it.each(cases)('$check.id on $fields.phone -> $fires', ({ check, fields, fires }) => {
    expect(countOf(runCheck(check, fields))).toBe(fires);
  });

  it('a UK resident on a UK VoIP range is one low signal, with no country mismatch', () => {
    const fields = { phone: '+44 56 1234 5678', location: uk };
    const outcome = runCheck(voip, fields);
    expect('skip' in outcome ? null : outcome.map((p) => p.severity ?? voip.severity)).toEqual(['low']);
    expect(countOf(runCheck(countryMismatch, fields))).toBe(0);
  });

  it('masks the number in the evidence', () => {
    const outcome = runCheck(voip, { phone: '+44 56 1234 5678' });
    expect('skip' in outcome ? '' : outcome[0].evidence).not.toContain('1234');
  });

  it('says why US numbers are skipped', () => {
    expect(runCheck(voip, { phone: '+1 415 555 0132' })).toEqual({ skip: 'US/Canada numbers cannot be typed offline (use --online)' });
  });
});
