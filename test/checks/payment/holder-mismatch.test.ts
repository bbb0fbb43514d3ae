import { describe, expect, it } from 'vitest';
import { check } from '../../../src/checks/payment/holder-mismatch.js';
import { countOf, runCheck } from '../../helpers/factory.js';

describe('payment.holder-mismatch', () => {
  it.each([
    { accountHolder: 'Christina Chapman', fires: 1, severity: undefined },
    { accountHolder: 'Jordan Eltiz', fires: 1, severity: undefined },
    { accountHolder: 'Shenyang Trading LLC', fires: 1, severity: undefined },
    { accountHolder: 'Ellis Consulting LLC', fires: 1, severity: 'info' },
    { accountHolder: 'Jordan Ellis', fires: 0, severity: undefined },
    { accountHolder: 'ELLIS JORDAN M', fires: 0, severity: undefined },
    { accountHolder: 'Jordan Michael Ellis', fires: 0, severity: undefined },
  ])('$accountHolder -> $fires', ({ accountHolder, fires, severity }) => {
    const outcome = runCheck(check, { payment: { accountHolder } });
    expect(countOf(outcome)).toBe(fires);
    if (severity && !('skip' in outcome)) expect(outcome[0].severity).toBe(severity);
  });
});
