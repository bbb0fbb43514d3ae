import { describe, expect, it } from 'vitest';
import { check } from '../../../src/checks/payment/sanctioned-wallet.js';
import { countOf, runCheck } from '../../helpers/factory.js';

// 0x098B...2f96 is listed for the Lazarus Group (SDN entry 27307, DPRK3).
const LAZARUS = '0x098B716B8Aaf21512996dC57EB0615e2383E2f96';

describe('payment.sanctioned-wallet', () => {
  it.each([
    { address: LAZARUS, fires: 1 },
    { address: LAZARUS.toLowerCase(), fires: 1 }, // hex addresses are case-insensitive
    { address: ` ${LAZARUS} `, fires: 1 },
    // Written after its asset or network, as forms and chat messages give it.
    { address: `ETH (ERC20): ${LAZARUS}`, fires: 1 },
    { address: `USDT ERC-20 ${LAZARUS}`, fires: 1 },
    { address: `wallet=${LAZARUS}`, fires: 1 },
    { address: '0x098B716B8Aaf21512996dC57EB0615e2383E2f97', fires: 0 }, // one digit off
    { address: '0x0000000000000000000000000000000000000001', fires: 0 },
    { address: 'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq', fires: 0 },
  ])('$address -> $fires', ({ address, fires }) => {
    expect(countOf(runCheck(check, { payment: { cryptoAddress: address } }))).toBe(fires);
  });

  it('names the entry and its program, with the address masked', () => {
    const outcome = runCheck(check, { payment: { cryptoAddress: LAZARUS } });
    const evidence = 'skip' in outcome ? '' : outcome[0].evidence;
    expect(evidence).toContain('LAZARUS GROUP');
    expect(evidence).toContain('DPRK3');
    expect(evidence).not.toContain(LAZARUS);
  });
});
