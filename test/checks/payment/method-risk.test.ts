import { describe, expect, it } from 'vitest';
import { check } from '../../../src/checks/payment/method-risk.js';
import { countOf, runCheck } from '../../helpers/factory.js';

describe('payment.method-risk', () => {
  it.each([
    { payment: { method: 'crypto', cryptoAsset: 'USDT' }, fires: 1 },
    { payment: { method: 'payoneer' }, fires: 1 },
    { payment: { cryptoAddress: '0x0000000000000000000000000000000000000001' }, fires: 1 },
    { payment: { method: 'bank_transfer' }, fires: 0 },
    { payment: { method: 'check' }, fires: 0 },
    { payment: { method: 'paypal' }, fires: 0 },
  ])('$payment -> $fires', ({ payment, fires }) => {
    expect(countOf(runCheck(check, { payment }))).toBe(fires);
  });

  it('says stablecoin, and stays low', () => {
    const outcome = runCheck(check, { payment: { method: 'crypto', cryptoAsset: 'usdc' } });
    expect('skip' in outcome ? '' : outcome[0].evidence).toContain('stablecoin');
    expect(check.severity).toBe('low');
  });
});
