import { describe, expect, it } from 'vitest';
import { check } from '../../../src/checks/payment/sanctioned-party.js';
import { countOf, runCheck } from '../../helpers/factory.js';

describe('payment.sanctioned-party', () => {
  it.each([
    // DPRK IT-worker front companies and a DPRK bank, as a payee would write them.
    { payment: { accountHolder: 'Chinyong Information Technology Cooperation Company' }, fires: 1, severity: 'critical' },
    { payment: { accountHolder: 'Yanbian Silverstar Network Technology Co., Ltd' }, fires: 1, severity: 'critical' },
    { payment: { accountHolder: 'VOLASYS SILVER STAR' }, fires: 1, severity: 'critical' },
    { payment: { bankName: 'Korea Kwangson Banking Corp.' }, fires: 1, severity: 'critical' },
    { payment: { accountHolder: 'Kim Sang Man' }, fires: 1, severity: 'high' },
    // Look-alikes.
    { payment: { accountHolder: 'Jordan Ellis', bankName: 'Bank of America' }, fires: 0 },
    { payment: { bankName: 'Wells Fargo Bank, N.A.' }, fires: 0 },
    { payment: { bankName: 'Korea Development Bank' }, fires: 0 },
    { payment: { accountHolder: 'Silverstar Consulting LLC' }, fires: 0 },
    { payment: { accountHolder: 'Kim Min-jun' }, fires: 0 },
  ])('$payment -> $fires', ({ payment, fires, severity }) => {
    const outcome = runCheck(check, { payment });
    expect(countOf(outcome)).toBe(fires);
    if (severity && !('skip' in outcome)) expect(outcome[0].severity).toBe(severity);
  });

  // The ID's date of birth speaks for the holder only when the holder is the candidate.
  it.each([
    { name: 'a listed person with a two-word name, no date of birth: medium', fields: { name: 'Jordan Ellis', payment: { accountHolder: 'Jin Ryu' } }, severity: 'medium' },
    { name: "the candidate's own account, another date of birth: cleared", fields: { name: 'Jin Ryu', idDocument: { dateOfBirth: '1994-02-11' }, payment: { accountHolder: 'RYU, Jin' } }, severity: 'info' },
    { name: "the candidate's own account, the listed date of birth: critical", fields: { name: 'Jin Ryu', idDocument: { dateOfBirth: '1965-08-07' }, payment: { accountHolder: 'Jin Ryu' } }, severity: 'critical' },
    { name: "someone else's account: the candidate's date of birth says nothing of the holder", fields: { name: 'Jordan Ellis', idDocument: { dateOfBirth: '1994-02-11' }, payment: { accountHolder: 'Kim Sang Man' } }, severity: 'high' },
  ])('$name', ({ fields, severity }) => {
    const outcome = runCheck(check, fields);
    expect('skip' in outcome ? [] : outcome.map((p) => p.severity)).toEqual([severity]);
  });
});
