// Personal data is masked in every output: enough to recognise, not enough to reuse.

import { mailboxOf } from './contact-keys.js';

/** `+1 512 555 0147` -> `+1 ••• ••47` (country code and last two digits). */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (digits.length <= 4) return '••••';
  const plus = phone.trim().startsWith('+');
  const country = plus ? `+${digits.slice(0, digits.length > 11 ? 2 : 1)} ` : '';
  return `${country}•••${digits.slice(-2)}`;
}

/** `jordan.ellis@example.com` (or `Jordan Ellis <jordan.ellis@example.com>`) -> `j•••@example.com`. */
export function maskEmail(email: string): string {
  const mailbox = mailboxOf(email);
  const at = mailbox.lastIndexOf('@');
  if (at <= 0) return '•••';
  return `${mailbox[0]}•••${mailbox.slice(at)}`;
}

/** Account numbers, IBANs, wallets: the last four characters. */
export function maskAccount(value: string): string {
  const compact = value.replace(/\s+/g, '');
  return compact.length <= 4 ? '••••' : `••••${compact.slice(-4)}`;
}

/**
 * Street lines hidden, place kept: `1200 Example Rd Ste 4, Phoenix, AZ 85001, US` -> `••• Phoenix, AZ 85001, US`.
 * The place is what a reviewer compares; the street is what identifies a home.
 */
export function maskAddress(parts: { street?: string; place: string }): string {
  return parts.street ? `••• ${parts.place}`.trim() : parts.place;
}

/** An IP address with its last part hidden: `203.0.113.7` -> `203.0.113.x`. */
export function maskIp(ip: string): string {
  if (ip.includes(':')) return `${ip.split(':').slice(0, 3).join(':')}:…`;
  const parts = ip.split('.');
  return parts.length === 4 ? `${parts.slice(0, 3).join('.')}.x` : '•••';
}
