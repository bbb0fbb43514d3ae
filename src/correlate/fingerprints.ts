// The values of one candidate that can link it to others: normalised so that two spellings of
// one value meet in a hash map, and masked for display. The batch linker, the history store and
// the configuration's known-bad lists all match on these same fingerprints.

import { isIP } from 'node:net';
import type { Address } from '../dossier/schema.js';
import type { Gathered, LoadedDossier } from '../types.js';
import { addressKeys, homeAddressIn, parseAddress } from '../util/address.js';
import { emailKey, phoneKey, usRouting, withoutExtension } from '../util/contact-keys.js';
import { ownProfileKey } from '../util/profile-url.js';
import { maskAccount, maskAddress, maskEmail, maskIp, maskPhone } from '../util/mask.js';
import { isHash } from '../photo/hash.js';
import { isScientificNotation } from '../util/rounded-number.js';
import { phonesIn } from '../util/phone.js';
import { digitsOf, ibanOf, walletOf } from '../util/bank.js';
import { ipOf, isLocalIp } from '../util/ip.js';
import { resumeSignature, type ResumeSignature } from './minhash.js';

export const FINGERPRINT_KINDS = ['address', 'phone', 'email', 'bank-account', 'crypto-wallet', 'photo', 'resume', 'ip', 'profile'] as const;
export type FingerprintKind = (typeof FINGERPRINT_KINDS)[number];

export interface Fingerprint {
  kind: FingerprintKind;
  /**
   * Equal keys are the same value. Exceptions compared by distance, not equality:
   * `photo` is a 64-bit perceptual hash (16 hex digits, Hamming distance),
   * `resume` is the LSH band keys of a MinHash signature (equal bands make candidates).
   */
  key: string;
  /**
   * Another key of the same value, which matches as `key` does: an address with a postal code and a
   * city is also keyed by the city, as it is when written without the code (`addressKeys`). One
   * string, not a list: a 100,000-row sheet sends 200,000 of them from the workers.
   */
  altKey?: string;
  /** The value masked, for reports: `••• Phoenix, AZ 85001, US`. Always `displayOf(kind, key, detail)`. */
  display: string;
  /** Where in the dossier it came from: `$.addresses.shipping`. */
  path: string;
  /** What the display needs beyond the key: an address's place, a phone number the key cannot show. */
  detail?: string;
  /** Resumes only: the MinHash signature, to estimate the similarity of two resumes. */
  signature?: ResumeSignature;
}

/**
 * Every linkable value of one candidate. Pure: no I/O, values the candidate does not give are absent.
 * The history lookup, the linker and the history record each ask for the same candidate's values:
 * they are worked out once per dossier and evidence object (the gatherers fill that object before
 * any of them asks; the history gatherer, which asks first, runs last).
 */
export function fingerprints(loaded: LoadedDossier, gathered: Gathered): Fingerprint[] {
  const known = computed.get(loaded);
  if (known?.gathered === gathered) return known.prints;
  const prints = printsOf(loaded, gathered);
  computed.set(loaded, { gathered, prints });
  return prints;
}

const computed = new WeakMap<LoadedDossier, { gathered: Gathered; prints: Fingerprint[] }>();

function printsOf(loaded: LoadedDossier, gathered: Gathered): Fingerprint[] {
  const d = loaded.dossier;
  const country = d.location?.country;
  const out: Fingerprint[] = [];
  const push = (fp: Fingerprint | undefined) => {
    if (fp) out.push(fp);
  };
  push(addressPrint(d.addresses?.home && homeAddressIn(d.addresses.home, d.location), '$.addresses.home', country));
  push(addressPrint(d.addresses?.shipping, '$.addresses.shipping', country));
  d.addresses?.shippingChanges?.forEach((c, i) => push(addressPrint(c.address, `$.addresses.shippingChanges[${i}].address`, country)));
  if (d.phone) for (const phone of phonesIn(d.phone)) push(phonePrint(phone, country));
  push(emailPrint(d.email));
  push(bankPrint(d.payment));
  push(walletPrint(d.payment?.cryptoAddress));
  gathered.photos?.forEach((p) => {
    if (isHash(p.hash)) out.push(print('photo', p.hash, p.path));
  });
  push(resumePrint(gathered.resume?.text ?? d.resume?.text, d.resume?.text !== undefined ? '$.resume.text' : '$.resume.file'));
  for (const { ip, path } of ipsOf(d)) push(ipPrint(ip, path));
  d.profiles?.forEach((p, i) => {
    const key = ownProfileKey(p.url);
    if (key) out.push(print('profile', key, `$.profiles[${i}]`));
  });
  return dedupe(out);
}

