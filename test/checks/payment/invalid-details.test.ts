import { describe, expect, it } from 'vitest';
import { check, isValidAbaRouting } from '../../../src/checks/payment/invalid-details.js';
import { countOf, runCheck } from '../../helpers/factory.js';

describe('payment.invalid-details', () => {
  it.each([
    { payment: { iban: 'DE89 3704 0044 0532 0130 01' }, fires: 1 }, // last digit changed
    { payment: { swift: 'DEUTDEF' }, fires: 1 },
    { payment: { routingNumber: '021000022' }, fires: 1 },
    { payment: { cryptoAsset: 'ETH', cryptoAddress: '0x12345' }, fires: 1 },
    { payment: { cryptoAsset: 'BTC', cryptoAddress: '0x098B716B8Aaf21512996dC57EB0615e2383E2f96' }, fires: 1 },
    { payment: { iban: 'DE89370400440532013001', routingNumber: '123456789', swift: 'XX' }, fires: 3 },
    // The asset not given: only an address of no chain's shape fires.
    { payment: { cryptoAddress: '0xdeadbeef' }, fires: 1 },
    { payment: { cryptoAddress: 'my usdt wallet' }, fires: 1 },
    { payment: { cryptoAddress: '0x098B716B8Aaf21512996dC57EB0615e2383E2f9' }, fires: 1 }, // one hex digit short
    // Valid details.
    { payment: { cryptoAddress: '0x098B716B8Aaf21512996dC57EB0615e2383E2f96' }, fires: 0 },
    { payment: { cryptoAddress: 'TNPeeaaFB7K9cmo4uQpcU32zGK8G1NYqeL' }, fires: 0 },
    { payment: { cryptoAddress: 'cosmos1hsk6jryyqjfhp5dhc55tc9jtckygx0eph6dd02' }, fires: 0 }, // a chain the list lacks
    { payment: { cryptoAddress: 'DH5yaieqoZN36fDVciNyRueRGvGLR3mr7L' }, fires: 0 }, // Dogecoin
    { payment: { iban: 'DE89 3704 0044 0532 0130 00' }, fires: 0 },
    { payment: { iban: 'gb82west12345698765432' }, fires: 0 },
    { payment: { swift: 'DEUTDEFF' }, fires: 0 },
    { payment: { swift: 'DEUTDEFF500' }, fires: 0 },
    { payment: { routingNumber: '021000021' }, fires: 0 },
    { payment: { routingNumber: 121000248 }, fires: 0 },
    { payment: { routingNumber: 21000021 }, fires: 0 }, // 021000021 read from a spreadsheet's number cell
    { payment: { routingNumber: '11000015' }, fires: 0 }, // 011000015, the same
    { payment: { routingNumber: '21000022' }, fires: 1 }, // padded, still wrong
    // As forms label them: the label is not part of the number.
    { payment: { iban: 'IBAN: DE89 3704 0044 0532 0130 00' }, fires: 0 },
    { payment: { routingNumber: 'ABA 021000021' }, fires: 0 },
    { payment: { routingNumber: '021-000-021' }, fires: 0 },
    { payment: { routingNumber: 'ABA 021000022' }, fires: 1 },
    { payment: { iban: 'IBAN DE89 3704 0044 0532 0130 01' }, fires: 1 },
    { payment: { cryptoAsset: 'USDT', cryptoAddress: 'TNPeeaaFB7K9cmo4uQpcU32zGK8G1NYqeL' }, fires: 0 },
    { payment: { cryptoAsset: 'BTC', cryptoAddress: 'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq' }, fires: 0 },
    { payment: { cryptoAsset: 'USDT', cryptoAddress: 'TRC20: TNPeeaaFB7K9cmo4uQpcU32zGK8G1NYqeL' }, fires: 0 },
    { payment: { cryptoAddress: 'USDT (TRC20) TNPeeaaFB7K9cmo4uQpcU32zGK8G1NYqeL' }, fires: 0 },
    { payment: { cryptoAddress: 'USDT (TRC20) TNPeeaaFB7K9cmo4uQpcU' }, fires: 1 }, // cut short
  ])('$payment -> $fires', ({ payment, fires }) => {
    expect(countOf(runCheck(check, { payment }))).toBe(fires);
  });

  it('ABA checksum', () => {
    expect(isValidAbaRouting('011000015')).toBe(true);
    expect(isValidAbaRouting('011000016')).toBe(false);
    expect(isValidAbaRouting('000000000')).toBe(false);
  });
});
