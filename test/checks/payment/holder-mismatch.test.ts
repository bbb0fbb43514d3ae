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
    // Jordan is no formal name with listed short forms; these look-alikes are for Robert (below).
    { accountHolder: 'Jordie Ellis', fires: 1, severity: undefined },
  ])('$accountHolder -> $fires', ({ accountHolder, fires, severity }) => {
    const outcome = runCheck(check, { payment: { accountHolder } });
    expect(countOf(outcome)).toBe(fires);
    if (severity && !('skip' in outcome)) expect(outcome[0].severity).toBe(severity);
  });

  // A bank writes the legal name, an application the name a person goes by, or the other way round.
  it.each([
    { name: 'Robert Smith', accountHolder: 'Bob Smith', fires: 0 },
    { name: 'Bill Jones', accountHolder: 'WILLIAM JONES', fires: 0 },
    { name: 'Kate Lee', accountHolder: 'Katherine A Lee', fires: 0 },
    { name: 'Robert Smith', accountHolder: 'Albert Smith', fires: 1 },
    { name: 'Robert Smith', accountHolder: 'Bob Chapman', fires: 1 },
  ])('$name paid as $accountHolder -> $fires', ({ name, accountHolder, fires }) => {
    expect(countOf(runCheck(check, { name, payment: { accountHolder } }))).toBe(fires);
  });
});