function print(kind: FingerprintKind, key: string, path: string, detail?: string): Fingerprint {
  return { kind, key, display: displayOf(kind, key, detail), path, ...(detail !== undefined && { detail }) };
}

/**
 * The masked form of a value, from its key and detail alone: the linker of a large sheet keeps
 * these two, not the display, and writes the display only for the values that link.
 */
export function displayOf(kind: FingerprintKind, key: string, detail?: string): string {
  switch (kind) {
    case 'address':
      return maskAddress({ street: 'hidden', place: detail || 'address without a place' });
    case 'phone':
      // The number is masked, not its extension: ext=12 would only move the last digits shown.
      return maskPhone(detail ?? withoutExtension(key));
    case 'email':
      return maskEmail(key);
    case 'bank-account':
      return bankDisplay(key);
    case 'crypto-wallet':
      return `wallet ${maskAccount(key)}`;
    case 'photo':
      return `photo (perceptual hash ${key.slice(0, 6)}…)`;
    case 'resume':
      return 'resume text';
    case 'ip':
      return `IP ${maskIp(key)}`;
    case 'profile':
      return `profile ${key.split(':')[0]}:•••`;
  }
}

/** `iban:DE89...` -> `IBAN DE ••••3000`; `account:ROUTING:ACCOUNT` -> `account ••••6789 (routing ••••0021)`. */
function bankDisplay(key: string): string {
  if (key.startsWith('iban:')) {
    const iban = key.slice('iban:'.length);
    return `IBAN ${iban.slice(0, 2)} ${maskAccount(iban)}`;
  }
  const rest = key.slice('account:'.length);
  const colon = rest.indexOf(':');
  return `account ${maskAccount(rest.slice(colon + 1))} (routing ${maskAccount(rest.slice(0, colon))})`;
}

