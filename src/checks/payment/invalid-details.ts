import { electronicFormatIBAN, isValidBIC, isValidIBAN } from 'ibantools';
import { digitsOf, ibanOf, walletOf } from '../../util/bank.js';
import type { Check, Problem } from '../../types.js';
import { maskAccount } from '../../util/mask.js';
import { usRouting } from '../../util/contact-keys.js';

export const check: Check = {
  id: 'payment.invalid-details',
  title: 'Payment details fail their check digits or format',
  description:
    'IBANs carry check digits (ISO 13616), BICs a fixed format, US routing numbers the ABA checksum, and each crypto asset its own address format. Details that fail are mistyped at best, invented at worst; in a fabricated identity the payment details are often made up too.',
  sources: ['swift-iban', 'state-treasury-fbi-2022-05-16'],
  recommendation: 'Ask for the details again from the bank’s own document (statement, letter) and verify them before the first payment.',
  severity: 'low',
  confidence: 'high',
  needs: ['payment.iban|payment.swift|payment.routingNumber|payment.cryptoAddress'],
  run({ dossier }) {
    const p = dossier.payment ?? {};
    const problems: Problem[] = [];
    if (p.iban && !isValidIBAN(electronicFormatIBAN(ibanOf(p.iban)) ?? '')) problems.push({ path: '$.payment.iban', evidence: `IBAN ${maskAccount(p.iban)} fails its check digits or its country's format` });
    if (p.swift && !isValidBIC(p.swift.replace(/\s+/g, '').toUpperCase())) problems.push({ path: '$.payment.swift', evidence: `BIC/SWIFT code "${p.swift}" is not a valid BIC` });
    if (p.routingNumber && !isValidAbaRouting(p.routingNumber)) problems.push({ path: '$.payment.routingNumber', evidence: `US routing number ${maskAccount(p.routingNumber)} fails the ABA checksum` });
    const asset = p.cryptoAsset?.trim().toUpperCase();
    const wallet = p.cryptoAddress && walletOf(p.cryptoAddress);
    if (wallet && asset && !isValidCryptoAddress(wallet, asset)) {
      problems.push({ path: '$.payment.cryptoAddress', evidence: `${asset} address ${maskAccount(wallet)} is not in a valid ${asset} format` });
    } else if (wallet && !asset && !isAnyCryptoAddress(wallet)) {
      // Without the asset only the shape can be judged, and chains this list lacks exist: less sure.
      problems.push({ path: '$.payment.cryptoAddress', evidence: `crypto address ${maskAccount(wallet)} has the shape of no blockchain address (the asset was not given)`, confidence: 'low' });
    }
    return problems;
  },
};

/** ABA: 3, 7, 1 weights over nine digits, sum divisible by 10; leading zeros a spreadsheet dropped are put back. */
export function isValidAbaRouting(value: string): boolean {
  const digits = usRouting(digitsOf(value));
  if (!/^\d{9}$/.test(digits) || /^0{9}$/.test(digits)) return false;
  const d = [...digits].map(Number);
  return (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8])) % 10 === 0;
}

const BASE58 = '[1-9A-HJ-NP-Za-km-z]';
const BECH32 = '[ac-hj-np-z02-9]';
const EVM = /^0x[0-9a-fA-F]{40}$/;
const TRON = new RegExp(`^T${BASE58}{33}$`);

/** Address formats by asset; stablecoins live on several chains, so any of theirs is accepted. */
const FORMATS: Record<string, RegExp[]> = {
  BTC: [new RegExp(`^[13]${BASE58}{25,34}$`), new RegExp(`^bc1${BECH32}{11,71}$`, 'i')],
  ETH: [EVM],
  ETC: [EVM],
  BSC: [EVM],
  ARB: [EVM],
  TRX: [TRON],
  USDT: [EVM, TRON],
  USDC: [EVM, TRON, new RegExp(`^${BASE58}{32,44}$`)],
  LTC: [new RegExp(`^[LM3]${BASE58}{26,33}$`), new RegExp(`^ltc1${BECH32}{11,71}$`, 'i')],
  XMR: [new RegExp(`^[48]${BASE58}{94}$`)],
  XRP: [new RegExp(`^r${BASE58}{24,34}$`)],
  SOL: [new RegExp(`^${BASE58}{32,44}$`)],
};
FORMATS.XBT = FORMATS.BTC;

/**
 * Shapes most other chains use: bech32 with any prefix (`cosmos1...`, `addr1...`), base58 of an
 * address's length (Dogecoin, Dash). What fits none of these is no address at all (`0x12345`).
 */
const OTHER_CHAINS = [new RegExp(`^[a-z]{1,20}1${BECH32}{6,}$`, 'i'), new RegExp(`^${BASE58}{25,50}$`)];

/** An address of some chain, asset unknown: the formats of every asset listed, or another chain's shape. */
function isAnyCryptoAddress(address: string): boolean {
  return [...Object.values(FORMATS).flat(), ...OTHER_CHAINS].some((f) => f.test(address));
}

export function isValidCryptoAddress(address: string, asset: string): boolean {
  const formats = FORMATS[asset];
  return !formats || formats.some((f) => f.test(address));
}
