// Comparable forms of emails, phone numbers and bank routing numbers, so that two spellings of one value are equal.

import { isNanp, parsePhone, type ParsedPhone } from './phone.js';
import { isScientificNotation } from './rounded-number.js';

/** Mailboxes that ignore dots and `+tags` in the local part: one inbox, many spellings. */
const DOTLESS_PLUS_DOMAINS = new Set(['gmail.com', 'googlemail.com']);

/**
 * The address in what people paste into an email field: `Ann Lee <ann@example.com>` (a mail
 * program's copy), `mailto:ann@example.com` (a link's) and `Email: ann@example.com` (a form's)
 * are `ann@example.com`. Text with no address in it is returned trimmed.
 */
export function mailboxOf(email: string): string {
  const text = email.trim();
  const found = /[^\s<>"'(),;:[\]]+@[^\s<>"'(),;:[\]]+/.exec(text)?.[0];
  return found ? found.replace(/\.+$/, '') : text;
}

/** `Jordan.Ellis+ref@GMail.com` -> `jordanellis@gmail.com`; undefined when it is not an address. */
export function emailKey(email: string | undefined): string | undefined {
  const trimmed = email === undefined ? '' : mailboxOf(email).toLowerCase();
  const at = trimmed.lastIndexOf('@');
  if (at <= 0 || at === trimmed.length - 1) return undefined;
  let local = trimmed.slice(0, at);
  let domain = trimmed.slice(at + 1);
  if (DOTLESS_PLUS_DOMAINS.has(domain)) {
    local = local.replace(/\+.*$/, '').replace(/\./g, '');
    domain = 'gmail.com';
  } else {
    // Most large providers deliver `name+tag` to `name`.
    local = local.replace(/\+.*$/, '');
  }
  return `${local}@${domain}`;
}

/** The domain of an email, lower case, or undefined. */
export function emailDomain(email: string | undefined): string | undefined {
  const key = email === undefined ? '' : mailboxOf(email).toLowerCase();
  const at = key.lastIndexOf('@');
  return at > 0 && at < key.length - 1 ? key.slice(at + 1) : undefined;
}

/**
 * E.164 when the number parses (national forms read in `defaultCountry`), with its extension in
 * RFC 3966's form (`+15125550100;ext=12`): colleagues at one switchboard give one number and
 * their own extensions, and are not one phone. Else its digits when there are enough to mean
 * something; undefined otherwise. A number in scientific notation lost its last digits in a
 * spreadsheet: different phones saved that way read the same.
 */
export function phoneKey(raw: string | undefined, defaultCountry?: string): string | undefined {
  if (!raw || isScientificNotation(raw)) return undefined;
  const parsed = parsePhone(raw, defaultCountry) ?? (defaultCountry ? undefined : northAmerican(raw));
  if (parsed) return parsed.ext === undefined ? parsed.e164 : `${parsed.e164}${EXTENSION}${parsed.ext}`;
  const digits = raw.replace(/\D/g, '');
  return digits.length >= 7 ? digits : undefined;
}

/**
 * A number in national form with no country to read it in: `(512) 555-0147` in a sheet without a
 * Country column is how US agencies write numbers, and as bare digits it missed the `+1 512 555
 * 0147` of the next row. Read as North American only when it is a valid number there; for a key
 * alone (the checks still skip a national number without a country).
 */
function northAmerican(raw: string): ParsedPhone | undefined {
  const phone = parsePhone(raw, 'US');
  return phone?.valid && isNanp(phone) ? phone : undefined;
}

const EXTENSION = ';ext=';

/** `+15125550100;ext=12` -> `+15125550100`: the number a switchboard answers. */
export function withoutExtension(key: string): string {
  const at = key.indexOf(EXTENSION);
  return at < 0 ? key : key.slice(0, at);
}

/** The country of an E.164 number (`+15125550147` -> `US`), when the numbering plan tells. */
export function phoneCountry(e164: string): string | undefined {
  return parsePhone(e164)?.country;
}

/**
 * A spreadsheet stores `021000021` as the number 21000021: a US routing number (nine digits) that
 * lost one or two leading zeros gets them back. Shorter codes (a UK sort code) are left alone.
 */
export function usRouting(routing: string): string {
  return /^\d{7,8}$/.test(routing) ? routing.padStart(9, '0') : routing;
}