/** Home and shipping often repeat one address: one fingerprint per value is enough to link. */
function dedupe(prints: Fingerprint[]): Fingerprint[] {
  const seen = new Set<string>();
  return prints.filter((fp) => {
    const id = `${fp.kind}\u0000${fp.key}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/**
 * Only addresses with a street: a city alone is shared by a million honest people. And only with
 * a number somewhere (house, box, unit or postal code): what a sheet writes for no address
 * (`N/A`, `TBD`, `same as home`) parses as a street, and would link every row that wrote it.
 * And only in a place (a city or a postal code): `100 Main St` is a street in every town.
 */
export function addressPrint(address: Address | undefined, path: string, country?: string): Fingerprint | undefined {
  if (address === undefined) return undefined;
  const parsed = parseAddress(address, country);
  if (!parsed.street || !/\d/.test(`${parsed.street} ${parsed.unit ?? ''} ${parsed.pmb ?? ''} ${parsed.postalCode ?? ''}`)) return undefined;
  if (!parsed.city && !parsed.postalCode) return undefined;
  const [key, altKey] = addressKeys(parsed);
  const fp = print('address', key, path, parsed.place);
  if (altKey !== undefined) fp.altKey = altKey;
  return fp;
}

/** Every key a fingerprint matches by. */
export function keysOf(fp: Pick<Fingerprint, 'key' | 'altKey'>): string[] {
  return fp.altKey === undefined ? [fp.key] : [fp.key, fp.altKey];
}

function phonePrint(phone: string | undefined, country?: string): Fingerprint | undefined {
  const key = phoneKey(phone, country);
  return key && phone ? print('phone', key, '$.phone', key.startsWith('+') ? undefined : phone) : undefined;
}

function emailPrint(email: string | undefined): Fingerprint | undefined {
  const key = emailKey(email);
  return key ? print('email', key, '$.email') : undefined;
}

type Payment = LoadedDossier['dossier']['payment'];

/** IBAN alone names an account; a bare account number needs its routing number to. */
function bankPrint(payment: Payment): Fingerprint | undefined {
  const iban = payment?.iban && ibanOf(payment.iban);
  if (iban && /^[A-Z]{2}\d{2}[A-Z0-9]{8,30}$/.test(iban)) return print('bank-account', `iban:${iban}`, '$.payment.iban');
  const account = payment?.accountNumber?.trim();
  const routing = payment?.routingNumber?.trim();
  if (!account || !routing || !isAccountLike(account) || !isAccountLike(routing)) return undefined;
  // Digits only (`Acct # 0012-3456`, `ABA 021000021`); an account number without leading zeros,
  // which a spreadsheet's number cell drops.
  return print('bank-account', `account:${usRouting(digitsOf(routing))}:${digitsOf(account).replace(/^0+/, '')}`, '$.payment.accountNumber');
}

/**
 * Digits enough to name an account (the shortest US account numbers have four), not all zeros:
 * `0`, `N/A` and `000000` are what a sheet writes for none, and would link every row that did.
 * Nor a number a spreadsheet rounded (`1.23457E+11`): different accounts saved that way read the same.
 */
function isAccountLike(value: string): boolean {
  return (value.match(/\d/g)?.length ?? 0) >= 4 && /[1-9]/.test(value) && !isScientificNotation(value);
}

/** Ethereum-style addresses are case-insensitive (the case is a checksum); others are not. A wallet has no spaces (`to be confirmed later` is no wallet). */
function walletPrint(wallet: string | undefined): Fingerprint | undefined {
  const trimmed = wallet && walletOf(wallet);
  if (!trimmed || trimmed.length < 16 || /\s/.test(trimmed)) return undefined;
  const key = /^0x[0-9a-f]{40}$/i.test(trimmed) ? trimmed.toLowerCase() : trimmed;
  return print('crypto-wallet', key, '$.payment.cryptoAddress');
}

function resumePrint(text: string | undefined, path: string): Fingerprint | undefined {
  if (!text) return undefined;
  const signature = resumeSignature(text);
  return signature ? { ...print('resume', bandsKey(signature.bands), path), signature } : undefined;
}

/**
 * Equal band lists, equal keys: each band's 32-bit hash as two UTF-16 code units. Never shown;
 * printing 20 large numbers in base 36 cost more than the MinHash of a short resume.
 */
function bandsKey(bands: number[]): string {
  const units: number[] = new Array(bands.length * 2);
  for (let b = 0; b < bands.length; b++) {
    const hash = bands[b] % 0x100000000;
    units[2 * b] = hash >>> 16;
    units[2 * b + 1] = hash & 0xffff;
  }
  // apply, not a spread: spreading iterates, and the iterator's results were most of this key's garbage.
  return String.fromCharCode.apply(null, units);
}

function ipsOf(d: LoadedDossier['dossier']): { ip: string; path: string }[] {
  const listed = (d.network?.ipAddresses ?? []).map((ip, i) => ({ ip, path: `$.network.ipAddresses[${i}]` }));
  const logins = (d.network?.logins ?? []).flatMap((l, i) => (l.ip ? [{ ip: l.ip, path: `$.network.logins[${i}].ip` }] : []));
  return [...listed, ...logins];
}

function ipPrint(raw: string, path: string): Fingerprint | undefined {
  const found = ipOf(raw);
  const ip = found && canonicalIp(found);
  if (!ip || isLocalIp(ip)) return undefined;
  return print('ip', ip, path);
}

/** IPv6 has many spellings of one address; the URL parser writes the canonical one. */
function canonicalIp(ip: string): string | undefined {
  const version = isIP(ip);
  if (version === 4) return ip;
  if (version === 6) return new URL(`http://[${ip}]`).hostname.slice(1, -1);
  return undefined;
}

