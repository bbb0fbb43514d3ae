import { describe, expect, it } from 'vitest';
import { check } from '../../src/checks/correlation/known-bad.js';
import { countOf, runCheck } from '../helpers/factory.js';
import type { Gathered } from '../../src/types.js';

const photo = (hash: string): Gathered => ({ photos: [{ path: '$.idDocument.photo', role: 'id', hash }] });

describe('correlation.known-bad', () => {
  it.each([
    ['a phone in another format', { phone: '512-555-0199', location: { country: 'US' } }, { phones: ['+1 512 555 0199'] }, 1],
    ['a Gmail address with dots and a +tag', { email: 'P.A.T.doe+x@googlemail.com' }, { emails: ['patdoe@gmail.com'] }, 1],
    ['a wallet in other letter case', { payment: { cryptoAddress: '0xABCDEF0123456789ABCDEF0123456789ABCDEF01' } }, { wallets: ['0xabcdef0123456789abcdef0123456789abcdef01'] }, 1],
    ['an IBAN with spaces', { payment: { iban: 'DE89 3704 0044 0532 0130 00' } }, { accounts: ['DE89370400440532013000'] }, 1],
    ['a US account as routing/account', { payment: { routingNumber: '021000021', accountNumber: '123456789' } }, { accounts: ['021000021/123456789'] }, 1],
    ['two listed values at once', { phone: '+15125550199', email: 'x@example.com' }, { phones: ['+15125550199'], emails: ['X@example.com'] }, 2],
    ['a listed address written without its ZIP', { addresses: { shipping: '2217 N. Walnut Ave., Tulsa OK' } }, { addresses: ['2217 North Walnut Avenue, Tulsa, Oklahoma 74106, US'] }, 1],
    ['a listed address written without its city', { addresses: { shipping: '2217 N Walnut Ave 74106' }, location: { country: 'US' } }, { addresses: ['2217 North Walnut Avenue, Tulsa, Oklahoma 74106, US'] }, 1],
    ['the listed street in another city', { addresses: { shipping: '2217 N Walnut Ave, Broken Arrow, OK' } }, { addresses: ['2217 North Walnut Avenue, Tulsa, Oklahoma 74106, US'] }, 0],
    ['another phone', { phone: '+15125550198' }, { phones: ['+15125550199'] }, 0],
    ['a value on another list', { email: 'x@example.com' }, { phones: ['+15125550199'] }, 0],
  ])('%s', (_name, fields, knownBad, expected) => {
    expect(countOf(runCheck(check, fields, { config: { knownBad } }))).toBe(expected);
  });

  it('matches a photo hash within the perceptual-hash distance, not beyond', () => {
    const config = { knownBad: { photoHashes: ['C3A1F0E4B2D69870'] } };
    expect(countOf(runCheck(check, {}, { config, gathered: photo('c3a1f0e4b2d69871') }))).toBe(1);
    expect(countOf(runCheck(check, {}, { config, gathered: photo('3c5e0f1b4d296780') }))).toBe(0);
  });

  it('skips without lists', () => {
    expect(countOf(runCheck(check, { phone: '+15125550199' }))).toBe('skip');
    expect(countOf(runCheck(check, { phone: '+15125550199' }, { config: { knownBad: { phones: [] } } }))).toBe('skip');
  });
});
