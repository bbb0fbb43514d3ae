import { describe, expect, it } from 'vitest';
import { check } from '../../../src/checks/payment/bank-country.js';
import { countOf, runCheck } from '../../helpers/factory.js';

describe('payment.bank-country', () => {
  it.each([
    { fields: { location: { country: 'US' }, payment: { bankCountry: 'CN' } }, fires: 1, severity: 'high' },
    { fields: { location: { country: 'US' }, payment: { bankCountry: 'HK' } }, fires: 1, severity: 'high' },
    { fields: { addresses: { home: { city: 'Austin', country: 'US' } }, payment: { bankCountry: 'AE' } }, fires: 1, severity: 'high' },
    { fields: { location: { country: 'US' }, payment: { bankCountry: 'CA' } }, fires: 1, severity: 'medium' },
    // Within SEPA: a Spanish resident's N26 (DE), a German's Revolut (LT), a Briton's Wise (BE) account is a note.
    { fields: { location: { country: 'ES' }, payment: { bankCountry: 'DE' } }, fires: 1, severity: 'info' },
    { fields: { location: { country: 'DE' }, payment: { bankCountry: 'LT' } }, fires: 1, severity: 'info' },
    { fields: { location: { country: 'GB' }, payment: { bankCountry: 'BE' } }, fires: 1, severity: 'info' },
    // Out of SEPA on either side, it stays a signal.
    { fields: { location: { country: 'DE' }, payment: { bankCountry: 'US' } }, fires: 1, severity: 'medium' },
    { fields: { location: { country: 'RS' }, payment: { bankCountry: 'LT' } }, fires: 1, severity: 'medium' },
    { fields: { location: { country: 'DE' }, payment: { bankCountry: 'RU' } }, fires: 1, severity: 'high' },
    // Where the money goes, not who the candidate is: a candidate living in China, paid in China, is fine.
    { fields: { location: { country: 'CN' }, payment: { bankCountry: 'CN' } }, fires: 0, severity: undefined },
    { fields: { location: { country: 'US' }, payment: { bankCountry: 'us' } }, fires: 0, severity: undefined },
  ])('$fields -> $fires', ({ fields, fires, severity }) => {
    const outcome = runCheck(check, fields);
    expect(countOf(outcome)).toBe(fires);
    if (severity && !('skip' in outcome)) expect(outcome[0].severity).toBe(severity);
  });
});
